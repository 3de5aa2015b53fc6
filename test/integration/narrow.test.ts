/**
 * Every widget in a narrow column — a CMS sidebar, a phone with the page's
 * padding, a theme's nested padded boxes: nothing overflows the widget's box
 * (no sideways scroll of the page), and no ordinary word is broken across
 * lines ("Finn nærm / este"). Only a string without room to break (an
 * address, a long id) may break inside, and a compound at its hyphen.
 */
import { expect } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import { $$, settle, textOf, useTestEnv, waitFor } from '../helpers/env.js';
import { hostileCss, usePageCss } from '../helpers/any-page.js';
import { CASES } from '../helpers/widget-cases.js';

/** The narrowest column every widget reads well in (px, at a 16 px font: 15 em). */
const FLOOR = 240;

/** What a person sees: not a screen-reader-only text, not the inside of a closed disclosure. */
function shown(node: Element): boolean {
  return node.getClientRects().length > 0 && !node.closest('.vh, details:not([open]) > :not(summary)');
}

/** Boxes inside the widget that reach past its right edge (what would scroll the page sideways). */
function overflowing(el: HTMLElement): string[] {
  const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
  const right = el.getBoundingClientRect().right;
  const past = (node: Element): number => node.getBoundingClientRect().right - right;
  // The boxes that reach further than the box they are in: what pushes out, not all it carries along.
  const wider = $$(el, '[part~="base"] *')
    .filter((node) => shown(node) && past(node) > 1 && past(node) > past(node.parentElement ?? base) + 1)
    // Inside a box that scrolls on its own, content may be wider than the widget (a wide table).
    .filter((node) => !hasScrollingAncestor(node, base))
    .map(
      (node) =>
        `${node.localName}.${[...node.classList].join('.')} (${Math.round(node.getBoundingClientRect().right - right)} px)`,
    );
  if (base.scrollWidth > base.clientWidth) wider.unshift(`base: scrollWidth ${base.scrollWidth} > ${base.clientWidth}`);
  return wider;
}

function hasScrollingAncestor(node: Element, base: Element): boolean {
  for (let parent = node.parentElement; parent && parent !== base; parent = parent.parentElement) {
    const { overflowX } = getComputedStyle(parent);
    if ((overflowX === 'auto' || overflowX === 'scroll') && parent.scrollWidth > parent.clientWidth) return true;
  }
  return false;
}

/** A string that may break anywhere: an address, a URL, a path or an id with no spaces. */
const UNBREAKABLE = /@|:\/\/|www\.|\/|\.\p{L}{2,}$|\d{5,}/u;

/** The block a text's lines are laid out in, and the width of its lines. */
function lineWidth(node: Element): number {
  let block: Element = node;
  while (block.parentElement && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
  const style = getComputedStyle(block);
  return block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
}

/**
 * Words of four letters or more drawn on more than one line. A compound breaks at its hyphen (each part is
 * checked on its own), an address anywhere, and a word wider than its line where it must — but only on a
 * line at least half as wide as the widget: not in a sliver its neighbours squeezed it into.
 */
function brokenWords(el: HTMLElement): string[] {
  const broken: string[] = [];
  const widget = el.getBoundingClientRect().width;
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !shown(parent) || parent.closest('option, select, style')) continue;
    const text = node.textContent!;
    for (const token of text.matchAll(/\S+/g)) {
      if (UNBREAKABLE.test(token[0])) continue;
      for (const word of token[0].matchAll(/\p{L}{4,}/gu)) {
        const start = token.index + word.index;
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + word[0].length);
        const boxes = [...range.getClientRects()].filter((box) => box.width > 0);
        if (new Set(boxes.map((box) => Math.round(box.top))).size < 2) continue;
        const width = boxes.reduce((sum, box) => sum + box.width, 0);
        const line = lineWidth(parent);
        if (width > line && line >= widget / 2) continue;
        const name = `<${parent.localName}${parent.classList.length ? `.${[...parent.classList].join('.')}` : ''}>`;
        broken.push(`${word[0]} (${Math.round(width)} px on a line of ${Math.round(line)} px, in ${name})`);
      }
    }
  }
  return broken;
}

describe('every widget in a narrow column', function () {
  // Nine widgets from source, each with its data: seconds on a busy machine.
  this.timeout(60_000);
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  before(async function () {
    this.timeout(60_000);
    await import('../../src/index.js');
  });

  const columns: [string, number, string][] = [
    ['a sidebar', FLOOR, ''],
    ['a phone with the page’s padding', 320, ''],
    // Its 18 px font: the same 15 em as 240 px at 16 px.
    ['a hostile theme’s padded boxes', (FLOOR * 18) / 16, hostileCss],
  ];
  for (const [page, width, css] of columns) {
    for (const [name, { html: markup, shows }] of Object.entries(CASES)) {
      it(`${name} in ${page} (${width} px): nothing overflows, no word broken`, async () => {
        if (css) usePageCss(css);
        const column = await env.render<HTMLElement>(
          html`<div style=${`width: ${width}px`}>${unsafeStatic(markup)}</div>`,
        );
        const widget = column.firstElementChild as HTMLElement;
        await settle(widget);
        await waitFor(
          () =>
            shows.every((text) =>
              typeof text === 'string' ? textOf(widget).includes(text) : text.test(textOf(widget)),
            ),
          () => `${name} shows its content: ${textOf(widget).slice(0, 200)}`,
        );
        expect(widget.shadowRoot!.querySelector('[part~="error"]'), 'shows its content').to.equal(null);
        expect(widget.getBoundingClientRect().width, 'the widget takes the column').to.be.at.most(width + 0.5);
        expect(overflowing(widget), 'boxes past the widget’s right edge').to.deep.equal([]);
        expect(brokenWords(widget), 'words broken across lines').to.deep.equal([]);
      });
    }
  }
});
