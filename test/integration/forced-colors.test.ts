/**
 * Every widget in forced colours (Windows High Contrast, `forced-colors: active`, emulated with Chromium's
 * forced palette): what it draws keeps to the theme's system colours — the browser replaces any other colour
 * except where a widget turned that off (`forced-color-adjust: none`) or in SVG, which keeps a colour set on
 * it — so status marks, the chosen option, the compass chart and the skeletons stay perceivable in any
 * high-contrast theme; every focus shows a ring; every skeleton bar shows against the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { $, $$, settle, textOf, useTestEnv, waitFor } from '../helpers/env.js';
import { emulateForcedColors, systemColor } from '../helpers/page.js';

const SYSTEM_COLOURS = [
  'Canvas',
  'CanvasText',
  'LinkText',
  'VisitedText',
  'ActiveText',
  'ButtonFace',
  'ButtonText',
  'ButtonBorder',
  'Field',
  'FieldText',
  'Highlight',
  'HighlightText',
  'SelectedItem',
  'SelectedItemText',
  'Mark',
  'MarkText',
  'GrayText',
  'AccentColor',
  'AccentColorText',
];

/**
 * The colours that draw something. Not `text-decoration-color`: Chromium reports the author's value for it
 * while it draws the forced one.
 */
const PROPERTIES = [
  'color',
  'background-color',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'outline-color',
  'fill',
  'stroke',
];

const label = (n: Element, pseudo: string | null): string =>
  `${n.localName}${n.classList.length ? `.${[...n.classList].join('.')}` : ''}${n.getAttribute('part') ? `[part="${n.getAttribute('part')}"]` : ''}${pseudo ?? ''}`;

/** Whatever a widget draws in a colour that is none of the theme's (images aside), as `element property=colour`. */
function foreignColours(el: Element): string[] {
  const system = new Set(SYSTEM_COLOURS.map(systemColor));
  const found = new Set<string>();
  for (const n of el.shadowRoot!.querySelectorAll('*')) {
    if (!n.getClientRects().length || n.localName === 'img') continue;
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(n, pseudo);
      if (pseudo && (style.content === 'none' || style.content === 'normal')) continue;
      for (const property of PROPERTIES) {
        const value = style.getPropertyValue(property);
        // Transparent, or a system colour: fine.
        if (!value.startsWith('rgb') || /^rgba\(.*, 0\)$/.test(value) || system.has(value)) continue;
        if (
          property.startsWith('border') &&
          parseFloat(style.getPropertyValue(property.replace('color', 'width'))) === 0
        )
          continue;
        if (property === 'outline-color' && style.outlineStyle === 'none') continue;
        if (property === 'fill' && !(n instanceof SVGElement)) continue;
        if (property === 'stroke' && !(n instanceof SVGElement)) continue;
        // A text colour matters where there is text.
        if (
          property === 'color' &&
          !(pseudo ? style.content.length > 2 : n.textContent?.trim()) &&
          !(n instanceof SVGElement)
        )
          continue;
        found.add(`${label(n, pseudo)} ${property}=${value}`);
      }
    }
  }
  return [...found];
}

/** Focused elements (Tab from before the widget, through it) that show no ring of their own or on what holds them. */
async function focusWithoutRing(el: HTMLElement): Promise<{ stops: number; without: string[] }> {
  const start = document.createElement('button');
  start.textContent = 'before';
  el.before(start);
  start.focus();
  const seen = new Set<Element>();
  const without: string[] = [];
  const canvas = systemColor('Canvas');
  try {
    for (let i = 0; i < 80; i += 1) {
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot!.activeElement;
      if (!focused || seen.has(focused)) break;
      seen.add(focused);
      const carriers: [Element | null, string | null][] = [
        [focused, null],
        [focused, '::after'],
        [focused.closest('label'), null],
      ];
      const ring = carriers.some(([carrier, pseudo]) => {
        if (!carrier) return false;
        const style = getComputedStyle(carrier, pseudo);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && style.outlineColor !== canvas;
      });
      if (!ring) without.push(label(focused, null));
    }
  } finally {
    start.remove();
  }
  return { stops: seen.size, without };
}

interface Case {
  name: string;
  template: TemplateResult;
  /** Brings the widget to a state worth looking at too (a choice made, a month shown). */
  then?: (el: HTMLElement) => Promise<void>;
}

const CASES: Case[] = [
  {
    name: '<torg-finder> with its map, a torg chosen',
    template: html`<torg-finder map></torg-finder>`,
    then: async (el) => {
      await waitFor(() => $(el, '.pin'), 'the markers');
      $$(el, '[part~="select"]')[0]!.click();
      await settle(el);
    },
  },
  { name: '<torg-opening-hours>, open', template: html`<torg-opening-hours torg="tofte"></torg-opening-hours>` },
  { name: '<torg-events>', template: html`<torg-events></torg-events>` },
  { name: '<torg-events>, the month', template: html`<torg-events view="month"></torg-events>` },
  {
    name: '<torg-committee>, a rule not met',
    template: html`<torg-committee committee="slemmestad-lsu"></torg-committee>`,
  },
  {
    name: '<torg-agenda>, a meeting cancelled, every meeting opened',
    template: html`<torg-agenda committee="tofte-lsu"></torg-agenda>`,
    then: async (el) => {
      for (const toggle of $$(el, '[part="toggle"]')) toggle.click();
      await settle(el);
      expect($$(el, '[part="closed"]').length, 'a closed item').to.be.greaterThan(0);
    },
  },
  {
    name: '<torg-stedskompass>, the compass chart',
    template: html`<torg-stedskompass area="tofte" results></torg-stedskompass>`,
  },
  {
    name: '<torg-stedskompass>, an answer chosen',
    template: html`<torg-stedskompass area="tofte"></torg-stedskompass>`,
    then: async (el) => {
      $$<HTMLInputElement>(el, 'input[type="radio"]')[0]!.click();
      await settle(el);
    },
  },
  {
    name: '<torg-booking>, the calendar',
    template: html`<torg-booking torg="borgen" resource="borgen-fjorden"></torg-booking>`,
  },
  { name: '<torg-tilskudd>', template: html`<torg-tilskudd committee="tofte-lsu"></torg-tilskudd>` },
  { name: '<torg-innspill>', template: html`<torg-innspill committee="tofte-lsu"></torg-innspill>` },
];

describe('every widget in forced colours', function () {
  // Every widget, twice, with Tab through each.
  this.timeout(60_000);
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  beforeEach(async () => {
    await emulateForcedColors();
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('<torg-opening-hours>, closed, and an error with its retry: only the theme’s colours', async () => {
    env.clock!.set('2026-12-24T12:00:00+01:00');
    const closed = await env.render<HTMLElement>(html`<torg-opening-hours torg="tofte"></torg-opening-hours>`);
    expect(textOf($(closed, '[part~="status"]'))).to.contain('Stengt');
    expect(foreignColours(closed), 'closed').to.deep.equal([]);
    env.scenario('server-error');
    const failed = await env.render<HTMLElement>(html`<torg-agenda committee="tofte-lsu"></torg-agenda>`);
    await waitFor(() => $(failed, '[part~="retry"]'), 'the error state');
    expect(foreignColours(failed), 'error').to.deep.equal([]);
  });

  for (const { name, template, then } of CASES) {
    it(`${name}: only the theme's colours, and a ring round every focus`, async () => {
      const el = await env.render<HTMLElement>(template);
      await then?.(el);
      expect(foreignColours(el), 'drawn in a colour of its own').to.deep.equal([]);
      const { without } = await focusWithoutRing(el);
      expect(without, 'focused without a ring').to.deep.equal([]);
    });
  }

  it('shows every skeleton bar against the page, in the theme’s colours', async () => {
    env.scenario('loading');
    const canvas = systemColor('Canvas');
    const seen = new Set<string>();
    // Each element once, in a case that loads (the survey of <torg-stedskompass> is there at once).
    for (const { template } of CASES) {
      const el = await fixture<HTMLElement>(template);
      if (seen.has(el.localName)) {
        el.remove();
        continue;
      }
      seen.add(el.localName);
      await waitFor(() => $(el, '.skeleton .bar'), `the skeleton of <${el.localName}>`);
      for (const bar of $$(el, '.skeleton .bar')) {
        const style = getComputedStyle(bar);
        const filled = style.backgroundColor !== canvas && !/^rgba\(.*, 0\)$/.test(style.backgroundColor);
        const outlined = parseFloat(style.borderTopWidth) > 0 && style.borderTopColor !== canvas;
        expect(filled || outlined, `<${el.localName}> ${label(bar, null)}`).to.equal(true);
      }
      expect(foreignColours(el), `<${el.localName}> loading`).to.deep.equal([]);
      el.remove();
    }
    expect(seen.size).to.equal(9);
  });
});
