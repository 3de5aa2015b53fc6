/**
 * `<torg-finder>` with 10 000 torg: the page never waits for all of them.
 * Counted, not timed (a busy machine stretches every task): the list shows
 * 50 at a time — no render adds more — with "Vis 50 til" for the next. (The
 * 10 000 are checked in slices, the page drawing frames between them: see
 * test/core/api.test.ts.)
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { torgFixtures } from '../../../mocks/fixtures/torg.js';
import type { Torg } from '../../../src/contract/schemas.js';
import { $, $$, nextFrame, settle, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { renderFinder, search, type TorgFinder } from './helpers.js';

const PAGE = 50;

/** `n` torg: the example ones again and again, each with an id and a name of its own. */
function manyTorg(n: number): Torg[] {
  return Array.from({ length: n }, (_, i) => {
    const torg = structuredClone(torgFixtures[i % torgFixtures.length]!);
    return { ...torg, id: `t${i}`, name: `${torg.name} ${String(i).padStart(5, '0')}` };
  });
}

const items = (el: TorgFinder): HTMLElement[] => $$(el, '[part~="item"]');

/** The most list entries any one render added to the widget (a MutationObserver batch is one render's changes). */
function watchRenders(el: TorgFinder): { most: () => number; stop: () => void } {
  let most = 0;
  const observer = new MutationObserver((records) => {
    let added = 0;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof HTMLElement)
          added += node.matches('[part~="item"]') ? 1 : node.querySelectorAll('[part~="item"]').length;
      }
    }
    most = Math.max(most, added);
  });
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  return { most: () => most, stop: () => observer.disconnect() };
}

describe('<torg-finder> with 10 000 torg', function () {
  // Ten thousand torg are checked and sorted: more than a unit test needs on a busy machine.
  this.timeout(60_000);
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });
  const torgs = manyTorg(10_000);

  it(`lists ${PAGE} at a time, no render adding more; "Vis ${PAGE} til" lists the next and moves focus to the first of them`, async () => {
    const el = document.createElement('torg-finder');
    el.data = torgs;
    document.body.append(el);
    try {
      await waitFor(() => el.shadowRoot, 'the shadow root');
      const renders = watchRenders(el);
      await waitFor(() => items(el).length > 0, 'the list', 3_000);
      await settle(el);
      expect(items(el)).to.have.length(PAGE);
      expect(textOf($(el, '[part~="count"]'))).to.equal('10000 torg.');
      expect(textOf($(el, '[part~="listed"]'))).to.equal(`Viser ${PAGE} av 10000 torg`);
      const more = $<HTMLButtonElement>(el, '[part~="more"]')!;
      expect(textOf(more)).to.equal(`Vis ${PAGE} til`);
      // In name order: the first page, then the next.
      expect(textOf(items(el)[0]!.querySelector('[part~="select"]'))).to.equal('Asker sentrum innbyggertorg 00000');

      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await nextFrame();
      expect(items(el)).to.have.length(2 * PAGE);
      expect(el.shadowRoot!.activeElement).to.equal(items(el)[PAGE]!.querySelector('[part~="select"]'));
      expect(textOf($(el, '[part~="listed"]'))).to.equal(`Viser ${2 * PAGE} av 10000 torg`);
      expect(renders.most()).to.be.at.most(PAGE);

      // A search starts again at one page, of what it found.
      await search(el, 'borgen');
      await settle(el);
      expect(items(el)).to.have.length(PAGE);
      expect(textOf($(el, '[part~="count"]'))).to.equal('Viser 1250 av 10000 torg.');
      expect(renders.most()).to.be.at.most(PAGE);
      renders.stop();
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('shows every torg on one page when there are few, without "Vis flere"', async () => {
    const el = await renderFinder(env, html`<torg-finder .data=${torgs.slice(0, PAGE)}></torg-finder>`);
    expect(items(el)).to.have.length(PAGE);
    expect($(el, '[part~="more"]')).to.equal(null);
    expect($(el, '[part~="listed"]')).to.equal(null);
  });
});
