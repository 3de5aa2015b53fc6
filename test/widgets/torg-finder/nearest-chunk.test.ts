/**
 * What "nearest to me" does is a chunk of its own (`parts/nearest-part.ts`):
 * not part of the first screen, fetched when the person is about to use the
 * widget; a press before it came takes effect when it comes, busy at once.
 * When it cannot be fetched, the press says so with a retry. In a file of
 * its own, so the chunk is not in the page yet.
 */
import { expect } from '@open-wc/testing';
import { HttpResponse, http, passthrough } from 'msw';
import { worker } from '../../../mocks/browser.js';
import { $, $$, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { fakeGeolocation, renderFinder, type FakeGeolocation } from './helpers.js';

describe('<torg-finder> nearest to me, its code', function () {
  // The first test of a file fetches and compiles the widget's modules: seconds on a busy machine.
  this.timeout(30_000);
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });
  let geo: FakeGeolocation | undefined;

  afterEach(() => {
    geo?.restore();
    geo = undefined;
  });

  it('comes on intent; a press while it cannot says so with a retry, and after the retry the press works', async () => {
    let offline = true;
    let fetched = 0;
    worker.use(
      http.get(/\/torg-finder\/parts\/nearest-part\.[jt]s/, () => {
        fetched++;
        return offline ? HttpResponse.error() : passthrough();
      }),
    );
    geo = fakeGeolocation({ position: { lat: 59.8372, lon: 10.4332 } });
    const el = await renderFinder(env);
    expect(fetched).to.equal(0);
    // The pointer comes over the widget: fetched ahead of a press (here that fails, silently).
    el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await waitFor(() => fetched === 1, 'the fetch on intent');
    await el.updateComplete;
    expect($(el, '[part="error"]')).to.equal(null);

    const button = $<HTMLButtonElement>(el, '[part~="nearest"]')!;
    button.click();
    await el.updateComplete;
    // Busy at once, while its code is fetched again.
    expect(textOf(button)).to.equal('Finner posisjonen din …');
    await waitFor(() => $(el, '[part="error"]'), 'the error state');
    expect(fetched).to.equal(2);
    expect(textOf(button)).to.equal('Finn nærmeste torg');
    expect(geo.calls).to.equal(0);
    await expect(el).to.be.accessible();

    offline = false;
    $<HTMLButtonElement>(el, '[part="retry"]')!.click();
    await waitFor(() => !$(el, '[part="error"]'), 'the part after the retry');
    button.click();
    await waitFor(() => $$(el, '.distance').length > 0, 'the distances');
    expect(geo.calls).to.equal(1);
  });
});
