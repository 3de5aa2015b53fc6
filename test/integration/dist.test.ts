/**
 * The built library, the way a web editor's page uses it: only
 * `dist/torg-widgets.js` (minified, templates minified), the elements as
 * tags with attributes, the mock API behind the page's meta tag. Checks what
 * a person sees, that it is accessible, and that every request goes to the
 * configured API.
 */
import { expect } from '@open-wc/testing';
import { settle, textOf, useTestEnv, waitFor } from '../helpers/env.js';
import { CASES } from '../helpers/widget-cases.js';

const BUNDLE = '/dist/torg-widgets.js';
/** The paths a widget reads, where they are not named after the tag. */
const READS: Record<string, string> = {
  'torg-finder': 'torg',
  'torg-opening-hours': 'torg',
  'torg-committee': 'committees',
  'torg-agenda': 'committees|meetings',
  'torg-booking': 'resources|torg',
  'torg-tilskudd': 'committees',
  'torg-innspill': 'committees',
};

describe('dist/torg-widgets.js on a plain page', () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  before(async () => {
    await import(/* @vite-ignore */ BUNDLE);
  });

  for (const [name, { html, shows, reads = true }] of Object.entries(CASES)) {
    const tag = name.split(' ')[0]!;
    it(`<${name}> renders its content, accessibly`, async () => {
      const host = document.createElement('div');
      host.innerHTML = html;
      document.body.append(host);
      try {
        const el = host.firstElementChild as HTMLElement;
        await waitFor(() => customElements.get(tag), `${tag} defined`);
        await settle(el, 240);
        await waitFor(
          () => shows.every((s) => (typeof s === 'string' ? textOf(el).includes(s) : s.test(textOf(el)))),
          `${tag} shows ${shows.join(', ')}`,
          240,
        );
        expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
        await expect(el).to.be.accessible();
        const foreign =
          env.requests().length === 0
            ? []
            : performance
                .getEntriesByType('resource')
                .map((r) => r.name)
                .filter((u) => !u.startsWith(location.origin) && !u.startsWith('https://api.innbyggertorg.test/'));
        expect(foreign).to.deep.equal([]);
        // This widget's own reads (an earlier case's element may still be finishing a read of its own, e.g. the agenda's torg links).
        const own = env.requests({ path: new RegExp(`^/(${READS[tag] ?? tag.replace('torg-', '')})`) });
        expect(own.length > 0, JSON.stringify(env.requests().map((r) => r.url.pathname))).to.equal(reads);
      } finally {
        host.remove();
      }
    });
  }

  for (const [name, { html, reads = true }] of Object.entries(CASES)) {
    if (!reads) continue;
    const tag = name.split(' ')[0]!;
    it(`<${name}> with an unusable api-base says so visibly, without a request`, async () => {
      const host = document.createElement('div');
      host.innerHTML = html.replace(`<${tag}`, `<${tag} api-base="javascript:alert(1)"`);
      document.body.append(host);
      try {
        const el = host.firstElementChild as HTMLElement;
        await waitFor(() => customElements.get(tag), `${tag} defined`);
        await waitFor(
          () => textOf(el).includes('Adressen til tjenesten kan ikke brukes: «javascript:alert(1)»'),
          `${tag} explains the unusable api-base`,
          240,
        );
        expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.equal(null);
        expect(env.requests()).to.have.length(0);
      } finally {
        host.remove();
      }
    });
  }
});
