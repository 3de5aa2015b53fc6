import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { TorgEvent } from '../../src/contract/schemas.js';
import { addDays, daysBetween, osloDate, osloMinuteOfDay, osloToInstant } from '../../src/domain/oslo-time.js';
import {
  buildModel,
  dayTime,
  isFiltered,
  listRange,
  listSpan,
  matches,
  monthRange,
  osloDateMinute,
  placeOf,
  requestSpans,
  type Item,
} from '../../src/domain/events.js';

const NO_FILTERS = { torg: '', category: '', audience: '' };
const FROM = '2027-03-20';
const TO = '2027-04-19';

/** Events around the range (and the DST change of 28 March), some whole-day, some over midnight. */
const eventArb = fc
  .record({
    day: fc.integer({ min: -5, max: 35 }),
    minute: fc.integer({ min: 0, max: 1439 }),
    length: fc.integer({ min: 0, max: 3 * 1440 }),
    allDay: fc.boolean(),
    hasEnd: fc.boolean(),
    title: fc.string({ maxLength: 8 }),
  })
  .map(({ day, minute, length, allDay, hasEnd, title }): TorgEvent => {
    const date = addDays(FROM, day);
    const start = allDay ? osloToInstant(date) : osloToInstant(date, Math.floor(minute / 60), minute % 60);
    const end = allDay ? osloToInstant(addDays(date, 1 + (length % 3))) : start + length * 60_000;
    return {
      id: `e-${day}-${minute}-${length}-${allDay}`,
      title,
      start: new Date(start).toISOString(),
      ...(hasEnd || allDay ? { end: new Date(end).toISOString() } : {}),
      ...(allDay ? { allDay: true } : {}),
      categories: [],
    };
  });

describe('<torg-events> model (grouping)', () => {
  it('reads Oslo wall-clock time like oslo-time does, across DST (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2029, 0, 1) }), (t) => {
        const w = osloDateMinute(t);
        expect(w.date).to.equal(osloDate(t));
        expect(w.minute).to.equal(osloMinuteOfDay(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the instants around DST changes and Oslo midnights like oslo-time does (property)', () => {
    // The changes (01:00 UTC on the last Sundays of March and October) and the midnights either side of them,
    // each ± up to two hours, to the millisecond: the offset and date caches never carry a reading over an edge.
    const edges = [2026, 2027, 2028].flatMap((y) => [
      Date.UTC(y, 2, 31 - new Date(Date.UTC(y, 2, 31)).getUTCDay(), 1),
      Date.UTC(y, 9, 31 - new Date(Date.UTC(y, 9, 31)).getUTCDay(), 1),
    ]);
    const around = edges.flatMap((t) => [t, t - 2 * 3_600_000, t - 3_600_000, t + 21 * 3_600_000, t + 22 * 3_600_000]);
    fc.assert(
      fc.property(fc.constantFrom(...around), fc.integer({ min: -7_200_000, max: 7_200_000 }), (edge, delta) => {
        const w = osloDateMinute(edge + delta);
        expect(w.date).to.equal(osloDate(edge + delta));
        expect(w.minute).to.equal(osloMinuteOfDay(edge + delta));
      }),
      { numRuns: 3000 },
    );
    // The same instant read twice (the second from the caches), and the last millisecond before an Oslo midnight.
    const midnight = Date.parse('2027-03-28T00:00:00+01:00');
    expect(osloDateMinute(midnight - 1)).to.deep.equal({ date: '2027-03-27', minute: 1439 });
    expect(osloDateMinute(midnight)).to.deep.equal({ date: '2027-03-28', minute: 0 });
    expect(osloDateMinute(midnight)).to.deep.equal({ date: '2027-03-28', minute: 0 });
    expect(osloDateMinute(Date.parse('2027-03-28T03:00:00+02:00'))).to.deep.equal({ date: '2027-03-28', minute: 180 });
    expect(osloDateMinute(Date.parse('2027-10-31T02:30:00+01:00'))).to.deep.equal({ date: '2027-10-31', minute: 150 });
  });

  it('puts each event on every Oslo date it covers in the range, days in order, each day sorted (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(eventArb, { maxLength: 40, selector: (e) => e.id }), async (events) => {
        const model = await buildModel(events, { from: FROM, to: TO }, NO_FILTERS);
        const dates = [...model.days.keys()];
        expect(dates).to.deep.equal([...dates].sort());
        let counted = 0;
        for (const event of events) {
          const start = Date.parse(event.start);
          const end = event.end ? Date.parse(event.end) : undefined;
          const first = osloDate(start);
          // The last date: the day of its end (the day before, when it ends at midnight).
          let last = end === undefined || end <= start ? first : osloDate(end - 1);
          if (last < first) last = first;
          const expected: string[] = [];
          for (let d = first < FROM ? FROM : first; d <= last && d < TO; d = addDays(d, 1)) expected.push(d);
          const actual = dates.filter((d) => model.days.get(d)!.some((item) => item.event.id === event.id));
          expect(actual, event.id).to.deep.equal(expected);
          if (expected.length) counted++;
        }
        expect(model.count).to.equal(counted);
        for (const [date, items] of model.days) {
          const rank = items.map((it) => (it.event.allDay || it.first < date ? 0 : 1));
          expect(rank).to.deep.equal([...rank].sort());
          const timed = items.filter((it) => !(it.event.allDay || it.first < date));
          const starts = timed.map((it) => it.start);
          expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('filters by torg, category and audience', () => {
    const e: TorgEvent = {
      id: 'a',
      title: 'A',
      start: '2027-03-20T10:00:00+01:00',
      categories: ['kultur', 'kurs'],
      torgId: 'tofte',
      audience: ['barn'],
    };
    expect(matches(e, NO_FILTERS)).to.equal(true);
    expect(matches(e, { ...NO_FILTERS, torg: 'tofte', category: 'kurs', audience: 'barn' })).to.equal(true);
    expect(matches(e, { ...NO_FILTERS, torg: 'borgen' })).to.equal(false);
    expect(matches(e, { ...NO_FILTERS, category: 'marked' })).to.equal(false);
    expect(matches(e, { ...NO_FILTERS, audience: 'senior' })).to.equal(false);
    expect(matches({ ...e, audience: undefined }, { ...NO_FILTERS, audience: 'barn' })).to.equal(false);
  });

  it('lists an event sent twice (by two requests) once', async () => {
    const e: TorgEvent = { id: 'a', title: 'A', start: '2027-03-25T10:00:00+01:00', categories: [] };
    const model = await buildModel([e, { ...e }], { from: FROM, to: TO }, NO_FILTERS);
    expect(model.count).to.equal(1);
    expect(model.days.get('2027-03-25')).to.have.length(1);
  });
});

describe('<torg-events> rules: the dates on screen', () => {
  it('reads `days` as a whole number of 1 to 366, else 30', () => {
    expect([7, 7.9, 1, 366, 367, 1000].map(listSpan)).to.deep.equal([7, 7, 1, 366, 366, 366]);
    expect([0, -3, Number.NaN, 'mange', undefined, null].map(listSpan)).to.deep.equal([30, 30, 30, 30, 30, 30]);
  });

  it('shows `pages` × `days` from today in the list, and a whole month in the month view', () => {
    expect(listRange('2026-12-03', 30, 1)).to.deep.equal({ from: '2026-12-03', to: '2027-01-02', chunk: 30 });
    expect(listRange('2026-12-03', 30, 2)).to.deep.equal({ from: '2026-12-03', to: '2027-02-01', chunk: 30 });
    expect(monthRange('2027-02')).to.deep.equal({ from: '2027-02-01', to: '2027-03-01', chunk: 0 });
    expect(monthRange('2026-12')).to.deep.equal({ from: '2026-12-01', to: '2027-01-01', chunk: 0 });
  });

  it('asks for the list a page at a time, and for at most 366 days a request', () => {
    expect(requestSpans(listRange('2026-12-03', 30, 2))).to.deep.equal([
      ['2026-12-03', '2027-01-02'],
      ['2027-01-02', '2027-02-01'],
    ]);
    expect(requestSpans(monthRange('2026-12'))).to.deep.equal([['2026-12-01', '2027-01-01']]);
    expect(requestSpans({ from: '2026-12-03', to: '2027-12-04', chunk: 0 })).to.deep.equal([
      ['2026-12-03', '2027-12-04'],
    ]);
    expect(requestSpans({ from: '2026-12-03', to: '2026-12-03', chunk: 30 })).to.deep.equal([]);
  });

  it('covers the range exactly with requests in order, none longer than a page or 366 days (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 500 }),
        (start, length, chunk) => {
          const from = addDays('2026-01-01', start);
          const to = addDays(from, length);
          const spans = requestSpans({ from, to, chunk });
          const limit = chunk > 0 ? Math.min(chunk, 366) : 366;
          expect(spans.length === 0).to.equal(length === 0);
          if (!spans.length) return;
          expect(spans[0]![0]).to.equal(from);
          expect(spans.at(-1)![1]).to.equal(to);
          spans.forEach(([f, t], i) => {
            expect(daysBetween(f, t)).to.be.within(1, limit);
            if (i > 0) expect(f).to.equal(spans[i - 1]![1]);
          });
        },
      ),
    );
  });

  it('says whether a filter is on', () => {
    expect(isFiltered(NO_FILTERS)).to.equal(false);
    expect(isFiltered({ ...NO_FILTERS, audience: 'barn' })).to.equal(true);
  });
});

describe('<torg-events> rules: an event on a day', () => {
  const itemOn = async (event: TorgEvent, date: string): Promise<Item> =>
    (await buildModel([event], { from: FROM, to: TO }, NO_FILTERS)).days.get(date)![0]!;

  it('reads a night event as from its start on its first day and until its end on its last', async () => {
    const night: TorgEvent = {
      id: 'n',
      title: 'Nattkino',
      start: '2027-03-26T22:00:00+01:00',
      end: '2027-03-27T02:00:00+01:00',
      categories: [],
    };
    expect(dayTime(await itemOn(night, '2027-03-26'), '2027-03-26')).to.deep.equal({ kind: 'from', minute: 22 * 60 });
    expect(dayTime(await itemOn(night, '2027-03-27'), '2027-03-27')).to.deep.equal({ kind: 'until', minute: 2 * 60 });
  });

  it('reads a day in the middle of a longer event, and a whole-day event, as the whole day', async () => {
    const long: TorgEvent = {
      id: 'l',
      title: 'Festival',
      start: '2027-03-26T18:00:00+01:00',
      end: '2027-03-29T12:00:00+02:00',
      categories: [],
    };
    expect(dayTime(await itemOn(long, '2027-03-27'), '2027-03-27')).to.deep.equal({ kind: 'all-day' });
    const whole: TorgEvent = { ...long, id: 'w', allDay: true, start: '2027-03-26T00:00:00+01:00', end: undefined };
    expect(dayTime(await itemOn(whole, '2027-03-26'), '2027-03-26')).to.deep.equal({ kind: 'all-day' });
  });

  it('reads an event within a day as its times, or its start alone', async () => {
    const evening: TorgEvent = {
      id: 'e',
      title: 'Kveld',
      start: '2027-03-25T18:00:00+01:00',
      end: '2027-03-25T19:30:00+01:00',
      categories: [],
    };
    expect(dayTime(await itemOn(evening, '2027-03-25'), '2027-03-25')).to.deep.equal({
      kind: 'time',
      start: 18 * 60,
      end: 19 * 60 + 30,
    });
    const open = { ...evening, id: 'o', end: undefined };
    expect(dayTime(await itemOn(open, '2027-03-25'), '2027-03-25')).to.deep.equal({
      kind: 'time',
      start: 18 * 60,
      end: undefined,
    });
  });

  it('names the torg before the place, unless the place names it already', () => {
    const names = new Map([['borgen', 'Borgen innbyggertorg']]);
    const e: TorgEvent = { id: 'a', title: 'A', start: '2027-03-25T18:00:00+01:00', categories: [] };
    expect(placeOf({ ...e, torgId: 'borgen', location: { name: 'kafé KIME' } }, names)).to.equal(
      'Borgen innbyggertorg, kafé KIME',
    );
    expect(placeOf({ ...e, torgId: 'borgen', location: { name: 'Borgen innbyggertorg, salen' } }, names)).to.equal(
      'Borgen innbyggertorg, salen',
    );
    expect(placeOf({ ...e, torgId: 'borgen' }, names)).to.equal('Borgen innbyggertorg');
    expect(placeOf({ ...e, torgId: 'ukjent', location: { name: 'Salen' } }, names)).to.equal('Salen');
    expect(placeOf(e, names)).to.equal('');
  });
});
