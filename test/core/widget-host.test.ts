import { expect, fixture, html } from '@open-wc/testing';
import { setTexts } from '../../src/core/i18n.js';
import { $, $$, settle, textOf, useTestEnv, waitFor } from '../helpers/env.js';
import { viewImports, type TestViewElement } from '../helpers/view-element.js';
import '../helpers/view-element.js';

/** Page-wide overrides live on globalThis: each test that sets them takes them back. */
function resetPageTexts(): void {
  setTexts('test-view-element', 'nb', { title: 'Alle torg', count: (n: number) => `${n} torg` });
  setTexts('test-view-element', 'en', { title: 'Every torg', count: (n: number) => `${n} places` });
  setTexts('core', 'nb', { retry: 'Prøv igjen' });
}

describe('the view contract (WidgetHost, ViewLoader)', () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  afterEach(() => {
    viewImports.fail = 0;
    viewImports.calls = 0;
    resetPageTexts();
    document.querySelectorAll('script[data-torg-texts]').forEach((s) => s.remove());
  });

  it('renders the view with its texts and styles once data and view are there', async () => {
    const el = await env.render<TestViewElement>(html`<test-view-element></test-view-element>`);
    expect(textOf($(el, '[part="heading"]'))).to.equal('Alle torg');
    expect($$(el, '[part="list"] li')).to.have.length(8);
    const sheets = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText));
    expect(sheets.some((rule) => rule.includes('[part="list"]'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  describe('a view whose code cannot be fetched', () => {
    it('shows the error state, and retry fetches the code again', async () => {
      viewImports.fail = 1;
      const el = await fixture<TestViewElement>(html`<test-view-element></test-view-element>`);
      await waitFor(() => $(el, '[part="error"]'), 'the error state');
      expect(textOf($(el, '[part="error"]'))).to.contain('Prøv igjen');
      await expect(el).to.be.accessible();
      $(el, '[part="retry"]')!.click();
      await settle(el);
      expect(viewImports.calls).to.equal(2);
      expect($(el, '[part="error"]')).to.equal(null);
      expect($$(el, '[part="list"] li')).to.have.length(8);
    });

    it('never leaves an unhandled rejection behind', async () => {
      const unhandled: unknown[] = [];
      const listener = (event: PromiseRejectionEvent): void => {
        unhandled.push(event.reason);
        event.preventDefault();
      };
      window.addEventListener('unhandledrejection', listener);
      try {
        viewImports.fail = 1;
        const el = await fixture<TestViewElement>(html`<test-view-element></test-view-element>`);
        await waitFor(() => $(el, '[part="error"]'), 'the error state');
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(unhandled).to.deep.equal([]);
      } finally {
        window.removeEventListener('unhandledrejection', listener);
      }
    });
  });

  describe('heading-level', () => {
    it('puts the top heading at h2 and inner headings one below by default', async () => {
      const el = await env.render<TestViewElement>(html`<test-view-element></test-view-element>`);
      expect($(el, '[part="heading"]')!.localName).to.equal('h2');
      expect($$(el, 'h3')).to.have.length(1);
    });

    it('shifts every heading of the widget', async () => {
      const el = await env.render<TestViewElement>(html`<test-view-element heading-level="4"></test-view-element>`);
      expect($(el, '[part="heading"]')!.localName).to.equal('h4');
      expect($$(el, 'h5')).to.have.length(1);
      el.headingLevel = 1;
      await el.updateComplete;
      expect($(el, '[part="heading"]')!.localName).to.equal('h1');
    });

    it('keeps headings within h1–h6 whatever the attribute says', async () => {
      const el = await env.render<TestViewElement>(html`<test-view-element heading-level="6"></test-view-element>`);
      expect($(el, '[part="heading"]')!.localName).to.equal('h6');
      expect($$(el, 'h6')).to.have.length(2);
      el.setAttribute('heading-level', 'nonsense');
      await el.updateComplete;
      expect($(el, '[part="heading"]')!.localName).to.equal('h2');
    });
  });

  describe('texts a page replaces', () => {
    it('page-wide, from script, for one language; elements already shown follow', async () => {
      const el = await env.render<TestViewElement>(html`<test-view-element></test-view-element>`);
      setTexts('test-view-element', 'nb', { title: 'Våre møteplasser', count: 'Vi har {0} steder' });
      await el.updateComplete;
      expect(textOf($(el, '[part="heading"]'))).to.equal('Våre møteplasser');
      expect(textOf(el)).to.contain('Vi har 8 steder');
      const en = await env.render<TestViewElement>(html`<test-view-element lang="en"></test-view-element>`);
      expect(textOf($(en, '[part="heading"]'))).to.equal('Every torg');
    });

    it('per element, as a JSON attribute, also for the shared states', async () => {
      env.scenario('server-error');
      const el = await env.render<TestViewElement>(
        html`<test-view-element texts='{"nb": {"retry": "Last inn på nytt"}}'></test-view-element>`,
      );
      expect(textOf($(el, '[part="retry"]'))).to.equal('Last inn på nytt');
    });

    it('per element, as a property, only for that element', async () => {
      const el = await env.render<TestViewElement>(html`<test-view-element></test-view-element>`);
      const other = await env.render<TestViewElement>(html`<test-view-element></test-view-element>`);
      el.texts = { nb: { title: 'Torg nær deg' } };
      await el.updateComplete;
      expect(textOf($(el, '[part="heading"]'))).to.equal('Torg nær deg');
      expect(textOf($(other, '[part="heading"]'))).to.equal('Alle torg');
    });

    it('ignores an attribute that is not JSON, without breaking the widget', async () => {
      const el = await env.render<TestViewElement>(html`<test-view-element texts="{not json"></test-view-element>`);
      expect(textOf($(el, '[part="heading"]'))).to.equal('Alle torg');
    });

    it('ignores keys the widget does not have and values of the wrong kind', async () => {
      const el = await env.render<TestViewElement>(
        html`<test-view-element .texts=${{ nb: { nope: 'x', title: 42 } }}></test-view-element>`,
      );
      expect(textOf($(el, '[part="heading"]'))).to.equal('Alle torg');
      expect($$(el, '[part="list"] li')).to.have.length(8);
    });
  });

  describe('language', () => {
    it('keeps the shown content while another language loads (no skeleton in between)', async () => {
      const el = await env.render<TestViewElement>(html`<test-view-element></test-view-element>`);
      el.lang = 'nn';
      await el.updateComplete;
      // Either still bokmål or already nynorsk, never the loading state.
      expect($(el, '[part="loading"]')).to.equal(null);
      await waitFor(() => textOf($(el, '[part="heading"]')) === 'Alle torg (nn)', 'nynorsk');
    });
  });

  describe('refresh()', () => {
    it('asks the API again; the shown data stays when that fails', async () => {
      const el = await env.render<TestViewElement>(html`<test-view-element></test-view-element>`);
      expect(env.requests({ path: '/torg' })).to.have.length(1);
      env.scenario('server-error');
      await el.refresh();
      await settle(el);
      expect(env.requests({ path: '/torg' }).length).to.be.greaterThan(1);
      expect($$(el, '[part="list"] li')).to.have.length(8);
      expect(textOf(el)).to.contain('Kunne ikke oppdatere');
    });
  });
});
