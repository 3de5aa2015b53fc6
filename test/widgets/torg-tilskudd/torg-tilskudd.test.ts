import { expect, fixture, html } from '@open-wc/testing';
import { decideGrant } from '../../../mocks/db.js';
import { asFunds, fundsFixtures } from '../../../mocks/fixtures/funds.js';
import { expectVisibleLoadingInBothSets } from '../../helpers/any-page.js';
import { $, $$, settle, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { measureTargets, smallTargets } from '../../helpers/targets.js';
import { NOW, grantRows, renderFunds, sums, type TorgTilskudd } from './helpers.js';

describe('<torg-tilskudd>', function () {
  // Axe on a page of tables and forms takes a while on a busy machine.
  this.timeout(20_000);

  const env = useTestEnv({ now: NOW });
  beforeEach(() => localStorage.clear());

  describe('the year’s money', () => {
    it('shows the budget, what is granted and what is left, with the bar’s meaning written out', async () => {
      const el = await renderFunds(env);
      expect(textOf($(el, '[part="heading"]'))).to.equal('Utvalgets midler i 2026');
      expect(sums(el)).to.deep.equal({
        Budsjett: '250 000 kr',
        'Tildelt så langt': '73 750,50 kr',
        Igjen: '176 249,50 kr',
      });
      const meter = $(el, '[part="meter"]')!;
      expect(meter.getAttribute('aria-hidden')).to.equal('true');
      expect(meter.querySelector('span')!.style.width).to.equal('30%');
      expect(textOf($(el, '#meter-text'))).to.equal('30 % av budsjettet er tildelt. 176 249,50 kr er igjen.');
      expect(env.requests()[0]!.url.searchParams.get('year')).to.equal('2026');
    });

    it('says plainly when more than the budget was granted', async () => {
      decideGrant('tofte-lsu', {
        id: 'stor',
        recipient: 'Tofte vel',
        purpose: 'Ny brygge',
        amount: 200_000,
        decided: '2026-11-30',
      });
      const el = await renderFunds(env);
      expect(sums(el).Igjen).to.equal('−23 750,50 kr');
      expect(textOf($(el, '#meter-text'))).to.equal('Utvalget har tildelt 23 750,50 kr mer enn budsjettet.');
      expect($(el, '[part="meter"] span')!.style.width).to.equal('100%');
    });

    it('counts the applications waiting to be decided', async () => {
      const el = await renderFunds(env);
      expect(textOf($(el, '[part="sums"]'))).not.to.contain('til behandling');
      await fetch(`${'https://api.innbyggertorg.test/v1'}/committees/tofte-lsu/applications`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify({
          applicant: 'Ola',
          email: 'ola@eksempel.no',
          title: 'Lys',
          description: 'Lys i lysløypa.',
          amount: 5_000,
          consent: true,
        }),
      });
      await el.refresh();
      await settle(el);
      expect(textOf($(el, '[part="sums"]'))).to.contain('1 søknad er til behandling.');
    });
  });

  describe('the grants', () => {
    it('lists recipient, purpose, amount and date, newest first, with the sum under them', async () => {
      const el = await renderFunds(env);
      expect(grantRows(el)).to.deep.equal([
        ['Tofte skolekorps', 'Reparasjon av instrumenter', '8 250,50 kr', '21. november'],
        ['Tofte ungdomsklubb', 'Lydanlegg og utstyr til konserter og filmkvelder', '35 000 kr', '4. oktober Sak 7/26'],
        [
          '17. mai-komiteen på Tofte',
          'Feiring av 17. mai for hele bygda, med tog og leker på skolen',
          '12 000 kr',
          '6. juli Sak 3/26',
        ],
        ['Tofte vel', 'Benker og blomsterkasser ved brygga', '18 500 kr', '6. juli Sak 3/26'],
      ]);
      expect(textOf($(el, '[part="grants"] tfoot'))).to.equal('Sum 73 750,50 kr');
      expect($(el, '[part="grants"]')!.getAttribute('aria-labelledby')).to.equal('grants-title');
      expect(textOf($(el, '#grants-title'))).to.equal('Tildelinger i 2026');
    });

    it('as cards in a narrow column, labels each value once (the total says "Sum" once)', async () => {
      const el = await renderFunds(env);
      el.style.width = '20em';
      /** What a person reads in a cell: its ::before label, then its text. */
      const seen = (cell: Element): string => {
        const before = getComputedStyle(cell, '::before').content;
        const label = before === 'none' || before === 'normal' ? '' : before.replace(/^"|"$/g, '');
        return `${label}${textOf(cell)}`;
      };
      const amount = $(el, '[part="grants"] tbody td.num')!;
      await waitFor(() => seen(amount) !== textOf(amount), 'the narrow layout (cards with labels)');
      expect(seen(amount)).to.equal('Beløp: 8 250,50 kr');
      const footer = [...$$(el, '[part="grants"] tfoot th, [part="grants"] tfoot td')].map(seen).filter(Boolean);
      expect(footer).to.deep.equal(['Sum', '73 750,50 kr']);
    });

    it('links each date to the meeting that decided it, in <torg-agenda>’s terms', async () => {
      const el = await renderFunds(
        env,
        html`<torg-tilskudd committee="tofte-lsu" meeting-url="/tofte/moter?meeting={id}"></torg-tilskudd>`,
      );
      const links = $$<HTMLAnchorElement>(el, '[part="meeting"]');
      expect(links.map((a) => a.href)).to.deep.equal(
        ['m4', 'm3', 'm1', 'm1'].map((m) => new URL(`/tofte/moter?meeting=tofte-lsu-${m}`, location.href).href),
      );
      expect(textOf(links[1])).to.equal('4. oktober (møtet der tilskuddet ble vedtatt)');
      await expect(el).to.be.accessible();
    });

    it('makes no link without a meeting page, or to one that is not a web address', async () => {
      const plain = await renderFunds(env);
      expect($$(plain, '[part="meeting"]')).to.have.length(0);
      const bad = await renderFunds(
        env,
        html`<torg-tilskudd committee="tofte-lsu" meeting-url="javascript:alert('{id}')"></torg-tilskudd>`,
      );
      expect($$(bad, '[part="meeting"]')).to.have.length(0);
      expect(grantRows(bad)[1]![3]).to.equal('4. oktober Sak 7/26');
    });

    it('sorts by amount and by date, each way, and says how it is sorted', async () => {
      const el = await renderFunds(env);
      const [amount, decided] = $$<HTMLButtonElement>(el, '[part="sort"]');
      const header = (button: HTMLButtonElement): string | null => button.closest('th')!.getAttribute('aria-sort');
      expect([header(amount!), header(decided!)]).to.deep.equal(['none', 'descending']);
      amount!.click();
      await el.updateComplete;
      expect(grantRows(el).map((r) => r[2])).to.deep.equal(['35 000 kr', '18 500 kr', '12 000 kr', '8 250,50 kr']);
      expect([header(amount!), header(decided!)]).to.deep.equal(['descending', 'none']);
      amount!.click();
      await el.updateComplete;
      expect(grantRows(el).map((r) => r[2])).to.deep.equal(['8 250,50 kr', '12 000 kr', '18 500 kr', '35 000 kr']);
      expect(header(amount!)).to.equal('ascending');
      await waitFor(() => textOf($(el, '[role="status"]')).includes('minst først'), 'the sort read out');
      expect(textOf($(el, '[role="status"]'))).to.equal('Sortert etter beløp, minst først');
      decided!.click();
      await el.updateComplete;
      expect(grantRows(el).map((r) => r[0])[0]).to.equal('Tofte skolekorps');
      expect(textOf(amount)).to.contain('Sorter etter beløp');
    });
  });

  describe('years', () => {
    it('switches to an earlier year from the years the API has, and back', async () => {
      const el = await renderFunds(env);
      const select = $<HTMLSelectElement>(el, '[part="year"] select')!;
      expect([...select.options].map((o) => o.value)).to.deep.equal(['2026', '2025']);
      expect(select.value).to.equal('2026');
      select.value = '2025';
      select.dispatchEvent(new Event('change'));
      await settle(el);
      expect(el.year).to.equal(2025);
      expect(env.requests().at(-1)!.url.searchParams.get('year')).to.equal('2025');
      expect(textOf($(el, '[part="heading"]'))).to.equal('Utvalgets midler i 2025');
      expect(grantRows(el).map((r) => r[0])).to.deep.equal(['Tofte vel', 'Hurum turlag']);
      expect(sums(el)).to.deep.equal({ Budsjett: '240 000 kr', 'Tildelt så langt': '46 000 kr', Igjen: '194 000 kr' });
      // Applying is for this year only.
      expect($(el, '[part="apply"]')).to.equal(null);
      // The switch stays where it was, with the focus a person left on it.
      expect($<HTMLSelectElement>(el, '[part="year"] select')).to.equal(select);
      select.value = '2026';
      select.dispatchEvent(new Event('change'));
      await settle(el);
      expect(grantRows(el)).to.have.length(4);
    });

    it('shows the year of its `year` attribute; a year without money is the empty state', async () => {
      const el = await renderFunds(env, html`<torg-tilskudd committee="tofte-lsu" year="2019"></torg-tilskudd>`);
      expect(textOf($(el, '[part="heading"]'))).to.equal('Utvalgets midler i 2019');
      expect(textOf($(el, '[part="empty"]'))).to.equal('Utvalget har ingen midler eller tildelinger for 2019.');
      expect([...$<HTMLSelectElement>(el, 'select')!.options].map((o) => o.value)).to.deep.equal([
        '2026',
        '2025',
        '2019',
      ]);
      await expect(el).to.be.accessible();
    });

    it('falls back to this year for a `year` that is not one', async () => {
      const el = await renderFunds(env, html`<torg-tilskudd committee="tofte-lsu" year="i fjor"></torg-tilskudd>`);
      expect(textOf($(el, '[part="heading"]'))).to.equal('Utvalgets midler i 2026');
    });
  });

  describe('guidelines and applying', () => {
    it('links the guidelines with their date and lists the criteria', async () => {
      const el = await renderFunds(env);
      const link = $<HTMLAnchorElement>(el, '[part="guidelines"] a')!;
      expect(link.href).to.equal('https://innsyn.example.no/dokument/tofte-lsu-retningslinjer');
      expect(textOf($(el, '[part="guidelines"] p'))).to.equal(
        'Retningslinjer for tilskudd fra lokalsamfunnsutvalget på Tofte Vedtatt 14. november 2025.',
      );
      expect($$(el, '[part="guidelines"] li').map((li) => textOf(li))).to.have.length(4);
    });

    it('says when applications close, with a button to apply', async () => {
      const el = await renderFunds(env);
      expect(textOf($(el, '[part="apply"]'))).to.equal(
        'Søk om midler Søknadsfristen er 2. januar 2027. Skriv en søknad',
      );
      // The form's code is fetched only when asked for.
      expect($(el, '[part="form"]')).to.equal(null);
    });

    it('says that applications are closed, and when the deadline was', async () => {
      const el = await renderFunds(env, html`<torg-tilskudd committee="slemmestad-lsu"></torg-tilskudd>`);
      expect(textOf($(el, '[part="apply"]'))).to.equal(
        'Søk om midler Utvalget tar ikke imot søknader nå. Fristen var 13. november 2026.',
      );
      expect($(el, '[part="apply"] button')).to.equal(null);
    });

    it('a year with a budget and no grants yet says so where the grants go', async () => {
      const el = await renderFunds(env, html`<torg-tilskudd committee="heggedal-lsu"></torg-tilskudd>`);
      expect(textOf($(el, '[part="empty"]'))).to.equal('Ingen tildelinger ennå i 2026.');
      expect(sums(el).Igjen).to.equal('180 000 kr');
      expect($(el, '[part="guidelines"] li')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('data from the page', () => {
    it('shows funds given as data, checked like an API answer, without asking the API or offering other years', async () => {
      const funds = asFunds(fundsFixtures('2026-12-03').find((f) => f.id === 'heggedal-lsu:2025')!);
      const el = await renderFunds(env, html`<torg-tilskudd .data=${funds}></torg-tilskudd>`);
      expect(textOf($(el, '[part="heading"]'))).to.equal('Utvalgets midler i 2025');
      expect(grantRows(el).map((r) => r[0])).to.deep.equal(['Heggedal vel']);
      expect($(el, '[part="year"]')).to.equal(null);
      expect(env.requests()).to.have.length(0);
      const bad = await renderFunds(
        env,
        html`<torg-tilskudd .data=${{ ...funds, budget: 'mye' } as unknown as typeof funds}></torg-tilskudd>`,
      );
      expect(textOf($(bad, '[part="error"]'))).to.contain('Tjenesten sendte data vi ikke kunne lese');
    });
  });

  describe('states', () => {
    it('loading: busy, says so, shaped like the content, and is accessible', async () => {
      env.scenario('loading');
      const el = await fixture<TorgTilskudd>(html`<torg-tilskudd committee="tofte-lsu"></torg-tilskudd>`);
      await el.updateComplete;
      expect(textOf($(el, '[aria-busy="true"]'))).to.equal('Laster …');
      expect($(el, '.skeleton.tilskudd')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('loading: a visible "Laster …" and bars of at least 3:1, light and dark, still for reduced motion', async () => {
      env.scenario('loading');
      await expectVisibleLoadingInBothSets((theme) =>
        fixture(html`<torg-tilskudd committee="tofte-lsu" theme=${theme}></torg-tilskudd>`),
      );
    });

    it('loaded: accessible', async () => {
      const el = await renderFunds(env);
      await expect(el).to.be.accessible();
    });

    it('empty: a year without money, accessibly', async () => {
      env.scenario('empty');
      const el = await renderFunds(env);
      expect(textOf($(el, '[part="empty"]'))).to.equal('Ingen tildelinger ennå i 2026.');
      expect($(el, '[part="sums"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('error: plain words and a retry that works, accessibly', async () => {
      env.scenario('server-error');
      const el = await renderFunds(env);
      expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten har en feil akkurat nå');
      await expect(el).to.be.accessible();
      env.scenario('default');
      $(el, '[part="retry"]')!.click();
      await waitFor(() => $(el, '[part="sums"]'), 'the sums after retry');
      expect(sums(el).Budsjett).to.equal('250 000 kr');
    });

    it('error: an unknown committee is named as such; a missing one is a set-up error', async () => {
      const unknown = await renderFunds(env, html`<torg-tilskudd committee="atlantis-lsu"></torg-tilskudd>`);
      expect(textOf($(unknown, '[part="error"]'))).to.contain('Vi fant ikke utvalget «atlantis-lsu».');
      const missing = await renderFunds(env, html`<torg-tilskudd></torg-tilskudd>`);
      expect(textOf($(missing, '[part="error"]'))).to.contain('Innholdet kan ikke vises akkurat nå.');
      expect(env.requests({ path: /funds/ })).to.have.length(1);
    });

    it('error: invalid data; unreadable grants are left out with a notice', async () => {
      env.scenario('invalid-shape');
      const invalid = await renderFunds(env);
      expect(textOf($(invalid, '[part="error"]'))).to.contain('Tjenesten sendte data vi ikke kunne lese');
      env.scenario('partly-invalid');
      const partly = await renderFunds(env, html`<torg-tilskudd committee="slemmestad-lsu"></torg-tilskudd>`);
      expect(textOf($(partly, '[part="notice"]'))).to.contain('kunne ikke vises');
      expect(grantRows(partly)).to.have.length(3);
      // The sums are the API's own: one unreadable grant does not change them.
      expect(sums(partly)['Tildelt så langt']).to.equal('82 500 kr');
    });

    it('stale: keeps the money shown with a notice when a refresh fails, accessibly', async () => {
      const el = await renderFunds(env);
      env.scenario('server-error');
      await el.refresh();
      await settle(el);
      expect(sums(el).Budsjett).to.equal('250 000 kr');
      expect(textOf($(el, '[part="notice"]'))).to.contain('Kunne ikke oppdatere');
      await expect(el).to.be.accessible();
    });
  });

  describe('targets and themes', () => {
    it('every control is at least 24 × 24 px (WCAG 2.2), links to meetings and guidelines too', async () => {
      decideGrant('tofte-lsu', {
        id: 'u',
        recipient: 'Tofte vel',
        purpose: 'Lys',
        amount: 5_000,
        decided: '2026-11-30',
        meetingId: 'tofte-lsu-m4',
      });
      const el = await renderFunds(
        env,
        html`<torg-tilskudd committee="tofte-lsu" meeting-url="/moter?meeting={id}"></torg-tilskudd>`,
      );
      expect(measureTargets(el).length).to.be.greaterThan(8);
      expect(smallTargets(el)).to.deep.equal([]);
    });

    it('is accessible in the dark theme', async () => {
      const el = await renderFunds(env, html`<torg-tilskudd committee="tofte-lsu" theme="dark"></torg-tilskudd>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('languages and headings', () => {
    it('speaks nynorsk', async () => {
      const el = await renderFunds(env, html`<torg-tilskudd committee="tofte-lsu" lang="nn"></torg-tilskudd>`);
      expect(textOf($(el, '[part="heading"]'))).to.equal('Midlane til utvalet i 2026');
      expect(Object.keys(sums(el))).to.deep.equal(['Budsjett', 'Tildelt så langt', 'Att']);
      expect(textOf($(el, '#meter-text'))).to.equal('30 % av budsjettet er tildelt. 176 249,50 kr er att.');
      expect(textOf($(el, '[part="apply"]'))).to.contain('Skriv ein søknad');
    });

    it('speaks English, with kroner written the English way', async () => {
      const el = await renderFunds(env, html`<torg-tilskudd committee="tofte-lsu" lang="en"></torg-tilskudd>`);
      expect(textOf($(el, '[part="heading"]'))).to.equal('The council’s funds in 2026');
      expect(sums(el)).to.deep.equal({
        Budget: 'NOK 250,000',
        'Granted so far': 'NOK 73,750.50',
        Left: 'NOK 176,249.50',
      });
      expect(grantRows(el)[0]![3]).to.equal('21 November');
    });

    it('heading-level shifts every heading', async () => {
      const el = await renderFunds(env, html`<torg-tilskudd committee="tofte-lsu" heading-level="3"></torg-tilskudd>`);
      expect($$(el, ':is(h1, h2, h3, h4, h5, h6)').map((h) => `${h.tagName} ${textOf(h)}`)).to.deep.equal([
        'H3 Utvalgets midler i 2026',
        'H4 Tildelinger i 2026',
        'H4 Retningslinjer og kriterier',
        'H5 Kriterier',
        'H4 Søk om midler',
      ]);
    });
  });
});
