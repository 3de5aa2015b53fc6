import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { torgFixtures } from '../../../mocks/fixtures/torg.js';
import type { Torg } from '../../../src/contract/schemas.js';
import '../../../src/widgets/torg-opening-hours/define.js';
import { expectConfigError } from '../../helpers/config-error.js';
import type { TorgOpeningHours } from '../../../src/widgets/torg-opening-hours/torg-opening-hours.js';
import { $, $$, textOf, useTestEnv, waitFor } from '../../helpers/env.js';

const fixtureOf = (id: string): Torg => structuredClone(torgFixtures.find((t) => t.id === id)!);
const status = (el: Element): string => textOf($(el, '[part="status"]'));
const rows = (el: Element): string[] => $$(el, 'tbody tr').map((tr) => textOf(tr));
const liveRegion = (el: Element): string => textOf($(el, '[role="status"][aria-live="polite"]'));

describe('<torg-opening-hours>', () => {
  // A Tuesday in January, 10:00 Oslo time; the clock runs on from there.
  const env = useTestEnv({ now: '2027-01-12T10:00:00+01:00' });

  describe('loaded (week view, the default)', () => {
    it('shows a heading, then the status line: open now and when it closes', async () => {
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="asker-sentrum"></torg-opening-hours>`,
      );
      expect(textOf($(el, '[part="heading"]'))).to.equal('Åpningstider for Asker sentrum innbyggertorg');
      expect(status(el)).to.equal('Åpent nå · stenger kl. 15.30');
      expect($(el, '[part="status"]')!.classList.contains('open')).to.equal(true);
      expect(env.requests({ path: '/torg/asker-sentrum' })).to.have.length(1);
    });

    it('is accessible', async () => {
      const el = await env.render<TorgOpeningHours>(html`<torg-opening-hours torg="tofte"></torg-opening-hours>`);
      await expect(el).to.be.accessible();
    });

    it('shows the week as a table, Monday first, with row and column headers', async () => {
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="asker-sentrum"></torg-opening-hours>`,
      );
      const table = $(el, 'table[part="table"]')!;
      expect(textOf(table.querySelector('caption'))).to.equal('Denne uken (uke 2)');
      expect($$(el, 'thead th[scope="col"]').map((th) => textOf(th))).to.deep.equal(['Dag', 'Åpningstid']);
      expect($$(el, 'tbody th[scope="row"]').map((th) => textOf(th))).to.deep.equal([
        'Mandag 11. januar',
        'Tirsdag 12. januar I dag',
        'Onsdag 13. januar',
        'Torsdag 14. januar',
        'Fredag 15. januar',
        'Lørdag 16. januar',
        'Søndag 17. januar',
      ]);
      expect(rows(el)[3]).to.equal('Torsdag 14. januar 08.00–19.00');
      expect(rows(el)[5]).to.equal('Lørdag 16. januar Stengt');
    });

    it('marks today in words and with aria-current, not by colour alone', async () => {
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="asker-sentrum"></torg-opening-hours>`,
      );
      const current = $$(el, 'tbody tr[aria-current="date"]');
      expect(current).to.have.length(1);
      expect(textOf(current[0]!.querySelector('.mark'))).to.equal('I dag');
      expect(textOf(current[0])).to.contain('Tirsdag 12. januar');
    });

    it('shows several intervals a day, and the closed days as "Stengt"', async () => {
      const el = await env.render<TorgOpeningHours>(html`<torg-opening-hours torg="tofte"></torg-opening-hours>`);
      expect(rows(el)[4]).to.equal('Fredag 15. januar 12.00–20.00 Personalmøte før kl. 12');
      expect(rows(el)[5]).to.equal('Lørdag 16. januar 10.00–14.00');
      expect(rows(el)[6]).to.equal('Søndag 17. januar Stengt');
      env.clock!.set('2027-01-20T10:00:00+01:00');
      const next = await env.render<TorgOpeningHours>(html`<torg-opening-hours torg="tofte"></torg-opening-hours>`);
      expect(rows(next)[4]).to.equal('Fredag 22. januar 08.00–12.00, 13.00–16.00');
    });

    it('names the holidays and exceptions of the week, and lists the changes of the next 14 days', async () => {
      env.clock!.set('2027-03-23T10:00:00+01:00');
      const el = await env.render<TorgOpeningHours>(html`<torg-opening-hours torg="tofte"></torg-opening-hours>`);
      expect(rows(el).slice(3)).to.deep.equal([
        'Torsdag 25. mars Stengt Skjærtorsdag',
        'Fredag 26. mars Stengt Langfredag',
        'Lørdag 27. mars Stengt Påskeaften',
        'Søndag 28. mars Stengt Første påskedag',
      ]);
      const deviations = $(el, '[part="deviations"]')!;
      expect(textOf(deviations.querySelector('h3'))).to.equal('Endringer de neste 14 dagene');
      expect($$(el, '[part="deviations"] li').map((li) => textOf(li))).to.deep.equal([
        'Torsdag 25. mars: Skjærtorsdag – Stengt',
        'Fredag 26. mars: Langfredag – Stengt',
        'Lørdag 27. mars: Påskeaften – Stengt',
        'Mandag 29. mars: Andre påskedag – Stengt',
      ]);
    });

    it('leaves out the changes section when nothing changes in the next 14 days', async () => {
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="asker-sentrum"></torg-opening-hours>`,
      );
      expect($(el, '[part="deviations"]')).to.equal(null);
    });
  });

  describe('Easter 2027', () => {
    it('on Maundy Thursday: closed for the holiday, opens Tuesday 30 March at 08.00', async () => {
      env.clock!.set('2027-03-25T10:00:00+01:00');
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="asker-sentrum"></torg-opening-hours>`,
      );
      expect(status(el)).to.equal('Stengt (Skjærtorsdag) · åpner tirsdag 30. mars kl. 08.00');
      expect($(el, '[part="status"]')!.classList.contains('closed')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('on Easter Saturday (an exception from the API): closed, named by its note', async () => {
      env.clock!.set('2027-03-27T11:00:00+01:00');
      const el = await env.render<TorgOpeningHours>(html`<torg-opening-hours torg="tofte"></torg-opening-hours>`);
      expect(status(el)).to.equal('Stengt (Påskeaften) · åpner tirsdag 30. mars kl. 08.00');
    });
  });

  describe('seasons, services and midnight', () => {
    it('follows a summer season and finds the opening three weeks later', async () => {
      env.clock!.set('2027-07-14T12:00:00+02:00');
      const el = await env.render<TorgOpeningHours>(html`<torg-opening-hours torg="tofte"></torg-opening-hours>`);
      expect(status(el)).to.equal('Stengt (Sommerstengt) · åpner mandag 26. juli kl. 10.00');
      expect(textOf($(el, 'caption'))).to.equal('Denne uken (uke 28) · Sommerstengt');
      expect(rows(el)[0]).to.equal('Mandag 12. juli Stengt');
      expect($$(el, '[part="deviations"] li').map((li) => textOf(li))).to.deep.equal([
        'Mandag 26. juli: Sommertid begynner – 10.00–15.00',
      ]);
    });

    it('shows summer hours, and announces the season ahead', async () => {
      env.clock!.set('2027-06-15T11:00:00+02:00');
      const before = await env.render<TorgOpeningHours>(html`<torg-opening-hours torg="tofte"></torg-opening-hours>`);
      expect(status(before)).to.equal('Åpent nå · stenger kl. 20.00');
      expect(textOf($(before, '[part="deviations"]'))).to.contain('Mandag 21. juni: Sommertid begynner – 10.00–15.00');
      env.clock!.set('2027-06-22T11:00:00+02:00');
      const during = await env.render<TorgOpeningHours>(html`<torg-opening-hours torg="tofte"></torg-opening-hours>`);
      expect(status(during)).to.equal('Åpent nå (Sommertid) · stenger kl. 15.00');
    });

    it('shows a service’s own hours', async () => {
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="tofte" service="byggesak"></torg-opening-hours>`,
      );
      expect(textOf($(el, '[part="heading"]'))).to.equal('Åpningstider for Byggesaksveiledning – Tofte innbyggertorg');
      expect(status(el)).to.equal('Åpent nå · stenger kl. 14.00');
      expect(rows(el)[0]).to.equal('Mandag 11. januar Stengt');
      expect(rows(el)[1]).to.equal('Tirsdag 12. januar I dag 10.00–14.00');
    });

    it('falls back to the torg’s hours for a service without its own', async () => {
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="tofte" service="bibliotek"></torg-opening-hours>`,
      );
      expect(textOf($(el, '[part="heading"]'))).to.equal('Åpningstider for Bibliotek – Tofte innbyggertorg');
      expect(status(el)).to.equal('Åpent nå · stenger kl. 20.00');
    });

    it('says so when the service is not at this torg, and shows the torg’s hours', async () => {
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="tofte" service="svommehall"></torg-opening-hours>`,
      );
      expect(textOf($(el, '[part="notice"]'))).to.equal(
        'Tjenesten «svommehall» finnes ikke her. Viser åpningstidene for hele torget.',
      );
      expect(status(el)).to.equal('Åpent nå · stenger kl. 20.00');
      await expect(el).to.be.accessible();
    });

    it('is open after midnight in Friday evening’s interval, and says it closes at 01.00', async () => {
      env.clock!.set('2027-01-09T00:30:00+01:00');
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="heggedal" service="ungdom"></torg-opening-hours>`,
      );
      expect(status(el)).to.equal('Åpent nå · stenger kl. 01.00');
      expect(rows(el)[4]).to.equal('Fredag 8. januar 19.00–01.00');
    });

    it('writes a closing at midnight as 24.00', async () => {
      env.clock!.set('2027-01-12T22:00:00+01:00');
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="heggedal" service="bibliotek"></torg-opening-hours>`,
      );
      expect(status(el)).to.equal('Åpent nå · stenger kl. 24.00');
      expect(rows(el)[0]).to.equal('Mandag 11. januar 07.00–24.00');
    });
  });

  describe('today view', () => {
    it('shows the status and today’s hours instead of the table', async () => {
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="asker-sentrum" view="today"></torg-opening-hours>`,
      );
      expect($(el, 'table')).to.equal(null);
      expect(textOf($(el, '[part="today"]'))).to.equal('I dag, tirsdag 12. januar: 08.00–15.30');
      expect(status(el)).to.equal('Åpent nå · stenger kl. 15.30');
      await expect(el).to.be.accessible();
    });

    it('names today’s exception', async () => {
      env.clock!.set('2026-12-23T09:30:00+01:00');
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="borgen" view="today"></torg-opening-hours>`,
      );
      expect(textOf($(el, '[part="today"]'))).to.equal(
        'I dag, onsdag 23. desember: 09.00–13.00 (Lille julaften: redusert åpningstid)',
      );
    });

    it('switches between the views when the attribute changes', async () => {
      const el = await env.render<TorgOpeningHours>(html`<torg-opening-hours torg="borgen"></torg-opening-hours>`);
      expect($(el, 'table')).to.exist;
      el.view = 'today';
      await el.updateComplete;
      expect($(el, 'table')).to.equal(null);
      expect($(el, '[part="today"]')).to.exist;
      expect(el.getAttribute('view')).to.equal('today');
    });
  });

  describe('languages', () => {
    it('speaks nynorsk, with nynorsk day names', async () => {
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="asker-sentrum" lang="nn"></torg-opening-hours>`,
      );
      expect(textOf($(el, '[part="heading"]'))).to.equal('Opningstider for Asker sentrum innbyggertorg');
      expect(status(el)).to.equal('Ope no · stengjer kl. 15.30');
      expect(textOf($(el, 'caption'))).to.equal('Denne veka (veke 2)');
      expect($$(el, 'tbody th').map((th) => textOf(th))).to.deep.equal([
        'Måndag 11. januar',
        'Tysdag 12. januar I dag',
        'Onsdag 13. januar',
        'Torsdag 14. januar',
        'Fredag 15. januar',
        'Laurdag 16. januar',
        'Sundag 17. januar',
      ]);
      await expect(el).to.be.accessible();
    });

    it('speaks nynorsk at Easter', async () => {
      env.clock!.set('2027-03-25T10:00:00+01:00');
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="tofte" lang="nn"></torg-opening-hours>`,
      );
      expect(status(el)).to.equal('Stengt (Skjærtorsdag) · opnar tysdag 30. mars kl. 08.00');
      expect(textOf($(el, '[part="deviations"] h3'))).to.equal('Endringar dei neste 14 dagane');
      expect(rows(el)[5]).to.equal('Laurdag 27. mars Stengt Påskeaften');
    });

    it('speaks English', async () => {
      env.clock!.set('2027-03-25T10:00:00+01:00');
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="asker-sentrum" lang="en"></torg-opening-hours>`,
      );
      expect(textOf($(el, '[part="heading"]'))).to.equal('Opening hours for Asker sentrum innbyggertorg');
      expect(status(el)).to.equal('Closed (Maundy Thursday) · opens Tuesday 30 March at 08:00');
      expect(textOf($(el, 'caption'))).to.equal('This week (week 12)');
      expect(rows(el)[3]).to.equal('Thursday 25 March Today Closed Maundy Thursday');
      expect(rows(el)[0]).to.equal('Monday 22 March 08:00–15:30');
      expect($$(el, '[part="deviations"] li').map((li) => textOf(li))[0]).to.equal(
        'Thursday 25 March: Maundy Thursday – Closed',
      );
      await expect(el).to.be.accessible();
    });

    it('follows the page’s language and switches when `lang` changes', async () => {
      const el = await env.render<TorgOpeningHours>(
        html`<div lang="en-GB"><torg-opening-hours torg="asker-sentrum"></torg-opening-hours></div>`,
      );
      const widget = el.querySelector('torg-opening-hours')!;
      await waitFor(() => status(widget) === 'Open now · closes at 15:30', 'English status');
      widget.lang = 'nn';
      await waitFor(() => status(widget) === 'Ope no · stengjer kl. 15.30', 'nynorsk status');
    });
  });

  describe('time zones', () => {
    it('shows Oslo times to a viewer in New York, and says the times are Norwegian time', async () => {
      await env.setTimeZone('America/New_York');
      expect(new Date(2027, 0, 12).getTimezoneOffset()).to.equal(300);
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="asker-sentrum"></torg-opening-hours>`,
      );
      expect(status(el)).to.equal('Åpent nå · stenger kl. 15.30');
      expect(rows(el)[1]).to.equal('Tirsdag 12. januar I dag 08.00–15.30');
      expect(textOf($(el, '.oslo-time'))).to.equal('Alle tider er norsk tid.');
      await expect(el).to.be.accessible();
    });

    it('keeps Oslo’s date when it is already tomorrow in Oslo but still today in New York', async () => {
      await env.setTimeZone('America/New_York');
      // 00:30 Wednesday in Oslo is 18:30 Tuesday in New York.
      env.clock!.set('2027-01-13T00:30:00+01:00');
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="asker-sentrum"></torg-opening-hours>`,
      );
      expect(status(el)).to.equal('Stengt · åpner kl. 08.00');
      expect(textOf($(el, 'tr[aria-current="date"] th'))).to.equal('Onsdag 13. januar I dag');
    });

    it('does not add the note for a viewer in Oslo', async () => {
      await env.setTimeZone('Europe/Oslo');
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="asker-sentrum"></torg-opening-hours>`,
      );
      expect($(el, '.oslo-time')).to.equal(null);
      expect(status(el)).to.equal('Åpent nå · stenger kl. 15.30');
    });
  });

  describe('updating itself', () => {
    it('switches to "Stengt" at the closing time and announces it politely', async () => {
      env.clock!.set('2027-01-12T15:29:58.500+01:00');
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="asker-sentrum"></torg-opening-hours>`,
      );
      expect(status(el)).to.equal('Åpent nå · stenger kl. 15.30');
      expect(liveRegion(el)).to.equal('');
      await waitFor(() => status(el) === 'Stengt · åpner i morgen kl. 08.00', 'the status to flip at 15.30', 400);
      expect(env.clock!.now()).to.be.at.least(Date.parse('2027-01-12T15:30:00+01:00'));
      await waitFor(() => liveRegion(el) === 'Stengt · åpner i morgen kl. 08.00', 'the flip to be announced');
    });

    it('moves on at midnight: "i morgen" becomes today, and today’s row moves', async () => {
      env.clock!.set('2027-01-12T23:59:58.500+01:00');
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="asker-sentrum"></torg-opening-hours>`,
      );
      expect(status(el)).to.equal('Stengt · åpner i morgen kl. 08.00');
      await waitFor(() => status(el) === 'Stengt · åpner kl. 08.00', 'the status to move on at midnight', 400);
      expect(textOf($(el, 'tr[aria-current="date"] th'))).to.equal('Onsdag 13. januar I dag');
      // Midnight is no open/closed flip: nothing to announce.
      expect(liveRegion(el)).to.equal('');
    });

    it('sets one timer for the next change and does not poll', async () => {
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="asker-sentrum"></torg-opening-hours>`,
      );
      const calls = { timeout: 0, interval: 0 };
      const { setTimeout: realTimeout, setInterval: realInterval } = window;
      window.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
        calls.timeout++;
        return realTimeout(...args);
      }) as typeof setTimeout;
      window.setInterval = ((...args: Parameters<typeof setInterval>) => {
        calls.interval++;
        return realInterval(...args);
      }) as typeof setInterval;
      try {
        await new Promise((resolve) => realTimeout(resolve, 1500));
        el.requestUpdate();
        await el.updateComplete;
      } finally {
        window.setTimeout = realTimeout;
        window.setInterval = realInterval;
      }
      expect(calls).to.deep.equal({ timeout: 0, interval: 0 });
      expect(status(el)).to.equal('Åpent nå · stenger kl. 15.30');
    });

    it('checks again when the page becomes visible (timers may have slept)', async () => {
      env.clock!.set('2027-01-12T15:25:00+01:00');
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="asker-sentrum"></torg-opening-hours>`,
      );
      // The laptop slept through the closing: the clock jumps, the timer has not fired yet (and the
      // data is younger than the ten minutes after which it would be fetched again).
      env.clock!.set('2027-01-12T15:31:00+01:00');
      await el.updateComplete;
      expect(status(el)).to.equal('Åpent nå · stenger kl. 15.30');
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(status(el)).to.equal('Stengt · åpner i morgen kl. 08.00');
      expect(env.requests()).to.have.length(1);
    });

    it('stays fixed with `at` (a preview of another moment)', async () => {
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="asker-sentrum" at="2027-03-25T10:00:00+01:00"></torg-opening-hours>`,
      );
      expect(status(el)).to.equal('Stengt (Skjærtorsdag) · åpner tirsdag 30. mars kl. 08.00');
      expect(textOf($(el, 'tr[aria-current="date"] th'))).to.equal('Torsdag 25. mars I dag');
    });
  });

  describe('the data property', () => {
    it('uses the data instead of the API', async () => {
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours .data=${fixtureOf('borgen')}></torg-opening-hours>`,
      );
      expect(status(el)).to.equal('Åpent nå · stenger kl. 15.00');
      expect(env.requests()).to.have.length(0);
    });

    it('renders hostile text as text, never as HTML', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const torg = fixtureOf('borgen');
      torg.name = hostile;
      torg.openingHours!.exceptions = [{ date: '2027-01-12', closed: true, note: hostile }];
      const el = await env.render<TorgOpeningHours>(html`<torg-opening-hours .data=${torg}></torg-opening-hours>`);
      expect(textOf($(el, '[part="heading"]'))).to.equal(`Åpningstider for ${hostile}`);
      expect(status(el)).to.equal(`Stengt (${hostile}) · åpner i morgen kl. 09.00`);
      expect(textOf($(el, '[part="deviations"]'))).to.contain(hostile);
      expect($(el, 'img')).to.equal(null);
      expect($(el, 'script')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('shows the error state for data of the wrong shape, without throwing into the page', async () => {
      const errors: string[] = [];
      const onError = (event: ErrorEvent): void => void errors.push(event.message);
      window.addEventListener('error', onError);
      try {
        const bad = { ...fixtureOf('borgen'), openingHours: { weekly: 'every day' } } as unknown as Torg;
        const el = await env.render<TorgOpeningHours>(html`<torg-opening-hours .data=${bad}></torg-opening-hours>`);
        expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten sendte data vi ikke kunne lese.');
        await expect(el).to.be.accessible();
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });

    it('says so when an open torg has no opening hours', async () => {
      const torg = fixtureOf('borgen');
      delete torg.openingHours;
      const el = await env.render<TorgOpeningHours>(html`<torg-opening-hours .data=${torg}></torg-opening-hours>`);
      expect(textOf($(el, '[part="empty"]'))).to.equal('Åpningstidene for Borgen innbyggertorg er ikke oppgitt.');
    });
  });

  describe('states', () => {
    it('loading: busy, says "Laster" and is accessible', async () => {
      env.scenario('loading');
      const el = await fixture<TorgOpeningHours>(html`<torg-opening-hours torg="tofte"></torg-opening-hours>`);
      await el.updateComplete;
      expect(textOf($(el, '[aria-busy="true"]'))).to.equal('Laster …');
      expect($(el, '[part="status"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('empty: a planned torg says so in plain words', async () => {
      const el = await env.render<TorgOpeningHours>(html`<torg-opening-hours torg="holmen"></torg-opening-hours>`);
      expect(textOf($(el, '[part="empty"]'))).to.equal(
        'Holmen innbyggertorg er ikke åpnet ennå. Åpningstidene kommer når torget åpner.',
      );
      expect($(el, '[part="status"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('error: plain words and a retry button that works from the keyboard', async () => {
      env.scenario('server-error');
      const el = await env.render<TorgOpeningHours>(html`<torg-opening-hours torg="tofte"></torg-opening-hours>`);
      const error = $(el, '[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(textOf(error)).to.contain('Tjenesten har en feil akkurat nå.');
      await expect(el).to.be.accessible();
      env.scenario('default');
      $(el, '[part="retry"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => status(el) === 'Åpent nå · stenger kl. 20.00', 'the retry to load the hours');
      // Focus stays in the widget while the button goes away.
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="base"]'));
    });

    it('error: reaches the retry button with Tab', async () => {
      env.scenario('network-error');
      const el = await env.render<TorgOpeningHours>(html`<torg-opening-hours torg="tofte"></torg-opening-hours>`);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="retry"]'));
    });

    it('error: data of the wrong shape from the API', async () => {
      env.scenario('invalid-shape');
      const el = await env.render<TorgOpeningHours>(html`<torg-opening-hours torg="tofte"></torg-opening-hours>`);
      expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten sendte data vi ikke kunne lese.');
    });

    it('unknown torg (404): plain words, the reason for the web editor, no retry, accessible', async () => {
      const el = await env.render<TorgOpeningHours>(html`<torg-opening-hours torg="finnes-ikke"></torg-opening-hours>`);
      expectConfigError(el, 'Tjenesten fant ikke innbyggertorget «finnes-ikke». Sjekk attributtet torg.');
      await expect(el).to.be.accessible();
    });

    it('missing torg attribute: a visible message and no request', async () => {
      const el = await env.render<TorgOpeningHours>(html`<torg-opening-hours></torg-opening-hours>`);
      expectConfigError(el, 'Elementet mangler attributtet «torg».');
      expect(env.requests()).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('stale: keeps the hours when a refresh fails, says so and offers a retry', async () => {
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="asker-sentrum"></torg-opening-hours>`,
      );
      env.scenario('server-error');
      // Back to the tab eleven minutes later: the data is refreshed, and that fails.
      env.clock!.jump(11 * 60_000);
      document.dispatchEvent(new Event('visibilitychange'));
      await waitFor(() => $(el, '[part="notice"] [part="retry"]'), 'the stale notice');
      expect(textOf($(el, '[part="notice"]'))).to.contain('Kunne ikke oppdatere. Viser informasjon hentet kl. 10.00.');
      expect(status(el)).to.equal('Åpent nå · stenger kl. 15.30');
      await expect(el).to.be.accessible();
    });

    it('reloads when `torg` changes', async () => {
      const el = await env.render<TorgOpeningHours>(
        html`<torg-opening-hours torg="asker-sentrum"></torg-opening-hours>`,
      );
      el.torg = 'borgen';
      await waitFor(() => status(el) === 'Åpent nå · stenger kl. 15.00', 'Borgen’s hours');
      expect(env.requests({ path: '/torg/borgen' })).to.have.length(1);
    });
  });
});
