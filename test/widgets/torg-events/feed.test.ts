import { expect, html } from '@open-wc/testing';
import '../../../src/widgets/torg-events/define.js';
import { parseFeed } from '../../../src/widgets/torg-events/feed.js';
import { $, $$, settle, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { dayHeadings, entries, titlesOn, type TorgEvents } from './helpers.js';

const FEED = new URL('./fixtures/partner.ics', import.meta.url).href;

describe('<torg-events src> (an iCalendar feed)', () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  it('reads the feed instead of the API: series, moved and skipped dates, UTC times, whole days', async () => {
    const el = await env.render<TorgEvents>(html`<torg-events src=${FEED} days="40"></torg-events>`);
    expect(env.requests()).to.have.length(0);
    const walks = entries(el, 'Turgruppe for seniorer');
    expect(walks.map((li) => textOf(li.querySelector('.when')))).to.deep.equal([
      '10.00–12.00',
      '11.00–13.00',
      '10.00–12.00',
      '10.00–12.00',
    ]);
    // Weekly on Wednesdays; 16 December moved to Thursday 17th; 30 December skipped (EXDATE).
    expect(titlesOn(el, 'Onsdag 9. desember')).to.include('Turgruppe for seniorer');
    expect(titlesOn(el, 'Onsdag 16. desember')).to.deep.equal([]);
    expect(titlesOn(el, 'Torsdag 17. desember')).to.deep.equal(['Turgruppe for seniorer (flyttet til torsdag)']);
    expect(titlesOn(el, 'Onsdag 23. desember')).to.deep.equal(['Turgruppe for seniorer']);
    expect(dayHeadings(el)).to.not.include('Onsdag 30. desember');
    expect(titlesOn(el, 'Onsdag 6. januar')).to.deep.equal(['Turgruppe for seniorer']);
    // 17:00Z is 18:00 in Oslo; CATEGORIES are read case-insensitively.
    const concert = entries(el, 'Julekonsert')[0]!;
    expect(textOf(concert.querySelector('.when'))).to.equal('18.00–20.00');
    expect(textOf(concert)).to.contain('Asker kirke');
    // A feed has no prices: none is shown (not "Gratis").
    expect(textOf(concert.querySelector('.meta:last-of-type'))).to.equal('Konsert');
    // A cancelled whole-day market over two days.
    expect(titlesOn(el, 'Lørdag 5. desember')).to.deep.equal(['Avlyst Loppemarked']);
    expect(titlesOn(el, 'Søndag 6. desember')).to.deep.equal(['Avlyst Loppemarked']);
    expect(entries(el, 'Loppemarked').map((li) => textOf(li.querySelector('.when')))).to.deep.equal([
      'Hele dagen',
      'Hele dagen',
    ]);
    await expect(el).to.be.accessible();
  });

  it('unescapes the feed text', async () => {
    const el = await env.render<TorgEvents>(html`<torg-events src=${FEED}></torg-events>`);
    const walk = entries(el, 'Turgruppe for seniorer')[0]!;
    expect(textOf(walk)).to.contain('Asker frivilligsentral, Torvveien 5');
    expect(textOf(walk)).to.contain('Trening, Friluft');
    expect(textOf(walk)).to.not.contain('Gratis');
    walk.querySelector<HTMLButtonElement>('[part~="event-toggle"]')!.click();
    await settle(el);
    expect($(el, '.desc')!.textContent).to.equal(
      'Rolig tur i nærområdet, ca. to timer. Ta med matpakke.\nVi møtes ved inngangen.',
    );
    expect($(el, '.details a[href="https://frivilligsentral.example/turgruppe"]')).to.exist;
  });

  it('shows the feed in the month view, fetched once across views', async () => {
    const el = await env.render<TorgEvents>(html`<torg-events src=${FEED} view="month"></torg-events>`);
    const wednesdays = ['2026-12-02', '2026-12-09', '2026-12-23'];
    for (const date of wednesdays) {
      expect(textOf($(el, `td[data-date="${date}"] .cell-events`))).to.equal('10.00 Turgruppe for seniorer');
    }
    expect($(el, 'td[data-date="2026-12-30"] .cell-events')).to.equal(null);
    el.view = 'list';
    await settle(el);
    expect(entries(el, 'Julekonsert')).to.have.length(1);
    const fetched = performance.getEntriesByType('resource').filter((r) => r.name === FEED);
    expect(fetched).to.have.length(1);
  });

  it('says so when the feed address cannot be used, without trying', async () => {
    const el = await env.render<TorgEvents>(html`<torg-events src="javascript:alert(1)"></torg-events>`);
    expect(textOf($(el, '[part="error"]'))).to.contain(
      'Adressen til kalenderen kan ikke brukes: «javascript:alert(1)». Sjekk attributtet src.',
    );
    expect($(el, '[part="retry"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says so when the feed is missing or not a calendar', async () => {
    const missing = await env.render<TorgEvents>(
      html`<torg-events src=${new URL('./fixtures/missing.ics', import.meta.url).href}></torg-events>`,
    );
    expect(textOf($(missing, '[part="error"]'))).to.contain('Vi fant ikke det du leter etter.');
    const notIcs = await env.render<TorgEvents>(
      html`<torg-events src=${new URL('./helpers.ts', import.meta.url).href}></torg-events>`,
    );
    await waitFor(() => $(notIcs, '[part="error"]'), 'the error');
    expect(textOf($(notIcs, '[part="error"]'))).to.contain('Tjenesten sendte data vi ikke kunne lese.');
  });

  it('reads times in zones the feed defines, and floating times as Oslo time', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//NO',
      'BEGIN:VTIMEZONE',
      'TZID:America/New_York',
      'BEGIN:STANDARD',
      'DTSTART:19701101T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0500',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:19700308T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:ny',
      'DTSTAMP:20261101T000000Z',
      'DTSTART;TZID=America/New_York:20261203T120000',
      'SUMMARY:Fra New York',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:floating',
      'DTSTAMP:20261101T000000Z',
      'DTSTART:20261203T120000',
      'SUMMARY:Flytende',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTAMP:20261101T000000Z',
      'SUMMARY:Uten start',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const events = parseFeed(text);
    expect(events.map((e) => [e.id, e.title, e.start])).to.deep.equal([
      ['ny', 'Fra New York', '2026-12-03T17:00:00.000Z'],
      ['floating', 'Flytende', '2026-12-03T11:00:00.000Z'],
    ]);
    expect(() => parseFeed('not a calendar')).to.throw();
  });

  it('keeps each RRULE as written for the engine, so one rule it cannot read does not fail the feed; reads RDATEs', () => {
    const vevent = (uid: string, ...lines: string[]): string[] => [
      'BEGIN:VEVENT',
      `UID:${uid}`,
      'DTSTAMP:20261101T000000Z',
      'DTSTART;TZID=Europe/Oslo:20261202T180000',
      `SUMMARY:${uid}`,
      ...lines,
      'END:VEVENT',
    ];
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//NO',
      ...vevent('bad', 'RRULE:FREQ=FORTNIGHTLY;BYDAY=XX'),
      ...vevent('folded', 'RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;UNTIL=20270331T', ' 225959Z'),
      ...vevent(
        'extra',
        'RRULE:FREQ=WEEKLY;COUNT=2',
        'RDATE:20261205T120000Z,20261206T120000Z',
        'RDATE;VALUE=PERIOD:20261207T120000Z/PT1H',
      ),
      ...vevent('only-rdates', 'RDATE;TZID=Europe/Oslo:20261210T180000'),
      'END:VCALENDAR',
    ].join('\r\n');
    const events = parseFeed(text);
    expect(events.map((e) => [e.id, e.rrule, e.rdates])).to.deep.equal([
      ['bad', 'FREQ=FORTNIGHTLY;BYDAY=XX', undefined],
      ['folded', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;UNTIL=20270331T225959Z', undefined],
      [
        'extra',
        'FREQ=WEEKLY;COUNT=2',
        ['2026-12-05T12:00:00.000Z', '2026-12-06T12:00:00.000Z', '2026-12-07T12:00:00.000Z'],
      ],
      ['only-rdates', 'FREQ=YEARLY;COUNT=1', ['2026-12-10T17:00:00.000Z']],
    ]);
  });

  it('shows the RDATEs of a feed series, and a rule it cannot expand once with a note', async () => {
    const { warn } = console;
    console.warn = () => {};
    try {
      const src = new URL('./fixtures/rdates-and-refused.ics', import.meta.url).href;
      const el = await env.render<TorgEvents>(html`<torg-events src=${src}></torg-events>`);
      expect(dayHeadings(el)).to.deep.equal([
        'Torsdag 3. desember',
        'Fredag 4. desember',
        'Lørdag 5. desember',
        'Torsdag 10. desember',
      ]);
      expect(titlesOn(el, 'Lørdag 5. desember')).to.deep.equal(['Korøvelse']);
      expect(textOf(entries(el, 'Åpent verksted')[0]!.querySelector('[part~="repeats-note"]'))).to.equal(
        'Gjentas – se arrangørens kalender for alle datoene',
      );
    } finally {
      console.warn = warn;
    }
  });

  it('does not hang on a time zone whose rule has no next date, nor use it: its times read as Oslo time', () => {
    const zone = (tzid: string, rule: string): string[] => [
      'BEGIN:VTIMEZONE',
      `TZID:${tzid}`,
      'BEGIN:STANDARD',
      'DTSTART:20000212T020000',
      `RRULE:${rule}`,
      'TZOFFSETFROM:+0500',
      'TZOFFSETTO:+0500',
      'END:STANDARD',
      'END:VTIMEZONE',
    ];
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//NO',
      ...zone('Evil', 'FREQ=DAILY;INTERVAL=3;BYMONTHDAY=-18;BYSETPOS=-2;COUNT=3'),
      ...zone('Never', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30'),
      ...zone('Fine', 'FREQ=YEARLY;BYMONTH=2;BYDAY=2SU'),
      ...['Evil', 'Never', 'Fine'].flatMap((tzid) => [
        'BEGIN:VEVENT',
        `UID:${tzid}`,
        'DTSTAMP:20261101T000000Z',
        `DTSTART;TZID=${tzid}:20261203T120000`,
        `SUMMARY:${tzid}`,
        'END:VEVENT',
      ]),
      'END:VCALENDAR',
    ].join('\r\n');
    expect(parseFeed(text).map((e) => [e.id, e.start])).to.deep.equal([
      ['Evil', '2026-12-03T11:00:00.000Z'],
      ['Never', '2026-12-03T11:00:00.000Z'],
      ['Fine', '2026-12-03T07:00:00.000Z'],
    ]);
  });

  it('fetches the feed without cookies or credentials', async () => {
    const calls: { url: string; credentials: RequestCredentials | undefined }[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      calls.push({ url: String(input), credentials: init?.credentials });
      return realFetch(input, init);
    };
    try {
      const el = await env.render<TorgEvents>(html`<torg-events src=${`${FEED}?credentials`}></torg-events>`);
      expect($$(el, '[part~="event"]').length).to.be.greaterThan(0);
    } finally {
      window.fetch = realFetch;
    }
    expect(calls.filter((c) => c.url.endsWith('?credentials'))).to.deep.equal([
      { url: `${FEED}?credentials`, credentials: 'omit' },
    ]);
  });
});
