/**
 * The built bundle on host pages that changed the built-ins before it
 * loaded: an enumerable value on `Object.prototype`, an enumerable function
 * on it (`Object.prototype.extend`, jQuery-era plugins), and Prototype.js
 * 1.6 (its `Array.from`, `Array.prototype.toJSON`, Enumerable methods …).
 * Every widget must be defined, load and show its content; nothing may be
 * thrown at the page.
 */
import { expect } from '@open-wc/testing';
import { textOf } from '../helpers/dom.js';
import {
  ELEMENT_FILES,
  apiBase,
  newSession,
  openHostilePage,
  serverRequests,
  untilShows,
  type HostilePage,
  type Pollution,
} from '../helpers/hostile.js';
import { CASES } from '../helpers/widget-cases.js';

const POLLUTIONS: Pollution[][] = [['value'], ['function'], ['prototype'], ['prototype', 'function']];
const BUNDLES = { 'dist/torg-widgets.js': undefined, 'the element files': ELEMENT_FILES };

describe('the built bundle on a page with extended built-ins', function () {
  // Whole pages of widgets over real HTTP: more than a unit test needs on a busy machine.
  this.timeout(30_000);
  let page: HostilePage | undefined;
  afterEach(() => page?.close());

  for (const pollute of POLLUTIONS) {
    for (const [bundleName, bundle] of Object.entries(BUNDLES)) {
      it(`${bundleName} with ${pollute.join(' + ')}: every widget is defined and shows its content`, async () => {
        const session = newSession();
        page = await openHostilePage({ api: await apiBase(session), pollute, ...(bundle ? { bundle } : {}) });
        expect(page.result.loadError).to.equal(null);
        const shown = Object.values(CASES).map(({ html, shows }) => ({ el: page!.add(html), shows }));
        await Promise.all(shown.map(({ el, shows }) => untilShows(el, shows)));
        for (const { el } of shown) {
          expect(el.shadowRoot!.querySelector('[part~="error"]'), textOf(el)).to.equal(null);
          // Styled: the shared tokens apply (Lit's `css` tag is not broken by a patched Array.prototype.reduce).
          expect(page.win.getComputedStyle(el).display).to.equal('block');
          // The widget's own surface (part="base") carries the text colour.
          expect(page.win.getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).color).to.equal(
            'rgb(31, 35, 40)',
          );
        }
        expect(page.result.errors).to.deep.equal([]);
        expect((await serverRequests(session)).filter((r) => r.status >= 400)).to.deep.equal([]);
      });
    }
  }
});
