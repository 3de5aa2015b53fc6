/**
 * The built bundle in a narrow window (WCAG 1.4.10 Reflow, whose width is 320 CSS px): 320 px and a 375 px
 * phone, on a plain page and in the hostile theme's padded boxes (a 190 px column at 320 px), and a 240 px
 * window on a plain page (a 224 px column: the 15 em every widget reads well in). No widget makes the page
 * scroll sideways. (Narrower still — the hostile theme at 240 px leaves a 110 px column, 6 em — a data
 * table or a row of seven choices does not fit, and is not asked to.) The built bundle, not the source: its
 * minified styles are what a page gets (a rule its minifier broke once made member cards stick out).
 */
import { expect } from '@open-wc/testing';
import hostileCss from '../fixtures/hostile-theme.css?inline';
import { apiBase, newSession, openHostilePage, untilShows, type HostilePage } from '../helpers/hostile.js';
import { CASES } from '../helpers/widget-cases.js';

/** How far past the window's right edge a widget's boxes reach, in whole pixels (what scrolls the page). */
function pastTheWindow(el: Element, width: number): string[] {
  const past: string[] = [];
  const walk = (root: ShadowRoot): void => {
    for (const node of root.querySelectorAll('*')) {
      if (node.getClientRects().length === 0) continue;
      const right = node.getBoundingClientRect().right;
      const parentRight = (node.parentElement ?? el).getBoundingClientRect().right;
      // What pushes out, not all it carries along.
      if (right > width + 0.5 && right > parentRight + 0.5) {
        past.push(
          `${node.localName}${node.classList.length ? `.${[...node.classList].join('.')}` : ''} (${Math.round(right - width)} px)`,
        );
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(el.shadowRoot!);
  return past;
}

describe('the built bundle in a narrow window', function () {
  // A page of a widget over real HTTP each: more than a unit test needs on a busy machine.
  this.timeout(30_000);
  let page: HostilePage | undefined;
  afterEach(() => page?.close());

  const pages: [string, string][] = [
    ['a plain page', ''],
    ['the hostile theme', hostileCss],
  ];
  for (const width of [240, 320, 375]) {
    for (const [pageName, css] of pages) {
      if (width < 320 && css) continue;
      for (const [name, { html, shows }] of Object.entries(CASES)) {
        it(`${name} on ${pageName} ${width} px wide: the page does not scroll sideways`, async () => {
          page = await openHostilePage({ api: await apiBase(newSession()) });
          page.frame.style.width = `${width}px`;
          const style = page.doc.createElement('style');
          style.textContent = css;
          page.doc.head.append(style);
          // In a box of the page (the hostile theme pads and borders every div).
          const el = page.add(`<main><div>${html}</div></main>`).querySelector('div')!.firstElementChild!;
          await untilShows(el, shows);
          expect(el.shadowRoot!.querySelector('[part~="error"]'), 'shows its content').to.equal(null);
          const { documentElement } = page.doc;
          expect(pastTheWindow(el, page.win.innerWidth), 'boxes past the window’s right edge').to.deep.equal([]);
          expect(documentElement.scrollWidth, 'the page’s width').to.be.at.most(page.win.innerWidth);
        });
      }
    }
  }
});
