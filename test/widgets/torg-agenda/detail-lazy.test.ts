/**
 * An opened meeting's agenda and documents (parts/detail.ts) are a part of
 * their own: the meeting list never fetches them; they come when the person
 * is about to use the widget (pointer, focus, touch) or opens a meeting. A
 * file of its own, so nothing has fetched the part before (its failure:
 * chunks.test.ts).
 */
import { expect, html } from '@open-wc/testing';
import '../../../src/widgets/torg-agenda/define.js';
import type { TorgAgenda } from '../../../src/widgets/torg-agenda/torg-agenda.js';
import { $$, settle, textOf, useTestEnv, waitFor } from '../../helpers/env.js';

/** Whether the page has fetched the part. */
const fetched = (): boolean =>
  performance
    .getEntriesByType('resource')
    .some((entry) => new URL(entry.name).pathname.startsWith('/src/widgets/torg-agenda/parts/detail.'));

describe("<torg-agenda> and an opened meeting's part", () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  it('fetches it only when the person is about to use the widget, in time for the opening', async () => {
    const el = await env.render<TorgAgenda>(html`<torg-agenda committee="tofte-lsu"></torg-agenda>`);
    await settle(el);
    expect($$(el, '[part="meeting"]')).to.have.length(6);
    expect(fetched(), 'not with the list').to.equal(false);
    el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitFor(fetched, 'the part after the pointer came over the widget');
    $$(el, '[part="toggle"]')[0]!.click();
    await settle(el);
    expect(textOf($$(el, '[part="panel"]')[0])).to.contain('Innspill til kommuneplanens arealdel');
  });
});
