import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/widgets/torg-opening-hours/define.js';
import type { TorgOpeningHours } from '../../../src/widgets/torg-opening-hours/torg-opening-hours.js';
import {
  darkPageCss,
  expectSameOnHostilePage,
  expectTargets,
  expectVisibleLoadingInBothSets,
  usePageCss,
  usePhoneWidth,
} from '../../helpers/any-page.js';
import { $, useTestEnv } from '../../helpers/env.js';

describe('<torg-opening-hours> on any page', function () {
  // axe over a whole widget, several times, on a busy machine.
  this.timeout(30_000);
  const env = useTestEnv({ now: '2027-01-12T10:00:00+01:00' });
  const render = (template = html`<torg-opening-hours torg="asker-sentrum"></torg-opening-hours>`) =>
    env.render<TorgOpeningHours>(template);

  it('has targets of at least 24 × 24 px at 375 px, in every state', async () => {
    await usePhoneWidth();
    expectTargets(await render(), 'the week');
    expectTargets(await render(html`<torg-opening-hours torg="tofte" view="today"></torg-opening-hours>`), 'today');
    const config = await render(html`<torg-opening-hours></torg-opening-hours>`);
    expect($(config, '[part="details"]')).to.exist;
    expectTargets(config, 'set up wrong');
    env.scenario('server-error');
    const error = await render(html`<torg-opening-hours torg="borgen"></torg-opening-hours>`);
    expect($(error, '[part="retry"]')).to.exist;
    expectTargets(error, 'the error state');
  });

  it('shows that it is loading: a visible "Laster …" and bars of at least 3:1, light and dark, still for reduced motion', async () => {
    env.scenario('loading');
    await expectVisibleLoadingInBothSets((theme) =>
      fixture(html`<torg-opening-hours torg="asker-sentrum" theme=${theme}></torg-opening-hours>`),
    );
  });

  it('is accessible in its dark set on a dark page: the week, the error state', async () => {
    usePageCss(darkPageCss);
    const week = await render(html`<torg-opening-hours torg="asker-sentrum" theme="dark"></torg-opening-hours>`);
    expect(getComputedStyle($(week, '[part="base"]')!).colorScheme).to.equal('dark');
    await expect(week).to.be.accessible();
    env.scenario('server-error');
    const error = await render(html`<torg-opening-hours torg="borgen" theme="dark"></torg-opening-hours>`);
    expect($(error, '[part="error"]')).to.exist;
    await expect(error).to.be.accessible();
  });

  it('shows on a hostile theme exactly as on a plain page with the same font, accessibly', async () => {
    const hostile = await expectSameOnHostilePage(() =>
      render(html`<torg-opening-hours torg="asker-sentrum" style="width: 360px"></torg-opening-hours>`),
    );
    await expect(hostile).to.be.accessible();
  });
});
