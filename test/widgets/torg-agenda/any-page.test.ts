import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/widgets/torg-agenda/define.js';
import type { TorgAgenda } from '../../../src/widgets/torg-agenda/torg-agenda.js';
import {
  darkPageCss,
  expectSameOnHostilePage,
  expectTargets,
  expectVisibleLoadingInBothSets,
  usePageCss,
  usePhoneWidth,
} from '../../helpers/any-page.js';
import { $, $$, settle, useTestEnv } from '../../helpers/env.js';

/** Opens every meeting (its agenda, documents and minutes) and waits until they are drawn. */
async function openAll(el: TorgAgenda): Promise<void> {
  for (const toggle of $$(el, '[part="toggle"][aria-expanded="false"]')) toggle.click();
  await settle(el);
  expect($$(el, '[part="toggle"][aria-expanded="false"]')).to.have.length(0);
}

describe('<torg-agenda> on any page', function () {
  // axe over a whole widget, several times, on a busy machine.
  this.timeout(30_000);
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });
  const render = (template = html`<torg-agenda committee="tofte-lsu"></torg-agenda>`) =>
    env.render<TorgAgenda>(template);

  it('has targets of at least 24 × 24 px at 375 px, in every state', async () => {
    await usePhoneWidth();
    const list = await render();
    expectTargets(list, 'the meetings');
    await openAll(list);
    expect($$(list, '[part="panel"] a').length, 'documents').to.be.greaterThan(0);
    expectTargets(list, 'every meeting opened');
    const meetings = $$(list, '[part="meeting"]').length;
    $<HTMLButtonElement>(list, '[part="more"]')?.click();
    await settle(list);
    expect($$(list, '[part="meeting"]').length).to.be.at.least(meetings);
    expectTargets(list, 'older meetings shown');
    expectTargets(await render(html`<torg-agenda></torg-agenda>`), 'set up wrong');
    env.scenario('server-error');
    const error = await render(html`<torg-agenda committee="heggedal-lsu"></torg-agenda>`);
    expect($(error, '[part="retry"]')).to.exist;
    expectTargets(error, 'the error state');
  });

  it('shows that it is loading: a visible "Laster …" and bars of at least 3:1, light and dark, still for reduced motion', async () => {
    env.scenario('loading');
    await expectVisibleLoadingInBothSets((theme) =>
      fixture(html`<torg-agenda committee="tofte-lsu" theme=${theme}></torg-agenda>`),
    );
  });

  it('is accessible in its dark set on a dark page: the meetings opened, the error state', async () => {
    usePageCss(darkPageCss);
    const list = await render(html`<torg-agenda committee="tofte-lsu" theme="dark"></torg-agenda>`);
    expect(getComputedStyle($(list, '[part="base"]')!).colorScheme).to.equal('dark');
    await openAll(list);
    await expect(list).to.be.accessible();
    env.scenario('server-error');
    const error = await render(html`<torg-agenda committee="heggedal-lsu" theme="dark"></torg-agenda>`);
    await expect(error).to.be.accessible();
  });

  it('shows on a hostile theme exactly as on a plain page with the same font, accessibly', async () => {
    const hostile = await expectSameOnHostilePage(
      () => render(html`<torg-agenda committee="tofte-lsu" style="width: 360px"></torg-agenda>`),
      (el) => openAll(el),
    );
    await expect(hostile).to.be.accessible();
  });
});
