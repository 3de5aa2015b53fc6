/**
 * A widget on the pages it meets (issue 14): a phone's width, a dark page,
 * a hostile CMS theme. Each widget's `any-page.test.ts` uses these with its
 * own states.
 *
 *   await usePhoneWidth();                        // 375 × 800 for this test
 *   expectTargets(el, 'the review');              // every control ≥ 24 × 24 px
 *   const plain = layoutOf(el);                   // boxes, to compare with a hostile page's
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import hostileCss from '../fixtures/hostile-theme.css?inline';
import { contrast } from './contrast.js';
import { $, waitFor } from './dom.js';
import { emulateMedia, usePageCss } from './page.js';
import { smallTargets } from './targets.js';

export { default as darkPageCss } from '../fixtures/dark-page.css?inline';
export { emulateTouch, usePageCss } from './page.js';
export { hostileCss };

/** The hostile theme's font (all it may pass on to a widget), for a plain page to compare with. */
export const HOSTILE_FONT = "html { font-size: 18px } body { font-family: Georgia, 'Times New Roman', serif }";

/** The width of a small phone. */
export const PHONE = { width: 375, height: 800 };

let resized = false;

afterEach(async () => {
  if (!resized) return;
  resized = false;
  // The test runner's default page size.
  await setViewport({ width: 800, height: 600 });
});

/** A 375 px wide page for this test. */
export async function usePhoneWidth(): Promise<void> {
  resized = true;
  await setViewport(PHONE);
}

/** Every control a person can focus is at least 24 × 24 px (WCAG 2.2, 2.5.8), in the state named. */
export function expectTargets(el: Element, state: string): void {
  expect(smallTargets(el), `targets smaller than 24 × 24 px (${state})`).to.deep.equal([]);
}

/** The boxes of everything shown in an element's shadow root, relative to the element, in whole pixels. */
export function layoutOf(el: Element): string[] {
  const origin = el.getBoundingClientRect();
  const root = el.shadowRoot;
  if (!root) return [];
  return [...root.querySelectorAll<HTMLElement>('*')]
    .filter((node) => node.getClientRects().length > 0 && !node.closest('.vh'))
    .map((node) => {
      const box = node.getBoundingClientRect();
      const name = `${node.localName}${node.id ? `#${node.id}` : ''}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}`;
      const at = [box.left - origin.left, box.top - origin.top, box.width, box.height].map((n) => Math.round(n));
      return `${name} ${at.join(' ')}`;
    });
}

/** Two layouts, the same up to a pixel of rounding. */
export function expectSameLayout(actual: string[], expected: string[], what: string): void {
  expect(actual.length, `${what}: the number of boxes`).to.equal(expected.length);
  const differ = actual
    .filter((line, i) => {
      const [name, ...a] = line.split(' ');
      const [other, ...b] = expected[i]!.split(' ');
      return name !== other || a.some((n, j) => Math.abs(Number(n) - Number(b[j])) > 1);
    })
    .map((line) => `${line} (was ${expected[actual.indexOf(line)]})`);
  expect(differ, `${what}: boxes that moved (name x y width height)`).to.deep.equal([]);
}

/**
 * Renders a widget on a plain page with the hostile theme's font, then alone on the hostile theme
 * (test/fixtures/hostile-theme.css), each brought to the same state by `prepare`: every box inside it
 * must be where it was — only the page's font may come through. Returns the widget on the hostile page.
 */
export async function expectSameOnHostilePage<T extends Element>(
  render: () => Promise<T>,
  prepare: (el: T) => Promise<void> = async () => undefined,
): Promise<T> {
  usePageCss(HOSTILE_FONT);
  const plain = await render();
  await prepare(plain);
  const before = layoutOf(plain);
  // Each alone at the top of the page: nothing below the fold lays out differently (content-visibility).
  plain.remove();
  usePageCss(hostileCss);
  const hostile = await render();
  await prepare(hostile);
  expectSameLayout(layoutOf(hostile), before, 'on the hostile theme');
  return hostile;
}

/** The first opaque background at or above a node (through the shadow root up to the host). */
function backgroundOf(node: Element): string {
  for (let at: Element | null = node; at; at = at.parentElement ?? (at.getRootNode() as ShadowRoot).host ?? null) {
    const color = getComputedStyle(at).backgroundColor;
    if (!/rgba\(.*,\s*0\)$|transparent/.test(color)) return color;
  }
  return 'rgb(255, 255, 255)';
}

/**
 * A widget's loading state as a person sees it: a visible "Laster …" line (not only for screen readers),
 * every bar of its skeleton at least 3:1 against what is behind it, and the bars' pulse stopped for a
 * viewer who asks for reduced motion.
 */
export async function expectVisibleLoading(el: Element, what: string): Promise<void> {
  const root = el.shadowRoot!;
  const line = root.querySelector<HTMLElement>('[part~="loading"] .loading-text');
  expect(line?.textContent?.trim(), `${what}: the loading line`).to.match(/^(Laster|Lastar|Loading) …$/);
  const box = line!.getBoundingClientRect();
  expect(box.height, `${what}: the loading line is shown`).to.be.greaterThan(10);
  expect(contrast(getComputedStyle(line!).color, backgroundOf(line!)), `${what}: the loading line`).to.be.at.least(4.5);
  const bars = [...root.querySelectorAll<HTMLElement>('[part~="loading"] .bar')].filter(
    (bar) => bar.getClientRects().length > 0,
  );
  expect(bars.length, `${what}: a skeleton`).to.be.greaterThan(0);
  for (const bar of bars) {
    const style = getComputedStyle(bar);
    const behind = backgroundOf(bar.parentElement!);
    // Filled, or (an empty card) outlined all round, at 3:1.
    const fill = contrast(style.backgroundColor, behind);
    const outline =
      parseFloat(style.borderTopWidth) >= 1 && parseFloat(style.borderBottomWidth) >= 1
        ? Math.min(contrast(style.borderTopColor, behind), contrast(style.borderBottomColor, behind))
        : 1;
    expect(Math.max(fill, outline), `${what}: ${bar.className} (${style.backgroundColor} on ${behind})`).to.be.at.least(
      3,
    );
  }
  await emulateMedia({ reducedMotion: 'reduce' });
  for (const bar of bars) expect(getComputedStyle(bar).animationName, `${what}: reduced motion`).to.equal('none');
  await emulateMedia({});
}

/** {@link expectVisibleLoading} in the light and the dark set: `render` draws the widget (loading) with `theme`. */
export async function expectVisibleLoadingInBothSets(
  render: (theme: 'light' | 'dark') => Promise<Element>,
): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    const el = await render(theme);
    await waitFor(() => $(el, '[part~="loading"] .bar'), `the skeleton (${theme})`);
    await expectVisibleLoading(el, theme);
  }
}
