import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { TorgEvent } from '../../src/contract/schemas.js';
import { addDays, osloDate, osloMinuteOfDay, osloToInstant } from '../../src/domain/oslo-time.js';
import { buildModel, matches, osloWall } from '../../src/domain/events.js';

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
        const w = osloWall(t);
        expect(w.date).to.equal(osloDate(t));
        expect(w.minute).to.equal(osloMinuteOfDay(t));
      }),
      { numRuns: 2000 },
    );
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
