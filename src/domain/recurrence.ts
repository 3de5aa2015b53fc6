/**
 * Repeating events: RFC 5545 `RRULE`, `RDATE` and `EXDATE` expanded in Oslo
 * wall-clock time, so a weekly 18:00 event is 18:00 before and after the DST
 * change. One engine of our own for every rule a calendar feed or the API
 * sends; nothing is handed on and nothing falls back silently.
 *
 * - Rules are read and checked by rrule.ts (the common ones also by
 *   rrule-simple.ts, without the full parser: {@link expandParsed}; recurrence-series.ts
 *   reads any rule and expands it). Rule parts: FREQ (DAILY, WEEKLY, MONTHLY, YEARLY), INTERVAL, COUNT, UNTIL
 *   (a UTC date-time, a floating date-time read in Oslo time, or a date,
 *   which includes the whole day), WKST, BYDAY (ordinals relative to the
 *   month in monthly rules and yearly rules with BYMONTH, else to the year),
 *   BYMONTHDAY and BYYEARDAY (negative from the end), BYMONTH, BYWEEKNO
 *   (weeks start on WKST; week 1 has at least four days of the year),
 *   BYSETPOS, BYHOUR, BYMINUTE, BYSECOND (ignored for whole-day series, as
 *   RFC 5545 says), RSCALE=GREGORIAN and SKIP=OMIT.
 * - Refused, with a reason ({@link Expansion.refused}): sub-daily
 *   frequencies (HOURLY, MINUTELY, SECONDLY), malformed rules, and what RFC
 *   5545 forbids (BYWEEKNO outside yearly rules, BYYEARDAY in daily, weekly
 *   or monthly rules, BYMONTHDAY in weekly rules, BYDAY ordinals outside
 *   monthly and yearly rules or beside BYWEEKNO, COUNT with UNTIL, a part
 *   given twice). A refused series gives its first occurrence only; the
 *   caller says the event repeats.
 * - Every expansion is bounded: by the requested range, by `limit`
 *   occurrences, and by {@link MAX_DAYS} calendar days gone through (a rule
 *   that matches nothing for centuries is refused, not looped over).
 *
 * Semantics where RFC 5545 leaves a choice:
 * - DTSTART is always the first occurrence and counts towards COUNT
 *   (§3.3.10: "The DTSTART property value always counts as the first
 *   occurrence"; §3.8.5.3: it "defines the first instance"), also when it
 *   does not match the rule — the date the organiser entered never
 *   disappears. python-dateutil and rrule.js drop such a DTSTART; ical.js,
 *   libical and the big calendar apps keep it.
 * - The rule runs on Oslo wall-clock dates and times. A time in the
 *   spring-forward gap moves forward by the gap (02:30 → 03:30), a time in
 *   the autumn overlap is the first of the two (summer time), as
 *   oslo-time.ts reads them; DTSTART itself is the exact instant given.
 * - Occurrences last as long as the first one (§3.8.5.3: "the same exact
 *   duration"); whole-day occurrences last as many days.
 * - EXDATEs remove occurrences after COUNT is counted. An EXDATE matches an
 *   occurrence at the same instant, or at the same Oslo wall-clock reading
 *   (so an EXDATE for 02:30 on the autumn night matches either 02:30);
 *   whole-day series match by Oslo date. RDATEs add occurrences (not
 *   counted by COUNT) and are removed by EXDATEs too.
 * - Dates that do not exist (31 April, 29 February in other years) are
 *   skipped (RFC 5545 §3.3.10).
 */
import { osloToInstant, toOsloParts } from './oslo-time.js';
import { DAYS, FREQS, UNTIL_RE, monthLength, ruleParts, untilValid, type Freq, type Rule } from './rrule-simple.js';

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
  /** Occurrences added (instants; for whole-day series, any time on the date). */
  rdates?: readonly number[] | undefined;
}

/** One occurrence of a series. */
export interface Occurrence {
  start: number;
  end: number | undefined;
}

/** The occurrences of a series in a range; `refused` says why the rule was not expanded. */
export interface Expansion {
  occurrences: Occurrence[];
  /** Set when the engine did not expand the rule: the occurrences are then the first one alone (if in range). */
  refused?: string;
}

/** Seconds in a day; wall-clock values are seconds since 1970-01-01 00:00 (floating). */
const DAY = 86_400;
/** Calendar days one expansion may go through, periods times INTERVAL (about 400 years). */
export const MAX_DAYS = 150_000;
/** The last day the engine goes to: 9999-12-31. */
const LAST_DAY = 2_932_896;

/** Day number (days since 1970-01-01) of a calendar date; `m` may run over (13 is next January). */
const dayNumber = (y: number, m: number, d: number): number => {
  // Proleptic Gregorian arithmetic (H. Hinnant's days_from_civil): no Date objects in the hot loop.
  y += Math.floor((m - 1) / 12);
  m = ((m + 11) % 12) + 1;
  if (m <= 2) y--;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
};

/** The calendar date [year, month, day] of a day number (Hinnant's civil_from_days). */
const civil = (n: number): [number, number, number] => {
  const era = Math.floor((n += 719_468) / 146_097);
  const doe = n - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = ((mp + 2) % 12) + 1;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, doy - Math.floor((153 * mp + 2) / 5) + 1];
};

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
const weekday = (n: number): number => ((n % 7) + 10) % 7;

/** A wall-clock value as its parts: [year, month, day, hour, minute, second]. */
export function wallParts(wall: number): number[] {
  const day = Math.floor(wall / DAY);
  const s = wall - day * DAY;
  return [...civil(day), Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
}

/** The instant of an Oslo wall-clock value (gap: moved forward; overlap: the first). */
export function osloInstant(wall: number): number {
  const [year, month, day, hour, minute, second] = wallParts(wall) as [number, number, number, number, number, number];
  return osloToInstant({ year, month, day }, hour, minute) + second * 1000;
}

/** The Oslo wall-clock value of an instant (whole seconds). */
export function osloWall(instant: number): number {
  const p = toOsloParts(instant);
  return dayNumber(p.year, p.month, p.day) * DAY + p.hour * 3600 + p.minute * 60 + p.second;
}

/** Where an expansion starts: DTSTART as a wall-clock value and as an instant. */
export interface Start {
  wall: number;
  at: number;
  allDay?: boolean | undefined;
}

/**
 * Expands a rule from DTSTART: calls `emit(wall, instant)` for each
 * occurrence in order — DTSTART first — until COUNT or UNTIL ends the
 * series, the candidate dates pass `lastDay` (a day number), or `emit`
 * returns false. Without COUNT, periods ending before `fromDay` are skipped.
 * `zone` turns wall-clock values into instants (Oslo time by default).
 * Returns why it gave up, if it did (a sub-daily rule, the candidate cap).
 */
export function expandRule(
  rule: Rule,
  start: Start,
  fromDay: number,
  lastDay: number,
  emit: (wall: number, at: number) => boolean,
  zone: (wall: number) => number = osloInstant,
): string | undefined {
  const { freq, interval, count, wkst, byWeekNo, byYearDay, bySetPos } = rule;
  if (FREQS.indexOf(freq) > 3) return `FREQ=${freq} is not supported`;
  let { byMonth, byMonthDay, byDay } = rule;
  const startDay = Math.floor(start.wall / DAY);
  const [, sm, sd] = civil(startDay);
  // RFC 5545: the parts missing are taken from DTSTART.
  if (!byWeekNo && !byYearDay && !byMonthDay && !byDay) {
    if (freq === 'YEARLY') byMonth ??= [sm];
    if (freq === 'YEARLY' || freq === 'MONTHLY') byMonthDay = [sd];
    if (freq === 'WEEKLY') byDay = [[0, weekday(startDay)]];
  }
  const [hour, minute, second] = wallParts(start.wall).slice(3) as [number, number, number];
  const times = start.allDay
    ? [0]
    : (rule.byHour ?? [hour])
        .flatMap((h) =>
          (rule.byMinute ?? [minute]).flatMap((m) => (rule.bySecond ?? [second]).map((s) => h * 3600 + m * 60 + s)),
        )
        .sort((a, b) => a - b);
  const untilMatch = rule.until ? UNTIL_RE.exec(rule.until) : null;
  const untilWall = untilMatch
    ? dayNumber(+untilMatch[1]!, +untilMatch[2]!, +untilMatch[3]!) * DAY +
      (untilMatch[4] === undefined ? DAY - 1 : +untilMatch[4] * 3600 + +untilMatch[5]! * 60 + +untilMatch[6]!)
    : Infinity;
  const untilUtc = untilMatch?.[7] ? untilWall * 1000 : undefined;
  const monthly = freq === 'MONTHLY' || (freq === 'YEARLY' && byMonth);

  const weeks = new Map<number, number>();
  /** The first day of week 1 of a year (the first week with four days of the year), cached. */
  const week1 = (y: number): number => {
    let first = weeks.get(y);
    if (first === undefined) {
      const jan1 = dayNumber(y, 1, 1);
      first = jan1 - ((weekday(jan1) - wkst + 7) % 7);
      weeks.set(y, (first += jan1 - first > 3 ? 7 : 0));
    }
    return first;
  };
  const hit = (list: number[] | undefined, value: number, length: number): boolean =>
    !list || list.some((k) => k === value || k === value - length - 1);

  /** Whether day `n` (year `y`, month `m`, day `d`, day of the year `yd`) passes the BYxxx parts but BYMONTH. */
  const matches = (n: number, y: number, m: number, d: number, yd: number): boolean => {
    const ml = monthLength(y, m);
    const yl = 337 + monthLength(y, 2);
    const wd = weekday(n);
    if (!hit(byMonthDay, d, ml) || !hit(byYearDay, yd, yl)) return false;
    if (byWeekNo) {
      const owner = n >= week1(y + 1) ? y + 1 : n < week1(y) ? y - 1 : y;
      const w1 = week1(owner);
      if (!hit(byWeekNo, Math.floor((n - w1) / 7) + 1, (week1(owner + 1) - w1) / 7)) return false;
    }
    const [position, length] = monthly ? [d, ml] : [yd, yl];
    return (
      !byDay ||
      byDay.some(
        ([k, w]) =>
          w === wd &&
          (k === 0 || k === (k > 0 ? Math.floor((position - 1) / 7) + 1 : -Math.floor((length - position) / 7) - 1)),
      )
    );
  };

  /** A period's first day and the next period's: the year, month, week (from WKST) or day. */
  const bounds = (p: number): [number, number] =>
    freq === 'YEARLY'
      ? [dayNumber(p, 1, 1), dayNumber(p + 1, 1, 1)]
      : freq === 'MONTHLY'
        ? [dayNumber(Math.floor(p / 12), (p % 12) + 1, 1), dayNumber(Math.floor(p / 12), (p % 12) + 2, 1)]
        : [p, p + (freq === 'WEEKLY' ? 7 : 1)];
  const periodOf = (n: number): number => {
    const [y, m] = civil(n);
    return freq === 'YEARLY'
      ? y
      : freq === 'MONTHLY'
        ? y * 12 + m - 1
        : freq === 'WEEKLY'
          ? n - ((weekday(n) - wkst + 7) % 7)
          : n;
  };
  const step = freq === 'WEEKLY' ? 7 * interval : interval;
  let period = periodOf(startDay);
  // Without COUNT nothing before the range matters: go to the range's period (on the INTERVAL grid).
  if (count === undefined && fromDay > startDay)
    period += Math.max(0, Math.floor((periodOf(fromDay) - period) / step)) * step;

  let counted = 1;
  if (!emit(start.wall, start.at)) return undefined;
  for (let budget = MAX_DAYS; ; period += step) {
    const [a, b] = bounds(period);
    if (!(a <= Math.min(lastDay, LAST_DAY))) return undefined;
    if ((budget -= (b - a) * interval) < 0) return `no end within ${MAX_DAYS} days`;
    let walls: number[] = [];
    // A weekly rule's first week starts at DTSTART (as in python-dateutil; it matters to BYSETPOS).
    // Month by month: a month BYMONTH leaves out is skipped whole.
    for (let n = freq === 'WEEKLY' ? Math.max(a, startDay) : a; n < b;) {
      const [y, m, d] = civil(n);
      const end = Math.min(b, n + monthLength(y, m) - d + 1);
      const yearStart = dayNumber(y, 1, 1);
      if (!byMonth || byMonth.includes(m)) {
        for (let k = n; k < end; k++)
          if (matches(k, y, m, d + k - n, k - yearStart + 1)) for (const t of times) walls.push(k * DAY + t);
      }
      n = end;
    }
    if (!walls.length) continue;
    if (bySetPos) {
      const all = walls;
      walls = [...new Set(bySetPos.map((k) => all[k > 0 ? k - 1 : all.length + k]!))].filter((w) => w !== undefined);
    }
    // COUNT and UNTIL go by the rule's own (wall-clock) order, as in RFC 5545; then instant order
    // (a time moved out of the spring gap may pass the next one), one occurrence per instant.
    const found: [number, number][] = [];
    let done = false;
    for (const wall of walls.sort((x, y) => x - y)) {
      if (wall <= start.wall) continue;
      const at = zone(wall);
      if ((untilUtc === undefined ? wall > untilWall : at > untilUtc) || (count !== undefined && ++counted > count)) {
        done = true;
        break;
      }
      found.push([wall, at]);
    }
    let last = start.at;
    for (const [wall, at] of found.sort((x, y) => x[1] - y[1])) {
      if (at > last && !emit(wall, at)) return undefined;
      last = Math.max(last, at);
    }
    if (done) return undefined;
  }
}

/**
 * A common rule read without the full parser: the same rule `parseRule` reads from it, or `undefined` when the
 * text has anything else (a part not listed above, BYDAY ordinals, a part given twice, COUNT with UNTIL, a
 * malformed or out-of-range value) — `parseRule` then reads it, or says why it cannot be used.
 */
export function readSimpleRule(text: string): Rule | undefined {
  const rule: Rule = { freq: 'DAILY', interval: 1, wkst: 0 };
  const seen = new Set<string>();
  for (const part of ruleParts(text)) {
    const [key = '', value = '', extra] = part.split('=');
    if (seen.has(key) || extra !== undefined) return undefined;
    seen.add(key);
    if (key === 'FREQ' && FREQS.includes(value as Freq)) rule.freq = value as Freq;
    else if ((key === 'INTERVAL' || key === 'COUNT') && /^[1-9]\d{0,8}$/.test(value))
      rule[key === 'COUNT' ? 'count' : 'interval'] = Number(value);
    else if (key === 'WKST' && DAYS.includes(value)) rule.wkst = DAYS.indexOf(value);
    else if (key === 'BYDAY' && /^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/.test(value))
      rule.byDay = value.split(',').map((day): [number, number] => [0, DAYS.indexOf(day)]);
    else if (key === 'UNTIL' && untilValid(value)) rule.until = value;
    else return undefined;
  }
  return seen.has('FREQ') && !(rule.count && rule.until) ? rule : undefined;
}

/** The first occurrence alone, if it overlaps `[from, to)`. */
function first(series: Series, from: number, to: number): Occurrence[] {
  const end = series.end !== undefined && series.end > series.start ? series.end : undefined;
  return series.start < to && (end ?? series.start + 1) > from ? [{ start: series.start, end }] : [];
}

/**
 * The occurrences of a series (recurrence-series.ts' `expandSeries`) with the rule already read — by `readSimpleRule` (a common rule) or rrule.ts' `parseRule`
 * (the string: why it cannot be used) — so that a caller whose rules are all common never loads the full parser.
 */
export function expandParsed(series: Series, rule: Rule | string, from: number, to: number, limit = 5_000): Expansion {
  if (!Number.isFinite(series.start)) return { occurrences: [], refused: 'no start' };
  if (typeof rule === 'string') return { occurrences: first(series, from, to), refused: rule };
  const allDay = series.allDay === true;
  const dayOf = (t: number): number => Math.floor(osloWall(t) / DAY);
  const startDay = dayOf(series.start);
  const hasEnd = series.end !== undefined && series.end > series.start;
  // Whole-day series: whole days from the start date; else the exact duration.
  const days =
    allDay && hasEnd
      ? Math.max(1, Math.round((osloInstant(dayOf(series.end!) * DAY) - osloInstant(startDay * DAY)) / 864e5))
      : 0;
  const length = hasEnd ? series.end! - series.start : 0;
  const occurrence = (wall: number, at: number): Occurrence => ({
    start: at,
    end: !hasEnd ? undefined : allDay ? osloInstant((Math.floor(wall / DAY) + days) * DAY) : at + length,
  });
  const key = (wall: number): number => (allDay ? Math.floor(wall / DAY) : wall);
  const exdates = (series.exdates ?? []).filter(Number.isFinite);
  // By Oslo wall-clock reading (date for whole days), and by instant (whole seconds).
  const exWalls = new Set(exdates.map((t) => key(osloWall(t))));
  const exSeconds = new Set(allDay ? [] : exdates.map((t) => Math.floor(t / 1000)));
  const out: [number, Occurrence][] = [];
  const keep = (wall: number, o: Occurrence): void => {
    if (o.start < to && (o.end ?? o.start + 1) > from) out.push([wall, o]);
  };
  const fromDay = Number.isFinite(from) ? dayOf(from - length) - days - 1 : -Infinity;
  const lastDay = Number.isFinite(to) ? dayOf(to) + 1 : Infinity;
  const start = allDay
    ? { wall: startDay * DAY, at: osloInstant(startDay * DAY), allDay }
    : { wall: osloWall(series.start), at: series.start };
  const refused = expandRule(rule, start, fromDay, lastDay, (wall, at) => {
    if (at >= to || out.length > limit) return false;
    keep(wall, occurrence(wall, at));
    return true;
  });
  if (refused) return { occurrences: first(series, from, to), refused };
  for (const t of series.rdates ?? []) {
    if (!Number.isFinite(t)) continue;
    const wall = allDay ? dayOf(t) * DAY : osloWall(t);
    keep(wall, occurrence(wall, allDay ? osloInstant(wall) : t));
  }
  const seen = new Set<number>();
  return {
    occurrences: out
      .sort((x, y) => x[1].start - y[1].start)
      .filter(([wall, o]) => {
        const duplicate = seen.has(o.start);
        seen.add(o.start);
        return !duplicate && !exWalls.has(key(wall)) && !exSeconds.has(Math.floor(o.start / 1000));
      })
      .slice(0, limit)
      .map(([, o]) => o),
  };
}
