import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../../src/widgets/torg-events/define.js';
import { $, $$, settle, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import {
  announced,
  choose,
  click,
  dayHeadings,
  entries,
  event,
  filter,
  icsText,
  titlesOn,
  type TorgEvents,
} from './helpers.js';

const NOW = '2026-12-03T10:00:00+01:00';

describe('<torg-events> list view', () => {
  const env = useTestEnv({ now: NOW });

  describe('from the API', () => {
    it('asks for the coming 30 days only, and the torg names once', async () => {
      await env.render<TorgEvents>(html`<torg-events></torg-events>`);
      const events = env.requests({ path: '/events' });
      expect(events).to.have.length(1);
      expect(events[0]!.url.searchParams.get('from')).to.equal('2026-12-03');
      expect(events[0]!.url.searchParams.get('to')).to.equal('2027-01-02');
      expect([...events[0]!.url.searchParams.keys()].sort()).to.deep.equal(['from', 'to']);
      expect(env.requests({ path: '/torg' })).to.have.length(1);
    });

    it('groups the events under day headings, in date order, from today', async () => {
      const el = await env.render<TorgEvents>(html`<torg-events></torg-events>`);
      const headings = dayHeadings(el);
      expect(headings[0]).to.equal('Torsdag 3. desember');
      expect(headings.length).to.be.greaterThan(15);
      expect(new Set(headings).size).to.equal(headings.length);
      expect(textOf($(el, '[part~="range"]'))).to.equal('Arrangementer 3. desember – 1. januar');
      // The weekly Språkkafé (Wednesdays 18:00) is expanded from its rule, on each Wednesday in range.
      const wednesdays = headings.filter((h) => h.startsWith('Onsdag'));
      const withCafe = wednesdays.filter((h) => titlesOn(el, h).includes('Språkkafé'));
      expect(withCafe.length).to.be.within(wednesdays.length - 1, wednesdays.length);
      for (const li of entries(el, 'Språkkafé')) expect(textOf(li.querySelector('.when'))).to.equal('18.00–19.30');
    });

    it('shows torg names from GET /torg, categories and audience by name, and "Gratis"', async () => {
      const el = await env.render<TorgEvents>(html`<torg-events></torg-events>`);
      const dance = entries(el, 'Seniordans')[0]!;
      expect(textOf(dance)).to.contain('Slemmestad innbyggertorg, storsalen');
      expect(textOf(dance)).to.contain('Trening, Kultur · For seniorer · 40 kr');
      const homework = entries(el, 'Leksehjelp')[0]!;
      // The place names the torg already: not repeated. Free: "Gratis".
      expect(textOf(homework)).to.contain('Heggedal innbyggertorg, Heggedal bibliotek');
      expect(textOf(homework)).to.contain('Kurs, Ungdom · For barn, ungdom · Gratis');
    });

    it('extends the list with "show more", asking only for the new days', async () => {
      const el = await env.render<TorgEvents>(html`<torg-events></torg-events>`);
      const before = dayHeadings(el).length;
      const more = $<HTMLButtonElement>(el, '[part~="more"]')!;
      expect(textOf(more)).to.equal('Vis 30 dager til');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const events = env.requests({ path: '/events' });
      expect(events).to.have.length(2);
      expect(events[1]!.url.searchParams.get('from')).to.equal('2027-01-02');
      expect(events[1]!.url.searchParams.get('to')).to.equal('2027-02-01');
      expect(dayHeadings(el).length).to.be.greaterThan(before);
      expect(textOf($(el, '[part~="range"]'))).to.equal('Arrangementer 3. desember – 31. januar');
      expect(announced(el)).to.equal('Arrangementer 3. desember – 31. januar');
      // Focus stays on the button, which is still there.
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="more"]'));
    });

    it('keeps the list on screen while more days load', async () => {
      const el = await env.render<TorgEvents>(html`<torg-events></torg-events>`);
      env.scenario('slow', { delayMs: 300 });
      $<HTMLButtonElement>(el, '[part~="more"]')!.click();
      await el.updateComplete;
      expect(dayHeadings(el)[0]).to.equal('Torsdag 3. desember');
      expect($(el, '[aria-busy="true"]')).to.exist;
      await settle(el);
      expect(dayHeadings(el).at(-1)).to.match(/januar$/);
    });

    it('reads days="7" and asks for a week', async () => {
      await env.render<TorgEvents>(html`<torg-events days="7"></torg-events>`);
      expect(env.requests({ path: '/events' })[0]!.url.searchParams.get('to')).to.equal('2026-12-10');
    });

    it('falls back to 30 days for an unusable days value, and splits more than 366 days', async () => {
      const el = await env.render<TorgEvents>(html`<torg-events days="mange"></torg-events>`);
      expect(env.requests({ path: '/events' })[0]!.url.searchParams.get('to')).to.equal('2027-01-02');
      el.days = 1000;
      await settle(el);
      const last = env.requests({ path: '/events' }).at(-1)!;
      expect(last.url.searchParams.get('from')).to.equal('2026-12-03');
      expect(last.url.searchParams.get('to')).to.equal('2027-12-04');
    });
  });

  describe('filters', () => {
    it('presets the filters from the attributes and asks the API with them', async () => {
      const el = await env.render<TorgEvents>(
        html`<torg-events category="kultur" audience="barn" torg="heggedal"></torg-events>`,
      );
      const url = env.requests({ path: '/events' })[0]!.url;
      expect(url.searchParams.get('category')).to.equal('kultur');
      expect(url.searchParams.get('audience')).to.equal('barn');
      expect(url.searchParams.get('torg')).to.equal('heggedal');
      expect(filter(el, 'Kategori').value).to.equal('kultur');
      expect(filter(el, 'Passer for').value).to.equal('barn');
      expect(filter(el, 'Sted').value).to.equal('heggedal');
      expect($$(el, '[part~="event"]').length).to.be.greaterThan(0);
      for (const li of $$(el, '[part~="event"]')) {
        expect(textOf(li)).to.contain('Heggedal');
        expect(textOf(li)).to.match(/For [^·]*barn/);
      }
    });

    it('filters with the controls, says how many, and empties with a hint', async () => {
      const el = await env.render<TorgEvents>(html`<torg-events></torg-events>`);
      await choose(el, 'Sted', 'borgen');
      const url = env.requests({ path: '/events' }).at(-1)!.url;
      expect(url.searchParams.get('torg')).to.equal('borgen');
      const places = $$(el, '[part~="event"] .meta:first-of-type').map((p) => textOf(p));
      expect(places.length).to.be.greaterThan(0);
      expect(places.every((p) => p.startsWith('Borgen'))).to.equal(true);
      await waitFor(() => /^\d+ arrangement(er)?$/.test(announced(el)), 'the count announced');
      expect(announced(el)).to.equal(`${$$(el, '[part~="event"]').length} arrangementer`);
      await choose(el, 'Kategori', 'teater');
      expect(textOf($(el, '[part="empty"]'))).to.contain(
        // The hint names the first option of each filter in use, as the options say it.
        'Ingen arrangementer fra 3. desember til 1. januar. Prøv å velge «Alle kategorier» eller «Alle innbyggertorg» i filtrene.',
      );
    });

    it('follows a changed attribute, keeping the other filters chosen', async () => {
      const el = await env.render<TorgEvents>(html`<torg-events></torg-events>`);
      await choose(el, 'Kategori', 'kurs');
      el.setAttribute('torg', 'saetre');
      await settle(el);
      expect(filter(el, 'Sted').value).to.equal('saetre');
      expect(filter(el, 'Kategori').value).to.equal('kurs');
      const url = env.requests({ path: '/events' }).at(-1)!.url;
      expect(url.searchParams.get('torg')).to.equal('saetre');
      expect(url.searchParams.get('category')).to.equal('kurs');
    });

    it('offers every audience and the known categories by name', async () => {
      const el = await env.render<TorgEvents>(html`<torg-events></torg-events>`);
      const audience = [...filter(el, 'Passer for').options].map((o) => o.textContent!.trim());
      expect(audience).to.deep.equal(['Alle målgrupper', 'Barn', 'Ungdom', 'Voksne', 'Seniorer', 'Alle aldre']);
      const categories = [...filter(el, 'Kategori').options].map((o) => o.textContent!.trim());
      expect(categories[0]).to.equal('Alle kategorier');
      expect(categories).to.include.members(['Kultur', 'Kurs', 'Møte', 'Språk', 'Konsert']);
      const torg = [...filter(el, 'Sted').options].map((o) => o.textContent!.trim());
      expect(torg).to.include.members(['Alle innbyggertorg', 'Borgen innbyggertorg', 'Tofte innbyggertorg']);
    });

    it('keeps the filters when switching to the month view and back', async () => {
      const el = await env.render<TorgEvents>(html`<torg-events></torg-events>`);
      await choose(el, 'Passer for', 'senior');
      await click(el, 'Måned');
      expect($(el, '[role="grid"]')).to.exist;
      const month = env.requests({ path: '/events' }).at(-1)!.url;
      expect(month.searchParams.get('from')).to.equal('2026-12-01');
      expect(month.searchParams.get('audience')).to.equal('senior');
      expect(filter(el, 'Passer for').value).to.equal('senior');
      await click(el, 'Liste');
      expect(filter(el, 'Passer for').value).to.equal('senior');
      expect($(el, '[role="grid"]')).to.equal(null);
      expect($$(el, '[part~="event"]').every((li) => /For [^·]*seniorer/.test(textOf(li)))).to.equal(true);
    });
  });

  describe('an event', () => {
    const data = [
      event({
        id: 'kaffe',
        title: 'Kaffe, prat; og "kaker"',
        start: '2026-12-03T18:00:00+01:00',
        end: '2026-12-03T19:30:00+01:00',
        description: 'Første linje.\nAndre linje med æøå.',
        location: { name: 'Borgen innbyggertorg', address: 'Søndre Borgen 11, 1388 Borgen' },
        organizer: { name: 'Borgen frivilligsentral', url: 'https://frivillig.example/borgen' },
        registrationUrl: 'https://pamelding.example/kaffe',
        url: 'https://example.org/kaffe',
        audience: ['senior', 'voksne'],
        price: null,
      }),
      event({
        id: 'marked',
        title: 'Julemarked',
        start: '2026-12-05T12:00:00+01:00',
        end: '2026-12-05T17:00:00+01:00',
        cancelled: true,
        registrationUrl: 'https://pamelding.example/marked',
        price: '20 kr',
      }),
      event({
        id: 'evil',
        title: 'Lenke',
        start: '2026-12-06T12:00:00+01:00',
        url: 'javascript:alert(1)',
        registrationUrl: 'javascript:alert(1)',
      }),
    ];

    it('opens to its description with a disclosure button, from the keyboard', async () => {
      const el = await env.render<TorgEvents>(html`<torg-events .data=${data}></torg-events>`);
      const toggle = entries(el, 'Kaffe')[0]!.querySelector<HTMLButtonElement>('[part~="event-toggle"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.closest('h4')).to.exist;
      expect($(el, '[part~="details"]')).to.equal(null);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const details = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(details.getAttribute('part')).to.equal('details');
      expect(details.querySelector('.desc')!.textContent).to.equal('Første linje.\nAndre linje med æøå.');
      expect(textOf(details)).to.contain('Adresse: Søndre Borgen 11, 1388 Borgen');
      expect(
        details.querySelector<HTMLAnchorElement>('a[href="https://frivillig.example/borgen"]')!.textContent,
      ).to.equal('Borgen frivilligsentral');
      expect(textOf(details)).to.contain('Mer informasjon: Kaffe, prat; og "kaker"');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '[part~="details"]')).to.equal(null);
    });

    it('shows the price, "Gratis" when none, audience and the registration link', async () => {
      const el = await env.render<TorgEvents>(html`<torg-events .data=${data}></torg-events>`);
      const kaffe = entries(el, 'Kaffe')[0]!;
      expect(textOf(kaffe)).to.contain('Kultur · For seniorer, voksne · Gratis');
      const register = kaffe.querySelector<HTMLAnchorElement>('[part~="register"]')!;
      expect(register.href).to.equal('https://pamelding.example/kaffe');
      expect(textOf(register)).to.equal('Påmelding: Kaffe, prat; og "kaker"');
      expect(textOf(entries(el, 'Julemarked')[0])).to.contain('· 20 kr');
    });

    it('marks a cancelled event "Avlyst" in words, not only struck through, without registration', async () => {
      const el = await env.render<TorgEvents>(html`<torg-events .data=${data}></torg-events>`);
      const market = entries(el, 'Julemarked')[0]!;
      const toggle = market.querySelector('[part~="event-toggle"]')!;
      expect(textOf(toggle)).to.equal('Avlyst Julemarked');
      expect(textOf(market.querySelector('[part~="cancelled"]'))).to.equal('Avlyst');
      expect(getComputedStyle(market.querySelector('.name')!).textDecorationLine).to.equal('line-through');
      expect(market.querySelector('[part~="register"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('does not link javascript: URLs from the data', async () => {
      const el = await env.render<TorgEvents>(html`<torg-events .data=${data}></torg-events>`);
      const evil = entries(el, 'Lenke')[0]!;
      evil.querySelector<HTMLButtonElement>('[part~="event-toggle"]')!.click();
      await settle(el);
      expect(evil.querySelectorAll('a[href^="javascript"]')).to.have.length(0);
      expect(evil.querySelector('[part~="register"]')).to.equal(null);
    });

    it('offers an .ics file with the event, checked field by field', async () => {
      const el = await env.render<TorgEvents>(html`<torg-events .data=${data}></torg-events>`);
      entries(el, 'Kaffe')[0]!.querySelector<HTMLButtonElement>('[part~="event-toggle"]')!.click();
      await waitFor(() => $(el, '[part~="calendar-link"]'), 'the calendar link');
      const links = $$<HTMLAnchorElement>(el, '[part~="calendar-link"]');
      expect(links).to.have.length(1);
      const link = links[0]!;
      expect(textOf(link)).to.equal('Legg til i kalenderen: Kaffe, prat; og "kaker"');
      expect(link.getAttribute('download')).to.equal('kaffe-prat-og-kaker.ics');
      const ics = icsText(link.getAttribute('href')!);
      const lines = ics.split('\r\n');
      expect(ics.endsWith('\r\n')).to.equal(true);
      expect(lines.every((line) => !line.includes('\n') && new TextEncoder().encode(line).length <= 75)).to.equal(true);
      const unfolded = ics.replace(/\r\n /g, '');
      const fields = unfolded.split('\r\n');
      expect(fields[0]).to.equal('BEGIN:VCALENDAR');
      expect(fields).to.include('VERSION:2.0');
      expect(fields).to.include('UID:kaffe@innbyggertorg.asker.kommune.no');
      expect(fields.find((f) => f.startsWith('DTSTAMP:'))).to.match(/^DTSTAMP:20261203T09\d{4}Z$/);
      expect(fields).to.include('DTSTART;TZID=Europe/Oslo:20261203T180000');
      expect(fields).to.include('DTEND;TZID=Europe/Oslo:20261203T193000');
      expect(fields).to.include('SUMMARY:Kaffe\\, prat\\; og "kaker"');
      expect(fields).to.include('DESCRIPTION:Første linje.\\nAndre linje med æøå.');
      expect(fields).to.include('LOCATION:Borgen innbyggertorg\\, Søndre Borgen 11\\, 1388 Borgen');
      expect(fields).to.include('URL:https://example.org/kaffe');
      expect(fields).to.include('STATUS:CONFIRMED');
      expect(fields).to.include('CATEGORIES:Kultur');
      expect(fields).to.include('TZID:Europe/Oslo');
      // And a calendar library reads it back the same.
      const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
      const parsed = new ICAL.Event(vevent);
      expect(parsed.summary).to.equal('Kaffe, prat; og "kaker"');
      expect(parsed.startDate.toString()).to.equal('2026-12-03T18:00:00');
    });

    it('writes STATUS:CANCELLED for a cancelled event', async () => {
      const el = await env.render<TorgEvents>(html`<torg-events .data=${data}></torg-events>`);
      entries(el, 'Julemarked')[0]!.querySelector<HTMLButtonElement>('[part~="event-toggle"]')!.click();
      await waitFor(() => $(el, '[part~="calendar-link"]'), 'the calendar link');
      const ics = icsText($(el, '[part~="calendar-link"]')!.getAttribute('href')!);
      expect(ics).to.contain('\r\nSTATUS:CANCELLED\r\n');
      expect(ics).to.contain('\r\nDTSTART;TZID=Europe/Oslo:20261205T120000\r\n');
    });
  });

  describe('data and text safety', () => {
    it('renders hostile titles and descriptions as text, never HTML', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const el = await env.render<TorgEvents>(
        html`<torg-events
          .data=${[
            event({
              id: 'x',
              title: hostile,
              description: hostile,
              start: '2026-12-04T12:00:00+01:00',
              location: { name: hostile },
            }),
          ]}
        ></torg-events>`,
      );
      expect($(el, '.name')!.textContent).to.equal(hostile);
      $<HTMLButtonElement>(el, '[part~="event-toggle"]')!.click();
      await settle(el);
      expect($(el, '.desc')!.textContent).to.equal(hostile);
      expect($(el, 'img')).to.equal(null);
      expect($(el, 'script')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('leaves out events it cannot read, and says how many', async () => {
      const el = await env.render<TorgEvents>(
        html`<torg-events
          .data=${
            [
              event({ id: 'ok', title: 'Lesbar', start: '2026-12-04T12:00:00+01:00' }),
              { id: 'bad', title: 'Uten start', categories: [] },
              { id: 'bad2', title: 'Feil dato', start: '4. desember', categories: [] },
            ] as never
          }
        ></torg-events>`,
      );
      expect($$(el, '.name').map((n) => textOf(n))).to.deep.equal(['Lesbar']);
      expect(textOf($(el, '[part="notice"].warning'))).to.equal(
        '2 oppføringer kunne ikke vises fordi tjenesten sendte data vi ikke kunne lese.',
      );
      await expect(el).to.be.accessible();
    });

    it('shows the error state for data that is not a list, without a request', async () => {
      const el = await env.render<TorgEvents>(html`<torg-events .data=${{ items: 'nope' } as never}></torg-events>`);
      expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten sendte data vi ikke kunne lese');
      expect(env.requests()).to.have.length(0);
    });

    it('uses the data property without calling the API', async () => {
      const el = await env.render<TorgEvents>(
        html`<torg-events .data=${[event({ id: 'a', start: '2026-12-04T12:00:00+01:00' })]}></torg-events>`,
      );
      expect(dayHeadings(el)).to.deep.equal(['Fredag 4. desember']);
      expect(env.requests()).to.have.length(0);
    });
  });

  describe('many events', () => {
    /** Whether each day of the list skips layout until scrolled to (`content-visibility: auto`). */
    const skipping = (el: Element): boolean[] =>
      $$(el, '.day-group').map((day) => getComputedStyle(day).getPropertyValue('content-visibility') === 'auto');

    it('lays out the first 8 days at once, and later days when they are scrolled to', async () => {
      const el = await env.render<TorgEvents>(html`<torg-events></torg-events>`);
      const days = skipping(el);
      expect(days.length).to.be.greaterThan(8);
      expect(days).to.deep.equal(days.map((_, i) => i >= 8));
    });

    it('lays out fewer days at once when they hold more events than a screen shows', async () => {
      // 25 events a day for 10 days: the third day reaches 60 events, the days after it skip.
      const data = Array.from({ length: 250 }, (_, i) =>
        event({ id: `e${i}`, start: `2026-12-${String(3 + (i % 10)).padStart(2, '0')}T${10 + (i % 8)}:00:00+01:00` }),
      );
      const el = await env.render<TorgEvents>(html`<torg-events .data=${data}></torg-events>`);
      expect(skipping(el)).to.deep.equal([false, false, false, true, true, true, true, true, true, true]);
      expect($$(el, '[part~="event"]')).to.have.length(250);
    });
    it('opening or closing one event changes that row only: the others are neither drawn again nor touched', async () => {
      // Every row says its audience through this text: a count of the rows drawn.
      let drawn = 0;
      const texts = {
        nb: {
          forAudience: (names: string) => {
            drawn++;
            return `For ${names.toLowerCase()}`;
          },
        },
      };
      const data = Array.from({ length: 300 }, (_, i) =>
        event({
          id: `e${i}`,
          start: `2026-12-${String(3 + (i % 10)).padStart(2, '0')}T${10 + (i % 8)}:00:00+01:00`,
          audience: ['alle'],
        }),
      );
      const el = await env.render<TorgEvents>(html`<torg-events .data=${data} .texts=${texts}></torg-events>`);
      expect(drawn).to.be.at.least(300);
      const rows = $$(el, '[part~="event"]');
      const row = rows[130]!;
      const toggle = row.querySelector<HTMLButtonElement>('[part~="event-toggle"]')!;
      const others = rows.filter((li) => li !== row);
      const changed: Node[] = [];
      const observer = new MutationObserver((records) => changed.push(...records.map((r) => r.target)));
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
      const touched = (): number => others.filter((li) => changed.some((node) => li.contains(node))).length;

      drawn = 0;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      // Once opened, and once more when "add to calendar" has come (the first opening fetches it).
      await waitFor(() => row.querySelector('[part~="calendar-link"]'), '"add to calendar"');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(row.querySelector('[part~="details"]')).to.exist;
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
      expect(drawn, 'rows drawn when one opened').to.be.within(1, 2);
      expect(touched(), 'other rows changed').to.equal(0);
      expect($$(el, '[part~="event"]')).to.deep.equal(rows);

      drawn = 0;
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(row.querySelector('[part~="details"]')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
      expect(drawn, 'rows drawn when one closed').to.equal(1);
      expect(touched(), 'other rows changed').to.equal(0);
      observer.disconnect();

      // What every row is drawn from changes: every row is drawn again.
      drawn = 0;
      el.headingLevel = 3;
      await settle(el);
      expect(drawn).to.be.at.least(300);
      expect($$(el, '[part~="event-toggle"]')[130]!.closest('h5')).to.exist;
    });
  });

  describe('Oslo time', () => {
    it('shows Oslo times and Oslo dates to a viewer in New York, and says so', async () => {
      await env.setTimeZone('America/New_York');
      const el = await env.render<TorgEvents>(
        html`<torg-events
          .data=${[
            event({ id: 'a', title: 'Kveld', start: '2026-12-03T18:00:00+01:00', end: '2026-12-03T19:30:00+01:00' }),
            // 00:30 in Oslo is still 3 December in New York: it belongs to Oslo's 4 December.
            event({ id: 'b', title: 'Natt', start: '2026-12-04T00:30:00+01:00', end: '2026-12-04T01:00:00+01:00' }),
            // Sent in UTC.
            event({ id: 'c', title: 'UTC', start: '2026-12-05T11:00:00Z' }),
          ]}
        ></torg-events>`,
      );
      expect(new Date(Date.parse('2026-12-04T00:30:00+01:00')).getDate()).to.equal(3);
      expect(dayHeadings(el)).to.deep.equal(['Torsdag 3. desember', 'Fredag 4. desember', 'Lørdag 5. desember']);
      expect(textOf(entries(el, 'Kveld')[0]!.querySelector('.when'))).to.equal('18.00–19.30');
      expect(textOf(entries(el, 'Natt')[0]!.querySelector('.when'))).to.equal('00.30–01.00');
      expect(textOf(entries(el, 'UTC')[0]!.querySelector('.when'))).to.equal('12.00');
      expect(textOf(el)).to.contain('Alle tider er norsk tid.');
    });

    it('lists a multi-day event on each of its days, all-day events first', async () => {
      const el = await env.render<TorgEvents>(
        html`<torg-events
          .data=${[
            event({ id: 'm', title: 'Morgen', start: '2026-12-05T09:00:00+01:00' }),
            event({
              id: 'u',
              title: 'Utstilling',
              start: '2026-12-04T00:00:00+01:00',
              end: '2026-12-07T00:00:00+01:00',
              allDay: true,
            }),
            event({
              id: 'n',
              title: 'Nattkino',
              start: '2026-12-05T22:00:00+01:00',
              end: '2026-12-06T02:00:00+01:00',
            }),
          ]}
        ></torg-events>`,
      );
      expect(dayHeadings(el)).to.deep.equal(['Fredag 4. desember', 'Lørdag 5. desember', 'Søndag 6. desember']);
      expect(titlesOn(el, 'Lørdag 5. desember')).to.deep.equal(['Utstilling', 'Morgen', 'Nattkino']);
      expect(titlesOn(el, 'Søndag 6. desember')).to.deep.equal(['Utstilling', 'Nattkino']);
      const times = (title: string): string[] => entries(el, title).map((li) => textOf(li.querySelector('.when')));
      expect(times('Utstilling')).to.deep.equal(['Hele dagen', 'Hele dagen', 'Hele dagen']);
      expect(times('Nattkino')).to.deep.equal(['Fra kl. 22.00', 'Til kl. 02.00']);
    });
  });

  describe('languages', () => {
    const data = [
      event({ id: 'a', title: 'Kor', start: '2026-12-08T18:00:00+01:00', audience: ['barn'], cancelled: true }),
      event({ id: 'b', title: 'Kurs', start: '2026-12-09T10:00:00+01:00', categories: ['kurs'], price: '50 kr' }),
    ];

    it('speaks nynorsk, with nynorsk day names', async () => {
      const el = await env.render<TorgEvents>(html`<torg-events lang="nn" .data=${data}></torg-events>`);
      expect(dayHeadings(el)).to.deep.equal(['Tysdag 8. desember', 'Onsdag 9. desember']);
      expect(textOf($(el, '[part~="range"]'))).to.equal('Arrangement 3. desember – 1. januar');
      expect(textOf(entries(el, 'Kor')[0])).to.contain('Avlyst Kor');
      expect(textOf(entries(el, 'Kor')[0])).to.contain('Kultur · For born · Gratis');
      expect(textOf($(el, '[part~="more"]'))).to.equal('Vis 30 dagar til');
      expect([...filter(el, 'Passar for').options].map((o) => textOf(o))).to.include('Vaksne');
    });

    it('speaks English', async () => {
      const el = await env.render<TorgEvents>(html`<torg-events lang="en" .data=${data}></torg-events>`);
      expect(dayHeadings(el)).to.deep.equal(['Tuesday 8 December', 'Wednesday 9 December']);
      expect(textOf($(el, '[part~="range"]'))).to.equal('Events 3 December – 1 January');
      expect(textOf(entries(el, 'Kor')[0])).to.contain('Cancelled Kor');
      expect(textOf(entries(el, 'Kor')[0])).to.contain('Culture · For children · Free');
      expect(textOf(entries(el, 'Kurs')[0]!.querySelector('.when'))).to.equal('10:00');
      expect(textOf($(el, '[part~="more"]'))).to.equal('Show 30 more days');
      expect(filter(el, 'Suitable for')).to.exist;
    });

    it('follows the page language and its changes', async () => {
      const el = await env.render<TorgEvents>(html`<div lang="en"><torg-events .data=${data}></torg-events></div>`);
      const widget = el.querySelector('torg-events')!;
      await settle(widget);
      expect(dayHeadings(widget)[0]).to.equal('Tuesday 8 December');
      el.setAttribute('lang', 'nb');
      // Moved on the page (as a CMS does when it re-renders), it reads its ancestors' language again.
      widget.remove();
      el.append(widget);
      await settle(widget);
      expect(dayHeadings(widget)[0]).to.equal('Tirsdag 8. desember');
    });
  });

  describe('heading-level', () => {
    it("moves every heading: the range, the days and the events, and the month view's", async () => {
      const data = [event({ id: 'a', title: 'Kveld', start: '2026-12-04T18:00:00+01:00' })];
      const el = await env.render<TorgEvents>(html`<torg-events heading-level="3" .data=${data}></torg-events>`);
      expect($(el, '[part~="range"]')!.tagName).to.equal('H3');
      expect($(el, '[part~="day-heading"]')!.tagName).to.equal('H4');
      expect($(el, '[part~="event-toggle"]')!.parentElement!.tagName).to.equal('H5');
      await click(el, 'Måned');
      expect($(el, '[part~="month-heading"]')!.tagName).to.equal('H3');
      $(el, 'td[data-date="2026-12-04"]')!.click();
      await settle(el);
      expect($(el, '#day-title')!.tagName).to.equal('H4');
      expect($(el, '.day-panel [part~="event-toggle"]')!.parentElement!.tagName).to.equal('H5');
      // Back to the default: 2, then 3 and 4.
      el.removeAttribute('heading-level');
      await settle(el);
      expect($(el, '[part~="month-heading"]')!.tagName).to.equal('H2');
      expect($(el, '.day-panel [part~="event-toggle"]')!.parentElement!.tagName).to.equal('H4');
    });
  });

  describe('states', () => {
    it('loading: busy, says "Laster", keeps the space, is accessible', async () => {
      env.scenario('loading');
      const el = await fixture<TorgEvents>(html`<torg-events></torg-events>`);
      await waitFor(() => $(el, '.toolbar'), 'the views to load');
      const busy = $(el, '[aria-busy="true"]')!;
      expect(textOf(busy)).to.equal('Laster …');
      expect(busy.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(el).to.be.accessible();
    });

    it('loaded: is accessible', async () => {
      const el = await env.render<TorgEvents>(html`<torg-events></torg-events>`);
      await expect(el).to.be.accessible();
    });

    it('empty: says there are no events in the range, offers more days, is accessible', async () => {
      env.scenario('empty');
      const el = await env.render<TorgEvents>(html`<torg-events></torg-events>`);
      expect(textOf($(el, '[part="empty"]'))).to.equal(
        'Ingen arrangementer fra 3. desember til 1. januar. Vis 30 dager til',
      );
      await expect(el).to.be.accessible();
    });

    it('error: plain words, a retry that works, accessible', async () => {
      env.scenario('server-error');
      const el = await env.render<TorgEvents>(html`<torg-events></torg-events>`);
      expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten har en feil akkurat nå');
      await expect(el).to.be.accessible();
      env.scenario('default');
      $<HTMLButtonElement>(el, '[part="retry"]')!.click();
      await waitFor(() => $(el, '[part~="event"]'), 'the events after retry');
      expect($(el, '[part="error"]')).to.equal(null);
    });

    it('error: a visible message for an unusable api-base, without a request', async () => {
      const el = await env.render<TorgEvents>(html`<torg-events api-base="ftp://nope"></torg-events>`);
      expect(textOf($(el, '[part="error"]'))).to.contain('Adressen til tjenesten kan ikke brukes');
      expect(env.requests()).to.have.length(0);
    });

    it('stale: keeps the list with a notice when a refresh fails, accessible', async () => {
      const el = await env.render<TorgEvents>(html`<torg-events></torg-events>`);
      const count = $$(el, '[part~="event"]').length;
      env.scenario('server-error');
      // The page comes back after 11 minutes: the widget refreshes, and the refresh fails.
      env.clock!.jump(11 * 60_000);
      document.dispatchEvent(new Event('visibilitychange'));
      await waitFor(() => $(el, '.notice.warning'), 'the stale notice');
      await settle(el);
      expect($$(el, '[part~="event"]')).to.have.length(count);
      expect(textOf($(el, '.notice.warning'))).to.match(
        /^Kunne ikke oppdatere\. Viser informasjon hentet kl\. 10\.00\./,
      );
      await expect(el).to.be.accessible();
    });

    it('partly invalid answers: shows the readable events and a notice', async () => {
      env.scenario('partly-invalid');
      const el = await env.render<TorgEvents>(html`<torg-events></torg-events>`);
      expect($$(el, '[part~="event"]').length).to.be.greaterThan(0);
      expect(textOf($(el, '[part="notice"].warning'))).to.match(/^\d+ oppføringer? kunne ikke vises/);
    });
  });
});
