/**
 * The built bundle on a page that enforces Trusted Types, as a CMS does that
 * allows only its own policy names (`require-trusted-types-for 'script';
 * trusted-types cms-policy`). Lit needs its policy `lit-html` to create its
 * templates: without it every widget must say so visibly — never throw at
 * the page or stay an empty box. With the policies the README names, every
 * widget works without a violation.
 */
import { expect } from '@open-wc/testing';
import { textOf, waitFor } from '../helpers/dom.js';
import { apiBase, newSession, openHostilePage, untilShows, type HostilePage } from '../helpers/hostile.js';
import { CASES } from '../helpers/widget-cases.js';

describe('the built bundle under Trusted Types', function () {
  // Whole pages of widgets over real HTTP: more than a unit test needs on a busy machine.
  this.timeout(30_000);
  let page: HostilePage | undefined;
  afterEach(() => page?.close());

  it('with only the CMS policy allowed, every widget shows why it cannot render, and nothing is thrown', async () => {
    page = await openHostilePage({ api: await apiBase(newSession()), trustedTypes: 'cms-policy' });
    expect(page.result.loadError).to.equal(null);
    const elements = Object.values(CASES).map(({ html }) => page!.add(html));
    for (const el of elements) {
      await waitFor(
        () => el.shadowRoot?.querySelector('[part~="error"][role="alert"]'),
        () => `<${el.localName}> explains it is blocked (it shows: "${textOf(el)}")`,
      );
      expect(textOf(el)).to.contain('Trusted Types').and.to.contain('lit-html');
    }
    expect(page.result.errors).to.deep.equal([]);
    expect(page.result.violations.some((v) => v.startsWith('trusted-types'))).to.equal(true);
  });

  it('with the policies the README names allowed, every widget works without a violation', async () => {
    page = await openHostilePage({
      api: await apiBase(newSession()),
      trustedTypes: 'cms-policy lit-html torg-widgets-json-ld',
    });
    const shown = Object.values(CASES).map(({ html, shows }) => ({
      el: page!.add(html.replace('<torg-opening-hours', '<torg-opening-hours structured-data')),
      shows,
    }));
    await Promise.all(shown.map(({ el, shows }) => untilShows(el, shows)));
    // The opening hours write their JSON-LD through their own policy.
    await waitFor(() => page!.doc.querySelector('script[type="application/ld+json"]'), 'the JSON-LD');
    expect(page.result.errors).to.deep.equal([]);
    expect(page.result.violations).to.deep.equal([]);
  });
});
