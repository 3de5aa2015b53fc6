/**
 * What RRULE values (rrule.ts) and the recurrence engine (recurrence.ts)
 * share — the frequencies, the parsed rule, UNTIL's form, month lengths —
 * and the common rules read without the full parser
 * ({@link readSimpleRule}): the frequency, INTERVAL, COUNT or UNTIL, plain
 * BYDAY and WKST, as a weekly event's rule has them. A feed or API data
 * whose rules are all of that kind never loads the full parser; anything
 * else (BYMONTH, ordinals, BYSETPOS …, and every malformed rule, which the
 * parser says what is wrong with) goes to `parseRule`.
 */

export const FREQS = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY', 'SECONDLY'] as const;
export type Freq = (typeof FREQS)[number];

/** A parsed RRULE (see rrule.ts' `parseRule`). Weekdays are 0 = Monday … 6 = Sunday. */
export interface Rule {
  freq: Freq;
  interval: number;
  count?: number;
  /** As written: `YYYYMMDD`, `YYYYMMDDTHHMMSS` (floating) or `YYYYMMDDTHHMMSSZ`. */
  until?: string;
  wkst: number;
  /** [ordinal (0: every such day), weekday]. */
  byDay?: [number, number][];
  byMonth?: number[];
  byMonthDay?: number[];
  byYearDay?: number[];
  byWeekNo?: number[];
  byHour?: number[];
  byMinute?: number[];
  bySecond?: number[];
  bySetPos?: number[];
}

export const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
/** UNTIL: date, floating date-time or UTC date-time. */
export const UNTIL_RE = /^(\d{4})(\d\d)(\d\d)(?:T(\d\d)(\d\d)(\d\d)(Z?))?$/;

/** Days in a month of the proleptic Gregorian calendar. */
export const monthLength = (y: number, m: number): number =>
  m === 2 ? (y % 4 || (!(y % 100) && y % 400) ? 28 : 29) : 30 + ((m + (m >> 3)) & 1);

/** Whether an UNTIL value is a date or date-time that exists. */
export function untilValid(value: string): boolean {
  const m = UNTIL_RE.exec(value);
  const [y, mo, d, h = 0, mi = 0, s = 0] = (m ?? []).slice(1, 7).map((v) => (v === undefined ? 0 : Number(v)));
  return Boolean(m) && mo! >= 1 && mo! <= 12 && d! >= 1 && d! <= monthLength(y!, mo!) && h <= 23 && mi <= 59 && s <= 59;
}

/**
 * The `KEY=value` parts of an RRULE value (with or without its `RRULE:` prefix), upper-cased, empty ones
 * left out: what both readers of a rule (`readSimpleRule`, `parseRule`) go through.
 */
export function ruleParts(text: string): string[] {
  const parts: string[] = [];
  for (const part of String(text)
    .replace(/^RRULE:/i, '')
    .trim()
    .toUpperCase()
    .split(';'))
    if (part) parts.push(part);
  return parts;
}
