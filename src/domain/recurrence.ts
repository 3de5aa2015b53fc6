/**
 * Repeating events: an RFC 5545 `RRULE` with `EXDATE`s expanded in Oslo
 * wall-clock time, so a weekly 18:00 event is 18:00 before and after the DST
 * change (and 18:00–19:30 stays 18:00–19:30).
 *
 * Why an engine of our own, with ical.js behind it:
 * - The rules the municipality's calendars use (daily, weekly on some days,
 *   every other week, the first Tuesday or the 15th of a month, yearly on a
 *   date) are a small part of RFC 5545. This engine covers FREQ
 *   DAILY/WEEKLY/MONTHLY/YEARLY with INTERVAL, COUNT, UNTIL, WKST, BYDAY
 *   (with ordinals in monthly and yearly rules), BYMONTHDAY and BYMONTH in
 *   about 1.5 kB gzip, against ~23 kB for ical.js; and it works on Oslo
 *   wall-clock dates from the start, which is what "18:00 every Wednesday"
 *   means.
 * - Everything else (BYSETPOS, BYYEARDAY, BYWEEKNO, BYHOUR/BYMINUTE,
 *   sub-daily frequencies, …) is handed to ical.js, a well-kept RFC 5545
 *   library, loaded only then. The engine's results are tested against
 *   ical.js's on thousands of generated rules (test/domain/recurrence.test.ts).
 * - This module itself is loaded by `<torg-events>` only when the data holds
 *   a series.
 *
 * Semantics (RFC 5545 §3.3.10, §3.8.5): DTSTART is always the first
 * occurrence and counts towards COUNT; EXDATEs remove occurrences after the
 * rule is counted; dates that do not exist (31 April, 29 February in other
 * years) are skipped; a wall-clock time in the spring-forward gap moves
 * forward by the gap (02:30 → 03:30).
 */
import { addDays, daysBetween, daysInMonth, isoWeekday, osloToInstant, parseDate, toOsloParts } from './oslo-time.js';

/** A repeating event: its first occurrence, rule and exceptions. */
export interface Series {
  /** First occurrence (instant, epoch ms). */
  start: number;
  /** End of the first occurrence. */
  end?: number | undefined;
  /** Whole-day event: occurrences are Oslo dates. */
  allDay?: boolean | undefined;
  /** The RRULE value (with or without the `RRULE:` prefix). */
  rrule: string;
  /** Occurrences left out (instants; for whole-day series, any time on the date). */
  exdates?: readonly number[] | undefined;
}

/** One occurrence of a series. */
export interface Occurrence {
  start: number;
  end: number | undefined;
}

type Freq = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

/** An RRULE the engine can expand (see {@link parseRule}). */
export interface Rule {
  freq: Freq;
  interval: number;
  count?: number;
  /** UNTIL: an instant (a UTC date-time), or a wall-clock reading `YYYY-MM-DD HH:MM` / a date. */
  until?: number | string;
  /** BYDAY: ISO weekday (1 = Monday) and ordinal (0: every such day). */
  byDay?: { n: number; day: number }[];
  byMonthDay?: number[];
  byMonth?: number[];
  /** Week start (ISO weekday), default Monday. */
  wkst: number;
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const FREQS = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
/** Safety limit for one expansion (periods looked at). */
const MAX_PERIODS = 200_000;

function ints(value: string, min: number, max: number): number[] | undefined {
  const list = value.split(',').map(Number);
  return list.every((n) => Number.isInteger(n) && n !== 0 && Math.abs(n) >= min && n <= max && n >= -max)
    ? list
    : undefined;
}

/**
 * Parses an RRULE the engine can expand; `undefined` for a rule it leaves to
 * ical.js (unknown parts, sub-daily frequencies) or a malformed one.
 */
export function parseRule(text: string): Rule | undefined {
  const rule: Rule = { freq: 'DAILY', interval: 1, wkst: 1 };
  let freq: string | undefined;
  for (const part of text
    .replace(/^RRULE:/i, '')
    .trim()
    .split(';')) {
    if (!part) continue;
    const [key, value = ''] = part.toUpperCase().split('=') as [string, string?];
    switch (key) {
      case 'FREQ':
        freq = value;
        break;
      case 'INTERVAL': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1) return undefined;
        rule.interval = n;
        break;
      }
      case 'COUNT': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1) return undefined;
        rule.count = n;
        break;
      }
      case 'UNTIL': {
        const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value);
        if (!m) return undefined;
        const date = `${m[1]}-${m[2]}-${m[3]}`;
        rule.until =
          m[4] === undefined
            ? date
            : m[7]
              ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4], +m[5]!, +m[6]!)
              : `${date} ${m[4]}:${m[5]}`;
        break;
      }
      case 'WKST': {
        const i = DAYS.indexOf(value);
        if (i < 0) return undefined;
        rule.wkst = i + 1;
        break;
      }
      case 'BYDAY': {
        const list = value.split(',').map((item) => /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item));
        if (list.some((m) => !m)) return undefined;
        rule.byDay = list.map((m) => ({ n: Number(m![1] ?? 0), day: DAYS.indexOf(m![2]!) + 1 }));
        if (rule.byDay.some(({ n }) => Math.abs(n) > 53)) return undefined;
        break;
      }
      case 'BYMONTHDAY': {
        const list = ints(value, 1, 31);
        if (!list) return undefined;
        rule.byMonthDay = list;
        break;
      }
      case 'BYMONTH': {
        const list = ints(value, 1, 12);
        if (!list || list.some((n) => n < 0)) return undefined;
        rule.byMonth = list;
        break;
      }
      default:
        // BYSETPOS, BYYEARDAY, BYWEEKNO, BYHOUR, … : ical.js's job.
        return undefined;
    }
  }
  if (!freq || !FREQS.includes(freq) || (rule.count !== undefined && rule.until !== undefined)) return undefined;
  rule.freq = freq as Freq;
  const ordinals = rule.byDay?.some(({ n }) => n !== 0) ?? false;
  // Combinations RFC 5545 forbids or leaves vague go to ical.js.
  if (ordinals && (rule.freq === 'DAILY' || rule.freq === 'WEEKLY' || rule.byMonthDay)) return undefined;
  if (rule.freq === 'WEEKLY' && rule.byMonthDay) return undefined;
  if (rule.freq === 'YEARLY' && rule.byMonthDay && !rule.byMonth) return undefined;
  if (rule.freq === 'MONTHLY' && rule.byDay?.some(({ n }) => Math.abs(n) > 5)) return undefined;
  return rule;
}

const ymd = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The days of a month (or a year, `month` 0) on a weekday: all (`n` 0), the n-th, or the n-th from the end. */
function weekdaysIn(year: number, month: number, day: number, n: number): string[] {
  const first = ymd(year, month || 1, 1);
  const length = month ? daysInMonth(year, month) : daysBetween(first, ymd(year + 1, 1, 1));
  const all: string[] = [];
  for (let d = addDays(first, (day - isoWeekday(first) + 7) % 7), i = 0; i < 60; i++, d = addDays(d, 7)) {
    if (daysBetween(first, d) >= length) break;
    all.push(d);
  }
  if (n === 0) return all;
  const pick = n > 0 ? all[n - 1] : all[all.length + n];
  return pick ? [pick] : [];
}

/** The days of a month matching BYMONTHDAY (negative: from the end). */
function monthDays(year: number, month: number, days: number[]): string[] {
  const length = daysInMonth(year, month);
  return days
    .map((d) => (d > 0 ? d : length + d + 1))
    .flatMap((d) => (d >= 1 && d <= length ? [ymd(year, month, d)] : []));
}

/** The candidate dates of one period (sorted), before DTSTART, COUNT and UNTIL. */
function periodDates(rule: Rule, period: string, first: { month: number; day: number; weekday: number }): string[] {
  const { year, month } = parseDate(period);
  const { byDay, byMonthDay, byMonth } = rule;
  const weekdays = byDay ? new Set(byDay.map(({ day }) => day)) : undefined;
  let dates: string[];
  switch (rule.freq) {
    case 'DAILY':
      dates = [period];
      break;
    case 'WEEKLY': {
      const days = weekdays ?? new Set([first.weekday]);
      // Not `Array.from`: a host page may have replaced it (Prototype.js 1.6 ignores the map function).
      dates = [0, 1, 2, 3, 4, 5, 6].map((i) => addDays(period, i)).filter((d) => days.has(isoWeekday(d)));
      break;
    }
    case 'MONTHLY':
      dates = monthCandidates(rule, year, month, first.day);
      break;
    case 'YEARLY':
      if (byMonth) {
        dates = byMonth.flatMap((m) => monthCandidates(rule, year, m, first.day));
      } else if (byDay) {
        dates = byDay.flatMap(({ n, day }) => weekdaysIn(year, 0, day, n));
      } else {
        dates = first.day <= daysInMonth(year, first.month) ? [ymd(year, first.month, first.day)] : [];
      }
      break;
  }
  return [...new Set(dates)]
    .filter((d) => {
      const p = parseDate(d);
      if (byMonth && !byMonth.includes(p.month)) return false;
      if (rule.freq === 'DAILY') {
        if (weekdays && !weekdays.has(isoWeekday(d))) return false;
        if (byMonthDay && !monthDays(p.year, p.month, byMonthDay).includes(d)) return false;
      }
      return true;
    })
    .sort();
}

/** A month's candidates in a MONTHLY rule, or a YEARLY rule with BYMONTH. */
function monthCandidates(rule: Rule, year: number, month: number, firstDay: number): string[] {
  const { byDay, byMonthDay } = rule;
  if (byMonthDay) {
    const days = monthDays(year, month, byMonthDay);
    return byDay ? days.filter((d) => byDay.some(({ day }) => day === isoWeekday(d))) : days;
  }
  if (byDay) return byDay.flatMap(({ n, day }) => weekdaysIn(year, month, day, n));
  return firstDay <= daysInMonth(year, month) ? [ymd(year, month, firstDay)] : [];
}

/** The first day of the period that holds `date`. */
function periodStart(rule: Rule, date: string): string {
  switch (rule.freq) {
    case 'DAILY':
      return date;
    case 'WEEKLY':
      return addDays(date, -((isoWeekday(date) - rule.wkst + 7) % 7));
    case 'MONTHLY':
      return `${date.slice(0, 7)}-01`;
    case 'YEARLY':
      return `${date.slice(0, 4)}-01-01`;
  }
}

function nextPeriod(rule: Rule, period: string): string {
  const { year, month } = parseDate(period);
  switch (rule.freq) {
    case 'DAILY':
      return addDays(period, rule.interval);
    case 'WEEKLY':
      return addDays(period, 7 * rule.interval);
    case 'MONTHLY': {
      const index = year * 12 + month - 1 + rule.interval;
      return ymd(Math.floor(index / 12), (index % 12) + 1, 1);
    }
    case 'YEARLY':
      return ymd(year + rule.interval, 1, 1);
  }
}

/** A wall-clock reading as comparable text: `YYYY-MM-DD HH:MM`. */
const wallKey = (date: string, minute: number): string =>
  `${date} ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

function wallOf(instant: number): { date: string; minute: number } {
  const p = toOsloParts(instant);
  return { date: ymd(p.year, p.month, p.day), minute: p.hour * 60 + p.minute };
}

/** Whether a date is one the rule produces from it (RFC 5545 calls DTSTART "synchronized" then). */
export function isOnRule(rule: Rule, start: string): boolean {
  const p = parseDate(start);
  return periodDates(rule, periodStart(rule, start), {
    month: p.month,
    day: p.day,
    weekday: isoWeekday(start),
  }).includes(start);
}

/**
 * Expands a rule from a first wall-clock date: calls `emit` with each
 * occurrence's date (DTSTART first) until `emit` returns false, COUNT or
 * UNTIL end the series, or the dates pass `last`.
 */
export function expandDates(
  rule: Rule,
  start: string,
  minute: number,
  last: string,
  emit: (date: string) => boolean,
  instantOf: (date: string) => number = (date) => osloToInstant(date, Math.floor(minute / 60), minute % 60),
): void {
  const p = parseDate(start);
  const first = { month: p.month, day: p.day, weekday: isoWeekday(start) };
  const { until, count } = rule;
  const beyondUntil = (date: string): boolean => {
    if (until === undefined) return false;
    if (typeof until === 'number') return instantOf(date) > until;
    return until.length === 10 ? date > until : wallKey(date, minute) > until;
  };
  let n = 0;
  const take = (date: string): boolean => {
    if (beyondUntil(date)) return false;
    n++;
    return emit(date) && (count === undefined || n < count) && date <= last;
  };
  let period = periodStart(rule, start);
  const dates = periodDates(rule, period, first);
  // DTSTART is always the first occurrence, even when the rule would not produce it.
  if (!take(start)) return;
  for (const date of dates) if (date > start && !take(date)) return;
  for (let i = 0; i < MAX_PERIODS; i++) {
    period = nextPeriod(rule, period);
    if (period > last) return;
    for (const date of periodDates(rule, period, first)) if (!take(date)) return;
  }
}

/**
 * The occurrences of a series that overlap `[from, to)` (instants), in
 * order; `undefined` when the rule is outside the engine (see
 * {@link occurrences} for the complete answer).
 */
export function expandSeries(series: Series, from: number, to: number, limit = 5_000): Occurrence[] | undefined {
  const rule = parseRule(series.rrule);
  if (!rule) return undefined;
  const start = wallOf(series.start);
  const minute = series.allDay ? 0 : start.minute;
  const span = wallSpan(series);
  const excluded = exclusions(series);
  const last = Number.isFinite(to) ? wallOf(to).date : '9999-12-31';
  const out: Occurrence[] = [];
  expandDates(rule, start.date, minute, last, (date) => {
    const occurrence = occurrenceAt(date, minute, span);
    if (occurrence.start >= to || out.length >= limit) return false;
    const key = series.allDay ? date : wallKey(date, minute);
    if (!excluded.has(key) && (occurrence.end ?? occurrence.start + 1) > from) out.push(occurrence);
    return true;
  });
  return out;
}

/** The length of an occurrence in wall-clock minutes (so 18:00–19:30 stays 18:00–19:30 across DST). */
function wallSpan(series: Series): number | undefined {
  if (series.end === undefined) return undefined;
  const a = toOsloParts(series.start);
  const b = toOsloParts(series.end);
  return (
    (Date.UTC(b.year, b.month - 1, b.day, b.hour, b.minute) - Date.UTC(a.year, a.month - 1, a.day, a.hour, a.minute)) /
    60_000
  );
}

function exclusions(series: Series): Set<string> {
  return new Set(
    (series.exdates ?? []).map((t) => {
      const w = wallOf(t);
      return series.allDay ? w.date : wallKey(w.date, w.minute);
    }),
  );
}

function occurrenceAt(date: string, minute: number, span: number | undefined): Occurrence {
  const start = osloToInstant(date, Math.floor(minute / 60), minute % 60);
  if (span === undefined) return { start, end: undefined };
  const endMinute = minute + span;
  const days = Math.floor(endMinute / 1440);
  const rest = endMinute - days * 1440;
  return { start, end: osloToInstant(addDays(date, days), Math.floor(rest / 60), rest % 60) };
}

/**
 * The occurrences of a series that overlap `[from, to)`: the engine when it
 * knows the rule, else ical.js (loaded now). A rule neither can read gives
 * the first occurrence only.
 */
export async function occurrences(series: Series, from: number, to: number, limit = 5_000): Promise<Occurrence[]> {
  const mine = expandSeries(series, from, to, limit);
  if (mine) return mine;
  try {
    return await expandWithIcal(series, from, to, limit);
  } catch {
    const end = series.end ?? series.start + 1;
    return series.start < to && end > from ? [{ start: series.start, end: series.end }] : [];
  }
}

/** ical.js's expansion, in Oslo wall-clock time like the engine's. */
export async function expandWithIcal(series: Series, from: number, to: number, limit = 5_000): Promise<Occurrence[]> {
  const { default: ICAL } = await import('ical.js');
  const text = series.rrule.replace(/^RRULE:/i, '');
  const recur = ICAL.Recur.fromString(text);
  const start = wallOf(series.start);
  const minute = series.allDay ? 0 : start.minute;
  const p = parseDate(start.date);
  const dtstart = ICAL.Time.fromData({
    year: p.year,
    month: p.month,
    day: p.day,
    hour: Math.floor(minute / 60),
    minute: minute % 60,
    isDate: series.allDay === true,
  });
  // UNTIL is compared here, in instants, not by ical.js against a floating time.
  const untilMatch = /UNTIL=(\d{8}(?:T\d{6}Z?)?)/i.exec(text);
  const until = untilMatch ? parseRule(`FREQ=DAILY;UNTIL=${untilMatch[1]}`)?.until : undefined;
  recur.until = null;
  const span = wallSpan(series);
  const excluded = exclusions(series);
  const iterator = recur.iterator(dtstart);
  const out: Occurrence[] = [];
  for (let next = iterator.next(), i = 0; next && i < MAX_PERIODS; next = iterator.next(), i++) {
    const date = ymd(next.year, next.month, next.day);
    const at = series.allDay ? 0 : next.hour * 60 + next.minute;
    const occurrence = occurrenceAt(date, at, span);
    if (until !== undefined) {
      const over =
        typeof until === 'number'
          ? occurrence.start > until
          : until.length === 10
            ? date > until
            : wallKey(date, at) > until;
      if (over) break;
    }
    if (occurrence.start >= to || out.length >= limit) break;
    const key = series.allDay ? date : wallKey(date, at);
    if (!excluded.has(key) && (occurrence.end ?? occurrence.start + 1) > from) out.push(occurrence);
  }
  return out;
}
