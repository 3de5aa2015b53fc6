import { expect, html } from '@open-wc/testing';
import '../../../src/widgets/torg-events/define.js';
import { $, $$, settle, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { dayHeadings, entries, event, icsText, type TorgEvents } from './helpers.js';

/** Ten days before the spring DST change (Sunday 28 March 2027). */
const NOW = '2027-03-18T10:00:00+01:00';

const series = event({
  id: 'sprak',
  title: 'Språkkafé',
  start: '2027-03-10T18:00:00+01:00',
  end: '2027-03-10T19:30:00+01:00',
  rrule: 'FREQ=WEEKLY;BYDAY=WE',
  exdates: ['2027-03-24T18:00:00+01:00'],
});

describe('<torg-events> repeating events', () => {
  const env = useTestEnv({ now: NOW });

  it('expands a weekly 18:00 series in Oslo time across the DST change, without its exdates', async () => {
    const el = await env.render<TorgEvents>(html`<torg-events .data=${[series]}></torg-events>`);
    expect(dayHeadings(el)).to.deep.equal(['Onsdag 31. mars', 'Onsdag 7. april', 'Onsdag 14. april']);
    expect(entries(el, 'Språkkafé').map((li) => textOf(li.querySelector('.when')))).to.deep.equal([
      '18.00–19.30',
      '18.00–19.30',
      '18.00–19.30',
    ]);
  });

  it('does the same for a viewer in New York, whose clocks change on another date', async () => {
    await env.setTimeZone('America/New_York');
    const el = await env.render<TorgEvents>(html`<torg-events view="month" .data=${[series]}></torg-events>`);
    const march = ['2027-03-10', '2027-03-17', '2027-03-31'].map((d) =>
      textOf($(el, `td[data-date="${d}"] .cell-events`)),
    );
    expect(march).to.deep.equal(['18.00 Språkkafé', '18.00 Språkkafé', '18.00 Språkkafé']);
    expect($(el, 'td[data-date="2027-03-24"] .cell-events')).to.equal(null);
  });

  it('offers this date, or every date of the series, as an .ics', async () => {
    const el = await env.render<TorgEvents>(html`<torg-events .data=${[series]}></torg-events>`);
    entries(el, 'Språkkafé')[0]!.querySelector<HTMLButtonElement>('[part~="event-toggle"]')!.click();
    await waitFor(() => $$(el, '[part~="calendar-link"]').length === 2, 'two calendar links');
    const [one, all] = $$<HTMLAnchorElement>(el, '[part~="calendar-link"]').map((a) =>
      icsText(a.getAttribute('href')!).replace(/\r\n /g, '').split('\r\n'),
    );
    expect(one).to.include('UID:sprak-20270331@innbyggertorg.asker.kommune.no');
    expect(one).to.include('DTSTART;TZID=Europe/Oslo:20270331T180000');
    expect(one).to.include('DTEND;TZID=Europe/Oslo:20270331T193000');
    // The VTIMEZONE has its own RRULEs; the event has none.
    expect(one!.filter((l) => l.startsWith('RRULE:FREQ=WEEKLY'))).to.deep.equal([]);
    expect(one!.filter((l) => l.startsWith('EXDATE'))).to.deep.equal([]);
    expect(all).to.include('UID:sprak@innbyggertorg.asker.kommune.no');
    expect(all).to.include('DTSTART;TZID=Europe/Oslo:20270310T180000');
    expect(all).to.include('RRULE:FREQ=WEEKLY;BYDAY=WE');
    expect(all).to.include('EXDATE;TZID=Europe/Oslo:20270324T180000');
  });

  it('expands the series the API sends once (the weekly events of the example data)', async () => {
    const el = await env.render<TorgEvents>(html`<torg-events torg="saetre" category="digital"></torg-events>`);
    // "Digital hjelp for seniorer": Tuesdays 11:00–13:00, one week skipped by an exdate.
    const times = entries(el, 'Digital hjelp for seniorer').map((li) => textOf(li.querySelector('.when')));
    expect(times.length).to.be.within(3, 5);
    expect(new Set(times)).to.deep.equal(new Set(['11.00–13.00']));
    expect(dayHeadings(el).every((h) => h.startsWith('Tirsdag'))).to.equal(true);
    await settle(el);
  });
});

describe('<torg-events> repeating events by rules the engine refuses or ical.js got wrong', () => {
  const env = useTestEnv({ now: NOW });

  it('shows a series it cannot expand once, with a note in every language, and logs why', async () => {
    const hourly = event({
      id: 'hourly',
      title: 'Åpen hall',
      start: '2027-03-20T10:00:00+01:00',
      end: '2027-03-20T11:00:00+01:00',
      rrule: 'FREQ=HOURLY;COUNT=5',
    });
    const logged: unknown[][] = [];
    const { warn } = console;
    console.warn = (...args: unknown[]) => logged.push(args);
    let el: TorgEvents;
    try {
      el = await env.render<TorgEvents>(html`<torg-events .data=${[hourly, series]}></torg-events>`);
    } finally {
      console.warn = warn;
    }
    const [only, ...more] = entries(el, 'Åpen hall');
    expect(more).to.deep.equal([]);
    expect(textOf(only!.querySelector('.when'))).to.equal('10.00–11.00');
    expect(textOf(only!.querySelector('[part~="repeats-note"]'))).to.equal(
      'Gjentas – se arrangørens kalender for alle datoene',
    );
    // The series the engine expands has no note.
    expect(entries(el, 'Språkkafé')[0]!.querySelector('[part~="repeats-note"]')).to.equal(null);
    expect(logged.map((args) => args.join(' '))).to.deep.equal([
      '[torg-events] "Åpen hall" (hourly) repeats by a rule shown once only: FREQ=HOURLY is not supported.',
    ]);
    await expect(el).to.be.accessible();
    el.lang = 'nn';
    await waitFor(() => textOf($(el, '[part~="repeats-note"]')).startsWith('Blir'), 'nynorsk');
    expect(textOf($(el, '[part~="repeats-note"]'))).to.equal(
      'Blir gjenteke – sjå kalenderen til arrangøren for alle datoane',
    );
    el.lang = 'en';
    await waitFor(() => textOf($(el, '[part~="repeats-note"]')).startsWith('Repeats'), 'English');
    expect(textOf($(el, '[part~="repeats-note"]'))).to.equal('Repeats – see the organiser’s calendar for all dates');
  });

  it('shows a malformed rule once with the note (FREQ=FORTNIGHTLY, BYDAY=XX)', async () => {
    const data = ['FREQ=FORTNIGHTLY', 'FREQ=WEEKLY;BYDAY=XX'].map((rrule, i) =>
      event({ id: `bad-${i}`, title: `Feil ${i}`, start: '2027-03-19T18:00:00+01:00', rrule }),
    );
    const { warn } = console;
    console.warn = () => {};
    try {
      const el = await env.render<TorgEvents>(html`<torg-events .data=${data}></torg-events>`);
      expect(dayHeadings(el)).to.deep.equal(['Fredag 19. mars']);
      expect($$(el, '[part~="repeats-note"]')).to.have.length(2);
    } finally {
      console.warn = warn;
    }
  });

  for (const [title, rrule, days, headings] of [
    [
      'lists only the Fridays of "the last of Monday, Wednesday and Friday" (BYSETPOS in a weekly rule)',
      'FREQ=WEEKLY;BYDAY=MO,WE,FR;BYSETPOS=-1',
      '14',
      ['Fredag 19. mars', 'Fredag 26. mars'],
    ],
    [
      'does not hang on the rule that never returns in ical.js',
      'FREQ=DAILY;INTERVAL=3;BYMONTHDAY=-18;BYSETPOS=-2;COUNT=3',
      '366',
      ['Fredag 19. mars'],
    ],
  ] as const) {
    it(title, async () => {
      const data = [event({ id: 'x', title: 'Kafé', start: '2027-03-19T18:00:00+01:00', rrule })];
      const el = await env.render<TorgEvents>(html`<torg-events days=${days} .data=${data}></torg-events>`);
      expect(dayHeadings(el)).to.deep.equal(headings);
      expect($(el, '[part~="repeats-note"]')).to.equal(null);
    });
  }
});
