/**
 * `<torg-agenda>` when a part of its code loaded on demand (the calendar file
 * writer, fetched when the person is about to use the widget) cannot be
 * fetched once: the meetings stay usable, nothing is thrown into the page,
 * and the next click fetches it again and gives the file. In a file of its
 * own, so the module has not been loaded before.
 */
import { expect, html } from '@open-wc/testing';
import '../../../src/widgets/torg-agenda/define.js';
import type { TorgAgenda } from '../../../src/widgets/torg-agenda/torg-agenda.js';
import { failModuleOnce } from '../../helpers/chunks.js';
import { $$, useTestEnv, waitFor } from '../../helpers/env.js';

describe('<torg-agenda> when a part of its code cannot be fetched', () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

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
