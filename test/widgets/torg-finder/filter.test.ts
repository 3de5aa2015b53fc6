import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, settle, textOf, useTestEnv } from '../../helpers/env.js';
import { item, names, renderFinder, search, serviceBox, spoken, toggle, type TorgFinder } from './helpers.js';

describe('<torg-finder> filter and search', () => {
  // Thursday 3 December 2026, 10:00 in Oslo.
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  describe('by service', () => {
    it('offers every service by its name, once, in alphabetical order', async () => {
      const el = await renderFinder(env);
      const labels = $$(el, '[part~="services"] label').map((l) => textOf(l));
      expect(labels).to.deep.equal([
        'Bibliotek',
        'Byggesaksveiledning',
        'Frisklivssentral',
        'Frivilligsentral',
        'Innbyggerservice',
        'Kultur og scene',
        'Kulturskole',
        'Lag og foreninger',
        'Seniorsenter',
        // Most torg call the "ungdom" service this; Tofte's own name is shown in its entry.
        'Ungdomsklubb',
      ]);
    });

    it('shows only the torg that offer a chosen service, and says how many', async () => {
      const el = await renderFinder(env);
      await toggle(el, serviceBox(el, 'byggesak'));
      expect(names(el)).to.deep.equal(['Asker sentrum innbyggertorg', 'Sætre innbyggertorg', 'Tofte innbyggertorg']);
      expect(textOf($(el, '[part~="count"]'))).to.equal('Viser 3 av 8 torg.');
      expect(textOf(item(el, 'tofte').querySelector('.chip.on'))).to.equal('Byggesaksveiledning');
      expect(textOf($(el, 'summary'))).to.equal('Tjenester (1 valgt)');
      await expect(el).to.be.accessible();
    });

    it('with several services, shows the torg that offer at least one of them', async () => {
      const el = await renderFinder(env);
      await toggle(el, serviceBox(el, 'kulturskole'));
      await toggle(el, serviceBox(el, 'seniorsenter'));
      expect(names(el)).to.deep.equal(['Borgen innbyggertorg', 'Slemmestad innbyggertorg', 'Sætre innbyggertorg']);
      await toggle(el, serviceBox(el, 'seniorsenter'));
      expect(names(el)).to.deep.equal(['Slemmestad innbyggertorg']);
    });

    it('preselects the services of the service attribute (spaces or commas) and follows changes', async () => {
      const el = await renderFinder(env, html`<torg-finder service="kulturskole,  seniorsenter"></torg-finder>`);
      expect(names(el)).to.deep.equal(['Borgen innbyggertorg', 'Slemmestad innbyggertorg', 'Sætre innbyggertorg']);
      expect(serviceBox(el, 'kulturskole').checked).to.equal(true);
      expect(serviceBox(el, 'seniorsenter').checked).to.equal(true);
      expect(serviceBox(el, 'bibliotek').checked).to.equal(false);
      el.setAttribute('service', 'bibliotek');
      await el.updateComplete;
      expect(names(el)).to.have.length(7);
      expect(names(el)).to.not.include('Borgen innbyggertorg');
      expect(serviceBox(el, 'kulturskole').checked).to.equal(false);
    });

    it("shows a chosen service's own opening hours and note", async () => {
      const el = await renderFinder(env, html`<torg-finder service="byggesak"></torg-finder>`);
      const lines = [...item(el, 'asker-sentrum').querySelectorAll('[part~="status"]')].map((p) => textOf(p));
      expect(lines).to.deep.equal([
        'Åpent nå · stenger kl. 19.00',
        'Byggesaksveiledning: Stengt · åpner onsdag 9. desember kl. 10.00 Byggesaksbehandlere onsdager kl. 10–14',
      ]);
    });

    it('says when no torg offers the service, and clears the filter', async () => {
      const el = await renderFinder(env, html`<torg-finder service="svommehall"></torg-finder>`);
      expect(textOf($(el, '.none p'))).to.equal('Ingen torg tilbyr svommehall.');
      expect(serviceBox(el, 'svommehall').checked).to.equal(true);
      expect($(el, '[part~="list"]')).to.equal(null);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.none button')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(names(el)).to.have.length(8);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="search"]'));
    });

    it('names several missing services with "eller"', async () => {
      const el = await renderFinder(env, html`<torg-finder service="kino svommehall"></torg-finder>`);
      expect(textOf($(el, '.none p'))).to.equal('Ingen torg tilbyr kino eller svommehall.');
    });
  });

  describe('by name or place', () => {
    it('finds Sætre however it is typed', async () => {
      const el = await renderFinder(env);
      for (const query of ['saetre', 'SÆTRE', 'sætre', 'Saetre innbyggertorg', '  sæt ']) {
        await search(el, query);
        expect(names(el), query).to.deep.equal(['Sætre innbyggertorg']);
      }
    });

    it('folds å to aa and a, ø to o', async () => {
      const el = await renderFinder(env);
      await search(el, 'Katrineaasveien');
      expect(names(el)).to.deep.equal(['Asker sentrum innbyggertorg']);
      await search(el, 'sondre borgen');
      expect(names(el)).to.deep.equal(['Borgen innbyggertorg']);
    });

    it('searches postcodes, places and service names, every word', async () => {
      const el = await renderFinder(env);
      await search(el, '1388');
      expect(names(el)).to.deep.equal(['Borgen innbyggertorg']);
      await search(el, 'nesbru');
      expect(names(el)).to.deep.equal(['Holmen innbyggertorg']);
      await search(el, 'byggesak');
      expect(names(el)).to.have.length(3);
      await search(el, 'bibliotek tofte');
      expect(names(el)).to.deep.equal(['Tofte innbyggertorg']);
      await search(el, '');
      expect(names(el)).to.have.length(8);
    });

    it('combines the search with the service filter', async () => {
      const el = await renderFinder(env, html`<torg-finder service="bibliotek"></torg-finder>`);
      await search(el, 'sl');
      expect(names(el)).to.deep.equal(['Slemmestad innbyggertorg']);
    });

    it('says when nothing matches, accessibly, and offers to show all', async () => {
      const el = await renderFinder(env);
      await search(el, 'Drammen');
      expect(textOf($(el, '.none p'))).to.equal('Ingen torg passer til «Drammen».');
      expect(textOf($(el, '[part~="count"]'))).to.equal('Viser 0 av 8 torg.');
      await expect(el).to.be.accessible();
    });

    it('"Vis alle torg" empties the search and unticks every choice, in the controls too', async () => {
      const el = await renderFinder(env);
      await toggle(el, serviceBox(el, 'bibliotek'));
      await toggle(el, $<HTMLInputElement>(el, '.check input')!);
      await search(el, 'Drammen');
      $<HTMLButtonElement>(el, '.none button')!.click();
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '[part~="search"]')!.value).to.equal('');
      expect(serviceBox(el, 'bibliotek').checked).to.equal(false);
      expect($<HTMLInputElement>(el, '.check input')!.checked).to.equal(false);
      expect(names(el)).to.have.length(8);
    });

    it('reads the number of results out politely once the typing pauses', async () => {
      const el = await renderFinder(env);
      await search(el, 'sa');
      await search(el, 'saetre');
      expect(await spoken(el, /torg/)).to.equal('Viser 1 av 8 torg.');
    });

    it('is usable from the keyboard: type, then toggle a service with Space', async () => {
      const el = await renderFinder(env);
      $(el, '[part~="search"]')!.focus();
      await sendKeys({ type: 'bibliotek' });
      expect(names(el)).to.have.length(7);
      serviceBox(el, 'kulturskole').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Slemmestad innbyggertorg']);
      await sendKeys({ press: 'Enter' });
      // (On a slow machine the count after typing may be read out first, before the toggle.)
      expect(await spoken(el, /Viser 1 av/)).to.equal('Viser 1 av 8 torg.');
    });

    it('keeps the filter folded on a narrow screen until opened', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><torg-finder></torg-finder></div>`);
      const el = wrapper.querySelector('torg-finder')!;
      await settle(el);
      const details = $<HTMLDetailsElement>(el, 'details')!;
      expect(details.open).to.equal(false);
      $(el, 'summary')!.click();
      await el.updateComplete;
      expect(details.open).to.equal(true);
      await search(el, 'x');
      await search(el, '');
      expect(details.open).to.equal(true);
    });
  });

  describe('open now', () => {
    it('shows only the torg that are open now (Saturday morning: only Tofte)', async () => {
      env.clock!.set('2026-12-05T11:00:00+01:00');
      const el = await renderFinder(env);
      $<HTMLInputElement>(el, '.check input')!.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Tofte innbyggertorg']);
      expect(textOf(item(el, 'tofte').querySelector('[part~="status"]'))).to.equal('Åpent nå · stenger kl. 14.00');
      await expect(el).to.be.accessible();
    });

    it("with a service chosen, goes by that service's own hours", async () => {
      // Wednesday 11:00: the building case officers are in Asker sentrum only.
      env.clock!.set('2026-12-02T11:00:00+01:00');
      const el = await renderFinder(env, html`<torg-finder service="byggesak"></torg-finder>`);
      $<HTMLInputElement>(el, '.check input')!.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Asker sentrum innbyggertorg']);
    });

    it('says when none is open', async () => {
      env.clock!.set('2026-12-06T12:00:00+01:00');
      const el = await renderFinder(env);
      $<HTMLInputElement>(el, '.check input')!.click();
      await el.updateComplete;
      expect(textOf($(el, '.none p'))).to.equal('Ingen av torgene som passer, er åpne akkurat nå.');
      $<HTMLButtonElement>(el, '.none button')!.click();
      await el.updateComplete;
      expect(names(el)).to.have.length(8);
      expect($<HTMLInputElement>(el, '.check input')!.checked).to.equal(false);
    });
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'torg-finder': TorgFinder;
  }
}
