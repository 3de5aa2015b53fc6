import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../../src/widgets/torg-events/define.js';
import {
  darkPageCss,
  expectSameOnHostilePage,
  expectTargets,
  expectVisibleLoadingInBothSets,
  usePageCss,
  usePhoneWidth,
} from '../../helpers/any-page.js';
import { $, $$, settle, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { choose, click, type TorgEvents } from './helpers.js';

/** Opens the first few events (their details, with "add to calendar") and waits until the links are drawn. */
async function openSome(el: TorgEvents, count = 3): Promise<void> {
  for (const toggle of $$(el, '[part~="event-toggle"]').slice(0, count)) toggle.click();
  await settle(el);
  await waitFor(() => $$(el, '[part~="calendar-link"]').length >= count, 'the calendar links');
}

interface A11yNode {
  role?: string;
  name?: string;
  children?: A11yNode[];
}

const nodes = (tree: A11yNode): A11yNode[] => [tree, ...(tree.children ?? []).flatMap(nodes)];

describe('<torg-events> on any page', function () {
  // axe over a whole widget, several times, on a busy machine.
  this.timeout(30_000);
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });
  const render = (template = html`<torg-events></torg-events>`) => env.render<TorgEvents>(template);

  it('has targets of at least 24 × 24 px at 375 px, in every state', async () => {
    await usePhoneWidth();
    const el = await render();
    expect($$(el, '[part~="register"]').length, 'sign-up links').to.be.greaterThan(0);
    expectTargets(el, 'the list');
    await openSome(el);
    expectTargets(el, 'events opened');
    await click(el, 'Måned');
    await waitFor(() => $(el, '[role="grid"]'), 'the month grid');
    expectTargets(el, 'the month');
    $<HTMLElement>(el, '[role="gridcell"][aria-current="date"]')!.click();
    await settle(el);
    expect($(el, '#day-title')).to.exist;
    expectTargets(el, 'a day opened in the month');
    await click(el, 'Liste');
    await choose(el, 'Sted', 'borgen');
    await choose(el, 'Kategori', 'teater');
    expect($(el, '[part="empty"]')).to.exist;
    expectTargets(el, 'nothing found');
    expectTargets(await render(html`<torg-events src="javascript:alert(1)"></torg-events>`), 'set up wrong');
    env.scenario('server-error');
    const error = await render(html`<torg-events torg="tofte"></torg-events>`);
    expect($(error, '[part="retry"]')).to.exist;
    expectTargets(error, 'the error state');
  });

  it('names an event’s disclosure by its title alone (no "▾" read out)', async () => {
    const el = await render();
    const toggle = $<HTMLButtonElement>(el, '[part~="event-toggle"]')!;
    const title = textOf(toggle.querySelector('.name'));
    // What a screen reader gets, from Chromium's accessibility tree.
    const buttons = nodes((await a11ySnapshot({})) as unknown as A11yNode).filter((n) => n.role === 'button');
    expect(buttons.find((n) => n.name?.startsWith(title))?.name).to.equal(title);
    expect(getComputedStyle(toggle, '::after').content).to.equal('""');
  });

  it('shows that it is loading: a visible "Laster …" and bars of at least 3:1, light and dark, still for reduced motion', async () => {
    env.scenario('loading');
    await expectVisibleLoadingInBothSets((theme) => fixture(html`<torg-events theme=${theme}></torg-events>`));
  });

  it('is accessible in its dark set on a dark page: the list with events opened, the month, the error state', async () => {
    usePageCss(darkPageCss);
    const el = await render(html`<torg-events days="3" theme="dark"></torg-events>`);
    expect(getComputedStyle($(el, '[part="base"]')!).colorScheme).to.equal('dark');
    await openSome(el, 2);
    await expect(el).to.be.accessible();
    await click(el, 'Måned');
    await waitFor(() => $(el, '[role="grid"]'), 'the month grid');
    await expect(el).to.be.accessible();
    env.scenario('server-error');
    const error = await render(html`<torg-events torg="tofte" theme="dark"></torg-events>`);
    await expect(error).to.be.accessible();
  });

  it('shows on a hostile theme exactly as on a plain page with the same font, accessibly', async () => {
    const hostile = await expectSameOnHostilePage(
      () => render(html`<torg-events days="2" style="width: 360px"></torg-events>`),
      (el) => openSome(el, 1),
    );
    await expect(hostile).to.be.accessible();
  });
});
