import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { OpeningHours, WeeklyInterval } from '../../src/contract/schemas.js';
import {
  deviations,
  hoursOn,
  intervalsOn,
  openingState,
  weekOf,
  type OpeningState,
} from '../../src/domain/opening-hours.js';
import { addDays, osloDate, toOsloParts } from '../../src/domain/oslo-time.js';
import { torgFixtures } from '../../mocks/fixtures/torg.js';

type Day = WeeklyInterval['day'];
const WEEKDAYS: Day[] = ['mo', 'tu', 'we', 'th', 'fr'];
const ALL_DAYS: Day[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

function days(list: Day[], opens: string, closes: string): WeeklyInterval[] {
  return list.map((day) => ({ day, opens, closes }));
}

function hours(extra: Partial<OpeningHours> = {}): OpeningHours {
  return { timeZone: 'Europe/Oslo', weekly: days(WEEKDAYS, '08:00', '15:30'), publicHolidays: 'closed', ...extra };
}

const t = (iso: string): number => Date.parse(iso);
/** An instant as Oslo wall-clock text, for readable failures: "2027-03-30 08:00". */
function oslo(instant: number | undefined): string | undefined {
  if (instant === undefined) return undefined;
  const p = toOsloParts(instant);
  return `${osloDate(instant)} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}
function summary(state: OpeningState): { open: boolean; closes?: string; opens?: string } {
  return {
    open: state.open,
    ...(state.closesAt !== undefined ? { closes: oslo(state.closesAt) } : {}),
    ...(state.opensAt !== undefined ? { opens: oslo(state.opensAt) } : {}),
  };
}

const torg = (id: string) => torgFixtures.find((x) => x.id === id)!;

describe('opening hours engine', () => {
  describe('hoursOn (one date)', () => {
    it('takes the weekly hours on an ordinary day', () => {
      const day = hoursOn(hours(), '2026-12-03');
      expect(day).to.deep.equal({ date: '2026-12-03', source: 'weekly', intervals: [{ opens: 480, closes: 930 }] });
    });

    it('follows the precedence exception → holiday → season → weekly', () => {
      const h = hours({
        exceptions: [
          { date: '2027-05-17', intervals: [{ opens: '12:00', closes: '14:00' }], note: 'Åpent på 17. mai' },
        ],
        seasons: [{ from: '2027-05-01', to: '2027-05-31', name: 'Vår', weekly: days(WEEKDAYS, '10:00', '12:00') }],
      });
      expect(hoursOn(h, '2027-05-17')).to.include({
        source: 'exception',
        note: 'Åpent på 17. mai',
        holiday: 'grunnlovsdag',
      });
      expect(hoursOn(h, '2027-05-17').intervals).to.deep.equal([{ opens: 720, closes: 840 }]);
      expect(hoursOn(h, '2027-05-06')).to.deep.include({
        source: 'holiday',
        holiday: 'kristi-himmelfartsdag',
        intervals: [],
      });
      expect(hoursOn(h, '2027-05-05')).to.deep.include({
        source: 'season',
        season: 'Vår',
        intervals: [{ opens: 600, closes: 720 }],
      });
      expect(hoursOn(h, '2027-06-01').source).to.equal('weekly');
    });

    it('keeps the weekly hours on a holiday when publicHolidays is "regular", and still names the holiday', () => {
      const day = hoursOn(hours({ publicHolidays: 'regular' }), '2027-03-25');
      expect(day).to.deep.include({
        source: 'weekly',
        holiday: 'skjaertorsdag',
        intervals: [{ opens: 480, closes: 930 }],
      });
    });

    it('reads season dates as inclusive and lets the first of overlapping seasons win', () => {
      const h = hours({
        seasons: [
          { from: '2027-07-01', to: '2027-07-31', name: 'A', weekly: [] },
          { from: '2027-07-15', to: '2027-08-15', name: 'B', weekly: days(WEEKDAYS, '10:00', '14:00') },
        ],
      });
      expect(hoursOn(h, '2027-07-01').season).to.equal('A');
      expect(hoursOn(h, '2027-07-30').season).to.equal('A');
      expect(hoursOn(h, '2027-08-02').season).to.equal('B');
      expect(hoursOn(h, '2027-08-16').source).to.equal('weekly');
      expect(hoursOn(h, '2027-06-30').source).to.equal('weekly');
    });

    it('sorts and merges several intervals a day, and reads "closes ≤ opens" as the next day', () => {
      const h = hours({
        weekly: [
          { day: 'fr', opens: '13:00', closes: '16:00' },
          { day: 'fr', opens: '08:00', closes: '12:00' },
          { day: 'fr', opens: '11:00', closes: '12:30' },
          { day: 'sa', opens: '19:00', closes: '01:00' },
          { day: 'su', opens: '07:00', closes: '24:00' },
          { day: 'mo', opens: '00:00', closes: '00:00' },
        ],
      });
      expect(hoursOn(h, '2027-01-15').intervals).to.deep.equal([
        { opens: 480, closes: 750 },
        { opens: 780, closes: 960 },
      ]);
      expect(hoursOn(h, '2027-01-16').intervals).to.deep.equal([{ opens: 1140, closes: 1500 }]);
      expect(hoursOn(h, '2027-01-17').intervals).to.deep.equal([{ opens: 420, closes: 1440 }]);
      expect(hoursOn(h, '2027-01-18').intervals).to.deep.equal([{ opens: 0, closes: 1440 }]);
    });

    it('treats an exception without intervals as closed, and the first exception of a date wins', () => {
      const h = hours({
        exceptions: [
          { date: '2026-12-03', note: 'Stengt for kurs' },
          { date: '2026-12-03', intervals: [{ opens: '08:00', closes: '20:00' }] },
          { date: '2026-12-04', closed: true, intervals: [{ opens: '08:00', closes: '20:00' }] },
        ],
      });
      expect(hoursOn(h, '2026-12-03')).to.deep.include({ source: 'exception', intervals: [], note: 'Stengt for kurs' });
      expect(hoursOn(h, '2026-12-04').intervals).to.deep.equal([]);
    });

    it('leaves out unreadable pieces instead of failing', () => {
      const bad = {
        timeZone: 'Europe/Oslo',
        weekly: [
          { day: 'mo', opens: '8:00', closes: '15:00' },
          { day: 'mo', opens: '25:00', closes: '26:00' },
          { day: 'mo', opens: '24:00', closes: '02:00' },
          { day: 'tu', opens: '09:00', closes: '15:00' },
          null,
          'nonsense',
          { day: 'xx', opens: '09:00', closes: '15:00' },
        ],
        publicHolidays: 'closed',
        exceptions: [{ date: '2026-02-30', closed: true }, { date: 42 }, null],
        seasons: [
          { from: '2027-08-01', to: '2027-07-01', weekly: [] },
          { from: 'soon', to: 'later' },
        ],
      } as unknown as OpeningHours;
      expect(hoursOn(bad, '2026-12-07').intervals).to.deep.equal([]);
      expect(hoursOn(bad, '2026-12-08').intervals).to.deep.equal([{ opens: 540, closes: 900 }]);
      expect(hoursOn(bad, '2027-07-15').source).to.equal('weekly');
      expect(openingState(bad, t('2026-12-07T10:00:00+01:00'))).to.deep.include({ open: false });
      expect(oslo(openingState(bad, t('2026-12-07T10:00:00+01:00')).opensAt)).to.equal('2026-12-08 09:00');
      expect(openingState({ weekly: 'x' } as unknown as OpeningHours, 0).open).to.equal(false);
    });

    it('gives the week Monday first', () => {
      const week = weekOf(hours(), '2027-03-25');
      expect(week.map((d) => d.date)).to.deep.equal([
        '2027-03-22',
        '2027-03-23',
        '2027-03-24',
        '2027-03-25',
        '2027-03-26',
        '2027-03-27',
        '2027-03-28',
      ]);
      expect(week.map((d) => d.source)).to.deep.equal([
        'weekly',
        'weekly',
        'weekly',
        'holiday',
        'holiday',
        'weekly',
        'holiday',
      ]);
      expect(weekOf(hours(), '2027-03-22')[0]!.date).to.equal('2027-03-22');
      expect(weekOf(hours(), '2027-03-28')[0]!.date).to.equal('2027-03-22');
    });
  });

  describe('openingState (an instant)', () => {
    it('is open with the closing time during opening hours', () => {
      const s = openingState(hours(), t('2026-12-03T10:00:00+01:00'));
      expect(summary(s)).to.deep.equal({ open: true, closes: '2026-12-03 15:30' });
      expect(s.nextChange).to.equal(s.closesAt);
      expect(s.reason).to.equal(undefined);
    });

    it('opens at the opening instant and closes at the closing instant (start inclusive, end exclusive)', () => {
      expect(openingState(hours(), t('2026-12-03T08:00:00+01:00')).open).to.equal(true);
      expect(openingState(hours(), t('2026-12-03T07:59:59.999+01:00')).open).to.equal(false);
      expect(openingState(hours(), t('2026-12-03T15:29:59.999+01:00')).open).to.equal(true);
      expect(summary(openingState(hours(), t('2026-12-03T15:30:00+01:00')))).to.deep.equal({
        open: false,
        opens: '2026-12-04 08:00',
      });
    });

    it('says "opens tomorrow" in the evening and "opens Monday" on Friday evening', () => {
      expect(summary(openingState(hours(), t('2026-12-03T20:00:00+01:00')))).to.deep.equal({
        open: false,
        opens: '2026-12-04 08:00',
      });
      expect(summary(openingState(hours(), t('2026-12-04T16:00:00+01:00')))).to.deep.equal({
        open: false,
        opens: '2026-12-07 08:00',
      });
    });

    it('handles a lunch break (several intervals a day)', () => {
      const tofte = torg('tofte').openingHours!;
      expect(summary(openingState(tofte, t('2027-01-08T12:30:00+01:00')))).to.deep.equal({
        open: false,
        opens: '2027-01-08 13:00',
      });
      expect(summary(openingState(tofte, t('2027-01-08T11:00:00+01:00')))).to.deep.equal({
        open: true,
        closes: '2027-01-08 12:00',
      });
    });

    it('is open after midnight in an interval that began yesterday', () => {
      const youth = torg('heggedal').services.find((s) => s.id === 'ungdom')!.openingHours!;
      // Friday 19:00–01:00: Saturday 00:30 is still Friday's evening.
      const s = openingState(youth, t('2027-01-09T00:30:00+01:00'));
      expect(summary(s)).to.deep.equal({ open: true, closes: '2027-01-09 01:00' });
      expect(summary(openingState(youth, t('2027-01-08T23:00:00+01:00')))).to.deep.equal({
        open: true,
        closes: '2027-01-09 01:00',
      });
      expect(summary(openingState(youth, t('2027-01-09T01:00:00+01:00')))).to.deep.equal({
        open: false,
        opens: '2027-01-12 18:00',
      });
    });

    it('closes at 24:00 (midnight) and merges a day ending at 24:00 with one starting at 00:00', () => {
      const library = hours({ weekly: days(ALL_DAYS, '07:00', '24:00'), publicHolidays: 'regular' });
      expect(summary(openingState(library, t('2026-12-03T23:00:00+01:00')))).to.deep.equal({
        open: true,
        closes: '2026-12-04 00:00',
      });
      const nights = hours({ weekly: [...days(['mo'], '20:00', '24:00'), ...days(['tu'], '00:00', '02:00')] });
      expect(summary(openingState(nights, t('2026-12-07T21:00:00+01:00')))).to.deep.equal({
        open: true,
        closes: '2026-12-08 02:00',
      });
    });

    it('is open around the clock without a closing time when it never closes within a year', () => {
      const always = hours({ weekly: days(ALL_DAYS, '00:00', '24:00'), publicHolidays: 'regular' });
      const s = openingState(always, t('2026-12-03T10:00:00+01:00'));
      expect(s.open).to.equal(true);
      expect(s.closesAt).to.equal(undefined);
      expect(s.nextChange).to.equal(undefined);
    });

    it('finds the next opening across Easter 2027 (Maundy Thursday to Tuesday 30 March)', () => {
      const s = openingState(torg('asker-sentrum').openingHours!, t('2027-03-25T10:00:00+01:00'));
      expect(summary(s)).to.deep.equal({ open: false, opens: '2027-03-30 08:00' });
      expect(s.reason).to.deep.equal({ source: 'holiday', date: '2027-03-25', holiday: 'skjaertorsdag' });
      // The opening instant is in summer time (DST began on 28 March).
      expect(s.opensAt).to.equal(t('2027-03-30T08:00:00+02:00'));
      // Tofte is open on Saturdays, but Easter Saturday is an exception.
      const tofte = openingState(torg('tofte').openingHours!, t('2027-03-27T11:00:00+01:00'));
      expect(summary(tofte)).to.deep.equal({ open: false, opens: '2027-03-30 08:00' });
      expect(tofte.reason).to.deep.equal({ source: 'exception', date: '2027-03-27', note: 'Påskeaften' });
    });

    it('searches as far as needed: closed three weeks in July still answers', () => {
      const tofte = torg('tofte').openingHours!;
      const s = openingState(tofte, t('2027-07-02T16:00:00+02:00'));
      expect(summary(s)).to.deep.equal({ open: false, opens: '2027-07-26 10:00' });
      const during = openingState(tofte, t('2027-07-14T12:00:00+02:00'));
      expect(summary(during)).to.deep.equal({ open: false, opens: '2027-07-26 10:00' });
      expect(during.reason).to.deep.equal({ source: 'season', date: '2027-07-14', note: 'Sommerstengt' });
    });

    it('names a season only when it changes the day’s hours', () => {
      const tofte = torg('tofte').openingHours!;
      const open = openingState(tofte, t('2027-06-22T11:00:00+02:00'));
      expect(summary(open)).to.deep.equal({ open: true, closes: '2027-06-22 15:00' });
      expect(open.reason).to.deep.equal({ source: 'season', date: '2027-06-22', note: 'Sommertid' });
      // Sundays are closed in and out of the season: nothing to name.
      expect(openingState(tofte, t('2027-06-27T11:00:00+02:00')).reason).to.equal(undefined);
    });

    it('says "no opening known" when none is within a year', () => {
      const never = hours({ weekly: [] });
      const s = openingState(never, t('2026-12-03T10:00:00+01:00'));
      expect(s).to.deep.equal({ at: t('2026-12-03T10:00:00+01:00'), open: false });
      const once = hours({
        weekly: [],
        exceptions: [
          { date: '2026-12-10', intervals: [{ opens: '10:00', closes: '12:00' }] },
          { date: '2028-06-01', intervals: [{ opens: '10:00', closes: '12:00' }] },
        ],
      });
      expect(summary(openingState(once, t('2026-12-03T10:00:00+01:00')))).to.deep.equal({
        open: false,
        opens: '2026-12-10 10:00',
      });
      expect(openingState(once, t('2026-12-11T10:00:00+01:00')).opensAt).to.equal(undefined);
    });

    it('is unknown without opening hours', () => {
      expect(openingState(undefined, 0)).to.deep.equal({ at: 0, open: false, unknown: true });
    });

    it('stays right on the spring-forward night (02:00–03:00 does not exist)', () => {
      // Last Sunday of March 2027 is 28 March (also Easter Sunday: "regular" holidays here).
      const night = hours({ weekly: days(['su'], '01:00', '04:00'), publicHolidays: 'regular' });
      const [interval] = intervalsOn(night, '2027-03-28');
      expect(interval!.end - interval!.start).to.equal(2 * 3600_000);
      expect(openingState(night, t('2027-03-28T03:30:00+02:00')).open).to.equal(true);
      // An interval inside the gap moves with it (02:30 is read as 03:30).
      const gap = hours({ weekly: days(['su'], '02:30', '05:00'), publicHolidays: 'regular' });
      expect(intervalsOn(gap, '2027-03-28')[0]!.start).to.equal(t('2027-03-28T03:30:00+02:00'));
    });

    it('moves each interval out of the spring gap before merging, so more hours never close earlier (issue 13)', () => {
      // Saturday 27 March 2027 into the spring-forward Sunday: 02:30 is read as 03:30 summer time (01:30Z).
      const alone = hours({ weekly: days(['sa'], '22:00', '02:30') });
      const more = hours({ weekly: [...days(['sa'], '22:00', '02:30'), ...days(['sa'], '23:00', '03:00')] });
      const at = t('2027-03-27T23:30:00+01:00');
      expect(openingState(alone, at).closesAt).to.equal(t('2027-03-28T03:30:00+02:00'));
      expect(openingState(more, at).closesAt).to.equal(t('2027-03-28T03:30:00+02:00'));
      expect(
        intervalsOn(more, '2027-03-27').map((i) => [i.start, i.end].map((x) => new Date(x).toISOString())),
      ).to.deep.equal([['2027-03-27T21:00:00.000Z', '2027-03-28T01:30:00.000Z']]);
      // The day's clock times are still shown merged.
      expect(hoursOn(more, '2027-03-27').intervals).to.deep.equal([{ opens: 22 * 60, closes: 27 * 60 }]);
      // Two intervals on the Sunday: 01:00–02:30 (→ 03:30) and 03:00–04:00 touch after the move.
      const sunday = hours({
        weekly: [...days(['su'], '01:00', '02:30'), ...days(['su'], '03:00', '04:00')],
        publicHolidays: 'regular',
      });
      expect(intervalsOn(sunday, '2027-03-28').map((i) => oslo(i.end))).to.deep.equal(['2027-03-28 04:00']);
      expect(openingState(sunday, t('2027-03-28T03:15:00+02:00')).open).to.equal(true);
    });

    it('stays right on the fall-back night (02:00–03:00 happens twice)', () => {
      // Last Sunday of October 2027 is 31 October.
      const night = hours({ weekly: days(['su'], '01:00', '04:00'), publicHolidays: 'regular' });
      const [interval] = intervalsOn(night, '2027-10-31');
      expect(interval!.end - interval!.start).to.equal(4 * 3600_000);
      // 02:30 the second time (winter time) is still open; the closing is 04:00 winter time.
      const s = openingState(night, t('2027-10-31T02:30:00+01:00'));
      expect(s.open).to.equal(true);
      expect(s.closesAt).to.equal(t('2027-10-31T04:00:00+01:00'));
      // A regular day's hours on the DST days are at the usual wall-clock times.
      expect(oslo(openingState(hours(), t('2027-10-29T16:00:00+02:00')).opensAt)).to.equal('2027-11-01 08:00');
      expect(openingState(hours(), t('2027-11-01T08:00:00+01:00')).open).to.equal(true);
    });
  });

  describe('deviations (the next N days)', () => {
    it('lists the Easter holidays that close an open day, not the Sunday that is closed anyway', () => {
      const list = deviations(torg('asker-sentrum').openingHours!, '2027-03-20', 14);
      expect(list.map((d) => [d.date, d.kind])).to.deep.equal([
        ['2027-03-25', 'holiday'],
        ['2027-03-26', 'holiday'],
        ['2027-03-29', 'holiday'],
      ]);
      expect(list[0]!.day.holiday).to.equal('skjaertorsdag');
    });

    it('lists exceptions that change the hours, with their notes', () => {
      const tofte = deviations(torg('tofte').openingHours!, '2027-03-20', 14);
      expect(tofte.map((d) => [d.date, d.kind])).to.deep.equal([
        ['2027-03-25', 'holiday'],
        ['2027-03-26', 'holiday'],
        ['2027-03-27', 'exception'],
        ['2027-03-29', 'holiday'],
      ]);
      expect(tofte[2]!.day.note).to.equal('Påskeaften');
      const december = deviations(torg('borgen').openingHours!, '2026-12-20', 14);
      expect(december.map((d) => [d.date, d.day.note ?? d.day.holiday])).to.deep.equal([
        ['2026-12-23', 'Lille julaften: redusert åpningstid'],
        ['2026-12-24', 'Julaften'],
        ['2026-12-25', 'forste-juledag'],
        ['2026-12-31', 'Nyttårsaften'],
        ['2027-01-01', 'nyttarsdag'],
      ]);
    });

    it('lists the days seasons begin and end', () => {
      const tofte = torg('tofte').openingHours!;
      expect(deviations(tofte, '2027-06-15', 14).map((d) => [d.date, d.kind, d.season])).to.deep.equal([
        ['2027-06-21', 'season-start', 'Sommertid'],
      ]);
      expect(deviations(tofte, '2027-07-01', 7).map((d) => [d.date, d.kind, d.season])).to.deep.equal([
        ['2027-07-05', 'season-start', 'Sommerstengt'],
      ]);
      expect(deviations(tofte, '2027-08-10', 14).map((d) => [d.date, d.kind, d.season])).to.deep.equal([
        ['2027-08-16', 'season-end', 'Sommertid'],
      ]);
      // The first day back counts (the change is news on that day too); the day after, nothing is left.
      expect(deviations(tofte, '2027-08-16', 14).map((d) => d.kind)).to.deep.equal(['season-end']);
      expect(deviations(tofte, '2027-08-17', 14)).to.deep.equal([]);
    });
  });

  describe('properties', () => {
    const clockArb = fc
      .tuple(fc.integer({ min: 0, max: 24 }), fc.constantFrom(0, 15, 30, 45))
      .map(([h, m]) => (h === 24 ? '24:00' : `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`));
    const intervalArb = fc.record({ opens: clockArb, closes: clockArb });
    const weeklyArb = fc.array(fc.record({ day: fc.constantFrom(...ALL_DAYS), opens: clockArb, closes: clockArb }), {
      maxLength: 10,
    });
    // Dates around the DST changes and Easter of 2026–2028.
    const dateArb = fc.integer({ min: 0, max: 3 * 365 }).map((n) => addDays('2026-01-01', n));
    const hoursArb: fc.Arbitrary<OpeningHours> = fc.record({
      timeZone: fc.constant('Europe/Oslo' as const),
      weekly: weeklyArb,
      publicHolidays: fc.constantFrom('closed' as const, 'regular' as const),
      exceptions: fc.array(
        fc.record(
          {
            date: dateArb,
            closed: fc.boolean(),
            intervals: fc.array(intervalArb, { maxLength: 3 }),
            note: fc.string(),
          },
          { requiredKeys: ['date'] },
        ),
        { maxLength: 6 },
      ),
      seasons: fc.array(
        fc
          .tuple(dateArb, fc.integer({ min: 0, max: 60 }), weeklyArb, fc.option(fc.string(), { nil: undefined }))
          .map(([from, length, weekly, name]) => ({
            from,
            to: addDays(from, length),
            weekly,
            ...(name ? { name } : {}),
          })),
        { maxLength: 2 },
      ),
    });
    // Instants in 2026–2028, with extra weight on the DST nights.
    const instantArb = fc.oneof(
      fc.integer({ min: t('2026-01-01T00:00:00Z'), max: t('2028-12-31T00:00:00Z') }),
      fc.integer({ min: t('2027-03-27T22:00:00Z'), max: t('2027-03-28T04:00:00Z') }),
      fc.integer({ min: t('2027-10-30T22:00:00Z'), max: t('2027-10-31T04:00:00Z') }),
    );

    it('adding an interval never closes a place that was open, DST nights included', () => {
      fc.assert(
        fc.property(
          hoursArb,
          fc.record({ day: fc.constantFrom(...ALL_DAYS), opens: clockArb, closes: clockArb }),
          instantArb,
          (h, extra, at) => {
            fc.pre(openingState(h, at).open);
            expect(openingState({ ...h, weekly: [...h.weekly, extra] }, at).open).to.equal(true);
          },
        ),
        { numRuns: 150 },
      );
    });

    it('the next change is strictly later than now', () => {
      fc.assert(
        fc.property(hoursArb, instantArb, (h, at) => {
          const s = openingState(h, at);
          if (s.nextChange !== undefined) expect(s.nextChange).to.be.greaterThan(at);
          expect(s.nextChange).to.equal(s.open ? s.closesAt : s.opensAt);
        }),
        { numRuns: 150 },
      );
    });

    it('the state flips exactly at the next change and holds until then', () => {
      fc.assert(
        fc.property(hoursArb, instantArb, fc.double({ min: 0, max: 1, noNaN: true }), (h, at, fraction) => {
          const s = openingState(h, at);
          if (s.nextChange === undefined) return;
          expect(openingState(h, s.nextChange).open).to.equal(!s.open);
          expect(openingState(h, s.nextChange - 1).open).to.equal(s.open);
          const between = at + Math.floor((s.nextChange - at) * fraction);
          expect(openingState(h, Math.min(between, s.nextChange - 1)).open).to.equal(s.open);
        }),
        { numRuns: 150 },
      );
    });

    it('a date’s intervals never overlap and are sorted', () => {
      fc.assert(
        fc.property(hoursArb, dateArb, (h, date) => {
          const day = hoursOn(h, date);
          day.intervals.forEach((interval, i) => {
            expect(interval.opens).to.be.below(interval.closes);
            expect(interval.opens).to.be.below(1440);
            if (i > 0) expect(interval.opens).to.be.greaterThan(day.intervals[i - 1]!.closes);
          });
          const instants = intervalsOn(h, date);
          instants.forEach((interval, i) => {
            expect(interval.start).to.be.below(interval.end);
            if (i > 0) expect(interval.start).to.be.greaterThan(instants[i - 1]!.end);
          });
        }),
        { numRuns: 300 },
      );
    });

    it('any instant inside an interval reads "open", and its closing is no earlier than the interval’s end', () => {
      fc.assert(
        fc.property(hoursArb, dateArb, fc.double({ min: 0, max: 1, noNaN: true }), (h, date, fraction) => {
          for (const interval of intervalsOn(h, date)) {
            const at = interval.start + Math.floor((interval.end - interval.start) * fraction);
            const s = openingState(h, Math.min(at, interval.end - 1));
            expect(s.open).to.equal(true);
            if (s.closesAt !== undefined) expect(s.closesAt).to.be.at.least(interval.end);
          }
        }),
        { numRuns: 150 },
      );
    });

    it('a closed state opens at the start of some date’s interval', () => {
      fc.assert(
        fc.property(hoursArb, instantArb, (h, at) => {
          const s = openingState(h, at);
          if (s.open || s.opensAt === undefined) return;
          const date = osloDate(s.opensAt);
          const starts = [...intervalsOn(h, date), ...intervalsOn(h, addDays(date, -1))].map((i) => i.start);
          expect(starts).to.include(s.opensAt);
        }),
        { numRuns: 150 },
      );
    });
  });
});
