import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MAX_DAYS, expandRule, readSimpleRule, type Series } from '../../src/domain/recurrence.js';
import { expandSeries } from '../../src/domain/recurrence-series.js';
import { formatRule, parseRule, type Rule } from '../../src/domain/rrule.js';
import { osloDate, osloMinuteOfDay, osloToInstant, toOsloParts } from '../../src/domain/oslo-time.js';
import {
  MAX,
  adjust,
  caseArb,
  checkAgainstRecorded,
  dstCaseArb,
  checkAgainstRrulejs,
  describe as describeCase,
  engineWalls,
  rrulejsWalls,
  type Case,
  type RecordedCase,
} from './recurrence-reference.js';

const t = Date.parse;
const DAY = 86_400;
/** Oslo wall clock of an instant: "2027-03-31 18:00" (":SS" added when not 0). */
function wall(instant: number): string {
  const p = toOsloParts(instant);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${osloDate(instant)} ${pad(p.hour)}:${pad(p.minute)}${p.second ? `:${pad(p.second)}` : ''}`;
}
const iso = (instant: number): string => new Date(instant).toISOString().replace('.000', '');
const starts = (series: Series, from: number, to: number): string[] =>
  expandSeries(series, from, to).occurrences.map((o) => wall(o.start));

/** The dates of a rule from a DTSTART date at 18:00 (floating, no DST), at most `max`. */
function dates(rrule: string, start: string, max = 12, last = '2040-12-31'): string[] {
  const rule = parseRule(rrule) as Rule;
  expect(rule, rrule).to.be.an('object');
  const w = Date.parse(`${start}T18:00:00Z`) / 1000;
  const lastDay = Date.parse(`${last}T00:00:00Z`) / 864e5;
  const out: string[] = [];
  expandRule(
    rule,
    { wall: w, at: w * 1000 },
    -Infinity,
    lastDay,
    (v) => out.push(new Date(v * 1000).toISOString().slice(0, 10)) < max,
    (v) => v * 1000,
  );
  return out;
}

describe('recurrence (domain)', () => {
  describe('in Oslo wall-clock time', () => {
    it('keeps a weekly 18:00–19:30 event at 18:00–19:30 across the spring DST change, without the exdates', () => {
      const { occurrences: list, refused } = expandSeries(
        {
          start: t('2027-03-10T18:00:00+01:00'),
          end: t('2027-03-10T19:30:00+01:00'),
          rrule: 'FREQ=WEEKLY;BYDAY=WE',
          exdates: [t('2027-03-24T18:00:00+01:00')],
        },
        t('2027-03-01T00:00:00+01:00'),
        t('2027-04-15T00:00:00+02:00'),
      );
      expect(refused).to.equal(undefined);
      expect(list.map((o) => wall(o.start))).to.deep.equal([
        '2027-03-10 18:00',
        '2027-03-17 18:00',
        '2027-03-31 18:00',
        '2027-04-07 18:00',
        '2027-04-14 18:00',
      ]);
      expect(list.map((o) => wall(o.end!).slice(11))).to.deep.equal(['19:30', '19:30', '19:30', '19:30', '19:30']);
      // The instants moved by an hour: UTC 17:00 in winter, 16:00 in summer.
      expect(iso(list[1]!.start)).to.equal('2027-03-17T17:00:00Z');
      expect(iso(list[2]!.start)).to.equal('2027-03-31T16:00:00Z');
    });

    it('keeps it across the autumn change too', () => {
      const { occurrences } = expandSeries(
        { start: t('2027-10-20T18:00:00+02:00'), rrule: 'FREQ=WEEKLY', exdates: [] },
        t('2027-10-01T00:00:00+02:00'),
        t('2027-11-10T00:00:00+01:00'),
      );
      expect(occurrences.map((o) => wall(o.start))).to.deep.equal([
        '2027-10-20 18:00',
        '2027-10-27 18:00',
        '2027-11-03 18:00',
      ]);
      expect(occurrences.map((o) => o.end)).to.deep.equal([undefined, undefined, undefined]);
    });

    it('moves a time in the spring-forward gap forward by the gap (02:30 → 03:30), keeping its length', () => {
      const { occurrences } = expandSeries(
        {
          start: t('2027-03-21T02:30:00+01:00'),
          end: t('2027-03-21T04:00:00+01:00'),
          rrule: 'FREQ=WEEKLY;COUNT=3',
        },
        t('2027-03-01T00:00:00+01:00'),
        t('2027-05-01T00:00:00+02:00'),
      );
      expect(occurrences.map((o) => wall(o.start))).to.deep.equal([
        '2027-03-21 02:30',
        '2027-03-28 03:30',
        '2027-04-04 02:30',
      ]);
      // RFC 5545 §3.8.5.3: every occurrence lasts as long as the first (90 minutes).
      expect(occurrences.map((o) => (o.end! - o.start) / 60_000)).to.deep.equal([90, 90, 90]);
    });

    it('takes the first of the two 02:30s on the autumn night', () => {
      const { occurrences } = expandSeries(
        { start: t('2026-10-18T02:30:00+02:00'), rrule: 'FREQ=WEEKLY;COUNT=3' },
        0,
        Infinity,
      );
      expect(occurrences.map((o) => iso(o.start))).to.deep.equal([
        '2026-10-18T00:30:00Z',
        '2026-10-25T00:30:00Z',
        '2026-11-01T01:30:00Z',
      ]);
    });

    it('reads exdates sent in any offset (UTC here)', () => {
      expect(
        starts(
          { start: t('2027-03-10T18:00:00+01:00'), rrule: 'FREQ=WEEKLY;COUNT=4', exdates: [t('2027-03-31T16:00:00Z')] },
          t('2027-01-01T00:00:00Z'),
          t('2028-01-01T00:00:00Z'),
        ),
      ).to.deep.equal(['2027-03-10 18:00', '2027-03-17 18:00', '2027-03-24 18:00']);
    });
  });

  describe('the engine points of issue 13', () => {
    it('removes an occurrence moved out of the spring gap by its EXDATE (03:30 summer time)', () => {
      const series = {
        start: t('2026-03-22T02:30:00+01:00'),
        rrule: 'FREQ=WEEKLY;BYDAY=SU',
        exdates: [t('2026-03-29T03:30:00+02:00')],
      };
      expect(starts(series, t('2026-03-20T00:00:00Z'), t('2026-04-10T00:00:00Z'))).to.deep.equal([
        '2026-03-22 02:30',
        '2026-04-05 02:30',
      ]);
      // The EXDATE written as the wall-clock time the rule gives (02:30, read forward) is the same instant.
      const local = { ...series, exdates: [osloToInstant('2026-03-29', 2, 30)] };
      expect(starts(local, t('2026-03-20T00:00:00Z'), t('2026-04-10T00:00:00Z'))).to.have.length(2);
    });

    it('keeps the seconds of DTSTART, so the first occurrence is in a range that starts then', () => {
      const start = t('2026-12-02T18:00:30+01:00');
      const { occurrences } = expandSeries({ start, rrule: 'FREQ=WEEKLY;COUNT=3' }, start, Infinity);
      expect(occurrences.map((o) => wall(o.start))).to.deep.equal([
        '2026-12-02 18:00:30',
        '2026-12-09 18:00:30',
        '2026-12-16 18:00:30',
      ]);
      expect(occurrences[0]!.start).to.equal(start);
    });

    it('starts a series at the second 02:30 of the autumn night when DTSTART is that instant (01:30Z)', () => {
      const start = t('2026-10-25T01:30:00Z');
      const { occurrences } = expandSeries({ start, rrule: 'FREQ=DAILY;COUNT=3' }, 0, Infinity);
      expect(occurrences.map((o) => iso(o.start))).to.deep.equal([
        '2026-10-25T01:30:00Z',
        '2026-10-26T01:30:00Z',
        '2026-10-27T01:30:00Z',
      ]);
      // And at the first 02:30 (00:30Z) when that is DTSTART.
      const early = expandSeries({ start: start - 3_600_000, rrule: 'FREQ=DAILY;COUNT=2' }, 0, Infinity);
      expect(early.occurrences.map((o) => iso(o.start))).to.deep.equal([
        '2026-10-25T00:30:00Z',
        '2026-10-26T01:30:00Z',
      ]);
    });

    it('keeps a DTSTART off the rule as the first occurrence, counted by COUNT (the documented choice)', () => {
      // Thursday 3 December, "every Monday, three times": Thursday, then two Mondays.
      expect(dates('FREQ=WEEKLY;BYDAY=MO;COUNT=3', '2026-12-03')).to.deep.equal([
        '2026-12-03',
        '2026-12-07',
        '2026-12-14',
      ]);
      // On the rule it is counted once.
      expect(dates('FREQ=WEEKLY;BYDAY=TH;COUNT=3', '2026-12-03')).to.deep.equal([
        '2026-12-03',
        '2026-12-10',
        '2026-12-17',
      ]);
    });
  });

  describe('the rules ical.js got wrong (issue 13)', () => {
    it('applies BYSETPOS in a weekly rule: the last of Monday, Wednesday and Friday is Friday', () => {
      expect(dates('FREQ=WEEKLY;BYDAY=MO,WE,FR;BYSETPOS=-1', '2026-12-04', 4)).to.deep.equal([
        '2026-12-04',
        '2026-12-11',
        '2026-12-18',
        '2026-12-25',
      ]);
    });

    it('finds ISO weeks with BYWEEKNO, also week 53 and weeks that begin in the year before', () => {
      // Week 1 of 2027 begins on Monday 4 January; week 53 of 2026 on Monday 28 December (ISO 8601).
      expect(dates('FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO', '2026-01-01', 3)).to.deep.equal([
        '2026-01-01',
        '2027-01-04',
        '2028-01-03',
      ]);
      expect(dates('FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO,FR', '2026-01-01', 4)).to.deep.equal([
        '2026-01-01',
        '2026-12-28',
        '2027-01-01',
        '2032-12-27',
      ]);
      // 1 January 2022 is in week 52 of 2021: a yearly rule for week 52 in January finds it.
      expect(dates('FREQ=YEARLY;BYMONTH=1;BYWEEKNO=52', '2021-06-01', 3)).to.deep.equal([
        '2021-06-01',
        '2022-01-01',
        '2022-01-02',
      ]);
      // The last week of the year (-1), with weeks starting on Sunday.
      expect(dates('FREQ=YEARLY;BYWEEKNO=-1;BYDAY=SU;WKST=SU', '2026-01-01', 3)).to.deep.equal([
        '2026-01-01',
        '2026-12-27',
        '2027-12-26',
      ]);
    });

    it('finds BYWEEKNO weeks as ISO 8601 numbers them, for every week number (property)', () => {
      /** ISO 8601 week and week-year of a day (days since 1970): the week's Thursday decides. */
      const isoWeek = (day: number): [number, number] => {
        const thursday = day + 3 - ((((day + 3) % 7) + 7) % 7);
        const year = new Date(thursday * 864e5).getUTCFullYear();
        return [Math.floor((thursday - Date.UTC(year, 0, 1) / 864e5) / 7) + 1, year];
      };
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 53 }).chain((n) => fc.constantFrom(n, -n)),
          fc.integer({ min: 2020, max: 2035 }),
          (n, year) => {
            const found = new Set(
              dates(`FREQ=YEARLY;BYWEEKNO=${n}`, `${year}-01-01`, 800, `${year + 2}-12-31`).slice(1),
            );
            const first = Date.UTC(year, 0, 2) / 864e5;
            for (let day = first; day <= Date.UTC(year + 2, 11, 31) / 864e5; day++) {
              const [week, owner] = isoWeek(day);
              const total = isoWeek(Date.UTC(owner, 11, 28) / 864e5)[0]; // the last week has 28 December
              const date = new Date(day * 864e5).toISOString().slice(0, 10);
              expect(found.has(date), `${date} (week ${week} of ${owner})`).to.equal(
                week === n || week - total - 1 === n,
              );
            }
          },
        ),
        { numRuns: 20 },
      );
    });

    it('repeats a yearly BYMONTHDAY without BYMONTH in every month', () => {
      expect(dates('FREQ=YEARLY;BYMONTHDAY=15', '2026-03-15', 4)).to.deep.equal([
        '2026-03-15',
        '2026-04-15',
        '2026-05-15',
        '2026-06-15',
      ]);
    });

    it('applies BYSETPOS to the whole year in a yearly rule with BYMONTH and BYDAY', () => {
      // The last Sunday of March or October in the year: October's.
      expect(dates('FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU;BYSETPOS=-1', '2026-10-25', 3)).to.deep.equal([
        '2026-10-25',
        '2027-10-31',
        '2028-10-29',
      ]);
    });

    it('returns at once for the rule that never returns in ical.js', () => {
      const series = {
        start: t('2000-02-12T18:00:00+01:00'),
        rrule: 'FREQ=DAILY;INTERVAL=3;BYMONTHDAY=-18;BYSETPOS=-2;COUNT=3',
      };
      // Bounded by the range: DTSTART alone, no refusal.
      expect(expandSeries(series, 0, t('2030-01-01T00:00:00Z'))).to.deep.equal({
        occurrences: [{ start: series.start, end: undefined }],
      });
      // Unbounded: after MAX_DAYS of calendar without an occurrence the rule is reported as refused.
      const open = expandSeries(series, 0, Infinity);
      expect(open.occurrences).to.deep.equal([{ start: series.start, end: undefined }]);
      expect(open.refused).to.equal(`no end within ${MAX_DAYS} days`);
    });

    it('refuses malformed rules with a reason, giving the first occurrence only', () => {
      const start = t('2027-01-29T18:00:00+01:00');
      for (const [rrule, reason] of [
        ['FREQ=WEEKLY;BYDAY=XX', /BYDAY/],
        ['FREQ=FORTNIGHTLY', /FREQ/],
        ['FREQ=HOURLY;COUNT=5', /HOURLY is not supported/],
        ['FREQ=WEEKLY;COUNT=2;UNTIL=20270101', /COUNT and UNTIL/],
        ['FREQ=MONTHLY;BYWEEKNO=3', /BYWEEKNO/],
        ['FREQ=WEEKLY;BYMONTHDAY=3', /BYMONTHDAY/],
        ['FREQ=DAILY;BYDAY=1MO', /ordinals/],
        ['FREQ=YEARLY;BYWEEKNO=3;BYDAY=1MO', /BYWEEKNO/],
        ['FREQ=MONTHLY;BYYEARDAY=3', /BYYEARDAY/],
        ['FREQ=DAILY;FREQ=WEEKLY', /twice/],
        ['FREQ=DAILY;BYSECOND=60', /BYSECOND/],
        ['FREQ=DAILY;UNTIL=20270230', /UNTIL/],
        ['FREQ=DAILY;X-NAME=1', /unsupported/],
        ['COUNT=3', /no FREQ/],
        ['nonsense', /malformed/],
        ['', /no FREQ/],
      ] as const) {
        const result = expandSeries({ start, rrule }, t('2027-01-01T00:00:00Z'), t('2027-05-01T00:00:00Z'));
        expect(result.occurrences, rrule).to.deep.equal([{ start, end: undefined }]);
        expect(result.refused, rrule).to.match(reason);
      }
    });
  });

  describe('the rule', () => {
    it('reads common rules without the full parser, as the parser reads them (else leaves them to it)', () => {
      for (const text of [
        'FREQ=WEEKLY;BYDAY=WE',
        'FREQ=WEEKLY;BYDAY=MO,WE',
        'RRULE:freq=weekly;interval=2;byday=TH;',
        'FREQ=WEEKLY;BYDAY=FR;UNTIL=20270405T230000Z',
        'FREQ=DAILY;COUNT=3;WKST=SU',
        'FREQ=YEARLY;COUNT=1',
      ]) {
        expect(readSimpleRule(text), text).to.deep.equal(parseRule(text));
      }
      for (const text of [
        'FREQ=MONTHLY;BYDAY=1MO',
        'FREQ=WEEKLY;BYDAY=MO;BYDAY=TU',
        'FREQ=WEEKLY;COUNT=2;UNTIL=20270101',
        'FREQ=WEEKLY;UNTIL=20270230',
        'FREQ=WEEKLY;INTERVAL=0',
        'FREQ=WEEKLY;INTERVAL=01',
        'FREQ=WEEKLY;BYSETPOS=1;BYDAY=MO',
        'BYDAY=MO',
        'FREQ=FORTNIGHTLY',
        'FREQ=WEEKLY;RSCALE=GREGORIAN',
      ]) {
        expect(readSimpleRule(text), text).to.equal(undefined);
      }
      // Generated rules (every part, and mangled ones): what it reads, the parser reads the same.
      const mangled = fc.oneof(
        caseArb.map((c) => c.rrule),
        fc
          .tuple(caseArb, fc.nat(), fc.constantFrom('', ';', '=', ',', 'X', '0', '-', 'T', 'Z', ';COUNT=2'))
          .map(
            ([c, at, insert]) =>
              c.rrule.slice(0, at % (c.rrule.length + 1)) + insert + c.rrule.slice(at % (c.rrule.length + 1)),
          ),
      );
      let simple = 0;
      fc.assert(
        fc.property(mangled, (text) => {
          const read = readSimpleRule(text);
          if (read) simple++;
          return read === undefined || JSON.stringify(read) === JSON.stringify(parseRule(text));
        }),
        { numRuns: 400 },
      );
      // The comparison was not empty.
      expect(simple).to.be.greaterThan(10);
    });

    it('counts exdated occurrences towards COUNT (RFC 5545)', () => {
      expect(
        expandSeries(
          {
            start: t('2026-12-02T18:00:00+01:00'),
            rrule: 'FREQ=WEEKLY;COUNT=3',
            exdates: [t('2026-12-09T18:00:00+01:00')],
          },
          t('2026-12-01T00:00:00+01:00'),
          t('2027-06-01T00:00:00+02:00'),
        ).occurrences.map((o) => osloDate(o.start)),
      ).to.deep.equal(['2026-12-02', '2026-12-16']);
    });

    it('stops at UNTIL, as a UTC date-time, a date (the whole day) or a floating time (inclusive)', () => {
      const series = (until: string): string[] =>
        expandSeries(
          { start: t('2026-12-01T18:00:00+01:00'), rrule: `FREQ=DAILY;UNTIL=${until}` },
          0,
          Infinity,
        ).occurrences.map((o) => osloDate(o.start));
      expect(series('20261204T170000Z')).to.deep.equal(['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']);
      expect(series('20261204T165959Z')).to.have.length(3);
      expect(series('20261203')).to.have.length(3);
      expect(series('20261203T180000')).to.have.length(3);
      expect(series('20261203T175959')).to.have.length(2);
    });

    it('compares a UTC UNTIL with the instants across DST', () => {
      // 18:00 in summer is 16:00Z; after the change 17:00Z: UNTIL 16:30Z on 28 October keeps the 27th only.
      const { occurrences } = expandSeries(
        { start: t('2026-10-24T18:00:00+02:00'), rrule: 'FREQ=DAILY;UNTIL=20261027T163000Z' },
        0,
        Infinity,
      );
      expect(occurrences.map((o) => iso(o.start))).to.deep.equal([
        '2026-10-24T16:00:00Z',
        '2026-10-25T17:00:00Z',
        '2026-10-26T17:00:00Z',
      ]);
    });

    it('repeats every other week on several days, from the week start', () => {
      expect(dates('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH', '2026-12-03', 5)).to.deep.equal([
        '2026-12-03',
        '2026-12-14',
        '2026-12-17',
        '2026-12-28',
        '2026-12-31',
      ]);
    });

    it('follows WKST in an every-other-week rule (RFC 5545 §3.3.10 example)', () => {
      // DTSTART Tuesday 5 August 1997: with WKST=MO the next are 10, 19, 24 August; with WKST=SU 17, 19, 31.
      expect(dates('FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO', '1997-08-05')).to.deep.equal([
        '1997-08-05',
        '1997-08-10',
        '1997-08-19',
        '1997-08-24',
      ]);
      expect(dates('FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU', '1997-08-05')).to.deep.equal([
        '1997-08-05',
        '1997-08-17',
        '1997-08-19',
        '1997-08-31',
      ]);
    });

    it('finds the first Tuesday and the last Friday of each month', () => {
      expect(dates('FREQ=MONTHLY;BYDAY=1TU', '2026-12-01', 4)).to.deep.equal([
        '2026-12-01',
        '2027-01-05',
        '2027-02-02',
        '2027-03-02',
      ]);
      expect(dates('FREQ=MONTHLY;BYDAY=-1FR', '2026-12-25', 3)).to.deep.equal([
        '2026-12-25',
        '2027-01-29',
        '2027-02-26',
      ]);
    });

    it('takes plain and numbered days in one BYDAY together (every Monday and the first Tuesday)', () => {
      expect(dates('FREQ=MONTHLY;BYDAY=MO,1TU', '2027-01-04', 6)).to.deep.equal([
        '2027-01-04',
        '2027-01-05',
        '2027-01-11',
        '2027-01-18',
        '2027-01-25',
        '2027-02-01',
      ]);
    });

    it('finds the last weekday of the month (BYSETPOS=-1) and the 20th Monday of the year', () => {
      expect(dates('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', '2027-01-29', 4)).to.deep.equal([
        '2027-01-29',
        '2027-02-26',
        '2027-03-31',
        '2027-04-30',
      ]);
      expect(dates('FREQ=YEARLY;BYDAY=20MO', '1997-05-19', 3)).to.deep.equal([
        '1997-05-19',
        '1998-05-18',
        '1999-05-17',
      ]);
    });

    it('counts BYYEARDAY from both ends', () => {
      expect(dates('FREQ=YEARLY;BYYEARDAY=1,100,-1', '2027-01-01', 5)).to.deep.equal([
        '2027-01-01',
        '2027-04-10',
        '2027-12-31',
        '2028-01-01',
        '2028-04-09',
      ]);
    });

    it('expands BYHOUR and BYMINUTE in a day, each occurrence as long as the first', () => {
      const { occurrences } = expandSeries(
        {
          start: t('2027-02-01T09:00:00+01:00'),
          end: t('2027-02-01T09:20:00+01:00'),
          rrule: 'FREQ=DAILY;BYHOUR=9,13;BYMINUTE=0,30;COUNT=5',
        },
        0,
        Infinity,
      );
      expect(occurrences.map((o) => wall(o.start))).to.deep.equal([
        '2027-02-01 09:00',
        '2027-02-01 09:30',
        '2027-02-01 13:00',
        '2027-02-01 13:30',
        '2027-02-02 09:00',
      ]);
      expect(occurrences.map((o) => wall(o.end!).slice(11))).to.deep.equal([
        '09:20',
        '09:50',
        '13:20',
        '13:50',
        '09:20',
      ]);
    });

    it('skips months without the day (the 31st) and counts from the end (-1)', () => {
      expect(dates('FREQ=MONTHLY;BYMONTHDAY=31', '2027-01-31', 4)).to.deep.equal([
        '2027-01-31',
        '2027-03-31',
        '2027-05-31',
        '2027-07-31',
      ]);
      expect(dates('FREQ=MONTHLY;BYMONTHDAY=-1', '2027-01-31', 3)).to.deep.equal([
        '2027-01-31',
        '2027-02-28',
        '2027-03-31',
      ]);
    });

    it('repeats yearly on 29 February only in leap years, and skips 31 April', () => {
      expect(dates('FREQ=YEARLY', '2028-02-29', 3)).to.deep.equal(['2028-02-29', '2032-02-29', '2036-02-29']);
      expect(dates('FREQ=YEARLY;BYMONTH=4,12', '2027-12-31', 3)).to.deep.equal([
        '2027-12-31',
        '2028-12-31',
        '2029-12-31',
      ]);
    });

    it('applies INTERVAL before BYMONTH in a monthly rule (every 3rd month, then only January and March)', () => {
      expect(dates('FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,3', '2028-01-05', 3)).to.deep.equal([
        '2028-01-05',
        '2029-01-05',
        '2030-01-05',
      ]);
    });

    it('gives COUNT occurrences in date order whatever the order of the lists', () => {
      const list = dates('FREQ=MONTHLY;BYMONTH=8,4,6;COUNT=10', '2029-06-17', 20);
      expect(list).to.have.length(10);
      expect(list.at(-1)).to.equal('2032-06-17');
      expect([...list].sort()).to.deep.equal(list);
    });

    it('reads rules in any case, with the RRULE: prefix, RSCALE=GREGORIAN and SKIP=OMIT', () => {
      expect(parseRule('rrule:freq=weekly;byday=we;')).to.deep.include({ freq: 'WEEKLY', byDay: [[0, 2]] });
      expect(parseRule('FREQ=MONTHLY;RSCALE=GREGORIAN;SKIP=OMIT')).to.deep.include({ freq: 'MONTHLY' });
      expect(parseRule('FREQ=MONTHLY;SKIP=BACKWARD')).to.match(/unsupported/);
    });
  });

  describe('whole-day series, RDATE and bounds', () => {
    it('expands whole-day series by Oslo dates and keeps their length in days', () => {
      const series = {
        start: t('2027-03-01T00:00:00+01:00'),
        end: t('2027-03-03T00:00:00+01:00'),
        allDay: true,
        rrule: 'FREQ=WEEKLY;COUNT=6',
        exdates: [t('2027-03-15T12:00:00+01:00')],
      };
      // The range starts inside the second occurrence (8–9 March).
      const { occurrences } = expandSeries(series, t('2027-03-09T12:00:00+01:00'), t('2027-04-05T00:00:00+02:00'));
      expect(occurrences.map((o) => osloDate(o.start))).to.deep.equal(['2027-03-08', '2027-03-22', '2027-03-29']);
      expect(occurrences.map((o) => wall(o.end!))).to.deep.equal([
        '2027-03-10 00:00',
        '2027-03-24 00:00',
        '2027-03-31 00:00',
      ]);
    });

    it('adds RDATEs (not counted by COUNT), removes them by EXDATE and lists each instant once', () => {
      const { occurrences } = expandSeries(
        {
          start: t('2027-01-06T18:00:00+01:00'),
          end: t('2027-01-06T19:00:00+01:00'),
          rrule: 'FREQ=WEEKLY;COUNT=2',
          rdates: [t('2027-01-08T12:00:00+01:00'), t('2027-01-13T18:00:00+01:00'), t('2027-02-01T10:00:00+01:00'), NaN],
          exdates: [t('2027-02-01T10:00:00+01:00')],
        },
        0,
        Infinity,
      );
      expect(occurrences.map((o) => wall(o.start))).to.deep.equal([
        '2027-01-06 18:00',
        '2027-01-08 12:00',
        '2027-01-13 18:00',
      ]);
      expect(wall(occurrences[1]!.end!)).to.equal('2027-01-08 13:00');
    });

    it('stops at `limit` occurrences and at the end of the range', () => {
      const series = { start: t('2027-01-01T08:00:00+01:00'), rrule: 'FREQ=DAILY' };
      expect(expandSeries(series, 0, Infinity, 10).occurrences).to.have.length(10);
      expect(expandSeries(series, t('2027-02-01T00:00:00Z'), t('2027-02-08T00:00:00Z')).occurrences).to.have.length(7);
    });

    it('skips to the range without walking a long series from its start', () => {
      const series = { start: t('1990-01-01T08:00:00+01:00'), rrule: 'FREQ=DAILY' };
      const { occurrences } = expandSeries(series, t('2027-02-01T00:00:00Z'), t('2027-02-03T00:00:00Z'));
      expect(occurrences.map((o) => wall(o.start))).to.deep.equal(['2027-02-01 08:00', '2027-02-02 08:00']);
    });

    it('never throws and always ends, whatever the rule text and the numbers (property)', () => {
      const part = fc.oneof(
        fc.string({ maxLength: 12 }),
        fc
          .tuple(
            fc.constantFrom(
              'FREQ',
              'INTERVAL',
              'COUNT',
              'UNTIL',
              'BYDAY',
              'BYMONTHDAY',
              'BYYEARDAY',
              'BYWEEKNO',
              'BYSETPOS',
              'BYMONTH',
              'WKST',
              'BYHOUR',
            ),
            fc.oneof(
              fc.constantFrom(
                'DAILY',
                'WEEKLY',
                'MONTHLY',
                'YEARLY',
                'HOURLY',
                '1MO',
                '-1SU',
                'MO,WE',
                '99999999',
                '20270101',
                '-366',
                '0',
                '53',
              ),
              fc.integer({ min: -400, max: 400 }).map(String),
            ),
          )
          .map(([k, v]) => `${k}=${v}`),
      );
      fc.assert(
        fc.property(
          fc.array(part, { maxLength: 6 }).map((parts) => parts.join(';')),
          fc.oneof(fc.integer({ min: -5e12, max: 5e12 }), fc.constantFrom(NaN, Infinity)),
          fc.boolean(),
          (rrule, start, allDay) => {
            const result = expandSeries(
              { start, rrule, allDay, exdates: [start, NaN] },
              t('2027-01-01T00:00:00Z'),
              t('2027-03-01T00:00:00Z'),
            );
            expect(result.occurrences.length).to.be.at.most(60);
          },
        ),
        { numRuns: 300 },
      );
    });

    it('writes a rule back as the same rule (formatRule)', () => {
      fc.assert(
        fc.property(caseArb, (c) => {
          const rule = parseRule(c.rrule) as Rule;
          expect(parseRule(formatRule(rule))).to.deep.equal(rule);
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('against independent references', () => {
    it('agrees with rrule.js on generated rules (every rule part)', () => {
      expect(checkAgainstRrulejs(120)).to.be.greaterThan(60);
    });

    it('agrees with python-dateutil on the recorded rules (negative BYSETPOS included)', async () => {
      const fixture = (await (await fetch(new URL('./fixtures/recurrence-dateutil.json', import.meta.url))).json()) as {
        cases: RecordedCase[];
      };
      expect(fixture.cases.length).to.be.greaterThan(500);
      expect(checkAgainstRecorded(fixture.cases)).to.equal(fixture.cases.length);
    });

    it('a reference run can fail: a wrong engine answer is reported', () => {
      const c: Case = {
        rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR;BYSETPOS=-1;COUNT=3',
        start: Date.UTC(2026, 11, 4, 18) / 1000,
        allDay: false,
        lastDay: 21000,
      };
      expect(engineWalls(c)).to.deep.equal(adjust(c, rrulejsWalls(c)));
      const wrong: RecordedCase = { ...c, dateutil: [c.start, c.start + 7 * DAY] };
      expect(() => checkAgainstRecorded([wrong])).to.throw(/BYSETPOS/);
    });

    it('maps the references’ wall-clock times to Oslo instants (DST nights, EXDATEs in the gap and the overlap)', () => {
      let nights = 0;
      fc.assert(
        fc.property(
          dstCaseArb,
          fc.array(fc.constantFrom('none', 'instant', 'other'), { minLength: MAX, maxLength: MAX }),
          fc.boolean(),
          (c, exdateKinds, later) => {
            // DTSTART: the Oslo reading of the case's wall-clock start (the later one in the overlap, now and then).
            const [date, time] = [new Date(c.start * 1000).toISOString().slice(0, 10), c.start % DAY];
            const earlier =
              osloToInstant(date, Math.floor(time / 3600), Math.floor(time / 60) % 60) + (time % 60) * 1000;
            const laterInstant =
              osloToInstant(date, Math.floor(time / 3600), Math.floor(time / 60) % 60, 'later') + (time % 60) * 1000;
            // A DTSTART in the spring gap cannot be an instant (the API sends instants): not generated here.
            if (osloMinuteOfDay(earlier) !== Math.floor(time / 60)) return;
            const start = later ? laterInstant : earlier;
            const walls = adjust(c, rrulejsWalls(c));
            const instantOf = (w: number, disambiguation: 'compatible' | 'later' = 'compatible'): number => {
              const d = new Date(w * 1000).toISOString().slice(0, 10);
              const s = w % DAY;
              return osloToInstant(d, Math.floor(s / 3600), Math.floor(s / 60) % 60, disambiguation) + (s % 60) * 1000;
            };
            // EXDATEs: the occurrence's own instant, or in the autumn overlap the other instant of its wall-clock time.
            const exdates: number[] = [];
            const excluded = new Set<number>();
            walls.slice(1).forEach((w, i) => {
              const kind = exdateKinds[i];
              const at = instantOf(w);
              const overlap = instantOf(w, 'later') !== at;
              const gap = osloMinuteOfDay(at) !== Math.floor((w % DAY) / 60);
              if (overlap || gap) nights++;
              if (kind !== 'none') {
                exdates.push(kind === 'other' && overlap ? instantOf(w, 'later') : at);
                excluded.add(at);
              }
            });
            const expected = [
              start,
              ...walls
                .slice(1)
                .map((w) => instantOf(w))
                .filter((at) => at > start),
            ]
              .sort((a, b) => a - b)
              .filter((at, i, list) => at !== list[i - 1] && !excluded.has(at));
            const complete = walls.length < MAX;
            const to = complete ? instantOf((c.lastDay + 1) * DAY) : instantOf(Math.floor(walls.at(-1)! / DAY) * DAY);
            const { occurrences, refused } = expandSeries({ start, rrule: c.rrule, exdates }, start, to);
            expect(refused).to.equal(undefined);
            expect(
              occurrences.map((o) => iso(o.start)),
              describeCase(c, engineWalls(c), walls),
            ).to.deep.equal(expected.filter((at) => at < to).map(iso));
          },
        ),
        { numRuns: 80 },
      );
      expect(nights).to.be.greaterThan(0);
    });
  });
});
