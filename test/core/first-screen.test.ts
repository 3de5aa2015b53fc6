/**
 * The room of each widget's first screen (src/core/first-screen.ts): held by
 * the page's optional stylesheet (`dist/torg-widgets.css`) before a widget's
 * script has run, and by its loading state after — the same room in both,
 * so the editor's text below a widget does not jump when the script comes.
 * The layout shift itself is measured by `npm run bench` (CLS per element
 * and for all on one page).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { FIRST_SCREENS, firstScreenCss } from '../../src/core/first-screen.js';
import { clearHttpCache } from '../../src/core/http.js';
import { CASES } from '../helpers/widget-cases.js';
import { textOf, useTestEnv, waitFor } from '../helpers/env.js';

const EM = 16;
const tags = Object.keys(FIRST_SCREENS);

/** The room the spec gives `tag` (with its attributes) at this viewport width, in px. */
function expected(element: Element): number {
  const spec = FIRST_SCREENS[element.localName]!;
  const wide = window.matchMedia('(min-width: 40em)').matches;
  const variant = Object.entries(spec.variants ?? {}).findLast(([selector]) => element.matches(selector))?.[1];
  const room = variant ?? spec;
  return Math.min((wide ? room.wide : room.narrow) * EM, window.innerHeight);
}

describe('the first screen’s room', () => {
  const env = useTestEnv();
  const host = (): HTMLElement => {
    const div = document.createElement('div');
    div.style.fontSize = `${EM}px`;
    document.body.append(div);
    return div;
  };
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is given for every widget', () => {
    const widgets = new Set(Object.keys(CASES).map((name) => name.split(' ')[0]!));
    expect(tags.toSorted()).to.deep.equal([...widgets].sort());
  });

  for (const width of [375, 1200]) {
    it(`is held by the page's stylesheet before the script has run (${width} px wide)`, async () => {
      await setViewport({ width, height: 900 });
      const box = host();
      try {
        const cases = [
          ...tags.map((tag) => [tag, '']),
          ['torg-opening-hours', 'view="today"'],
          ['torg-events', 'view="month"'],
        ];
        for (const [tag, attribute] of cases) {
          // The element as a page has it (in an inert template: never upgraded here).
          const template = document.createElement('template');
          template.innerHTML = `<${tag} ${attribute}></${tag}>`;
          const element = template.content.firstElementChild!;
          const { height } = await measureUndefined(box, element);
          expect(height, `${tag} ${attribute}`).to.be.closeTo(expected(element), 1);
        }
      } finally {
        box.remove();
      }
    });
  }

  describe('when the script has run', () => {
    before(async function () {
      // The whole library from source, once: through the dev server on a busy machine that takes seconds.
      this.timeout(60_000);
      await import('../../src/index.js');
    });

    for (const width of [375, 1200]) {
      it(`is held by each widget's loading state, as by the stylesheet (${width} px wide)`, async () => {
        await setViewport({ width, height: 900 });
        env.scenario('loading');
        // A widget of an earlier test may still have been fetching its code (a lazy module's first import is
        // slow on a busy machine) and asked the API after that test, under the default scenario: its answer
        // must not show here as loaded data.
        clearHttpCache();
        // The survey form reads nothing: it has no loading state (the stylesheet holds its room until it shows).
        for (const [name, { html }] of Object.entries(CASES).filter(([, c]) => c.reads !== false)) {
          const box = host();
          try {
            box.innerHTML = html;
            const element = box.firstElementChild as HTMLElement;
            const loading = (): Element | null | undefined => element.shadowRoot?.querySelector('[part="loading"]');
            await waitFor(loading, () => `${name} loading (it shows: "${textOf(element).slice(0, 120)}")`);
            expect(loading()!.getBoundingClientRect().height, name).to.be.at.least(expected(element) - 1);
          } finally {
            box.remove();
          }
        }
      });
    }
  });
});

/**
 * The height an element takes while no script has defined its tag: measured on a same-named element under a
 * tag this page never defines — the stylesheet's selectors are rewritten for it.
 */
async function measureUndefined(box: HTMLElement, element: Element): Promise<DOMRect> {
  const tag = element.localName;
  const alias = `${tag}-undefined`;
  const style = document.createElement('style');
  style.textContent = firstScreenCss().replaceAll(`${tag}:`, `${alias}:`).replaceAll(`${tag}[`, `${alias}[`);
  document.head.append(style);
  expect(customElements.get(alias)).to.equal(undefined);
  const stand = document.createElement(alias);
  for (const { name, value } of element.attributes) stand.setAttribute(name, value);
  box.append(stand);
  try {
    return stand.getBoundingClientRect();
  } finally {
    stand.remove();
    style.remove();
  }
}
