import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import darkPageCss from '../fixtures/dark-page.css?inline';
import designsystemetCss from '../fixtures/designsystemet.css?inline';
import hostileCss from '../fixtures/hostile-theme.css?inline';
import { COLOR_TOKENS } from '../../src/core/styles.js';
import { contrast, parseColor } from '../helpers/contrast.js';
import { $, settle, useTestEnv } from '../helpers/env.js';
import { emulateMedia, usePageCss, usePageMeta } from '../helpers/page.js';
import '../helpers/test-element.js';
import type { TestTorgElement } from '../helpers/test-element.js';

/** A colour as `getComputedStyle` writes it. */
function rgb(hex: string): string {
  const [r, g, b] = parseColor(hex).rgb;
  return `rgb(${r}, ${g}, ${b})`;
}

function style(el: TestTorgElement, selector: string): CSSStyleDeclaration {
  return getComputedStyle($(el, selector)!);
}

describe('TorgElement on any page: its own surface and colours', () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  describe('own surface', () => {
    it('paints its background and text colour on the base container, light by default', async () => {
      usePageCss(darkPageCss);
      const el = await env.render<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
      const base = style(el, '[part="base"]');
      expect(base.backgroundColor).to.equal(rgb(COLOR_TOKENS.bg.light));
      expect(base.color).to.equal(rgb(COLOR_TOKENS.text.light));
      expect(base.colorScheme).to.equal('light');
      expect(style(el, 'li').color).to.equal(rgb(COLOR_TOKENS.text.light));
      await expect(el).to.be.accessible();
    });

    it('uses the dark set with theme="dark", accessibly on a dark page', async () => {
      usePageCss(darkPageCss);
      const el = await env.render<TestTorgElement>(html`<test-torg-element theme="dark"></test-torg-element>`);
      const base = style(el, '[part="base"]');
      expect(base.backgroundColor).to.equal(rgb(COLOR_TOKENS.bg.dark));
      expect(base.color).to.equal(rgb(COLOR_TOKENS.text.dark));
      expect(base.colorScheme).to.equal('dark');
      await expect(el).to.be.accessible();
    });

    const states: [state: string, setUp: () => void, attributes: string, part: string][] = [
      ['error', () => env.scenario('server-error'), '', 'retry'],
      ['empty', () => env.scenario('empty'), '', 'empty'],
      ['configuration error', () => undefined, 'nowhere', 'details'],
    ];
    for (const [state, setUp, apiBase, part] of states) {
      it(`is accessible in the dark set on a dark page: ${state}`, async () => {
        usePageCss(darkPageCss);
        setUp();
        const el = await env.render<TestTorgElement>(
          html`<test-torg-element theme="dark" api-base=${apiBase || nothing}></test-torg-element>`,
        );
        expect($(el, `[part="${part}"]`)).to.exist;
        await expect(el).to.be.accessible();
      });
    }

    it('follows the viewer’s colour scheme with theme="auto"', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await env.render<TestTorgElement>(html`<test-torg-element theme="auto"></test-torg-element>`);
      expect(style(el, '[part="base"]').backgroundColor).to.equal(rgb(COLOR_TOKENS.bg.dark));
      await emulateMedia({ colorScheme: 'light' });
      expect(style(el, '[part="base"]').backgroundColor).to.equal(rgb(COLOR_TOKENS.bg.light));
    });

    it('takes the page-wide theme from <meta name="torg:theme">; its own attribute wins', async () => {
      usePageMeta('torg:theme', 'dark');
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><test-torg-element></test-torg-element><test-torg-element theme="light"></test-torg-element></div>`,
      );
      const [paged, own] = [...wrapper.querySelectorAll('test-torg-element')];
      await settle(paged!);
      await settle(own!);
      expect(style(paged!, '[part="base"]').backgroundColor).to.equal(rgb(COLOR_TOKENS.bg.dark));
      expect(style(own!, '[part="base"]').backgroundColor).to.equal(rgb(COLOR_TOKENS.bg.light));
    });

    it('treats an unknown theme as light', async () => {
      const el = await env.render<TestTorgElement>(html`<test-torg-element theme="purple"></test-torg-element>`);
      expect(style(el, '[part="base"]').colorScheme).to.equal('light');
    });

    it('lets the page set any colour with --torg-* tokens', async () => {
      const el = await env.render<TestTorgElement>(
        html`<test-torg-element
          theme="dark"
          style="--torg-color-bg: #fafafa; --torg-color-text: #222222"
        ></test-torg-element>`,
      );
      expect(style(el, '[part="base"]').backgroundColor).to.equal(rgb('#fafafa'));
      expect(style(el, 'li').color).to.equal(rgb('#222222'));
    });
  });

  describe('loading', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`shows "Laster …" and bars of at least 3:1 against the background (${theme})`, async () => {
        env.scenario('loading');
        const el = await fixture<TestTorgElement>(html`<test-torg-element theme=${theme}></test-torg-element>`);
        await el.updateComplete;
        const line = $(el, '[part="loading"] .loading-text')!;
        expect(line.textContent).to.equal('Laster …');
        expect(line.getBoundingClientRect().height).to.be.greaterThan(10);
        expect(line.getBoundingClientRect().width).to.be.greaterThan(30);
        const bg = style(el, '[part="base"]').backgroundColor;
        const bar = style(el, '.bar').backgroundColor;
        expect(contrast(bar, bg), `${bar} on ${bg}`).to.be.at.least(3);
        expect(contrast(style(el, '.loading-text').color, bg)).to.be.at.least(4.5);
        await expect(el).to.be.accessible();
      });
    }

    it('pulses, except for viewers who ask for reduced motion', async () => {
      env.scenario('loading');
      const el = await fixture<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
      await el.updateComplete;
      expect(style(el, '.bar').animationName).to.equal('torg-pulse');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(style(el, '.bar').animationName).to.equal('none');
    });
  });

  describe('a hostile page theme', () => {
    it('keeps its own line height, box model and text settings; takes only the font family and size', async () => {
      usePageCss(hostileCss);
      const el = await env.render<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
      // The page's `*` rule reaches the host itself …
      expect(getComputedStyle(el).lineHeight).to.not.equal(style(el, '[part="base"]').lineHeight);
      // … but not what is inside.
      for (const selector of ['[part="base"]', '[part="list"]', 'li']) {
        const inner = style(el, selector);
        expect(inner.boxSizing, selector).to.equal('border-box');
        expect(inner.letterSpacing, selector).to.equal('normal');
        expect(inner.wordSpacing, selector).to.equal('0px');
        expect(inner.textTransform, selector).to.equal('none');
        expect(inner.fontStyle, selector).to.equal('normal');
        expect(inner.whiteSpace, selector).to.equal('normal');
        expect(inner.textShadow, selector).to.equal('none');
        expect(inner.color, selector).to.equal(rgb(COLOR_TOKENS.text.light));
      }
      const li = style(el, 'li');
      expect(parseFloat(li.lineHeight) / parseFloat(li.fontSize)).to.be.closeTo(1.5, 0.01);
      expect(style(el, 'li').textIndent).to.equal('0px');
      expect(style(el, 'li').textAlign).to.equal('start');
      // The page's font comes through, at the page's size (18 px).
      expect(li.fontFamily).to.contain('Georgia');
      expect(li.fontSize).to.equal('18px');
      await expect(el).to.be.accessible();
    });

    it('keeps its rows as tall as on a plain page', async () => {
      const plain = await env.render<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
      const plainRow = $(plain, 'li')!.getBoundingClientRect().height;
      usePageCss(hostileCss);
      usePageCss('html { font-size: 16px }');
      const hostile = await env.render<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
      expect($(hostile, 'li')!.getBoundingClientRect().height).to.be.closeTo(plainRow, 0.5);
    });
  });

  describe('Designsystemet and Punkt', () => {
    it('takes colours, font, corner radius and focus ring from Designsystemet tokens on the page', async () => {
      usePageCss(designsystemetCss);
      env.scenario('server-error');
      const el = await env.render<TestTorgElement>(html`<test-torg-element theme="dark"></test-torg-element>`);
      const base = style(el, '[part="base"]');
      expect(base.backgroundColor).to.equal(rgb('#ffffff'));
      expect(base.color).to.equal(rgb('#1f2c3d'));
      expect(base.fontFamily).to.contain('Inter');
      const retry = $(el, '[part="retry"]')!;
      expect(getComputedStyle(retry).color).to.equal(rgb('#0062ba'));
      expect(getComputedStyle(retry).borderTopLeftRadius).to.equal('4px');
      expect(style(el, '[part="error"]').backgroundColor).to.equal(rgb('#f5dcdc'));
      // Reached with the keyboard, so the focus ring shows.
      $(el, '[part="base"]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(retry);
      expect(getComputedStyle(retry).outlineColor).to.equal(rgb('#1f2c3d'));
      expect(getComputedStyle(retry).outlineWidth).to.equal('3px');
      await expect(el).to.be.accessible();
    });

    it('lets --torg-* tokens win over Designsystemet’s', async () => {
      usePageCss(designsystemetCss);
      const el = await env.render<TestTorgElement>(
        html`<test-torg-element style="--torg-color-text: #123456"></test-torg-element>`,
      );
      expect(style(el, 'li').color).to.equal(rgb('#123456'));
      expect(style(el, '[part="base"]').backgroundColor).to.equal(rgb('#ffffff'));
    });

    it('takes text and background colours from Punkt tokens on the page', async () => {
      usePageCss(':root { --pkt-color-text-body-default: #2a2859; --pkt-color-background-default: #fefefe }');
      const el = await env.render<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
      expect(style(el, 'li').color).to.equal(rgb('#2a2859'));
      expect(style(el, '[part="base"]').backgroundColor).to.equal(rgb('#fefefe'));
    });
  });
});
