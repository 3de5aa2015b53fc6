/**
 * The map's code (`parts/map.ts` with the tile map) is fetched only when `map` is
 * set: when it cannot be, the list stays and a notice says so in the map's
 * place; set again, it is fetched again. In a file of its own, so the chunk
 * is not in the page yet.
 */
import { expect, html } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { worker } from '../../../mocks/browser.js';
import { failModuleOnce } from '../../helpers/chunks.js';
import { $, $$, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { TINY_PNG, names, renderFinder, type TorgFinder } from './helpers.js';

const pins = (el: TorgFinder): HTMLElement[] => $$(el, '.map-markers .pin');

describe('<torg-finder map> when the map’s code cannot be fetched', function () {
  // The map's code is fetched (and compiled by the test server) for the first time in this page.
  this.timeout(30_000);
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  beforeEach(() => {
    const tile = (): HttpResponse<Uint8Array> =>
      new HttpResponse(TINY_PNG, { headers: { 'Content-Type': 'image/png' } });
    worker.use(http.get('https://cache.kartverket.no/*', tile));
  });

  it('keeps the list and says so in the map’s place, accessibly; set again, the map comes', async () => {
    const chunk = failModuleOnce('/src/widgets/torg-finder/parts/map');
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await waitFor(() => $(el, '.map-error'), 'the notice');
    expect(chunk.failed()).to.equal(true);
    expect(textOf($(el, '.map-error'))).to.equal('Kartet kunne ikke vises. Alle torgene står i listen.');
    expect($(el, '[part~="map"]')).to.equal(null);
    expect(names(el)).to.have.length(8);
    await expect(el).to.be.accessible();

    el.map = false;
    await el.updateComplete;
    expect($(el, '.map-error')).to.equal(null);
    el.map = true;
    await waitFor(() => pins(el).length === 8, 'the map');
    expect($(el, '.map-error')).to.equal(null);
  });
});
