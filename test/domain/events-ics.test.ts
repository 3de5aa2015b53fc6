import { expect } from '@open-wc/testing';
import type { TorgEvent } from '../../src/contract/schemas.js';
import { eventIcs, eventToIcsEvent } from '../../src/domain/events-ics.js';
import { buildModel, type Item } from '../../src/domain/events.js';

const NO_FILTERS = { torg: '', category: '', audience: '' };
const FROM = '2027-03-20';
const TO = '2027-04-19';

describe('<torg-events> rules: add to calendar', () => {
  const details = { location: 'Borgen', url: 'https://example.org/a', categories: ['Kultur'] };
  const series: TorgEvent = {
    id: 'sprak',
    title: 'Språkkafé',
    start: '2027-03-10T18:00:00+01:00',
    end: '2027-03-10T19:30:00+01:00',
    rrule: 'FREQ=WEEKLY;BYDAY=WE',
    exdates: ['2027-03-24T18:00:00+01:00'],
    categories: [],
  };

  it('offers one date of a series with the date in its UID, and the whole series with its rule', async () => {
    const model = await buildModel([series], { from: FROM, to: TO }, NO_FILTERS);
    const item = model.days.get('2027-03-31')![0]!;
    const { one, series: all } = eventIcs(item, details);
    expect(one).to.include({
      uid: 'sprak-20270331@innbyggertorg.asker.kommune.no',
      start: Date.parse('2027-03-31T18:00:00+02:00'),
      end: Date.parse('2027-03-31T19:30:00+02:00'),
      location: 'Borgen',
      url: 'https://example.org/a',
      status: 'CONFIRMED',
    });
    expect(one.rrule).to.equal(undefined);
    expect(all).to.include({
      uid: 'sprak@innbyggertorg.asker.kommune.no',
      start: Date.parse(series.start),
      rrule: 'FREQ=WEEKLY;BYDAY=WE',
    });
    expect(all!.exdates).to.deep.equal([Date.parse('2027-03-24T18:00:00+01:00')]);
  });

  it('offers a one-off event alone, cancelled as cancelled', async () => {
    const model = await buildModel(
      [{ id: 'a', title: 'A', start: '2027-03-25T18:00:00+01:00', cancelled: true, categories: [] }],
      { from: FROM, to: TO },
      NO_FILTERS,
    );
    const { one, series: all } = eventIcs(model.days.get('2027-03-25')![0]!, details);
    expect(one.uid).to.equal('a@innbyggertorg.asker.kommune.no');
    expect(one.status).to.equal('CANCELLED');
    expect(all).to.equal(undefined);
  });

  it('writes API text into the file only as data: an id is encoded, a rule that could end a line is left out', async () => {
    const hostile: TorgEvent = { ...series, id: 'x\r\nATTACH:https://evil.example', rrule: 'FREQ=DAILY\r\nATTACH:x' };
    const item: Item = {
      key: 'x',
      event: hostile,
      start: Date.parse(series.start),
      end: undefined,
      first: '2027-03-10',
      last: '2027-03-10',
      startMinute: 18 * 60,
      endMinute: undefined,
    };
    const { one, series: all } = eventIcs(item, details);
    expect(one.uid).to.equal('x%0D%0AATTACH%3Ahttps%3A%2F%2Fevil.example-20270310@innbyggertorg.asker.kommune.no');
    expect(all).to.equal(undefined);
  });

  it('writes a whole event for a feed with the UID "add every date" uses, so the two never meet twice', async () => {
    const model = await buildModel([series], { from: FROM, to: TO }, NO_FILTERS);
    const whole = eventToIcsEvent(series, details);
    expect(whole).to.deep.equal(eventIcs(model.days.get('2027-03-31')![0]!, details).series);
    const oneOff = eventToIcsEvent({ ...series, id: 'b', rrule: undefined, exdates: undefined }, details);
    expect(oneOff).to.include({ uid: 'b@innbyggertorg.asker.kommune.no', status: 'CONFIRMED' });
    expect(oneOff.rrule).to.equal(undefined);
    expect(eventToIcsEvent({ ...series, cancelled: true }, details).status).to.equal('CANCELLED');
  });
});
