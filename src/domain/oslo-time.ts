/**
 * Oslo wall-clock time <-> instants, with `Intl` only (no time-zone library).
 *
 * The municipality's zone is `Europe/Oslo` whatever the viewer's zone is.
 * Wall-clock values are plain objects; instants are epoch milliseconds or
 * `Date`s. Dates are `YYYY-MM-DD` strings (the API's format), which sort and
 * compare as strings.
 */

export const OSLO_TIME_ZONE = 'Europe/Oslo';

/** A wall-clock reading in Oslo. `weekday` is ISO: 1 = Monday … 7 = Sunday. */
export interface OsloParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

/** How to read a wall-clock time that does not exist or happens twice. */
export type Disambiguation = 'compatible' | 'earlier' | 'later';

const MINUTE = 60_000;
const DAY = 86_400_000;

let partsFormatter: Intl.DateTimeFormat | undefined;

function formatter(): Intl.DateTimeFormat {
  partsFormatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: OSLO_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    weekday: 'short',
  });
  return partsFormatter;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The Oslo wall-clock reading of an instant. */
export function toOsloParts(instant: number | Date): OsloParts {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatter().formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 1,
  };
}

/** Oslo's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
export function osloOffsetMinutes(instant: number | Date): number {
  const ms = +instant;
  const p = toOsloParts(ms);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - ms) / MINUTE);
}

/**
 * The instant of an Oslo wall-clock time. `hour` may be 24 (the end of the
 * day, i.e. 00:00 the next day).
 *
 * - A time inside the spring-forward gap (02:30 on the last Sunday of March)
 *   does not exist: `compatible` and `later` move it forward by the gap
 *   (03:30), `earlier` moves it back (01:30).
 * - A time inside the autumn overlap (02:30 on the last Sunday of October)
 *   happens twice: `compatible` and `earlier` take the first (summer time),
 *   `later` the second.
 */
export function osloToInstant(
  date: string | { year: number; month: number; day: number },
  hour = 0,
  minute = 0,
  disambiguation: Disambiguation = 'compatible',
): number {
  const { year, month, day } = typeof date === 'string' ? parseDate(date) : date;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets half a day before and after: equal on all but the DST days (and not only +1/+2:
  // the time-zone database follows Berlin before 1970, with +3 in 1945 and 1947).
  const before = osloOffsetMinutes(wall - DAY / 2);
  const after = osloOffsetMinutes(wall + DAY / 2);
  if (before === after) return wall - before * MINUTE;
  // A change that day: the wall time read with either offset, if it shows that wall time.
  const candidates = [wall - Math.max(before, after) * MINUTE, wall - Math.min(before, after) * MINUTE].filter(
    (t) => wallOf(t) === wall,
  );
  if (candidates.length === 2) return disambiguation === 'later' ? candidates[1]! : candidates[0]!;
  if (candidates.length === 1) return candidates[0]!;
  // In the gap (clocks went forward): read with the earlier offset it lands after the gap.
  return wall - (disambiguation === 'earlier' ? after : before) * MINUTE;
}

function wallOf(instant: number): number {
  const p = toOsloParts(instant);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
}

/** The Oslo calendar date (`YYYY-MM-DD`) of an instant. */
export function osloDate(instant: number | Date): string {
  const p = toOsloParts(instant);
  return isoDate(p.year, p.month, p.day);
}

/** Minutes since Oslo midnight of an instant's wall-clock time (0–1439). */
export function osloMinuteOfDay(instant: number | Date): number {
  const p = toOsloParts(instant);
  return p.hour * 60 + p.minute;
}

/** The instant at which an Oslo date begins. */
export function startOfOsloDay(date: string): number {
  return osloToInstant(date, 0, 0);
}

// ---------------------------------------------------------------------------
// Plain calendar arithmetic on `YYYY-MM-DD` dates (no time zone involved).

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits a `YYYY-MM-DD` date; throws on a malformed or impossible date. */
export function parseDate(date: string): { year: number; month: number; day: number } {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a calendar date: ${date}`);
  }
  return { year, month, day };
}

/** Whether a string is a real `YYYY-MM-DD` calendar date. */
export function isValidDate(date: string): boolean {
  try {
    parseDate(date);
    return true;
  } catch {
    return false;
  }
}

/** An ISO 8601 calendar date, `YYYY-MM-DD` (for text a person reads, see core/format.ts `formatDate`). */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** `date` plus `months` calendar months, clamped to the month's last day. */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return isoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  const pa = parseDate(a);
  const pb = parseDate(b);
  return Math.round((Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / DAY);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const { year, month, day } = parseDate(date);
  const wd = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** The Monday on or before a date. */
export function startOfIsoWeek(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** ISO 8601 week number (1–53) of a date. */
export function isoWeekNumber(date: string): number {
  // The week's Thursday decides its year.
  const thursday = addDays(date, 4 - isoWeekday(date));
  const { year } = parseDate(thursday);
  return Math.floor(daysBetween(isoDate(year, 1, 1), thursday) / 7) + 1;
}

/** `HH:MM` (00:00–24:00) to minutes since midnight. */
export function parseClock(time: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  const h = Number(m?.[1]);
  const min = Number(m?.[2]);
  if (!m || h > 24 || min > 59 || (h === 24 && min !== 0)) {
    throw new RangeError(`Not an HH:MM time: ${time}`);
  }
  return h * 60 + min;
}
