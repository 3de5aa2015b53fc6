/**
 * The opening-hours engine: what the hours are on a date, whether a place is
 * open at an instant, when that changes next, and what deviates from the
 * regular week. Pure TypeScript (no DOM), always in Oslo time.
 *
 * Rules (api.md `OpeningHours`, domain.md "Opening hours"):
 * - Precedence for one date: exception → Norwegian public holiday (when
 *   `publicHolidays` is `"closed"`) → the season covering the date → weekly.
 * - Several intervals a day. `closes` ≤ `opens` means the interval ends the
 *   next day (`19:00–01:00`, `00:00–00:00` is 24 hours); `24:00` closes at
 *   midnight. So an interval from yesterday can make "now" open after
 *   midnight.
 * - Seasons cover `from`…`to`, both inclusive; when seasons overlap, the first
 *   listed wins. An exception without intervals is a closed day; when a date
 *   has several exceptions, the first wins.
 * - DST: a wall-clock time that does not exist (02:30 on the last Sunday of
 *   March) is read as the same time one hour later; one that happens twice
 *   (02:30 on the last Sunday of October) as the first. Each interval is
 *   turned into instants that way before the intervals are merged, so adding
 *   hours never makes a place close earlier (22:00–02:30 alone and with
 *   23:00–03:00 both close at 03:30 summer time on the spring night).
 * - Unreadable pieces (a bad `HH:MM`, an impossible date) are left out
 *   rather than breaking the answer; overlapping and touching intervals are
 *   merged (the clock times a date shows, and the instants).
 *
 * Instants are epoch milliseconds; dates are `YYYY-MM-DD` (Oslo calendar).
 */
import type { OpeningHours } from '../contract/schemas.js';
import { holidayOn, type HolidayId } from './holidays.js';
import { addDays, isValidDate, isoWeekday, osloDate, osloToInstant, startOfOsloDay } from './oslo-time.js';

const DAY_MINUTES = 1440;
/** How far ahead the engine looks for the next change: a year (and a day). */
export const HORIZON_DAYS = 367;

export type HoursSource = 'exception' | 'holiday' | 'season' | 'weekly';

/** An interval in minutes after the date's midnight: `opens` < 1440, `opens` < `closes` ≤ `opens` + 1440. */
export interface ClockInterval {
  opens: number;
  closes: number;
}

/** The effective hours of one date. */
export interface DayHours {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Which rule decided the hours. */
  source: HoursSource;
  /** Sorted, not overlapping; empty when closed. */
  intervals: ClockInterval[];
  /** The public holiday on this date (also when the holiday rule is `regular` or an exception decided). */
  holiday?: HolidayId;
  /** The exception's note (API text). */
  note?: string;
  /** The name of the season whose hours apply (API text). */
  season?: string;
}

/** An open interval as instants: open from `start` (inclusive) to `end` (exclusive). */
export interface OpenInterval {
  start: number;
  end: number;
  /** The date whose hours it comes from (it may end on the next day). */
  date: string;
}

/** Why the state differs from the regular week: a holiday, an exception or a season. */
export interface StateReason {
  source: Exclude<HoursSource, 'weekly'>;
  /** The date it applies to. */
  date: string;
  holiday?: HolidayId;
  /** The exception's note or the season's name (API text). */
  note?: string;
}

/**
 * Open or closed at an instant, and when that changes.
 *
 * - `open` with `closesAt`: closes then; without: no closing within a year (open around the clock).
 * - closed with `opensAt`: opens then (may be days away); without: no opening known within a year.
 * - `unknown`: there are no opening hours to go by (`open` is then `false`).
 */
export interface OpeningState {
  /** The instant the state is for. */
  at: number;
  open: boolean;
  closesAt?: number;
  opensAt?: number;
  /** The next instant the state flips (`closesAt` or `opensAt`). */
  nextChange?: number;
  /** Set when today's hours come from a holiday, an exception or a season that changes them. */
  reason?: StateReason;
  unknown?: boolean;
}

/** A date within a window whose hours differ from the regular week, or where a season begins or ends. */
export interface Deviation {
  date: string;
  kind: 'exception' | 'holiday' | 'season-start' | 'season-end';
  /** The date's effective hours. */
  day: DayHours;
  /** The season that begins (`season-start`) or ended the day before (`season-end`). */
  season?: string;
}

// --- reading the data -----------------------------------------------------------

interface Season {
  from: string;
  to: string;
  name: string | undefined;
  week: ClockInterval[][];
}

interface Compiled {
  week: ClockInterval[][];
  holidaysClosed: boolean;
  exceptions: Map<string, { intervals: ClockInterval[]; note: string | undefined }>;
  seasons: Season[];
  /** Whether any rule opens at all (else the search can stop at once). */
  opensEver: boolean;
}

const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const CLOCK = /^([01]\d|2[0-4]):([0-5]\d)$/;

function clock(value: unknown): number | undefined {
  const m = typeof value === 'string' ? CLOCK.exec(value) : null;
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
  return minutes !== undefined && minutes <= DAY_MINUTES ? minutes : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/**
 * The intervals as read (sorted, not merged) behind each merged list: the
 * instants come from these, since merging by clock time first would let a
 * DST gap cut a longer interval short.
 */
const unmerged = new WeakMap<ClockInterval[], ClockInterval[]>();

/** Reads intervals, leaves out unreadable ones, and merges overlapping and touching ones. */
function normalise(raw: unknown[]): ClockInterval[] {
  const read: ClockInterval[] = [];
  for (const item of raw) {
    const { opens: o, closes: c } = (item ?? {}) as { opens?: unknown; closes?: unknown };
    const opens = clock(o);
    let closes = clock(c);
    if (opens === undefined || closes === undefined || opens >= DAY_MINUTES) continue;
    if (closes <= opens) closes += DAY_MINUTES;
    read.push({ opens, closes });
  }
  read.sort((a, b) => a.opens - b.opens);
  const merged: ClockInterval[] = [];
  for (const interval of read) {
    const last = merged[merged.length - 1];
    if (last && interval.opens <= last.closes) last.closes = Math.max(last.closes, interval.closes);
    else merged.push({ ...interval });
  }
  unmerged.set(merged, read);
  return merged;
}

function readWeek(raw: unknown): ClockInterval[][] {
  const items = list(raw) as { day?: unknown }[];
  return WEEKDAYS.map((day) => normalise(items.filter((item) => item?.day === day)));
}

const cache = new WeakMap<object, Compiled>();

function compile(hours: OpeningHours | null | undefined): Compiled | undefined {
  if (!hours || typeof hours !== 'object') return undefined;
  let compiled = cache.get(hours);
  if (compiled) return compiled;
  const exceptions: Compiled['exceptions'] = new Map();
  for (const raw of list(hours.exceptions)) {
    const e = (raw ?? {}) as { date?: unknown; closed?: unknown; intervals?: unknown; note?: unknown };
    if (typeof e.date !== 'string' || !isValidDate(e.date) || exceptions.has(e.date)) continue;
    exceptions.set(e.date, { intervals: e.closed === true ? [] : normalise(list(e.intervals)), note: text(e.note) });
  }
  const seasons: Season[] = [];
  for (const raw of list(hours.seasons)) {
    const s = (raw ?? {}) as { from?: unknown; to?: unknown; name?: unknown; weekly?: unknown };
    if (typeof s.from !== 'string' || typeof s.to !== 'string' || !isValidDate(s.from) || !isValidDate(s.to)) continue;
    if (s.from > s.to) continue;
    seasons.push({ from: s.from, to: s.to, name: text(s.name), week: readWeek(s.weekly) });
  }
  const week = readWeek(hours.weekly);
  const any = (days: ClockInterval[][]): boolean => days.some((d) => d.length > 0);
  compiled = {
    week,
    holidaysClosed: hours.publicHolidays === 'closed',
    exceptions,
    seasons,
    opensEver:
      any(week) || seasons.some((s) => any(s.week)) || [...exceptions.values()].some((e) => e.intervals.length),
  };
  cache.set(hours, compiled);
  return compiled;
}

// --- one date ---------------------------------------------------------------------

function seasonOn(c: Compiled, date: string): Season | undefined {
  return c.seasons.find((s) => s.from <= date && date <= s.to);
}

/** The hours a date would have without its exception and holiday rule: the season's, else the weekly. */
function regularOn(c: Compiled, date: string): ClockInterval[] {
  return (seasonOn(c, date)?.week ?? c.week)[isoWeekday(date) - 1] ?? [];
}

function dayOf(c: Compiled, date: string): DayHours {
  const holiday = holidayOn(date);
  const day = (source: HoursSource, intervals: ClockInterval[], extra: Partial<DayHours> = {}): DayHours => ({
    date,
    source,
    intervals,
    ...(holiday ? { holiday } : {}),
    ...extra,
  });
  const exception = c.exceptions.get(date);
  if (exception) return day('exception', exception.intervals, exception.note ? { note: exception.note } : {});
  if (holiday && c.holidaysClosed) return day('holiday', []);
  const season = seasonOn(c, date);
  const intervals = (season?.week ?? c.week)[isoWeekday(date) - 1] ?? [];
  if (!season) return day('weekly', intervals);
  return day('season', intervals, season.name ? { season: season.name } : {});
}

/**
 * The effective hours of an Oslo date (`YYYY-MM-DD`), with the rule that
 * decided them. Without hours, or for an impossible date: closed, `weekly`.
 */
export function hoursOn(hours: OpeningHours | null | undefined, date: string): DayHours {
  const c = compile(hours);
  if (!c || !isValidDate(date)) return { date, source: 'weekly', intervals: [] };
  return dayOf(c, date);
}

/** The seven days (Monday first) of the ISO week that contains `date`. */
export function weekOf(hours: OpeningHours | null | undefined, date: string): DayHours[] {
  const monday = addDays(date, 1 - isoWeekday(date));
  // Not `Array.from`: a host page may have replaced it (Prototype.js 1.6 ignores the map function).
  return [0, 1, 2, 3, 4, 5, 6].map((i) => hoursOn(hours, addDays(monday, i)));
}

function instant(date: string, minutes: number): number {
  const days = Math.floor(minutes / DAY_MINUTES);
  const rest = minutes % DAY_MINUTES;
  return osloToInstant(days ? addDays(date, days) : date, Math.floor(rest / 60), rest % 60);
}

function instantsOf(day: DayHours): OpenInterval[] {
  const out = (unmerged.get(day.intervals) ?? day.intervals)
    .map(({ opens, closes }) => ({ start: instant(day.date, opens), end: instant(day.date, closes), date: day.date }))
    // A DST gap can swallow an interval (02:00–02:30 on the spring-forward night) or reorder two.
    .filter((i) => i.end > i.start)
    .sort((a, b) => a.start - b.start);
  const merged: OpenInterval[] = [];
  for (const i of out) {
    const last = merged[merged.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else merged.push(i);
  }
  return merged;
}

/** A date's open intervals as instants: sorted, not overlapping; the last may end on the next day. */
export function intervalsOn(hours: OpeningHours | null | undefined, date: string): OpenInterval[] {
  return instantsOf(hoursOn(hours, date));
}

// --- instants ---------------------------------------------------------------------

/**
 * The open intervals from `fromDate` on, for `days` dates, merged across
 * midnight (a day that closes at 24:00 and the next that opens at 00:00 are
 * one interval). The last one gets `end: Infinity` when it may go on past
 * the dates looked at.
 */
function* timeline(c: Compiled, fromDate: string, days: number): Generator<OpenInterval> {
  let current: OpenInterval | undefined;
  for (let i = 0; i < days; i++) {
    const day = dayOf(c, addDays(fromDate, i));
    if (day.intervals.length === 0) continue;
    for (const next of instantsOf(day)) {
      if (current && next.start <= current.end) current.end = Math.max(current.end, next.end);
      else {
        if (current) yield current;
        current = next;
      }
    }
  }
  if (current) {
    if (current.end >= startOfOsloDay(addDays(fromDate, days))) current.end = Infinity;
    yield current;
  }
}

function sameIntervals(a: ClockInterval[], b: ClockInterval[]): boolean {
  return a.length === b.length && a.every((x, i) => x.opens === b[i]?.opens && x.closes === b[i]?.closes);
}

/** Why a date's hours differ from the regular week, if they do. */
function reasonOn(c: Compiled, date: string): StateReason | undefined {
  const day = dayOf(c, date);
  if (day.source === 'weekly') return undefined;
  // A season is named only when it changes this date's hours.
  if (day.source === 'season' && sameIntervals(day.intervals, c.week[isoWeekday(date) - 1] ?? [])) return undefined;
  const note = day.source === 'season' ? day.season : day.note;
  return {
    source: day.source,
    date,
    ...(day.holiday ? { holiday: day.holiday } : {}),
    ...(note ? { note } : {}),
  };
}

/**
 * Open or closed at an instant (epoch ms), and the next change: when open,
 * when it closes; when closed, when it opens next (searching a year ahead).
 * `hours` may be missing (a planned torg): the state is then `unknown`.
 *
 * Used by `<torg-opening-hours>` and `<torg-finder>`; turn it into words with
 * `statusText()` from `widgets/torg-opening-hours/status.ts`.
 */
export function openingState(hours: OpeningHours | null | undefined, at: number): OpeningState {
  const c = compile(hours);
  if (!c) return { at, open: false, unknown: true };
  const today = osloDate(at);
  const closed = (opensAt?: number): OpeningState => {
    const reason = reasonOn(c, today);
    return {
      at,
      open: false,
      ...(opensAt !== undefined ? { opensAt, nextChange: opensAt } : {}),
      ...(reason ? { reason } : {}),
    };
  };
  if (!c.opensEver) return closed();
  // Yesterday's hours can reach past midnight into today.
  for (const interval of timeline(c, addDays(today, -1), HORIZON_DAYS + 1)) {
    if (interval.end <= at) continue;
    if (interval.start > at) return closed(interval.start);
    const reason = reasonOn(c, interval.date);
    const closesAt = Number.isFinite(interval.end) ? interval.end : undefined;
    return {
      at,
      open: true,
      ...(closesAt !== undefined ? { closesAt, nextChange: closesAt } : {}),
      ...(reason ? { reason } : {}),
    };
  }
  return closed();
}

/**
 * The dates from `fromDate` (inclusive) within `days` days whose hours differ
 * from the regular week (a holiday or an exception that changes them), and
 * the dates a season begins or ends; in date order.
 */
export function deviations(hours: OpeningHours | null | undefined, fromDate: string, days: number): Deviation[] {
  const c = compile(hours);
  if (!c || !isValidDate(fromDate)) return [];
  const out: Deviation[] = [];
  let before = seasonOn(c, addDays(fromDate, -1));
  for (let i = 0; i < days; i++) {
    const date = addDays(fromDate, i);
    const day = dayOf(c, date);
    const season = seasonOn(c, date);
    if (season !== before) {
      if (season) out.push({ date, kind: 'season-start', day, ...(season.name ? { season: season.name } : {}) });
      else if (before) out.push({ date, kind: 'season-end', day, ...(before.name ? { season: before.name } : {}) });
    }
    before = season;
    if ((day.source === 'exception' || day.source === 'holiday') && !sameIntervals(day.intervals, regularOn(c, date))) {
      out.push({ date, kind: day.source, day });
    }
  }
  return out;
}
