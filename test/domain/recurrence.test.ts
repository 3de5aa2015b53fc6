import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import ICAL from 'ical.js';
import {
  expandDates,
  expandSeries,
  expandWithIcal,
  isOnRule,
  occurrences,
  parseRule,
  type Rule,
} from '../../src/domain/recurrence.js';
import { osloDate, osloMinuteOfDay, osloToInstant } from '../../src/domain/oslo-time.js';

const t = Date.parse;
/** Oslo wall clock of an instant: "2027-03-31 18:00". */
function wall(instant: number): string {
  const m = osloMinuteOfDay(instant);
  return `${osloDate(instant)} ${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

describe('recurrence (domain)', () => {
  describe('in Oslo wall-clock time', () => {
    it('keeps a weekly 18:00–19:30 event at 18:00–19:30 across the spring DST change, without the exdates', () => {
      const list = expandSeries(
        {
          start: t('2027-03-10T18:00:00+01:00'),
          end: t('2027-03-10T19:30:00+01:00'),
          rrule: 'FREQ=WEEKLY;BYDAY=WE',
          exdates: [t('2027-03-24T18:00:00+01:00')],
        },
        t('2027-03-01T00:00:00+01:00'),
        t('2027-04-15T00:00:00+02:00'),
      )!;
      expect(list.map((o) => wall(o.start))).to.deep.equal([
        '2027-03-10 18:00',
        '2027-03-17 18:00',
        '2027-03-31 18:00',
        '2027-04-07 18:00',
        '2027-04-14 18:00',
      ]);
      expect(list.map((o) => wall(o.end!).slice(11))).to.deep.equal(['19:30', '19:30', '19:30', '19:30', '19:30']);
      // The instants moved by an hour: UTC 17:00 in winter, 16:00 in summer.
      expect(new Date(list[1]!.start).toISOString()).to.equal('2027-03-17T17:00:00.000Z');
      expect(new Date(list[2]!.start).toISOString()).to.equal('2027-03-31T16:00:00.000Z');
    });

    it('keeps it across the autumn change too', () => {
      const list = expandSeries(
        { start: t('2027-10-20T18:00:00+02:00'), rrule: 'FREQ=WEEKLY', exdates: [] },
        t('2027-10-01T00:00:00+02:00'),
        t('2027-11-10T00:00:00+01:00'),
      )!;
      expect(list.map((o) => wall(o.start))).to.deep.equal([
        '2027-10-20 18:00',
        '2027-10-27 18:00',
        '2027-11-03 18:00',
      ]);
      expect(list.map((o) => o.end)).to.deep.equal([undefined, undefined, undefined]);
    });

    it('moves a time in the spring-forward gap forward by the gap (02:30 → 03:30)', () => {
      const list = expandSeries(
        { start: t('2027-03-21T02:30:00+01:00'), rrule: 'FREQ=WEEKLY;COUNT=3' },
        t('2027-03-01T00:00:00+01:00'),
        t('2027-05-01T00:00:00+02:00'),
      )!;
      expect(list.map((o) => wall(o.start))).to.deep.equal([
        '2027-03-21 02:30',
        '2027-03-28 03:30',
        '2027-04-04 02:30',
      ]);
    });

    it('reads exdates sent in any offset (UTC here)', () => {
      const list = expandSeries(
        {
          start: t('2027-03-10T18:00:00+01:00'),
          rrule: 'FREQ=WEEKLY;COUNT=4',
          exdates: [t('2027-03-31T16:00:00Z')],
        },
        t('2027-01-01T00:00:00Z'),
        t('2028-01-01T00:00:00Z'),
      )!;
      expect(list.map((o) => wall(o.start))).to.deep.equal([
        '2027-03-10 18:00',
        '2027-03-17 18:00',
        '2027-03-24 18:00',
      ]);
    });
  });

  describe('the rule', () => {
    const dates = (rrule: string, start: string, last = '2030-12-31', max = 12): string[] => {
      const out: string[] = [];
      expandDates(parseRule(rrule)!, start, 18 * 60, last, (d) => out.push(d) < max);
      return out;
    };

    it('counts exdated occurrences towards COUNT (RFC 5545)', () => {
      const list = expandSeries(
        {
          start: t('2026-12-02T18:00:00+01:00'),
          rrule: 'FREQ=WEEKLY;COUNT=3',
          exdates: [t('2026-12-09T18:00:00+01:00')],
        },
        t('2026-12-01T00:00:00+01:00'),
        t('2027-06-01T00:00:00+02:00'),
      )!;
      expect(list.map((o) => osloDate(o.start))).to.deep.equal(['2026-12-02', '2026-12-16']);
    });

    it('stops at UNTIL, as a UTC date-time, a date or a floating time (inclusive)', () => {
      expect(dates('FREQ=DAILY;UNTIL=20261204T170000Z', '2026-12-01')).to.deep.equal([
        '2026-12-01',
        '2026-12-02',
        '2026-12-03',
        '2026-12-04',
      ]);
      expect(dates('FREQ=DAILY;UNTIL=20261204T165959Z', '2026-12-01')).to.have.length(3);
      expect(dates('FREQ=DAILY;UNTIL=20261203', '2026-12-01')).to.have.length(3);
      expect(dates('FREQ=DAILY;UNTIL=20261203T180000', '2026-12-01')).to.have.length(3);
    });

    it('repeats every other week on several days, from the week start', () => {
      expect(dates('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH', '2026-12-03', '2030-01-01', 5)).to.deep.equal([
        '2026-12-03',
        '2026-12-14',
        '2026-12-17',
        '2026-12-28',
        '2026-12-31',
      ]);
    });

    it('finds the first Tuesday and the last Friday of each month', () => {
      expect(dates('FREQ=MONTHLY;BYDAY=1TU', '2026-12-01', '2030-01-01', 4)).to.deep.equal([
        '2026-12-01',
        '2027-01-05',
        '2027-02-02',
        '2027-03-02',
      ]);
      expect(dates('FREQ=MONTHLY;BYDAY=-1FR', '2026-12-25', '2030-01-01', 3)).to.deep.equal([
        '2026-12-25',
        '2027-01-29',
        '2027-02-26',
      ]);
    });

    it('skips months without the day (the 31st) and counts from the end (-1)', () => {
      expect(dates('FREQ=MONTHLY;BYMONTHDAY=31', '2027-01-31', '2030-01-01', 4)).to.deep.equal([
        '2027-01-31',
        '2027-03-31',
        '2027-05-31',
        '2027-07-31',
      ]);
      expect(dates('FREQ=MONTHLY;BYMONTHDAY=-1', '2027-01-31', '2030-01-01', 3)).to.deep.equal([
        '2027-01-31',
        '2027-02-28',
        '2027-03-31',
      ]);
    });

    it('repeats yearly on 29 February only in leap years', () => {
      expect(dates('FREQ=YEARLY', '2028-02-29', '2040-01-01', 3)).to.deep.equal([
        '2028-02-29',
        '2032-02-29',
        '2036-02-29',
      ]);
    });

    it('always starts with DTSTART, even off the rule', () => {
      expect(dates('FREQ=WEEKLY;BYDAY=MO;COUNT=3', '2026-12-03')).to.deep.equal([
        '2026-12-03',
        '2026-12-07',
        '2026-12-14',
      ]);
    });

    it('leaves rules outside the engine to ical.js', () => {
      expect(parseRule('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1')).to.equal(undefined);
      expect(parseRule('FREQ=HOURLY')).to.equal(undefined);
      expect(parseRule('FREQ=YEARLY;BYWEEKNO=20')).to.equal(undefined);
      expect(parseRule('FREQ=WEEKLY;COUNT=2;UNTIL=20270101')).to.equal(undefined);
      expect(parseRule('nonsense')).to.equal(undefined);
      expect(parseRule('RRULE:FREQ=WEEKLY;BYDAY=WE')).to.deep.include({ freq: 'WEEKLY', interval: 1 });
    });
  });

  describe('with ical.js behind it', () => {
    it('expands a rule the engine does not know (the last weekday of the month) in Oslo time', async () => {
      const series = {
        start: t('2027-01-29T18:00:00+01:00'),
        end: t('2027-01-29T20:00:00+01:00'),
        rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
        exdates: [t('2027-03-31T18:00:00+02:00')],
      };
      expect(expandSeries(series, 0, Infinity)).to.equal(undefined);
      const list = await occurrences(series, t('2027-01-01T00:00:00Z'), t('2027-05-01T00:00:00Z'));
      expect(list.map((o) => wall(o.start))).to.deep.equal([
        '2027-01-29 18:00',
        '2027-02-26 18:00',
        '2027-04-30 18:00',
      ]);
      expect(wall(list[2]!.end!)).to.equal('2027-04-30 20:00');
    });

    it('gives the first occurrence alone for a rule nobody can read', async () => {
      const series = { start: t('2027-01-29T18:00:00+01:00'), rrule: 'FREQ=SOMETIMES;BYWHIM=1' };
      const list = await occurrences(series, t('2027-01-01T00:00:00Z'), t('2027-05-01T00:00:00Z'));
      expect(list).to.deep.equal([{ start: series.start, end: undefined }]);
    });

    it('agrees with the engine on whole-day series and range edges', async () => {
      const series = {
        start: t('2027-03-01T00:00:00+01:00'),
        end: t('2027-03-03T00:00:00+01:00'),
        allDay: true,
        rrule: 'FREQ=WEEKLY;COUNT=6',
        exdates: [t('2027-03-15T00:00:00+01:00')],
      };
      // The range starts inside the second occurrence (8–9 March).
      const from = t('2027-03-09T12:00:00+01:00');
      const to = t('2027-04-05T00:00:00+02:00');
      const mine = expandSeries(series, from, to)!;
      expect(mine.map((o) => osloDate(o.start))).to.deep.equal(['2027-03-08', '2027-03-22', '2027-03-29']);
      expect(mine.map((o) => wall(o.end!))).to.deep.equal(['2027-03-10 00:00', '2027-03-24 00:00', '2027-03-31 00:00']);
      expect(await expandWithIcal(series, from, to)).to.deep.equal(mine);
    });
  });

  describe('where ical.js goes wrong, the engine follows RFC 5545', () => {
    // Each answer checked by hand against RFC 5545 §3.3.10 (and python-dateutil).
    const dates = (rrule: string, start: string, max = 8): string[] => {
      const out: string[] = [];
      expandDates(parseRule(rrule)!, start, 18 * 60, '2040-01-01', (d) => out.push(d) < max);
      return out;
    };

    it('applies INTERVAL before BYMONTH in a monthly rule (every 3rd month, then only January and March)', () => {
      expect(dates('FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,3', '2028-01-05', 3)).to.deep.equal([
        '2028-01-05',
        '2029-01-05',
        '2030-01-05',
      ]);
    });

    it('gives COUNT occurrences, in date order, whatever the order of BYMONTH', () => {
      const list = dates('FREQ=MONTHLY;BYMONTH=8,4,6;COUNT=10', '2029-06-17', 20);
      expect(list).to.have.length(10);
      expect(list.at(-1)).to.equal('2032-06-17');
      expect([...list].sort()).to.deep.equal(list);
    });

    it('counts BYMONTHDAY=-1 from the end of each month, in daily and yearly rules', () => {
      expect(dates('FREQ=DAILY;BYMONTHDAY=-1,8', '2026-01-08', 4)).to.deep.equal([
        '2026-01-08',
        '2026-01-31',
        '2026-02-08',
        '2026-02-28',
      ]);
      expect(dates('FREQ=YEARLY;BYMONTHDAY=-1,23;BYMONTH=2,4', '2028-02-23', 6)).to.deep.equal([
        '2028-02-23',
        '2028-02-29',
        '2028-04-23',
        '2028-04-30',
        '2029-02-23',
        '2029-02-28',
      ]);
    });

    it('skips a date that does not exist instead of rolling over (31 April is not 1 May)', () => {
      expect(dates('FREQ=YEARLY;BYMONTH=4,12', '2027-12-31', 3)).to.deep.equal([
        '2027-12-31',
        '2028-12-31',
        '2029-12-31',
      ]);
    });
  });

  describe('property: the engine agrees with ical.js', () => {
    const DAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    const subset = <T>(items: T[], min = 1, max = 3): fc.Arbitrary<T[]> =>
      fc.uniqueArray(fc.constantFrom(...items), { minLength: min, maxLength: max });
    const sorted = (list: number[]): number[] => [...list].sort((a, b) => a - b);

    /**
     * Rules inside the engine's part of RFC 5545, written the way calendars
     * write them (lists in order), leaving out the corners where ical.js
     * 2.2 is wrong (see above): BYMONTH in monthly rules, negative
     * BYMONTHDAY outside monthly rules, BYMONTHDAY with BYDAY in monthly rules.
     */
    const ruleText = fc
      .record({
        freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
        interval: fc.integer({ min: 1, max: 3 }),
        end: fc.oneof(
          fc.integer({ min: 1, max: 25 }).map((count) => `COUNT=${count}`),
          fc
            .tuple(
              fc.date({ min: new Date('2026-01-01'), max: new Date('2031-12-31'), noInvalidDate: true }),
              fc.constantFrom('T170000', 'T180000'),
            )
            .map(([date, time]) => `UNTIL=${date.toISOString().slice(0, 10).replaceAll('-', '')}${time}`),
          fc.constant(''),
        ),
        days: subset(DAY).map((list) => [...list].sort((a, b) => DAY.indexOf(a) - DAY.indexOf(b))),
        ordinals: fc.array(fc.constantFrom(1, 2, 3, 4, -1, -2), { minLength: 1, maxLength: 2 }),
        monthDays: fc.uniqueArray(fc.integer({ min: 1, max: 28 }), { minLength: 1, maxLength: 3 }).map(sorted),
        lastDay: fc.boolean(),
        months: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }).map(sorted),
        shape: fc.constantFrom('plain', 'byday', 'ordinal', 'monthday', 'monthday+byday', 'bymonth'),
        wkst: fc.constantFrom('MO', 'SU', 'WE'),
      })
      .map((r) => {
        const parts = [`FREQ=${r.freq}`];
        if (r.interval > 1) parts.push(`INTERVAL=${r.interval}`);
        const yearly = r.freq === 'YEARLY';
        const monthDays = r.freq === 'MONTHLY' && r.lastDay ? [-1, ...r.monthDays] : r.monthDays;
        switch (r.shape) {
          case 'byday':
            parts.push(`BYDAY=${r.days.join(',')}`);
            break;
          case 'ordinal':
            if (r.freq === 'MONTHLY' || yearly) {
              parts.push(`BYDAY=${r.ordinals.map((n, i) => `${n}${r.days[i % r.days.length]}`).join(',')}`);
            }
            if (yearly) parts.push(`BYMONTH=${r.months.join(',')}`);
            break;
          case 'monthday':
            if (r.freq !== 'WEEKLY') parts.push(`BYMONTHDAY=${monthDays.join(',')}`);
            if (yearly) parts.push(`BYMONTH=${r.months.join(',')}`);
            break;
          case 'monthday+byday':
            if (yearly)
              parts.push(
                `BYMONTHDAY=${monthDays.join(',')}`,
                `BYDAY=${r.days.join(',')}`,
                `BYMONTH=${r.months.join(',')}`,
              );
            break;
          case 'bymonth':
            if (r.freq !== 'MONTHLY') parts.push(`BYMONTH=${r.months.join(',')}`);
            break;
        }
        if (r.freq === 'WEEKLY' && r.wkst !== 'MO') parts.push(`WKST=${r.wkst}`);
        if (r.end) parts.push(r.end);
        return parts.join(';');
      });

    const startDate = fc
      .tuple(fc.integer({ min: 2026, max: 2029 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

    /** ical.js's dates for a floating DTSTART at 18:00. */
    function icalDates(rrule: string, start: string, last: string, max: number): string[] {
      const [y, m, d] = start.split('-').map(Number) as [number, number, number];
      const iterator = ICAL.Recur.fromString(rrule).iterator(
        ICAL.Time.fromData({ year: y, month: m, day: d, hour: 18, minute: 0 }),
      );
      const out: string[] = [];
      for (let next = iterator.next(); next && out.length < max; next = iterator.next()) {
        const date = next.toString().slice(0, 10);
        if (date > last) break;
        out.push(date);
      }
      return out;
    }

    it('gives the same dates as ical.js for generated rules (DTSTART on the rule)', () => {
      let compared = 0;
      fc.assert(
        fc.property(ruleText, startDate, (rrule, start) => {
          const rule = parseRule(rrule) as Rule;
          expect(rule, rrule).to.not.equal(undefined);
          // RFC 5545 leaves a DTSTART off the rule undefined; compare where it is on it.
          fc.pre(isOnRule(rule, start));
          const last = '2031-12-31';
          const theirs = icalDates(rrule, start, last, 30);
          const mine: string[] = [];
          expandDates(rule, start, 18 * 60, last, (d) => mine.push(d) < 30);
          expect(
            mine.filter((d) => d <= last),
            `${rrule} from ${start}`,
          ).to.deep.equal(theirs);
          compared++;
        }),
        { numRuns: 600 },
      );
      expect(compared).to.be.greaterThan(200);
    });

    it('gives every occurrence at the same Oslo wall-clock time (any DST)', () => {
      fc.assert(
        fc.property(
          startDate,
          fc.integer({ min: 0, max: 23 }),
          fc.constantFrom(0, 15, 30, 45),
          (start, hour, minute) => {
            // 02:xx does not exist on the spring-forward Sunday; other hours do.
            fc.pre(hour !== 2);
            const first = osloToInstant(start, hour, minute);
            const list = expandSeries({ start: first, rrule: 'FREQ=WEEKLY;COUNT=30' }, 0, Infinity)!;
            expect(list).to.have.length(30);
            expect(new Set(list.map((o) => osloMinuteOfDay(o.start))).size).to.equal(1);
          },
        ),
        { numRuns: 200 },
      );
    });
  });
});
