import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { THEMES } from '../../../src/contract/ids.js';
import {
  darkPageCss,
  emulateTouch,
  expectSameOnHostilePage,
  expectTargets,
  expectVisibleLoadingInBothSets,
  usePageCss,
  usePhoneWidth,
} from '../../helpers/any-page.js';
import { $, $$, settle, useTestEnv, waitFor } from '../../helpers/env.js';
import { answer, renderSurvey, send, storeDraft, type TorgStedskompass } from './helpers.js';

/** Opens every theme's text fields and the theme index. */
async function openAll(el: TorgStedskompass): Promise<void> {
  for (const details of $$<HTMLDetailsElement>(el, 'details')) details.open = true;
  await settle(el);
}

const results = (env: ReturnType<typeof useTestEnv>): Promise<TorgStedskompass> =>
  env.render<TorgStedskompass>(html`<torg-stedskompass area="tofte" results></torg-stedskompass>`);

/** The size on screen of an SVG text (its font size times the chart's scale). */
function screenSize(text: SVGTextElement): number {
  return parseFloat(getComputedStyle(text).fontSize) * text.ownerSVGElement!.getScreenCTM()!.a;
}

/** Whether the focused control (or the label around it) is what a person sees at its centre: not covered. */
function focusedIsVisible(el: TorgStedskompass): string {
  const root = el.shadowRoot!;
  const focused = root.activeElement as HTMLElement | null;
  if (!focused) return 'nothing focused';
  const target = focused.closest('label') ?? focused;
  const box = target.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + Math.min(box.height / 2, 12);
  if (y < 0 || y > innerHeight) return `${focused.outerHTML.slice(0, 60)} is out of view (y ${Math.round(y)})`;
  const top = root.elementFromPoint(x, y);
  const ok = top && (target.contains(top) || top.contains(target));
  return ok ? '' : `${focused.outerHTML.slice(0, 60)} is covered by ${top?.outerHTML.slice(0, 60)}`;
}

describe('<torg-stedskompass> on any page', function () {
  // axe over the whole survey (14 themes), several times, on a busy machine.
  this.timeout(60_000);
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  beforeEach(() => localStorage.clear());

  it('has targets of at least 24 × 24 px at 375 px, in every state', async () => {
    await usePhoneWidth();
    const el = await renderSurvey(env);
    expectTargets(el, 'the survey');
    await openAll(el);
    expectTargets(el, 'every text field and the index open');
    await send(el);
    await waitFor(() => $(el, '[part="error-summary"]'), 'the problems');
    expectTargets(el, 'problems to fix');
    await answer(el, 'feeling-safe', 4);
    $<HTMLButtonElement>(el, '[part="start-over"]')!.click();
    await settle(el);
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
    expectTargets(el, 'the "start over?" dialog');
    $<HTMLButtonElement>(el, 'dialog button[value="no"]')!.click();
    await settle(el);
    await send(el);
    await waitFor(() => $(el, '[part="thanks"]') && $(el, '[part="table"]'), 'the thanks and the results');
    expectTargets(el, 'the thanks and the results');
    expectTargets(await results(env), 'the results');
    expectTargets(await env.render(html`<torg-stedskompass></torg-stedskompass>`), 'set up wrong');
  });

  it('gives the send button 44 px on a touch screen', async () => {
    await emulateTouch();
    const el = await renderSurvey(env);
    const box = $(el, '[part="submit"]')!.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
  });

  for (const [width, height] of [
    [375, 700],
    [1280, 800],
  ] as const) {
    it(`never hides the focused field under the progress line (${width} px, Shift+Tab through the form)`, async () => {
      await setViewport({ width, height });
      try {
        storeDraft({ answers: { 'moving-around': { score: 3 }, 'feeling-safe': { score: 5 } } });
        const el = await renderSurvey(env);
        // Every theme's text fields open: three stops a theme.
        for (const details of $$<HTMLDetailsElement>(el, 'form details')) details.open = true;
        await settle(el);
        const progress = $(el, '[part="progress"]')!;
        expect(getComputedStyle(progress).position).to.equal(width < 640 ? 'static' : 'sticky');
        $<HTMLButtonElement>(el, '[part="submit"]')!.focus();
        const hidden: string[] = [];
        await sendKeys({ down: 'Shift' });
        let steps = 0;
        // Back through the form, to the theme index above it.
        while (steps < 80 && !el.shadowRoot!.activeElement?.closest('[part="progress"]')) {
          await sendKeys({ press: 'Tab' });
          await new Promise((resolve) => requestAnimationFrame(resolve));
          steps++;
          const problem = focusedIsVisible(el);
          if (problem) hidden.push(`step ${steps}: ${problem}`);
        }
        await sendKeys({ up: 'Shift' });
        expect(steps).to.be.greaterThan(50);
        expect(hidden).to.deep.equal([]);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('keeps the compass readable: every label at least 12 px, the rings’ numbers over the data with a halo', async () => {
    for (const width of [375, 1280]) {
      await setViewport({ width, height: 800 });
      try {
        const el = await results(env);
        const chart = $(el, width < 600 ? 'svg.narrow' : 'svg.wide')!;
        expect(getComputedStyle(chart).display, `${width} px`).to.not.equal('none');
        const texts = [...chart.querySelectorAll<SVGTextElement>('text')];
        expect(texts.length).to.equal(THEMES.length + 7);
        for (const text of texts) expect(screenSize(text), `${text.textContent} at ${width} px`).to.be.at.least(12);
        const ticks = [...chart.querySelectorAll<SVGTextElement>('text.tick')];
        // Drawn after the data, with a halo of the background around each number.
        const mean = chart.querySelector('.mean')!;
        for (const tick of ticks) {
          expect(mean.compareDocumentPosition(tick) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
          const style = getComputedStyle(tick);
          expect(style.paintOrder).to.match(/^stroke/);
          expect(style.stroke).to.equal(getComputedStyle($(el, '[part="base"]')!).backgroundColor);
          expect(parseFloat(style.strokeWidth)).to.be.at.least(3);
        }
        // On a phone the rim has the themes' numbers, and a key below names all 14.
        const key = $(el, '[part="key"]')!;
        if (width < 600) {
          expect([...key.querySelectorAll('li')].map((li) => li.textContent?.trim())).to.have.length(THEMES.length);
          expect(parseFloat(getComputedStyle(key).fontSize)).to.be.at.least(12);
          expect(key.getBoundingClientRect().height).to.be.greaterThan(0);
        } else {
          expect(getComputedStyle(key).display).to.equal('none');
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    }
  });

  it('shows that it is loading: a visible "Laster …" and bars of at least 3:1, light and dark, still for reduced motion', async () => {
    env.scenario('loading');
    await expectVisibleLoadingInBothSets((theme) =>
      fixture(html`<torg-stedskompass area="tofte" results theme=${theme}></torg-stedskompass>`),
    );
  });

  it('is accessible in its dark set on a dark page: the survey with problems, the results', async () => {
    usePageCss(darkPageCss);
    const el = await renderSurvey(env, html`<torg-stedskompass area="tofte" theme="dark"></torg-stedskompass>`);
    expect(getComputedStyle($(el, '[part="base"]')!).colorScheme).to.equal('dark');
    await send(el);
    await waitFor(() => $(el, '[part="error-summary"]'), 'the problems');
    await expect(el).to.be.accessible();
    const shown = await env.render<TorgStedskompass>(
      html`<torg-stedskompass area="tofte" results theme="dark"></torg-stedskompass>`,
    );
    await expect(shown).to.be.accessible();
  });

  it('shows on a hostile theme exactly as on a plain page with the same font, accessibly', async () => {
    const hostile = await expectSameOnHostilePage(() =>
      env.render<TorgStedskompass>(
        html`<torg-stedskompass area="tofte" results style="width: 360px"></torg-stedskompass>`,
      ),
    );
    await expect(hostile).to.be.accessible();
    const survey = await expectSameOnHostilePage(() =>
      env.render<TorgStedskompass>(html`<torg-stedskompass area="tofte" style="width: 360px"></torg-stedskompass>`),
    );
    await expect(survey).to.be.accessible();
  });
});
