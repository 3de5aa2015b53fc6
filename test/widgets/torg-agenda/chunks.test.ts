/**
 * `<torg-agenda>` when a part of its code loaded on demand cannot be fetched
 * once: an opened meeting's agenda and documents (the panel says so, and its
 * retry fetches the part again), the calendar file writer (fetched when the
 * person is about to use the widget: the meetings stay usable, nothing is
 * thrown into the page, and the next click fetches it again and gives the
 * file). In a file of its own, so the modules have not been loaded before —
 * the opened meeting first: the writer's test brings the part with its
 * intent.
 */
import { expect, html } from '@open-wc/testing';
import '../../../src/widgets/torg-agenda/define.js';
import type { TorgAgenda } from '../../../src/widgets/torg-agenda/torg-agenda.js';
import { failModuleOnce } from '../../helpers/chunks.js';
import { $$, settle, textOf, useTestEnv, waitFor } from '../../helpers/env.js';

describe('<torg-agenda> when a part of its code cannot be fetched', () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  it("an opened meeting's agenda and documents: the panel says so, and its retry fetches them again", async () => {
    const chunk = failModuleOnce('/src/widgets/torg-agenda/parts/detail');
    // Without "subscribe": the mock would load the calendar file writer for its feed, before the writer's test.
    const el = await env.render<TorgAgenda>(html`<torg-agenda committee="tofte-lsu" hide-subscribe></torg-agenda>`);
    // A click alone (no pointer over the widget before it): the part is asked for by the opening.
    $$(el, '[part="toggle"]')[0]!.click();
    await settle(el);
    expect(chunk.failed()).to.equal(true);
    const panel = $$(el, '[part="panel"]')[0]!;
    expect(textOf(panel)).to.contain('Kunne ikke hente sakslisten.');
    expect(panel.querySelector('[role="alert"]')).to.exist;
    panel.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitFor(() => panel.querySelector('[part="agenda"]'), 'the agenda after retry');
    expect(textOf(panel)).to.contain('Innspill til kommuneplanens arealdel');
  });

  it('the calendar file writer: the link stays, and a click fetches it again and gives the file', async () => {
    const unhandled: unknown[] = [];
    const listener = (event: PromiseRejectionEvent): void => {
      unhandled.push(event.reason);
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', listener);
    try {
      const chunk = failModuleOnce('/src/domain/ics');
      const el = await env.render<TorgAgenda>(html`<torg-agenda committee="tofte-lsu"></torg-agenda>`);
      el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await waitFor(() => chunk.failed(), 'the failed fetch');
      const link = $$(el, '[part="calendar"]')[0] as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('data:text/calendar,');
      expect($$(el, '[part="meeting"]')).to.have.length(6);
      const clicks: boolean[] = [];
      link.addEventListener('click', (event) => {
        clicks.push(event.defaultPrevented);
        event.preventDefault(); // no real download in the test
      });
      link.click();
      await waitFor(() => clicks.length === 2, 'the click again, with the file');
      expect(clicks).to.deep.equal([true, false]);
      expect(link.download).to.equal('mote-i-lokalsamfunnsutvalget-2026-12-12.ics');
      expect(unhandled).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', listener);
    }
  });
});
