import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { torgFixtures } from '../../../mocks/fixtures/torg.js';
import type { Torg } from '../../../src/contract/schemas.js';
import { $, $$, settle, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { item, names, renderFinder, type TorgFinder } from './helpers.js';

/** Thursday 3 December 2026, 10:00 in Oslo. */
const NOW = '2026-12-03T10:00:00+01:00';

const ALPHABETICAL = [
  'Asker sentrum innbyggertorg',
  'Borgen innbyggertorg',
  'Heggedal innbyggertorg',
  'Holmen innbyggertorg',
  'Slemmestad innbyggertorg',
  'Spikkestad innbyggertorg',
  'Sætre innbyggertorg',
  'Tofte innbyggertorg',
];

function torg(overrides: Partial<Torg> = {}): Torg {
  return {
    id: 'x',
    name: 'Eksempeltorget',
    status: 'open',
    address: { street: 'Gata 1', postalCode: '1234', city: 'Byen' },
    location: { lat: 59.8, lon: 10.4 },
    services: [{ id: 'bibliotek', name: 'Bibliotek' }],
    ...overrides,
  };
}

describe('<torg-finder>', () => {
  const env = useTestEnv({ now: NOW });

  describe('loaded', () => {
    it('lists every torg from GET /torg in Norwegian alphabetical order', async () => {
      const el = await renderFinder(env);
      expect(names(el)).to.deep.equal(ALPHABETICAL);
      expect(env.requests({ path: '/torg' })).to.have.length(1);
      expect(textOf($(el, '[part~="count"]'))).to.equal('8 torg.');
    });

    it('shows address, services by name, accessibility and contacts of a torg', async () => {
      const el = await renderFinder(env);
      const borgen = item(el, 'borgen');
      expect(textOf(borgen)).to.contain('Søndre Borgen 11, 1388 Borgen');
      const services = [...borgen.querySelectorAll('.chips li')].map((li) => textOf(li));
      expect(services).to.deep.equal(['Innbyggerservice', 'Seniorsenter', 'Frivilligsentral', 'Lag og foreninger']);
      expect(textOf(borgen)).to.contain('Tilgjengelighet: Trinnfri adkomst, HC-toalett, heis');
      const links = [...borgen.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal([
        'tel:66909100',
        'mailto:borgen.innbyggertorg@example.no',
        'https://www.asker.kommune.no/innbyggertorg/borgen',
      ]);
      expect(textOf(borgen.querySelector('a[href^="https:"]'))).to.equal('Nettside: Borgen innbyggertorg');
    });

    it('marks a planned torg with a badge and no opening hours', async () => {
      const el = await renderFinder(env);
      const holmen = item(el, 'holmen');
      expect(textOf(holmen.querySelector('[part~="badge"]'))).to.equal('Planlagt');
      expect(textOf(holmen.querySelector('h3'))).to.equal('Holmen innbyggertorg Planlagt');
      expect(textOf(holmen.querySelector('[part~="status"]'))).to.equal('Ikke åpnet ennå');
      expect(item(el, 'borgen').querySelector('[part~="badge"]')).to.equal(null);
    });

    it('is accessible', async () => {
      const el = await renderFinder(env);
      await expect(el).to.be.accessible();
    });

    it('puts the entries’ headings one level below heading-level', async () => {
      const el = await renderFinder(env, html`<torg-finder heading-level="3"></torg-finder>`);
      expect($$(el, 'h3')).to.have.length(0);
      expect($$(el, 'h4').map((h) => textOf(h.querySelector('[part~="select"]')))).to.deep.equal(ALPHABETICAL);
      await expect(el).to.be.accessible();
    });

    it('does not leak its styles into the page, nor let page styles break it', async () => {
      const style = document.createElement('style');
      style.textContent = 'ul, li, button, label { display: none !important; color: red !important; }';
      document.head.append(style);
      try {
        const el = await renderFinder(env);
        expect(getComputedStyle($(el, '[part~="list"]')!).display).to.equal('grid');
        expect(getComputedStyle($(el, '[part~="select"]')!).color).to.not.equal('rgb(255, 0, 0)');
      } finally {
        style.remove();
      }
    });
  });

  describe('loading', () => {
    it('is busy with a spoken "Laster", reserves space, and is accessible', async () => {
      env.scenario('loading');
      const el = await fixture<TorgFinder>(html`<torg-finder></torg-finder>`);
      await el.updateComplete;
      expect(textOf($(el, '[aria-busy="true"]'))).to.equal('Laster …');
      expect($(el, '[part="loading"]')!.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(el).to.be.accessible();
    });
  });

  describe('empty', () => {
    it('says there are no torg, in plain words, accessibly', async () => {
      env.scenario('empty');
      const el = await renderFinder(env);
      expect(textOf($(el, '[part="empty"]'))).to.equal('Det er ingen innbyggertorg å vise ennå.');
      expect($(el, '[part~="list"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('error', () => {
    it('explains a server error with a retry button, accessibly', async () => {
      env.scenario('server-error');
      const el = await renderFinder(env);
      expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten har en feil akkurat nå');
      await expect(el).to.be.accessible();
    });

    it('retries from the keyboard and then shows the list', async () => {
      env.scenario('server-error');
      const el = await renderFinder(env);
      env.scenario('default');
      $(el, '[part="retry"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => $(el, '[part~="list"]'), 'the list after the retry');
      expect(names(el)).to.have.length(8);
    });

    it('gives the error state for an answer of the wrong shape', async () => {
      env.scenario('invalid-shape');
      const el = await renderFinder(env);
      expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten sendte data vi ikke kunne lese');
      expect($(el, '[part~="list"]')).to.equal(null);
    });
  });

  describe('stale', () => {
    it('keeps the list with a notice when a refresh fails, accessibly', async () => {
      const el = await renderFinder(env);
      env.scenario('server-error');
      await el.refresh();
      await settle(el);
      expect(names(el)).to.have.length(8);
      expect(textOf($(el, '[part="notice"]'))).to.match(
        /Kunne ikke oppdatere\. Viser informasjon hentet kl\. 10\.00\./,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('invalid data', () => {
    it('leaves out unreadable torg and says how many', async () => {
      env.scenario('partly-invalid');
      const el = await renderFinder(env);
      expect(names(el)).to.have.length(5);
      expect(textOf($(el, '[part="notice"]'))).to.contain('3 oppføringer kunne ikke vises');
      expect(textOf($(el, '[part~="count"]'))).to.equal('5 torg.');
      await expect(el).to.be.accessible();
    });

    it('checks the data property like an API answer', async () => {
      const bad = { ...torg({ id: 'bad' }), location: { lat: 'north' } } as unknown as Torg;
      const el = await renderFinder(env, html`<torg-finder .data=${[torg(), bad]}></torg-finder>`);
      expect(names(el)).to.deep.equal(['Eksempeltorget']);
      expect(textOf($(el, '[part="notice"]'))).to.contain('1 oppføring kunne ikke vises');
    });

    it('shows the error state, not a broken widget, for data that is not a list', async () => {
      const el = await renderFinder(env, html`<torg-finder .data=${'nonsense' as unknown as Torg[]}></torg-finder>`);
      expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten sendte data vi ikke kunne lese');
    });
  });

  describe('data property', () => {
    it('shows the given torg without calling the API', async () => {
      const el = await renderFinder(env, html`<torg-finder .data=${torgFixtures.slice(0, 2)}></torg-finder>`);
      expect(names(el)).to.deep.equal(['Asker sentrum innbyggertorg', 'Borgen innbyggertorg']);
      expect(env.requests()).to.have.length(0);
    });

    it('renders hostile text as text, and links only safe URLs', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><b>x</b>';
      const data = [
        torg({
          name: hostile,
          address: { street: hostile, postalCode: '<i>', city: 'By' },
          services: [{ id: 'evil', name: hostile, note: hostile }],
          accessibility: hostile,
          url: 'javascript:window.__pwned=1',
          email: 'x@y.no" onmouseover="alert(1)',
          phone: '<script>',
        }),
      ];
      const el = await renderFinder(env, html`<torg-finder service="evil" .data=${data}></torg-finder>`);
      expect(textOf($(el, '[part~="select"]'))).to.equal(hostile);
      expect($(el, 'img')).to.equal(null);
      expect($(el, 'b, i, script')).to.equal(null);
      expect($$(el, 'a')).to.have.length(0);
      expect(textOf(el)).to.contain(`Telefon: <script>`);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('shows a torg without contacts, accessibility note or address parts', async () => {
      const data = [torg({ address: { street: '', postalCode: '', city: 'Byen' }, services: [] })];
      const el = await renderFinder(env, html`<torg-finder .data=${data}></torg-finder>`);
      const entry = item(el, 'x');
      expect(textOf(entry.querySelector('.address'))).to.equal('Byen');
      expect(entry.querySelector('.contact, .chips, .access')).to.equal(null);
      expect(textOf(entry.querySelector('[part~="status"]'))).to.equal('Åpningstidene er ikke oppgitt');
    });
  });

  describe('languages', () => {
    it('speaks nynorsk', async () => {
      const el = await renderFinder(env, html`<torg-finder lang="nn"></torg-finder>`);
      expect(textOf($(el, 'label[for="q"]'))).to.equal('Søk etter namn, stad eller teneste');
      expect(textOf($(el, '[part~="nearest"]'))).to.equal('Finn næraste torg');
      expect(textOf(item(el, 'borgen').querySelector('[part~="status"]'))).to.equal('Ope no · stengjer kl. 15.00');
      expect(textOf(item(el, 'holmen').querySelector('[part~="status"]'))).to.equal('Ikkje opna enno');
      expect(textOf(item(el, 'borgen'))).to.contain('Tilgjenge: Trinnfri adkomst');
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('nn');
    });

    it('speaks English', async () => {
      const el = await renderFinder(env, html`<torg-finder lang="en"></torg-finder>`);
      expect(textOf($(el, '[part~="count"]'))).to.equal('8 citizen squares.');
      expect(textOf($(el, 'label[for="q"]'))).to.equal('Search by name, place or service');
      expect(textOf(item(el, 'borgen').querySelector('[part~="status"]'))).to.equal('Open now · closes at 15:00');
      expect(textOf(item(el, 'holmen').querySelector('[part~="badge"]'))).to.equal('Planned');
      await expect(el).to.be.accessible();
    });

    it('follows the page language when it changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><torg-finder></torg-finder></div>`);
      const el = wrapper.querySelector('torg-finder')!;
      await settle(el);
      expect(textOf($(el, '[part~="nearest"]'))).to.equal('Find the nearest');
      wrapper.lang = 'nn';
      // A language is read when the element is put on a page (or <html lang> changes).
      wrapper.append(el);
      await waitFor(() => textOf($(el, '[part~="nearest"]')) === 'Finn næraste torg', 'nynorsk');
    });
  });
});
