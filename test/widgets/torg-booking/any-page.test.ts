import { expect, fixture, html } from '@open-wc/testing';
import { clearHttpCache } from '../../../src/core/http.js';
import '../../../src/widgets/torg-booking/define.js';
import type { TorgBooking } from '../../../src/widgets/torg-booking/torg-booking.js';
import {
  darkPageCss,
  emulateTouch,
  expectSameOnHostilePage,
  expectTargets,
  expectVisibleLoadingInBothSets,
  usePageCss,
  usePhoneWidth,
} from '../../helpers/any-page.js';
import { $, $$, useTestEnv } from '../../helpers/env.js';
import {
  KARI,
  NOW,
  button,
  chooseFirstDay,
  chooseFirstSlot,
  click,
  confirm,
  fill,
  toReview,
  untilStep,
} from './helpers.js';

describe('<torg-booking> on any page', function () {
  // axe over every step, on a busy machine.
  this.timeout(60_000);
  const env = useTestEnv({ now: NOW });
  const render = (template = html`<torg-booking torg="borgen"></torg-booking>`) => env.render<TorgBooking>(template);

  it('has targets of at least 24 × 24 px at 375 px, in every step and state', async () => {
    await usePhoneWidth();
    const el = await render();
    expectTargets(el, 'the resources');
    await click(el, button(el, 'Møterom Fjorden', '[part~="resource"]'), 'the resource');
    await untilStep(el, 'Velg dag');
    expectTargets(el, 'the month grid');
    await chooseFirstDay(el);
    expectTargets(el, 'the free times');
    await chooseFirstSlot(el);
    await untilStep(el, 'Dine opplysninger');
    expectTargets(el, 'the form');
    await click(el, $(el, 'button[type="submit"]'), 'Gå videre');
    expect($(el, '[part~="error-summary"]')).to.exist;
    expectTargets(el, 'the form with problems');
    fill(el, KARI);
    await click(el, $(el, 'button[type="submit"]'), 'Gå videre');
    await untilStep(el, 'Se over og bekreft');
    expect($$(el, '.review .link').length, '"Endre" buttons').to.be.greaterThan(3);
    expectTargets(el, 'the review');
    await confirm(el);
    await untilStep(el, 'Bestillingen er bekreftet');
    expectTargets(el, 'the confirmation');

    // A time taken meanwhile (409): two people at the review of the same time; the first one books it.
    const first = await render(html`<torg-booking torg="tofte" resource="tofte-byggesak"></torg-booking>`);
    const second = await render(html`<torg-booking torg="tofte" resource="tofte-byggesak"></torg-booking>`);
    await toReview(first);
    await toReview(second);
    await confirm(first);
    await untilStep(first, /Bestillingen (er bekreftet|venter på godkjenning)/);
    await confirm(second);
    await untilStep(second, 'Velg tid');
    expect($(second, '#lost')).to.exist;
    expectTargets(second, 'a time taken meanwhile');

    expectTargets(await render(html`<torg-booking></torg-booking>`), 'set up wrong');
    env.scenario('server-error');
    // Not the resources this test already has (from the HTTP cache).
    clearHttpCache();
    const error = await render(html`<torg-booking torg="tofte"></torg-booking>`);
    expect($(error, '[part="retry"]')).to.exist;
    expectTargets(error, 'the error state');
  });

  it('gives the primary actions 44 px on a touch screen', async () => {
    await emulateTouch();
    const el = await render(html`<torg-booking torg="borgen" resource="borgen-fjorden"></torg-booking>`);
    await toReview(el);
    for (const control of [$(el, '[part~="confirm"]')!, $(el, '[part~="back"]')!]) {
      const box = control.getBoundingClientRect();
      expect(box.height, control.textContent!).to.be.at.least(44);
      expect(box.width, control.textContent!).to.be.at.least(44);
    }
  });

  it('shows that it is loading: a visible "Laster …" and bars of at least 3:1, light and dark, still for reduced motion', async () => {
    env.scenario('loading');
    await expectVisibleLoadingInBothSets((theme) =>
      fixture(html`<torg-booking torg="borgen" theme=${theme}></torg-booking>`),
    );
  });

  it('is accessible in its dark set on a dark page: the resources, the month grid, the confirmation', async () => {
    usePageCss(darkPageCss);
    const el = await render(html`<torg-booking torg="borgen" theme="dark"></torg-booking>`);
    expect(getComputedStyle($(el, '[part="base"]')!).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
    await click(el, button(el, 'Møterom Fjorden', '[part~="resource"]'), 'the resource');
    await untilStep(el, 'Velg dag');
    await expect(el).to.be.accessible();
    await toReview(el);
    await confirm(el);
    await untilStep(el, 'Bestillingen er bekreftet');
    await expect(el).to.be.accessible();
  });

  it('shows on a hostile theme exactly as on a plain page with the same font, accessibly', async () => {
    const hostile = await expectSameOnHostilePage(
      () => render(html`<torg-booking torg="borgen" resource="borgen-fjorden" style="width: 360px"></torg-booking>`),
      (el) => untilStep(el, 'Velg dag'),
    );
    await expect(hostile).to.be.accessible();
  });
});
