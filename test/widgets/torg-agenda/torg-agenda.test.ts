import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import type { Meeting } from '../../../src/contract/schemas.js';
import type { TorgAgenda } from '../../../src/widgets/torg-agenda/define.js';
import { expectConfigError } from '../../helpers/config-error.js';
import '../../../src/widgets/torg-agenda/define.js';
import { $, $$, settle, textOf, useTestEnv, waitFor } from '../../helpers/env.js';

/** The fixed clock: the example meetings are placed around this day (mocks/fixtures/meetings.ts). */
const NOW = '2026-12-03T10:00:00+01:00';

/** The meeting headings in an element (or its shadow root), in the order shown. */
const headings = (el: Element): string[] =>
  [...(el.shadowRoot ?? el).querySelectorAll('[part="meeting"] :is(h2, h3)')].map((h) => textOf(h));

/** The meeting card whose heading contains `date`. */
function meetingCard(el: Element, date: string): HTMLElement {
  const card = $$(el, '[part="meeting"]').find((m) => textOf(m.querySelector('h2, h3')).includes(date));
  if (!card) throw new Error(`no meeting on ${date} in: ${headings(el).join(' | ')}`);
  return card;
}

/** Opens a meeting with its disclosure button and waits until its details are drawn. */
async function openMeeting(el: TorgAgenda, date: string): Promise<HTMLElement> {
  const card = meetingCard(el, date);
  card.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
  await settle(el);
  return meetingCard(el, date);
}

const decodeIcs = (href: string): string => decodeURIComponent(href.replace(/^data:text\/calendar;charset=utf-8,/, ''));

describe('<torg-agenda>', () => {
  const env = useTestEnv({ now: NOW });

  const render = (template = html`<torg-agenda committee="tofte-lsu"></torg-agenda>`): Promise<TorgAgenda> =>
    env.render<TorgAgenda>(template);

  describe('the list', () => {
    it('shows upcoming meetings soonest first and past ones latest first, around now', async () => {
      const el = await render();
      const sections = $$(el, '[part="section"]');
      expect(sections.map((s) => textOf(s.querySelector('h2')))).to.deep.equal(['Kommende møter', 'Tidligere møter']);
      expect(headings(sections[0]!)).to.deep.equal([
        'Lørdag 12. desember',
        'Lørdag 26. desember Avlyst',
        'Lørdag 16. januar 2027',
      ]);
      expect(headings(sections[1]!)).to.deep.equal([
        'Lørdag 21. november Gjennomført',
        'Søndag 4. oktober Gjennomført',
        'Fredag 4. september Avlyst',
      ]);
    });

    it('moves a meeting from upcoming to past when it has ended, and marks one in progress', async () => {
      env.clock!.set('2026-12-12T19:00:00+01:00');
      const el = await render();
      const [upcoming, past] = $$(el, '[part="section"]');
      expect(headings(upcoming!)[0]).to.equal('Lørdag 12. desember Pågår nå');
      expect(headings(past!)[0]).to.equal('Lørdag 21. november Gjennomført');
      el.remove();
      env.clock!.set('2026-12-12T20:31:00+01:00');
      const later = await render();
      const [upcomingLater, pastLater] = $$(later, '[part="section"]');
      expect(headings(upcomingLater!)[0]).to.equal('Lørdag 26. desember Avlyst');
      expect(headings(pastLater!)[0]).to.equal('Lørdag 12. desember');
    });

    it('shows as many meetings as `upcoming` and `past` say, and hides a section set to 0', async () => {
      const el = await render(html`<torg-agenda committee="tofte-lsu" upcoming="1" past="2"></torg-agenda>`);
      const [upcoming, past] = $$(el, '[part="section"]');
      expect(headings(upcoming!)).to.have.length(1);
      expect(headings(past!)).to.have.length(2);
      el.upcoming = 0;
      await el.updateComplete;
      expect($$(el, '[part="section"]')).to.have.length(1);
      expect(textOf($(el, '[part="section"] h2'))).to.equal('Tidligere møter');
    });

    it('shows older meetings on request, moves focus to the first of them, and stops when all are shown', async () => {
      const el = await render(html`<torg-agenda committee="tofte-lsu" past="2"></torg-agenda>`);
      const past = (): HTMLElement => $$(el, '[part="section"]')[1]!;
      expect(headings(past())).to.have.length(2);
      $(el, '[part="more"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await waitFor(() => headings(past()).length === 4, 'four past meetings');
      expect(headings(past())[2]).to.equal('Fredag 4. september Avlyst');
      expect(el.shadowRoot!.activeElement).to.equal(meetingCard(el, '4. september').querySelector('h3'));
      // Only four past meetings exist: the button goes away.
      expect($(el, '[part="more"]')).to.equal(null);
    });

    it('marks a cancelled meeting unmistakably, in words, and offers no calendar file for it', async () => {
      const el = await render();
      const cancelled = meetingCard(el, '26. desember');
      const status = cancelled.querySelector('[part="status"]')!;
      expect(textOf(status)).to.equal('Avlyst');
      expect(cancelled.classList.contains('cancelled')).to.equal(true);
      expect(getComputedStyle(status).backgroundColor).to.equal(
        getComputedStyle(cancelled).borderInlineStartColor,
        'the badge and the bar share the danger colour',
      );
      expect(cancelled.querySelector('[part="calendar"]')).to.equal(null);
      expect(textOf(meetingCard(el, '12. desember').querySelector('h3'))).not.to.contain('Avlyst');
    });

    it('gives time in Oslo time, place, and digital participation for coming meetings', async () => {
      const el = await render();
      const card = meetingCard(el, '12. desember');
      expect(textOf(card)).to.contain('kl. 18.00–20.30');
      expect(textOf(card)).to.contain('Tofte innbyggertorg, Hurumveien 1185, 3482 Tofte');
      const digital = [...card.querySelectorAll('a')].find((a) => textOf(a) === 'Følg møtet digitalt');
      expect(digital?.getAttribute('href')).to.equal('https://video.example.no/lsu-direkte');
      await waitFor(() => card.querySelector('a[href*="/innbyggertorg/tofte"]'), 'the link to the torg');
      expect(textOf(card.querySelector('a[href*="/innbyggertorg/tofte"]'))).to.equal('Tofte innbyggertorg');
    });

    it('links the published minutes of a past meeting right in the list', async () => {
      const el = await render();
      const minutes = meetingCard(el, '4. oktober').querySelector<HTMLAnchorElement>('.links a')!;
      expect(textOf(minutes)).to.equal('Protokoll (PDF, 420 kB)');
      expect(minutes.getAttribute('href')).to.equal('https://innsyn.example.no/dokument/tofte-lsu-m3-prot');
      expect(meetingCard(el, '21. november').querySelector('.links')).to.equal(null);
    });

    it('names the meeting of each repeated link and button (its date, as a description)', async () => {
      const el = await render();
      const card = meetingCard(el, '12. desember');
      const heading = card.querySelector('h3')!;
      for (const control of card.querySelectorAll('[part="calendar"], [part="toggle"], .links a')) {
        expect(control.getAttribute('aria-describedby')).to.equal(heading.id);
      }
      expect(heading.id).not.to.equal(meetingCard(el, '26. desember').querySelector('h3')!.id);
    });

    it('keeps Oslo time for a viewer in New York, and says so', async () => {
      await env.setTimeZone('America/New_York');
      const el = await render();
      expect(textOf(meetingCard(el, '12. desember'))).to.contain('kl. 18.00–20.30');
      expect(textOf(el)).to.contain('Alle tider er norsk tid.');
    });

    it('is accessible', async () => {
      const el = await render();
      await expect(el).to.be.accessible();
    });
  });

  describe('opening a meeting', () => {
    it('fetches its details only when opened, and only once', async () => {
      const el = await render();
      expect(env.requests({ path: /^\/meetings\// })).to.have.length(0);
      expect(env.requests({ path: '/committees/tofte-lsu/meetings' })).to.have.length(1);
      const toggle = meetingCard(el, '12. desember').querySelector('[part="toggle"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const card = await openMeeting(el, '12. desember');
      expect(card.querySelector('[part="toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
      expect(env.requests({ path: /^\/meetings\// }).map((r) => r.url.pathname)).to.deep.equal([
        '/v1/meetings/tofte-lsu-m5',
      ]);
      // Closed and opened again: no new request.
      await openMeeting(el, '12. desember');
      expect(card.querySelector<HTMLElement>('[part="panel"]')!.hidden).to.equal(true);
      await openMeeting(el, '12. desember');
      expect(card.querySelector<HTMLElement>('[part="panel"]')!.hidden).to.equal(false);
      expect(env.requests({ path: /^\/meetings\// })).to.have.length(1);
    });

    it('opens and closes from the keyboard, pointing at its panel', async () => {
      const el = await render();
      const toggle = meetingCard(el, '12. desember').querySelector<HTMLButtonElement>('[part="toggle"]')!;
      const panel = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(panel.getAttribute('part')).to.equal('panel');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hidden).to.equal(false);
      expect(textOf(panel)).to.contain('Innspill til kommuneplanens arealdel');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.equal(true);
    });

    it('shows the agenda: case kind spelled out for screen readers, number, title, decision', async () => {
      const el = await render();
      const card = await openMeeting(el, '4. oktober');
      const items = [...card.querySelectorAll('[part="item"]')];
      expect(items).to.have.length(6);
      const first = items[0]!.querySelector('.case')!;
      expect(first.querySelector('[aria-hidden="true"]')!.textContent).to.equal('PS');
      expect(first.querySelector('.vh')!.textContent).to.equal('Politisk sak');
      expect(textOf(first)).to.contain('5/26');
      expect(items[3]!.querySelector('.vh')!.textContent).to.equal('Referatsak');
      expect(textOf(items[5]!.querySelector('.case'))).to.equal('Eventuelt 10/26');
      expect(textOf(items[2])).to.contain('Trafikksikker skolevei – innspill til kommunen');
      expect(textOf(items[2])).to.contain('Vedtak: Utvalget ber kommunen prioritere fortau langs skoleveien.');
      await expect(el).to.be.accessible();
    });

    it('lists documents as links with their type and size', async () => {
      const el = await render();
      const card = await openMeeting(el, '4. oktober');
      const links = [...card.querySelectorAll<HTMLAnchorElement>('[part="documents"] a')].map((a) => [
        textOf(a),
        a.getAttribute('href'),
      ]);
      expect(links).to.deep.include.members([
        ['Saksfremlegg (PDF, 1,2 MB)', 'https://innsyn.example.no/dokument/tofte-lsu-m3-3'],
        ['Kart over skoleveien (PNG, 2,8 MB)', 'https://innsyn.example.no/dokument/tofte-lsu-m3-3k'],
        ['Referat (PDF, 88 kB)', 'https://innsyn.example.no/dokument/tofte-lsu-m3-4'],
        ['Innkalling og saksliste (PDF, 132 kB)', 'https://innsyn.example.no/dokument/tofte-lsu-m3-inn'],
      ]);
    });

    it('shows the notice and the minutes once published, and says when the minutes are not', async () => {
      const el = await render();
      const held = await openMeeting(el, '4. oktober');
      const text = textOf(held.querySelector('[part="panel"]'));
      expect(text).to.contain('Protokoll Protokoll (PDF, 420 kB)');
      expect(text).to.contain('Møtedokumenter Innkalling og saksliste (PDF, 132 kB)');
      const noMinutes = await openMeeting(el, '21. november');
      expect(textOf(noMinutes.querySelector('[part="panel"]'))).to.contain('Protokollen er ikke publisert ennå.');
      const coming = await openMeeting(el, '16. januar');
      expect(textOf(coming.querySelector('[part="panel"]'))).not.to.contain('Protokoll');
    });

    it('says when the agenda is not published yet', async () => {
      const el = await render(html`<torg-agenda committee="tofte-lsu" upcoming="4"></torg-agenda>`);
      const card = await openMeeting(el, '27. februar');
      expect(textOf(card.querySelector('[part="panel"]'))).to.contain('Sakslisten er ikke publisert ennå.');
    });

    it('says a closed item is closed, with its legal basis, and never shows its documents or their titles', async () => {
      const el = await render();
      const card = await openMeeting(el, '12. desember');
      const closed = [...card.querySelectorAll('[part="item"]')].find((item) => item.querySelector('[part="closed"]'));
      expect(textOf(closed!.querySelector('[part="closed"]'))).to.equal(
        'Lukket sak. Unntatt offentlighet, offl. § 13 jf. fvl. § 13.',
      );
      expect(textOf(closed!.querySelector('.case'))).to.contain('16/26');
      // The item's published title is shown; the document the API sent is not, nor its title.
      const panel = card.querySelector('[part="panel"]')!;
      expect(textOf(closed!)).to.contain('Klage på tildeling av lokale – navngitt forening');
      expect(textOf(panel)).not.to.contain('Fortrolig');
      expect(panel.querySelector('a[href*="secret"]')).to.equal(null);
      expect(el.shadowRoot!.innerHTML).not.to.contain('secret');
      // …while the open items keep theirs.
      expect(textOf(panel)).to.contain('Høringsutkast (PDF, 5,4 MB)');
    });

    it("shows a closed item's decision once made, still without documents", async () => {
      const el = await render();
      const card = await openMeeting(el, '4. oktober');
      const closed = [...card.querySelectorAll('[part="item"]')].find((item) => item.querySelector('[part="closed"]'))!;
      expect(textOf(closed)).to.contain('Lukket sak. Unntatt offentlighet, offl. § 13 jf. fvl. § 13.');
      expect(textOf(closed)).to.contain('Søknaden innvilges');
      expect(closed.querySelector('a')).to.equal(null);
    });

    it('shows an error with a retry in the panel when the details cannot be fetched', async () => {
      const el = await render();
      env.scenario('server-error');
      const card = await openMeeting(el, '12. desember');
      const panel = card.querySelector('[part="panel"]')!;
      expect(textOf(panel)).to.contain('Kunne ikke hente sakslisten.');
      expect(panel.querySelector('[role="alert"]')).to.exist;
      await expect(el).to.be.accessible();
      env.scenario('default');
      panel.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await settle(el);
      await waitFor(() => textOf(panel).includes('Innspill til kommuneplanens arealdel'), 'the agenda after retry');
    });
  });

  describe('add to calendar', () => {
    it('offers an .ics file per coming meeting with its time in Oslo time, place and link', async () => {
      const el = await render();
      const link = meetingCard(el, '12. desember').querySelector<HTMLAnchorElement>('[part="calendar"]')!;
      expect(textOf(link)).to.equal('Legg til i kalenderen');
      // The writer comes when the person is about to use the widget (focus, pointer, touch).
      link.focus();
      await waitFor(() => link.download, 'the calendar file');
      expect(link.download).to.equal('mote-i-lokalsamfunnsutvalget-2026-12-12.ics');
      const ics = decodeIcs(link.getAttribute('href')!);
      expect(ics).to.contain('\r\nDTSTART;TZID=Europe/Oslo:20261212T180000\r\n');
      expect(ics).to.contain('\r\nDTEND;TZID=Europe/Oslo:20261212T203000\r\n');
      expect(ics).to.contain('\r\nUID:meeting-tofte-lsu-m5@innbyggertorg.asker.kommune.no\r\n');
      expect(ics).to.contain('\r\nSTATUS:CONFIRMED\r\n');
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
      expect(event.summary).to.equal('Møte i lokalsamfunnsutvalget');
      expect(event.location).to.equal('Tofte innbyggertorg, Hurumveien 1185, 3482 Tofte');
      expect(event.component.getFirstPropertyValue('url')).to.equal('https://video.example.no/lsu-direkte');
      expect(event.startDate.toJSDate().getTime()).to.equal(Date.parse('2026-12-12T18:00:00+01:00'));
    });

    it('fetches the calendar file writer only when the person is about to use the widget', async () => {
      const el = await render();
      const link = $$(el, '[part="calendar"]')[0] as HTMLAnchorElement;
      await settle(el);
      expect(link.download, 'no writer before any intent').to.equal('');
      expect(link.getAttribute('href')).to.equal('data:text/calendar,');
      el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await waitFor(() => link.download, 'the writer after the pointer came over the widget');
      expect(link.getAttribute('href')).to.match(/^data:text\/calendar;charset=utf-8,BEGIN%3AVCALENDAR/);
    });

    it('gives the file to a click that came before the writer', async () => {
      const el = await render();
      const link = $$(el, '[part="calendar"]')[0] as HTMLAnchorElement;
      const clicks: { prevented: boolean; href: string }[] = [];
      link.addEventListener('click', (event) => {
        clicks.push({ prevented: event.defaultPrevented, href: link.getAttribute('href')! });
        event.preventDefault(); // no real download in the test
      });
      link.click();
      await waitFor(() => clicks.length === 2, 'the click again, with the file');
      expect(clicks[0]!.prevented, 'the first click waits').to.equal(true);
      expect(clicks[1]!.prevented, 'the second one downloads').to.equal(false);
      expect(decodeIcs(clicks[1]!.href)).to.contain('BEGIN:VEVENT');
    });

    it('offers none for past meetings', async () => {
      const el = await render();
      const past = $$(el, '[part="section"]')[1]!;
      expect(past.querySelectorAll('[part="calendar"]')).to.have.length(0);
      expect($$(el, '[part="calendar"]')).to.have.length(2);
    });
  });

  describe('the meeting attribute', () => {
    it('shows that meeting in full, from GET /meetings/{id} alone', async () => {
      const el = await render(html`<torg-agenda committee="tofte-lsu" meeting="tofte-lsu-m3"></torg-agenda>`);
      expect(env.requests({ method: 'GET', path: /meetings/ }).map((r) => r.url.pathname)).to.deep.equal([
        '/v1/meetings/tofte-lsu-m3',
      ]);
      expect(textOf($(el, 'h2'))).to.equal('Søndag 4. oktober Gjennomført');
      expect($(el, '[part="toggle"]')).to.equal(null);
      expect($(el, '[part="panel"]')!.hidden).to.equal(false);
      expect($$(el, '[part="item"]')).to.have.length(6);
      expect($$(el, '[part="panel"] h3').map((h) => textOf(h))).to.deep.equal([
        'Protokoll',
        'Møtedokumenter',
        'Saksliste',
      ]);
      await expect(el).to.be.accessible();
    });

    it('says so in plain words when the meeting does not exist', async () => {
      const el = await render(html`<torg-agenda committee="tofte-lsu" meeting="finnes-ikke"></torg-agenda>`);
      expect(textOf($(el, '[part="error"]'))).to.contain('Vi fant ikke møtet.');
    });
  });

  describe('the data property', () => {
    const meeting = (id: string, start: string, extra: Partial<Meeting> = {}): Meeting => ({
      id,
      committeeId: 'x',
      title: 'Møte',
      start,
      status: 'planlagt',
      location: { name: 'Borgen innbyggertorg' },
      ...extra,
    });

    it('draws the given meetings without calling the API, closed items still stripped', async () => {
      const data = [
        meeting('a', '2026-12-10T18:00:00+01:00', {
          agenda: [
            {
              id: 'a1',
              number: '1/26',
              kind: 'PS',
              title: 'Hemmelig sak',
              closed: true,
              documents: [{ title: 'Hemmelig vedlegg', url: 'https://x.test/secret.pdf' }],
            },
          ],
        }),
      ];
      const el = await render(html`<torg-agenda .data=${data}></torg-agenda>`);
      const card = await openMeeting(el, '10. desember');
      expect(textOf(card)).to.contain('Lukket sak. Unntatt offentlighet.');
      expect(textOf(card)).not.to.contain('Hemmelig vedlegg');
      expect(card.querySelector('a[href*="secret"]')).to.equal(null);
      expect(env.requests()).to.have.length(0);
    });

    it('renders hostile text as text, and does not link unsafe URLs', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const data = [
        meeting('a', '2026-12-10T18:00:00+01:00', {
          title: hostile,
          digitalUrl: 'javascript:window.__pwned=1',
          location: { name: hostile },
          documents: [{ title: hostile, url: 'javascript:window.__pwned=1', mediaType: 'application/pdf' }],
        }),
      ];
      const el = await render(html`<torg-agenda .data=${data}></torg-agenda>`);
      const card = await openMeeting(el, '10. desember');
      expect(textOf(card)).to.contain(hostile);
      expect(card.querySelector('img')).to.equal(null);
      expect([...card.querySelectorAll('a')].some((a) => a.href.startsWith('javascript:'))).to.equal(false);
      expect(textOf(card)).not.to.contain('Følg møtet digitalt');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('leaves out invalid meetings with a notice', async () => {
      const data = [meeting('a', '2026-12-10T18:00:00+01:00'), { id: 'b', start: 'not a date' } as unknown as Meeting];
      const el = await render(html`<torg-agenda .data=${data}></torg-agenda>`);
      expect(headings(el)).to.deep.equal(['Torsdag 10. desember']);
      expect(textOf($(el, '[part="notice"]'))).to.contain('1 oppføring kunne ikke vises');
      await expect(el).to.be.accessible();
    });

    it('gives the error state, not a broken page, when data is not a list', async () => {
      const el = await render(html`<torg-agenda .data=${{ nope: true } as unknown as Meeting[]}></torg-agenda>`);
      expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten sendte data vi ikke kunne lese');
    });
  });

  describe('states', () => {
    it('loading: busy, says so, and is accessible', async () => {
      env.scenario('loading');
      const el = await fixture<TorgAgenda>(html`<torg-agenda committee="tofte-lsu"></torg-agenda>`);
      await el.updateComplete;
      expect(textOf($(el, '[aria-busy="true"]'))).to.equal('Laster …');
      await expect(el).to.be.accessible();
    });

    it('empty: "Ingen møter planlagt", accessibly', async () => {
      env.scenario('empty');
      const el = await render();
      expect(textOf($(el, '[part="empty"]'))).to.equal('Ingen møter planlagt.');
      await expect(el).to.be.accessible();
    });

    it('no upcoming meetings: says so above the past ones', async () => {
      env.clock!.set('2027-06-01T12:00:00+02:00');
      const el = await render();
      const [upcoming, past] = $$(el, '[part="section"]');
      expect(textOf(upcoming)).to.equal('Kommende møter Ingen møter planlagt.');
      expect(headings(past!)).to.have.length(3);
    });

    it('error: plain words, a retry that works, accessibly', async () => {
      env.scenario('server-error');
      const el = await render();
      expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten har en feil akkurat nå');
      await expect(el).to.be.accessible();
      env.scenario('default');
      $(el, '[part="retry"]')!.click();
      await waitFor(() => $(el, '[part="meeting"]'), 'the meetings after retry');
      expect(headings(el)).to.have.length(6);
    });

    it('error: an unknown committee cannot be shown, with the reason for the web editor', async () => {
      const el = await render(html`<torg-agenda committee="finnes-ikke"></torg-agenda>`);
      expectConfigError(el, 'Tjenesten fant ikke utvalget «finnes-ikke». Sjekk attributtet committee.');
      await expect(el).to.be.accessible();
    });

    it('error: invalid data from the API', async () => {
      env.scenario('invalid-shape');
      const el = await render();
      expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten sendte data vi ikke kunne lese');
      expect($(el, '[part="meeting"]')).to.equal(null);
    });

    it('partly invalid: leaves out unreadable meetings with a notice', async () => {
      env.scenario('partly-invalid');
      const el = await render();
      expect(textOf($(el, '[part="notice"]'))).to.contain('kunne ikke vises');
      expect($$(el, '[part="meeting"]').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('stale: keeps the meetings with a notice when a refresh fails, accessibly', async () => {
      const el = await render();
      env.scenario('server-error');
      await el.refresh();
      await settle(el);
      expect(headings(el)).to.have.length(6);
      expect(textOf($(el, '[part="notice"]'))).to.contain('Kunne ikke oppdatere');
      await expect(el).to.be.accessible();
    });

    it('says which attribute is missing', async () => {
      const el = await render(html`<torg-agenda></torg-agenda>`);
      expectConfigError(el, 'Elementet mangler attributtet «committee».');
      expect(env.requests()).to.have.length(0);
    });
  });

  describe('languages', () => {
    it('nynorsk: its own day names and texts', async () => {
      const el = await render(html`<torg-agenda committee="tofte-lsu" lang="nn"></torg-agenda>`);
      expect(textOf($(el, 'h2'))).to.equal('Komande møte');
      expect(headings(el).slice(0, 2)).to.deep.equal(['Laurdag 12. desember', 'Laurdag 26. desember Avlyst']);
      expect(textOf($(el, '[part="toggle"]'))).to.equal('Saksliste og dokument');
      const card = await openMeeting(el, '12. desember');
      expect(textOf(card)).to.contain('Lukka sak. Unnateke offentlegheit, offl. § 13 jf. fvl. § 13.');
      await expect(el).to.be.accessible();
    });

    it('English: texts, times and sizes', async () => {
      const el = await render(html`<torg-agenda committee="tofte-lsu" lang="en"></torg-agenda>`);
      expect(textOf($(el, 'h2'))).to.equal('Upcoming meetings');
      expect(headings(el).slice(0, 2)).to.deep.equal(['Saturday 12 December', 'Saturday 26 December Cancelled']);
      const card = meetingCard(el, '12 December');
      expect(textOf(card)).to.contain('18:00–20:30');
      expect(textOf(card.querySelector('[part="calendar"]'))).to.equal('Add to calendar');
      const open = await openMeeting(el, '12 December');
      expect(open.querySelector('[part="item"] .vh')!.textContent).to.equal('Case for decision');
      expect(textOf(open)).to.contain('Høringsutkast (PDF, 5.4 MB)');
      expect(textOf(open)).to.contain('Closed item. Exempt from public access, offl. § 13 jf. fvl. § 13.');
      await expect(el).to.be.accessible();
    });

    it('switches language when lang changes after loading', async () => {
      const el = await render();
      expect(textOf($(el, 'h2'))).to.equal('Kommende møter');
      el.lang = 'en';
      await waitFor(() => textOf($(el, 'h2')) === 'Upcoming meetings', 'English headings');
      expect(headings(el)[0]).to.equal('Saturday 12 December');
    });

    it('English: the empty state', async () => {
      env.scenario('empty');
      const el = await render(html`<torg-agenda committee="tofte-lsu" lang="en"></torg-agenda>`);
      expect(textOf($(el, '[part="empty"]'))).to.equal('No meetings planned.');
    });
  });

  describe('heading-level', () => {
    it('moves every heading: sections, meetings and what an opened meeting holds; one meeting in full too', async () => {
      const el = await render(html`<torg-agenda committee="tofte-lsu" heading-level="3"></torg-agenda>`);
      expect($$(el, '[part="section"] > :first-child').map((h) => h.tagName)).to.deep.equal(['H3', 'H3']);
      const card = $$(el, '[part="meeting"]').find((m) => textOf(m.firstElementChild).includes('4. oktober'))!;
      expect(card.firstElementChild!.tagName).to.equal('H4');
      card.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      await settle(el);
      expect(
        [...card.querySelectorAll('[part="panel"] :is(h1, h2, h3, h4, h5, h6)')].map((h) => [h.tagName, textOf(h)]),
      ).to.deep.equal([
        ['H5', 'Protokoll'],
        ['H5', 'Møtedokumenter'],
        ['H5', 'Saksliste'],
      ]);
      const single = await render(html`<torg-agenda meeting="tofte-lsu-m3" heading-level="4"></torg-agenda>`);
      expect($(single, '[part="meeting"] > :first-child')!.tagName).to.equal('H4');
      expect($$(single, '[part="panel"] h5').map((h) => textOf(h))).to.deep.equal([
        'Protokoll',
        'Møtedokumenter',
        'Saksliste',
      ]);
    });
  });

  describe('print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints like a paper agenda: no buttons, opened agendas shown, link addresses written out', async () => {
      const el = await render();
      const card = await openMeeting(el, '12. desember');
      await openMeeting(el, '12. desember'); // closed again
      await emulateMedia({ media: 'print' });
      const panel = card.querySelector<HTMLElement>('[part="panel"]')!;
      expect(panel.hidden).to.equal(true);
      expect(getComputedStyle(panel).display).not.to.equal('none');
      expect(getComputedStyle(card.querySelector('[part="toggle"]')!).display).to.equal('none');
      expect(getComputedStyle(card.querySelector('[part="calendar"]')!).display).to.equal('none');
      const link = panel.querySelector('[part="documents"] a')!;
      expect(getComputedStyle(link, '::after').content).to.contain('https://innsyn.example.no/dokument/');
    });
  });
});
