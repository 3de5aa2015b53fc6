import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { $, MOCK_API_BASE, settle, textOf, useTestEnv, waitFor } from '../helpers/env.js';
import { measureTargets, smallTargets } from '../helpers/targets.js';
import '../helpers/test-element.js';
import type { TestTorgElement } from '../helpers/test-element.js';

interface A11yNode {
  role?: string;
  name?: string;
  children?: A11yNode[];
}

function findNode(node: A11yNode, match: (node: A11yNode) => boolean): A11yNode | undefined {
  if (match(node)) return node;
  for (const child of node.children ?? []) {
    const found = findNode(child, match);
    if (found) return found;
  }
  return undefined;
}

describe('TorgElement (the shared base)', () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  describe('loaded', () => {
    it('renders the data from the API', async () => {
      const el = await env.render<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
      expect($(el, '[part="list"]')!.children).to.have.length(8);
      expect(textOf(el)).to.contain('Borgen innbyggertorg');
    });

    it('is accessible', async () => {
      const el = await env.render<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
      await expect(el).to.be.accessible();
    });

    it('uses the data property without calling the API', async () => {
      const el = await env.render<TestTorgElement>(
        html`<test-torg-element
          .data=${[{ id: 'x', name: 'Bare data', status: 'open', address: { street: '', postalCode: '', city: '' }, location: { lat: 0, lon: 0 }, services: [] }]}
        ></test-torg-element>`,
      );
      expect(textOf(el)).to.contain('Bare data');
      expect(env.requests()).to.have.length(0);
    });

    it('renders hostile text as text, never HTML', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const el = await env.render<TestTorgElement>(
        html`<test-torg-element
          .data=${[{ id: 'x', name: hostile, status: 'open', address: { street: '', postalCode: '', city: '' }, location: { lat: 0, lon: 0 }, services: [] }]}
        ></test-torg-element>`,
      );
      expect($(el, 'li')!.textContent).to.equal(hostile);
      expect($(el, 'img')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('loading', () => {
    it('is busy, says "Laster" and is accessible', async () => {
      env.scenario('loading');
      const el = await fixture<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
      await el.updateComplete;
      const busy = $(el, '[aria-busy="true"]');
      expect(busy).to.exist;
      expect(textOf(busy!)).to.equal('Laster …');
      expect($(el, '[part="loading"] .skeleton')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('reserves the space of the content (no layout jump below a minimum height)', async () => {
      env.scenario('loading');
      const el = await fixture<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
      await el.updateComplete;
      const height = $(el, '[part="loading"]')!.getBoundingClientRect().height;
      expect(height).to.be.greaterThan(100);
    });
  });

  describe('empty', () => {
    it('says so in plain words and is accessible', async () => {
      env.scenario('empty');
      const el = await env.render<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
      expect(textOf($(el, '[part="empty"]'))).to.equal('Ingen torg.');
      await expect(el).to.be.accessible();
    });
  });

  describe('error', () => {
    it('explains a server error in plain words with a retry button, accessibly', async () => {
      env.scenario('server-error');
      const el = await env.render<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
      const error = $(el, '[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(textOf(error)).to.contain('Tjenesten har en feil akkurat nå');
      expect($(el, '[part="retry"]')!.textContent!.trim()).to.equal('Prøv igjen');
      await expect(el).to.be.accessible();
    });

    it('says the service sent data it could not read (invalid shape)', async () => {
      env.scenario('invalid-shape');
      const el = await env.render<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
      expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten sendte data vi ikke kunne lese');
      expect($(el, '[part="list"]')).to.equal(null);
    });

    it('says so for malformed JSON', async () => {
      env.scenario('malformed-json');
      const el = await env.render<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
      expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten sendte data vi ikke kunne lese');
    });

    it('says the connection failed on a network error', async () => {
      env.scenario('network-error');
      const el = await env.render<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
      expect(textOf($(el, '[part="error"]'))).to.contain('Vi fikk ikke kontakt med tjenesten');
    });

    it('retries from the keyboard, keeps focus in the widget and then shows the data', async () => {
      env.scenario('server-error');
      const el = await env.render<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
      env.scenario('default');
      $(el, '[part="retry"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => $(el, '[part="list"]'), 'the list after retry');
      expect($(el, '[part="list"]')!.children).to.have.length(8);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="base"]'));
    });

    it('shows a visible error when api-base is unusable, without a request', async () => {
      const el = await env.render<TestTorgElement>(
        html`<test-torg-element api-base="javascript:alert(1)"></test-torg-element>`,
      );
      expect(textOf($(el, '[part="error"]'))).to.contain('Adressen til tjenesten kan ikke brukes');
      expect($(el, '[part="retry"]')).to.equal(null);
      expect(env.requests()).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('set up wrong (plain words to citizens, the reason to editors)', () => {
    let logged: unknown[][];
    let original: typeof console.error;
    beforeEach(() => {
      logged = [];
      original = console.error;
      console.error = (...args: unknown[]) => logged.push(args);
    });
    afterEach(() => {
      console.error = original;
    });

    it('tells citizens the content cannot be shown, and folds the technical reason away', async () => {
      const el = await env.render<TestTorgElement>(html`<test-torg-element api-base="nowhere"></test-torg-element>`);
      const error = $(el, '[part="error"]')!;
      const details = $<HTMLDetailsElement>(el, '[part="details"]')!;
      // What a citizen sees: one plain sentence, no jargon, nothing to retry.
      expect(error.querySelector(':scope > p')!.textContent).to.equal('Innholdet kan ikke vises akkurat nå.');
      expect(details.open).to.equal(false);
      expect(textOf(details.querySelector('summary'))).to.equal('Teknisk informasjon');
      expect(details.querySelector('p')!.checkVisibility()).to.equal(false);
      expect(textOf(details)).to.contain('Adressen til tjenesten kan ikke brukes: «nowhere»');
      expect($(el, '[part="retry"]')).to.equal(null);
      // A configuration error is the page's state, not news: no alert on load.
      expect(error.getAttribute('role')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('writes the reason to the console once, prefixed with the tag', async () => {
      const el = await env.render<TestTorgElement>(html`<test-torg-element api-base="nowhere"></test-torg-element>`);
      el.requestUpdate();
      await el.updateComplete;
      const reasons = logged.filter((args) => String(args[1]).includes('«nowhere»'));
      expect(reasons).to.have.length(1);
      expect(reasons[0]![0]).to.equal('[test-torg-element]');
    });

    it('shows a missing required attribute the same way (host.renderConfigError)', async () => {
      const el = await env.render<TestTorgElement>(html`<test-torg-element require-torg></test-torg-element>`);
      expect(textOf($(el, '[part="error"] > p'))).to.equal('Innholdet kan ikke vises akkurat nå.');
      expect(textOf($(el, '[part="details"]'))).to.contain('Elementet mangler attributtet «torg-id».');
      expect(logged.some((args) => args[0] === '[test-torg-element]' && String(args[1]).includes('torg-id'))).to.equal(
        true,
      );
      await expect(el).to.be.accessible();
    });

    it('says it in nynorsk and English too', async () => {
      const nn = await env.render<TestTorgElement>(
        html`<test-torg-element lang="nn" require-torg></test-torg-element>`,
      );
      expect(textOf($(nn, '[part="error"] > p'))).to.equal('Innhaldet kan ikkje visast akkurat no.');
      expect(textOf($(nn, 'summary'))).to.equal('Teknisk informasjon');
      expect(textOf($(nn, '[part="details"]'))).to.contain('Elementet manglar attributtet «torg-id».');
      const en = await env.render<TestTorgElement>(
        html`<test-torg-element lang="en" require-torg></test-torg-element>`,
      );
      expect(textOf($(en, '[part="error"] > p'))).to.equal('This content cannot be shown right now.');
      expect(textOf($(en, 'summary'))).to.equal('Technical details');
      expect(textOf($(en, '[part="details"]'))).to.contain('The element is missing the “torg-id” attribute.');
    });
  });

  describe('headings', () => {
    it('puts its title at heading-level and sizes it as a title whatever the level', async () => {
      const el = await env.render<TestTorgElement>(html`<test-torg-element heading-level="4"></test-torg-element>`);
      const title = $(el, '[part="heading"]')!;
      expect(title.localName).to.equal('h4');
      const base = parseFloat(getComputedStyle($(el, '[part="base"]')!).fontSize);
      expect(parseFloat(getComputedStyle(title).fontSize)).to.be.closeTo(base * 1.25, 0.1);
    });

    it('hides its title from view with hide-title, but not from screen readers', async () => {
      const el = await env.render<TestTorgElement>(html`<test-torg-element hide-title></test-torg-element>`);
      const title = $(el, '[part="heading"]')!;
      expect(title.localName).to.equal('h2');
      expect(title.getBoundingClientRect().width).to.be.at.most(1);
      expect(getComputedStyle(title).display).to.not.equal('none');
      expect(title.getAttribute('aria-hidden')).to.equal(null);
      const snapshot = (await a11ySnapshot({})) as unknown as A11yNode;
      expect(findNode(snapshot, (n) => n.role === 'heading' && n.name === 'Alle torg')).to.exist;
      // The list does not move up under where the title was: it starts at the top.
      const base = $(el, '[part="base"]')!.getBoundingClientRect().top;
      expect($(el, '[part="list"]')!.getBoundingClientRect().top - base).to.be.lessThan(20);
      await expect(el).to.be.accessible();
    });

    it('shows its title without hide-title', async () => {
      const el = await env.render<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
      expect($(el, '[part="heading"]')!.getBoundingClientRect().height).to.be.greaterThan(15);
    });

    it('keeps the error state’s heading in view with hide-title', async () => {
      env.scenario('server-error');
      const el = await env.render<TestTorgElement>(html`<test-torg-element hide-title></test-torg-element>`);
      const heading = $(el, '[part="error"] h2')!;
      expect(heading.getBoundingClientRect().height).to.be.greaterThan(15);
    });
  });

  describe('target sizes', () => {
    it('makes every control of the shared states at least 24 × 24 px, even in small text', async () => {
      env.scenario('server-error');
      const failed = await env.render<TestTorgElement>(
        html`<test-torg-element style="font-size: 11px"></test-torg-element>`,
      );
      expect(measureTargets(failed).map((t) => t.name)).to.deep.equal(['Prøv igjen']);
      expect(smallTargets(failed)).to.deep.equal([]);
      const misconfigured = await env.render<TestTorgElement>(
        html`<test-torg-element style="font-size: 11px" api-base="nowhere"></test-torg-element>`,
      );
      expect(measureTargets(misconfigured).map((t) => t.name)).to.deep.equal(['Teknisk informasjon']);
      expect(smallTargets(misconfigured)).to.deep.equal([]);
    });
  });

  describe('stale', () => {
    it('keeps the last good data with a notice when a refresh fails, accessibly', async () => {
      const el = await env.render<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
      env.scenario('server-error');
      await el.refresh();
      await settle(el);
      expect($(el, '[part="list"]')!.children).to.have.length(8);
      const notice = $(el, '[part="notice"]')!;
      expect(textOf(notice)).to.match(/Kunne ikke oppdatere\. Viser informasjon hentet kl\. 10\.00\./);
      expect($(el, '[part="error"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the error state, not old data, when the inputs changed', async () => {
      const el = await env.render<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
      // Another API (one the mock does not serve): the request fails.
      el.apiBase = MOCK_API_BASE.replace('api.', 'other-api.');
      await settle(el);
      expect($(el, '[part="error"]')).to.exist;
      expect($(el, '[part="list"]')).to.equal(null);
    });
  });

  describe('partly invalid data', () => {
    it('leaves out unreadable items and says how many', async () => {
      env.scenario('partly-invalid');
      const el = await env.render<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
      expect($(el, '[part="list"]')!.children).to.have.length(5);
      expect(textOf($(el, '[part="notice"]'))).to.contain('3 oppføringer kunne ikke vises');
      await expect(el).to.be.accessible();
    });
  });

  describe('language', () => {
    it('follows lang="en"', async () => {
      env.scenario('server-error');
      const el = await env.render<TestTorgElement>(html`<test-torg-element lang="en"></test-torg-element>`);
      expect(textOf($(el, '[part="retry"]'))).to.equal('Try again');
    });

    it('follows an ancestor lang (nn-NO → nynorsk)', async () => {
      env.scenario('server-error');
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="nn-NO"><test-torg-element></test-torg-element></div>`,
      );
      const el = wrapper.querySelector('test-torg-element')!;
      await settle(el);
      expect(textOf($(el, '[part="error"]'))).to.contain('Tenesta har ein feil akkurat no');
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('nn');
    });

    it('switches language when <html lang> changes', async () => {
      env.scenario('server-error');
      const el = await env.render<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
      const before = document.documentElement.lang;
      try {
        document.documentElement.lang = 'en-GB';
        await waitFor(() => textOf($(el, '[part="retry"]')) === 'Try again', 'English text');
      } finally {
        document.documentElement.lang = before;
      }
    });
  });

  describe('host page', () => {
    it('is not broken by hostile page CSS', async () => {
      const style = document.createElement('style');
      style.textContent = '* { display: none !important; color: red !important } ul, li { display: none }';
      document.head.append(style);
      try {
        const el = await env.render<TestTorgElement>(
          html`<test-torg-element style="display:block"></test-torg-element>`,
        );
        const li = $(el, 'li')!;
        expect(getComputedStyle(li).display).to.equal('list-item');
      } finally {
        style.remove();
      }
    });
  });
});
