import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/widgets/torg-committee/define.js';
import type { TorgCommittee } from '../../../src/widgets/torg-committee/torg-committee.js';
import {
  darkPageCss,
  expectSameOnHostilePage,
  expectTargets,
  expectVisibleLoadingInBothSets,
  usePageCss,
  usePhoneWidth,
} from '../../helpers/any-page.js';
import { $, $$, useTestEnv } from '../../helpers/env.js';

describe('<torg-committee> on any page', function () {
  // axe over a whole widget, several times, on a busy machine.
  this.timeout(30_000);
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });
  const render = (template = html`<torg-committee committee="tofte-lsu"></torg-committee>`) =>
    env.render<TorgCommittee>(template);

  it('has targets of at least 24 × 24 px at 375 px, in every state', async () => {
    await usePhoneWidth();
    const loaded = await render();
    expect($$(loaded, 'a').length, 'links to write to').to.be.greaterThan(0);
    expectTargets(loaded, 'the committee');
    expectTargets(await render(html`<torg-committee></torg-committee>`), 'set up wrong');
    env.scenario('server-error');
    const error = await render(html`<torg-committee committee="heggedal-lsu"></torg-committee>`);
    expect($(error, '[part="retry"]')).to.exist;
    expectTargets(error, 'the error state');
  });

  it('shows that it is loading: a visible "Laster …" and bars of at least 3:1, light and dark, still for reduced motion', async () => {
    env.scenario('loading');
    await expectVisibleLoadingInBothSets((theme) =>
      fixture(html`<torg-committee committee="tofte-lsu" theme=${theme}></torg-committee>`),
    );
  });

  it('is accessible in its dark set on a dark page: the committee, the error state', async () => {
    usePageCss(darkPageCss);
    const loaded = await render(html`<torg-committee committee="tofte-lsu" theme="dark"></torg-committee>`);
    expect(getComputedStyle($(loaded, '[part="base"]')!).colorScheme).to.equal('dark');
    await expect(loaded).to.be.accessible();
    env.scenario('server-error');
    const error = await render(html`<torg-committee committee="heggedal-lsu" theme="dark"></torg-committee>`);
    await expect(error).to.be.accessible();
  });

  it('shows on a hostile theme exactly as on a plain page with the same font, accessibly', async () => {
    const hostile = await expectSameOnHostilePage(() =>
      render(html`<torg-committee committee="tofte-lsu" style="width: 360px"></torg-committee>`),
    );
    await expect(hostile).to.be.accessible();
  });
});
