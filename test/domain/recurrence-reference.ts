/**
 * The recurrence engine against independent references: generated rules
 * (every rule part the engine knows, DTSTART on and off the rule, on DST
 * nights) expanded by the engine and by rrule.js (run here) or
 * python-dateutil (recorded in fixtures/recurrence-dateutil.json).
 *
 * Used by test/domain/recurrence.test.ts (a few hundred rules in `npm test`)
 * and by `npm run test:recurrence` (thousands; see CONTRIBUTING.md). Plain
 * TypeScript without mocha or chai, so Node can run it too.
 *
 * Both references work on floating (wall-clock) times, like the engine's
 * rule expansion; the engine runs here with a UTC "zone", so wall-clock
 * values and instants are the same numbers. Where the references and RFC
 * 5545 part, the generated rules stay out of the way (each place is named
 * below) or the reference's answer is adjusted to the engine's documented
 * choice:
 * - DTSTART off the rule: the references drop it, the engine keeps it as
 *   the first occurrence (counted by COUNT), so it is put in front.
 * - UNTIL as a date: the references read midnight, the engine the whole day,
 *   so the references get `T235959`.
 * - BYDAY mixing plain days and ordinals (`MO,1TU`): both references give
 *   nothing (they require both); RFC 5545 means either. Not generated.
 * - BYWEEKNO=-53/-52 for the first week of the next year, and the number of
 *   last year's last week: python-dateutil (and its port rrule.js) mark
 *   only week 1 there (a "TODO" in dateutil). Not generated.
 */
import fc from 'fast-check';
import { RRule } from 'rrule';
import { expandRule, wallParts } from '../../src/domain/recurrence.js';
import { parseRule } from '../../src/domain/rrule.js';

const DAY = 86_400;
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
/** Occurrences compared per rule. */
export const MAX = 30;

/** A generated case: a rule, DTSTART (wall-clock seconds since 1970), whole-day or not, the last day compared. */
export interface Case {
  rrule: string;
  start: number;
  allDay: boolean;
  lastDay: number;
}

const wall = (y: number, m: number, d: number, h = 0, mi = 0, s = 0): number => Date.UTC(y, m - 1, d, h, mi, s) / 1000;
const stamp = (w: number): string => new Date(w * 1000).toISOString().slice(0, 19).replace(/[-:]/g, '');
const maybe = <T>(arb: fc.Arbitrary<T>, weight = 1, none = 3): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: none }, { arbitrary: arb, weight });
const signed = (max: number, negativeFrom = -max): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min: 1, max }), fc.integer({ min: negativeFrom, max: -1 }));
const list = (arb: fc.Arbitrary<number>, max = 3): fc.Arbitrary<number[]> =>
  fc.uniqueArray(arb, { minLength: 1, maxLength: max });

/** The last Sunday of a month (the DST nights are in March and October). */
function lastSunday(y: number, m: number): number {
  const last = new Date(Date.UTC(y, m, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** DTSTART: any day 2020–2030, or a DST night (00:00–04:59), with seconds now and then. */
const startArb = fc.oneof(
  fc
    .record({
      y: fc.integer({ min: 2020, max: 2030 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
      h: fc.integer({ min: 0, max: 23 }),
      mi: fc.constantFrom(0, 15, 30, 45),
      s: fc.oneof({ arbitrary: fc.constant(0), weight: 4 }, { arbitrary: fc.integer({ min: 1, max: 59 }), weight: 1 }),
    })
    .map(({ y, m, d, h, mi, s }) => wall(y, m, Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate()), h, mi, s)),
  fc
    .record({
      y: fc.integer({ min: 2020, max: 2030 }),
      m: fc.constantFrom(3, 10),
      h: fc.integer({ min: 0, max: 4 }),
      mi: fc.constantFrom(0, 30, 59),
    })
    .map(({ y, m, h, mi }) => wall(y, m, lastSunday(y, m), h, mi)),
);

/** Rules with every part the engine knows, in combinations RFC 5545 allows (see the module notes). */
export const caseArb: fc.Arbitrary<Case> = fc
  .record({
    freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
    interval: fc.oneof(
      { arbitrary: fc.constant(1), weight: 2 },
      { arbitrary: fc.integer({ min: 2, max: 4 }), weight: 1 },
    ),
    end: fc.oneof(
      fc.constant(''),
      fc.integer({ min: 1, max: 40 }).map((n) => `COUNT=${n}`),
      fc.integer({ min: 0, max: 900 }).map((days) => `+${days}`),
    ),
    untilTime: fc.constantFrom('', 'T000000', 'T180000', 'T235959'),
    wkst: maybe(fc.constantFrom(...DAYS)),
    plainDays: maybe(fc.uniqueArray(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 4 }), 2),
    ordinalDays: maybe(
      fc.uniqueArray(fc.tuple(signed(5), fc.constantFrom(...DAYS)), {
        minLength: 1,
        maxLength: 3,
        selector: (x) => x.join(),
      }),
    ),
    yearOrdinal: fc.boolean(),
    byMonth: maybe(list(fc.integer({ min: 1, max: 12 }), 4)),
    byMonthDay: maybe(list(signed(31))),
    byYearDay: maybe(list(signed(366), 4)),
    byWeekNo: maybe(list(signed(51), 3)),
    bySetPos: maybe(list(signed(6), 2)),
    byHour: maybe(list(fc.integer({ min: 0, max: 23 }), 2), 1, 5),
    byMinute: maybe(list(fc.integer({ min: 0, max: 59 }), 2), 1, 5),
    bySecond: maybe(list(fc.integer({ min: 0, max: 59 }), 2), 1, 8),
    start: startArb,
    allDay: fc.oneof({ arbitrary: fc.constant(false), weight: 5 }, { arbitrary: fc.constant(true), weight: 1 }),
  })
  .map((r): Case => {
    const yearly = r.freq === 'YEARLY';
    const parts = [`FREQ=${r.freq}`];
    if (r.interval > 1) parts.push(`INTERVAL=${r.interval}`);
    const byWeekNo = yearly ? r.byWeekNo : undefined;
    const byMonth = r.byMonth;
    let byDay = r.plainDays;
    if (r.ordinalDays && (r.freq === 'MONTHLY' || yearly) && !byWeekNo) {
      // Ordinals count weeks of the month, or of the year in a yearly rule without BYMONTH.
      const scale = yearly && !byMonth && r.yearOrdinal ? 10 : 1;
      byDay = r.ordinalDays.map(([n, d]) => `${n * scale}${d}`);
    }
    if (byDay) parts.push(`BYDAY=${byDay.join(',')}`);
    if (byMonth) parts.push(`BYMONTH=${byMonth.join(',')}`);
    if (r.byMonthDay && r.freq !== 'WEEKLY') parts.push(`BYMONTHDAY=${r.byMonthDay.join(',')}`);
    if (r.byYearDay && yearly) parts.push(`BYYEARDAY=${r.byYearDay.join(',')}`);
    if (byWeekNo) parts.push(`BYWEEKNO=${byWeekNo.join(',')}`);
    if (r.bySetPos) parts.push(`BYSETPOS=${r.bySetPos.join(',')}`);
    if (!r.allDay) {
      if (r.byHour) parts.push(`BYHOUR=${r.byHour.join(',')}`);
      if (r.byMinute) parts.push(`BYMINUTE=${r.byMinute.join(',')}`);
      if (r.bySecond) parts.push(`BYSECOND=${r.bySecond.join(',')}`);
    }
    if (r.wkst) parts.push(`WKST=${r.wkst}`);
    const start = r.allDay ? Math.floor(r.start / DAY) * DAY : r.start;
    if (r.end.startsWith('+')) {
      const until = stamp(start + Number(r.end.slice(1)) * DAY);
      parts.push(`UNTIL=${until.slice(0, 8)}${r.allDay ? '' : r.untilTime}`);
    } else if (r.end) {
      parts.push(r.end);
    }
    const years = { DAILY: 1, WEEKLY: 2, MONTHLY: 4, YEARLY: 10 }[r.freq] * r.interval;
    return { rrule: parts.join(';'), start, allDay: r.allDay, lastDay: Math.floor(start / DAY) + years * 366 };
  });

/**
 * Rules around the DST nights: DTSTART up to ten days before (or on) the last
 * Sunday of March or October at 00:00–04:59, rules that land on the night's
 * missing or doubled hour.
 */
export const dstCaseArb: fc.Arbitrary<Case> = fc
  .record({
    y: fc.integer({ min: 2021, max: 2030 }),
    m: fc.constantFrom(3, 10),
    before: fc.integer({ min: 0, max: 10 }),
    h: fc.integer({ min: 0, max: 4 }),
    mi: fc.constantFrom(0, 15, 30, 59),
    s: fc.constantFrom(0, 0, 30),
    rule: fc.constantFrom(
      'FREQ=DAILY',
      'FREQ=WEEKLY',
      'FREQ=WEEKLY;BYDAY=SA,SU',
      'FREQ=DAILY;BYHOUR=1,2,3',
      'FREQ=DAILY;BYHOUR=2;BYMINUTE=0,30,59',
      'FREQ=DAILY;BYHOUR=2,3;BYMINUTE=30',
      'FREQ=MONTHLY;BYDAY=-1SU',
      'FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU',
    ),
    end: fc.oneof(
      fc.constant(''),
      fc.integer({ min: 2, max: 25 }).map((n) => `;COUNT=${n}`),
    ),
  })
  .map(({ y, m, before, h, mi, s, rule, end }) => {
    const start = wall(y, m, lastSunday(y, m) - before, h, mi, s);
    const days = rule.includes('YEARLY') ? 3 * 366 : rule.includes('MONTHLY') ? 400 : 60;
    return { rrule: rule + end, start, allDay: false, lastDay: Math.floor(start / DAY) + days };
  });

/** The engine's wall-clock values for a case (UTC as the zone), up to `lastDay`, at most `max`. */
export function engineWalls(c: Case, lastDay = c.lastDay, max = MAX): number[] | string {
  const rule = parseRule(c.rrule);
  if (typeof rule === 'string') return rule;
  const out: number[] = [];
  const refused = expandRule(
    rule,
    { wall: c.start, at: c.start * 1000, allDay: c.allDay },
    -Infinity,
    lastDay,
    (w) => w < (lastDay + 1) * DAY && out.push(w) < max,
    (w) => w * 1000,
  );
  return refused ?? out;
}

/** The rule as a reference reads it: UNTIL as a date means the whole day (see the module notes). */
export function referenceRule(c: Case): string {
  return c.rrule.replace(/UNTIL=(\d{8})(?=;|$)/, 'UNTIL=$1T235959');
}

/**
 * A reference's dates made comparable: DTSTART in front when the reference
 * dropped it (and COUNT then cuts one more), at most {@link MAX}.
 */
export function adjust(c: Case, reference: number[]): number[] {
  const count = /COUNT=(\d+)/.exec(c.rrule);
  let out = reference[0] === c.start ? reference : [c.start, ...reference];
  if (count) out = out.slice(0, Number(count[1]));
  return out.slice(0, MAX);
}

/**
 * Whether a reference can expand the case quickly: the references look for
 * the next date up to the year 9999 when a rule has none left, so cases
 * whose rule goes quiet for years after `lastDay` are left to the engine's
 * own tests (the engine stops at the end of the range).
 */
export function referenceCanFinish(c: Case): boolean {
  // The references stop at the first date past `lastDay`, or after MAX dates: the rule without COUNT
  // and UNTIL must give one of those soon after `lastDay` (COUNT and UNTIL only end it sooner).
  const raw = { ...c, rrule: c.rrule.replace(/;(COUNT|UNTIL)=[^;]*/, '') };
  const walls = engineWalls(raw, 2 * c.lastDay - Math.floor(c.start / DAY) + 366, MAX + 2);
  return typeof walls !== 'string' && (walls.length > MAX + 1 || walls.some((w) => w >= (c.lastDay + 1) * DAY));
}

/**
 * rrule.js 2.8 takes a negative BYSETPOS beyond the set for its first
 * member (`FREQ=DAILY;BYSETPOS=-2` gives every day; dateutil and RFC 5545
 * give nothing): those cases are compared with python-dateutil only.
 */
export function rrulejsCanRead(c: Case): boolean {
  return !/BYSETPOS=[^;]*-/.test(c.rrule);
}

/** rrule.js's dates for a case (floating times as UTC), up to `lastDay`, at most {@link MAX}. */
export function rrulejsWalls(c: Case): number[] {
  // rrule.js 2.8 keeps BYHOUR/BYMINUTE/BYSECOND in the order written (and repeats dates): sorted, which means the same.
  const text = referenceRule(c).replace(
    /(BYHOUR|BYMINUTE|BYSECOND)=([\d,]+)/g,
    (_, key: string, values: string) =>
      `${key}=${values
        .split(',')
        .map(Number)
        .sort((a, b) => a - b)
        .join(',')}`,
  );
  const rule = new RRule({ ...RRule.parseString(text), dtstart: new Date(c.start * 1000) });
  return rule.all((d, i) => d.getTime() < (c.lastDay + 1) * DAY * 1000 && i < MAX).map((d) => d.getTime() / 1000);
}

/** What went wrong, for a failure message. */
export function describe(c: Case, engine: number[] | string, expected: number[]): string {
  const show = (list: number[] | string): string =>
    typeof list === 'string' ? list : list.map((w) => wallParts(w).join('.')).join(' ');
  return `${c.rrule} from ${stamp(c.start)}${c.allDay ? ' (whole day)' : ''}\n  engine:    ${show(engine)}\n  reference: ${show(expected)}`;
}

/** Compares the engine with rrule.js on `runs` generated rules; throws on the first difference. Returns how many were compared. */
export function checkAgainstRrulejs(runs: number, seed?: number): number {
  let compared = 0;
  fc.assert(
    fc.property(caseArb, (c) => {
      if (!referenceCanFinish(c) || !rrulejsCanRead(c)) return;
      const engine = engineWalls(c);
      const expected = adjust(c, rrulejsWalls(c));
      if (JSON.stringify(engine) !== JSON.stringify(expected)) throw new Error(describe(c, engine, expected));
      compared++;
    }),
    { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
  );
  return compared;
}

/** `n` generated cases a reference can expand quickly (for python-dateutil, run outside the browser). */
export function sampleCases(n: number, seed: number): Case[] {
  return fc
    .sample(caseArb, { numRuns: n * 2, seed })
    .filter(referenceCanFinish)
    .slice(0, n);
}

/** A case with python-dateutil's dates for it (as dateutil gives them: see {@link adjust}). */
export interface RecordedCase extends Case {
  dateutil: number[];
}

/** Compares the engine with recorded python-dateutil results; throws on the first difference. */
export function checkAgainstRecorded(cases: RecordedCase[]): number {
  for (const c of cases) {
    const engine = engineWalls(c);
    const expected = adjust(c, c.dateutil);
    if (JSON.stringify(engine) !== JSON.stringify(expected)) throw new Error(describe(c, engine, expected));
  }
  return cases.length;
}
