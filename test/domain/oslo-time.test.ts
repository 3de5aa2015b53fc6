import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  daysBetween,
  isValidDate,
  isoWeekNumber,
  isoWeekday,
  osloDate,
  osloMinuteOfDay,
  osloOffsetMinutes,
  osloToInstant,
  parseClock,
  parseDate,
  startOfIsoWeek,
  startOfOsloDay,
  toOsloParts,
} from '../../src/domain/oslo-time.js';

const t = (iso: string): number => Date.parse(iso);
const HOUR = 3_600_000;

/** The last Sunday of a month (the EU DST rule). */
function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  const back = last.getUTCDay();
  return addDays(last.toISOString().slice(0, 10), -back);
}

describe('oslo-time', () => {
  describe('instant → Oslo wall clock', () => {
    it('reads winter and summer time', () => {
      expect(toOsloParts(t('2026-12-03T09:00:00Z'))).to.deep.equal({
        year: 2026,
        month: 12,
        day: 3,
        hour: 10,
        minute: 0,
        second: 0,
        weekday: 4,
      });
      expect(toOsloParts(t('2027-06-21T22:30:15Z'))).to.include({
        day: 22,
        hour: 0,
        minute: 30,
        second: 15,
        weekday: 2,
      });
      expect(osloOffsetMinutes(t('2026-12-03T09:00:00Z'))).to.equal(60);
      expect(osloOffsetMinutes(t('2027-06-21T09:00:00Z'))).to.equal(120);
    });

    it('switches exactly at 01:00 UTC on the last Sundays of March and October', () => {
      expect(osloOffsetMinutes(t('2027-03-28T00:59:59.999Z'))).to.equal(60);
      expect(osloOffsetMinutes(t('2027-03-28T01:00:00Z'))).to.equal(120);
      expect(toOsloParts(t('2027-03-28T00:59:00Z'))).to.include({ hour: 1, minute: 59 });
      expect(toOsloParts(t('2027-03-28T01:00:00Z'))).to.include({ hour: 3, minute: 0 });
      expect(osloOffsetMinutes(t('2027-10-31T00:59:59.999Z'))).to.equal(120);
      expect(osloOffsetMinutes(t('2027-10-31T01:00:00Z'))).to.equal(60);
      // 02:30 is read twice on 31 October 2027.
      expect(toOsloParts(t('2027-10-31T00:30:00Z'))).to.include({ hour: 2, minute: 30 });
      expect(toOsloParts(t('2027-10-31T01:30:00Z'))).to.include({ hour: 2, minute: 30 });
    });

    it('follows the EU rule in every year 1996–2199', () => {
      for (let year = 1996; year <= 2199; year++) {
        // 02:00 winter time and 03:00 summer time: both 01:00 UTC.
        const spring = startOfOsloDay(lastSunday(year, 3)) + 2 * HOUR;
        const autumn = startOfOsloDay(lastSunday(year, 10)) + 3 * HOUR;
        expect(new Date(spring).toISOString().slice(11), `${year}`).to.equal('01:00:00.000Z');
        expect(new Date(autumn).toISOString().slice(11), `${year}`).to.equal('01:00:00.000Z');
        expect(osloOffsetMinutes(spring - 1), `${year} spring`).to.equal(60);
        expect(osloOffsetMinutes(spring), `${year} spring`).to.equal(120);
        expect(osloOffsetMinutes(autumn - 1), `${year} autumn`).to.equal(120);
        expect(osloOffsetMinutes(autumn), `${year} autumn`).to.equal(60);
      }
    });

    it('gives the Oslo date and minute of the day, not the UTC ones', () => {
      expect(osloDate(t('2026-12-31T23:30:00Z'))).to.equal('2027-01-01');
      expect(osloMinuteOfDay(t('2026-12-31T23:30:00Z'))).to.equal(30);
      expect(osloDate(new Date(t('2027-06-30T22:00:00Z')))).to.equal('2027-07-01');
    });
  });

  describe('Oslo wall clock → instant', () => {
    it('converts ordinary times in winter and summer', () => {
      expect(osloToInstant('2026-12-03', 10, 0)).to.equal(t('2026-12-03T10:00:00+01:00'));
      expect(osloToInstant('2027-06-21', 8, 15)).to.equal(t('2027-06-21T08:15:00+02:00'));
      expect(osloToInstant({ year: 2027, month: 6, day: 21 }, 8, 15)).to.equal(t('2027-06-21T08:15:00+02:00'));
    });

    it('reads 24:00 as midnight at the end of the day', () => {
      expect(osloToInstant('2026-12-31', 24, 0)).to.equal(t('2027-01-01T00:00:00+01:00'));
      expect(osloToInstant('2027-03-27', 24, 0)).to.equal(startOfOsloDay('2027-03-28'));
    });

    it('moves the nonexistent 02:30 of the spring-forward night (compatible/later forward, earlier back)', () => {
      expect(osloToInstant('2027-03-28', 2, 30)).to.equal(t('2027-03-28T03:30:00+02:00'));
      expect(osloToInstant('2027-03-28', 2, 30, 'later')).to.equal(t('2027-03-28T03:30:00+02:00'));
      expect(osloToInstant('2027-03-28', 2, 30, 'earlier')).to.equal(t('2027-03-28T01:30:00+01:00'));
      expect(osloToInstant('2027-03-28', 2, 0)).to.equal(t('2027-03-28T03:00:00+02:00'));
      // The hours around the gap are untouched.
      expect(osloToInstant('2027-03-28', 1, 59)).to.equal(t('2027-03-28T01:59:00+01:00'));
      expect(osloToInstant('2027-03-28', 3, 0)).to.equal(t('2027-03-28T03:00:00+02:00'));
    });

    it('picks the first or second 02:30 of the fall-back night', () => {
      expect(osloToInstant('2027-10-31', 2, 30)).to.equal(t('2027-10-31T02:30:00+02:00'));
      expect(osloToInstant('2027-10-31', 2, 30, 'earlier')).to.equal(t('2027-10-31T02:30:00+02:00'));
      expect(osloToInstant('2027-10-31', 2, 30, 'later')).to.equal(t('2027-10-31T02:30:00+01:00'));
      expect(osloToInstant('2027-10-31', 3, 0)).to.equal(t('2027-10-31T03:00:00+01:00'));
      expect(osloToInstant('2027-10-31', 1, 59)).to.equal(t('2027-10-31T01:59:00+02:00'));
    });

    it('has 23-hour and 25-hour days on the DST Sundays', () => {
      expect(startOfOsloDay('2027-03-29') - startOfOsloDay('2027-03-28')).to.equal(23 * HOUR);
      expect(startOfOsloDay('2027-11-01') - startOfOsloDay('2027-10-31')).to.equal(25 * HOUR);
      expect(startOfOsloDay('2027-01-02') - startOfOsloDay('2027-01-01')).to.equal(24 * HOUR);
    });

    it('round-trips every minute: an instant is one of the readings of its own wall clock', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: t('1900-01-01T00:00:00Z') / 60_000, max: t('2199-12-31T00:00:00Z') / 60_000 }),
          (minute) => {
            const instant = minute * 60_000;
            const p = toOsloParts(instant);
            const earlier = osloToInstant(p, p.hour, p.minute, 'earlier');
            const later = osloToInstant(p, p.hour, p.minute, 'later');
            expect([earlier, later]).to.include(instant);
            expect(later - earlier).to.be.oneOf([0, HOUR]);
          },
        ),
        // ~1 ms a run: sized to stay far below the time limit on a busy machine (the DST nights and every
        // offset change are checked exhaustively below).
        { numRuns: 400 },
      );
    });

    it('round-trips the DST nights minute by minute', () => {
      for (const date of ['2027-03-28', '2027-10-31', '2026-03-29', '2026-10-25']) {
        const start = startOfOsloDay(date);
        for (let m = 0; m < 6 * 60; m++) {
          const instant = start + m * 60_000;
          const p = toOsloParts(instant);
          const earlier = osloToInstant(p, p.hour, p.minute, 'earlier');
          const later = osloToInstant(p, p.hour, p.minute, 'later');
          expect([earlier, later], `${date} +${m} min`).to.include(instant);
        }
      }
    });

    it('round-trips every quarter hour around every offset change of 1916–1949 and 2024–2031 (the war years had +3 in the time-zone database)', () => {
      const DAY = 24 * HOUR;
      const changes: number[] = [];
      for (const [from, to] of [
        ['1916-01-01', '1950-01-01'],
        ['2024-01-01', '2032-01-01'],
      ] as const) {
        // A week at a time (changes are months apart), then the minute of the change by bisection.
        for (let week = t(`${from}T12:00:00Z`); week < t(`${to}T12:00:00Z`); week += 7 * DAY) {
          let [lo, hi] = [week, week + 7 * DAY];
          if (osloOffsetMinutes(lo) === osloOffsetMinutes(hi)) continue;
          while (hi - lo > 60_000) {
            const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
            if (osloOffsetMinutes(mid) === osloOffsetMinutes(lo)) lo = mid;
            else hi = mid;
          }
          changes.push(hi);
        }
      }
      // Every quarter hour from 4 hours before each change to 4 hours after it.
      for (const change of changes) {
        for (let instant = change - 4 * HOUR; instant <= change + 4 * HOUR; instant += HOUR / 4) {
          const p = toOsloParts(instant);
          const earlier = osloToInstant(p, p.hour, p.minute, 'earlier');
          const later = osloToInstant(p, p.hour, p.minute, 'later');
          expect([earlier, later], new Date(instant).toISOString()).to.include(instant);
          expect(osloToInstant(p, p.hour, p.minute), new Date(instant).toISOString()).to.equal(earlier);
        }
      }
      // 2024–2031 alone has 16; the war years and 1916 add their own.
      expect(changes.length).to.be.greaterThan(20);
    });

    it('reads back the wall clock it was given, unless that time does not exist', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 300 * 366 }),
          fc.integer({ min: 0, max: 23 }),
          fc.integer({ min: 0, max: 59 }),
          (n, hour, minute) => {
            const date = addDays('1900-01-01', n);
            const p = toOsloParts(osloToInstant(date, hour, minute));
            const inGap = p.hour !== hour;
            if (inGap) {
              // Only the spring-forward hour is skipped: read one hour later.
              expect(p.hour).to.equal(hour + 1);
              expect(osloOffsetMinutes(osloToInstant(date, hour, minute))).to.equal(120);
            }
            expect(osloDate(osloToInstant(date, hour, minute))).to.equal(date);
            expect(p.minute).to.equal(minute);
          },
        ),
        { numRuns: 1000 },
      );
    });

    it('does not depend on the viewer’s own time zone', async () => {
      const before = [osloToInstant('2027-03-28', 2, 30), osloDate(t('2026-12-31T23:30:00Z')), toOsloParts(0).hour];
      for (const zone of ['America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham']) {
        await executeServerCommand('set-time-zone', { timeZone: zone });
        try {
          expect(new Date(0).getTimezoneOffset()).to.not.equal(-60);
          expect([
            osloToInstant('2027-03-28', 2, 30),
            osloDate(t('2026-12-31T23:30:00Z')),
            toOsloParts(0).hour,
          ]).to.deep.equal(before);
        } finally {
          await executeServerCommand('set-time-zone', { timeZone: '' });
        }
      }
    });
  });

  describe('calendar arithmetic', () => {
    it('adds days and months across month, year and leap-year ends', () => {
      expect(addDays('2027-12-31', 1)).to.equal('2028-01-01');
      expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
      expect(addDays('2027-03-01', -1)).to.equal('2027-02-28');
      expect(addMonths('2027-01-31', 1)).to.equal('2027-02-28');
      expect(addMonths('2028-01-31', 1)).to.equal('2028-02-29');
      expect(addMonths('2027-01-15', -1)).to.equal('2026-12-15');
      expect(daysBetween('2027-03-25', '2027-03-30')).to.equal(5);
      expect(daysBetween('2027-03-30', '2027-03-25')).to.equal(-5);
    });

    it('knows ISO weekdays, the Monday of a week and week numbers', () => {
      expect(isoWeekday('2027-03-25')).to.equal(4);
      expect(isoWeekday('2027-03-28')).to.equal(7);
      expect(startOfIsoWeek('2027-03-28')).to.equal('2027-03-22');
      expect(startOfIsoWeek('2027-03-22')).to.equal('2027-03-22');
      expect(isoWeekNumber('2027-03-25')).to.equal(12);
      expect(isoWeekNumber('2027-01-01')).to.equal(53);
      expect(isoWeekNumber('2027-01-04')).to.equal(1);
      expect(isoWeekNumber('2026-12-31')).to.equal(53);
      expect(isoWeekNumber('2024-12-30')).to.equal(1);
    });

    it('checks dates and clock times', () => {
      expect(parseDate('2028-02-29')).to.deep.equal({ year: 2028, month: 2, day: 29 });
      expect(isValidDate('2027-02-29')).to.equal(false);
      expect(isValidDate('2027-13-01')).to.equal(false);
      expect(isValidDate('27-01-01')).to.equal(false);
      expect(() => parseDate('2027-02-29')).to.throw(RangeError);
      expect(parseClock('08:00')).to.equal(480);
      expect(parseClock('24:00')).to.equal(1440);
      expect(() => parseClock('24:01')).to.throw(RangeError);
      expect(() => parseClock('8:00')).to.throw(RangeError);
      expect(() => parseClock('12:60')).to.throw(RangeError);
    });

    it('agrees with Date on weekdays and day counts for any date 1900–2199', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 300 * 365 }), fc.integer({ min: -400, max: 400 }), (n, k) => {
          const date = addDays('1900-01-01', n);
          const utc = new Date(`${date}T00:00:00Z`);
          expect(isoWeekday(date)).to.equal(((utc.getUTCDay() + 6) % 7) + 1);
          expect(daysBetween(date, addDays(date, k))).to.equal(k);
          expect(isoWeekday(startOfIsoWeek(date))).to.equal(1);
        }),
      );
    });
  });
});
