/**
 * The writes (`core/api/bookings.ts` with the write transport) are a chunk
 * of their own, fetched when the person is about to book: when it cannot be
 * fetched, sending says so and keeps everything, and sending again books.
 * In a file of its own, so the chunk is not in the page yet (a failed fetch
 * leaves nothing behind).
 */
import { expect, html } from '@open-wc/testing';
import { HttpResponse, http, passthrough } from 'msw';
import { worker } from '../../../mocks/browser.js';
import '../../../src/widgets/torg-booking/define.js';
import type { TorgBooking } from '../../../src/widgets/torg-booking/torg-booking.js';
import { $, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { KARI, NOW, click, confirm, heading, toReview, untilStep } from './helpers.js';

describe('<torg-booking> writes', () => {
  const env = useTestEnv({ now: NOW });

  it('sending says so when the writes’ code cannot be fetched, keeps everything, and sending again books', async () => {
    let offline = true;
    const fetched: string[] = [];
    worker.use(
      http.get(/\/core\/api\/bookings\.[jt]s/, ({ request }) => {
        fetched.push(request.url);
        return offline ? HttpResponse.error() : passthrough();
      }),
    );
    const posts = () => env.requests({ path: '/bookings' }).filter((r) => r.method === 'POST');
    const el = await env.render<TorgBooking>(
      html`<torg-booking torg="borgen" resource="borgen-fjorden"></torg-booking>`,
    );
    // Not with the first screen.
    expect(fetched).to.have.length(0);
    await toReview(el, { ...KARI, purpose: 'Styremøte' });
    const review = textOf($(el, '[part~="review"]'));
    await confirm(el);
    await waitFor(() => $(el, '.notice.error'), 'the send error');
    expect(textOf($(el, '.notice.error'))).to.contain(
      'Bestillingen ble ikke sendt. Ingenting er bestilt ennå, og alt du har fylt ut, er tatt vare på.',
    );
    expect(heading(el)).to.contain('Se over og bekreft');
    expect(textOf($(el, '[part~="review"]'))).to.equal(review);
    expect(posts()).to.have.length(0);
    await expect(el).to.be.accessible();

    offline = false;
    await click(el, $(el, '[part~="confirm"]'), 'send again');
    await untilStep(el, 'Bestillingen er bekreftet');
    expect(posts()).to.have.length(1);
  });
});
