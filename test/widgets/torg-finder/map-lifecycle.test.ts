/**
 * The map's life: made only when its code is there and the element is still
 * on the page with `map` set; torn down when the element leaves, however
 * early; made again when the element is put back.
 */
import { expect, html } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { worker } from '../../../mocks/browser.js';
import { torgFixtures } from '../../../mocks/fixtures/torg.js';
import { $, $$, nextFrame, useTestEnv, waitFor } from '../../helpers/env.js';
import { TINY_PNG, renderFinder, type TorgFinder } from './helpers.js';

function pins(el: TorgFinder): HTMLElement[] {
  return $$(el, '.map-markers .pin');
}

function mapCodeLoaded(): boolean {
  return performance.getEntriesByType('resource').some((r) => r.name.includes('tile-map'));
}

describe('<torg-finder map> lifecycle', () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  beforeEach(() => {
    const tile = (): HttpResponse<Uint8Array> =>
      new HttpResponse(TINY_PNG, { headers: { 'Content-Type': 'image/png' } });
    worker.use(http.get('https://cache.kartverket.no/*', tile));
  });

  // First in this file: the map's code has not been fetched in this page yet, so it arrives after what follows.
  it('makes no map for an element removed, or turned off, while the map code is on the way', async function () {
    // The map's code is fetched (and compiled by the test server) for the first time in this page.
    this.timeout(30_000);
    expect(mapCodeLoaded()).to.equal(false);
    const removed = await renderFinder(env, html`<torg-finder .data=${torgFixtures}></torg-finder>`);
    const off = await renderFinder(env, html`<torg-finder .data=${torgFixtures}></torg-finder>`);
    const place = removed.parentElement!;
    removed.map = true;
    off.map = true;
    await Promise.all([removed.updateComplete, off.updateComplete]);
    expect($(removed, '.map')).to.exist;
    removed.remove();
    off.map = false;
    await off.updateComplete;
    // A third map shows that the code has arrived (the others' waits ended before).
    const shown = await renderFinder(env, html`<torg-finder map .data=${torgFixtures}></torg-finder>`);
    await waitFor(() => pins(shown).length === 8, 'the third map');
    await nextFrame();
    expect($(removed, '.map-surface')).to.equal(null);
    expect($(removed, '.map')!.classList.contains('tile-map')).to.equal(false);
    expect($(off, '.tile-map')).to.equal(null);
    // Put back on the page, it gets its map.
    place.append(removed);
    await waitFor(() => pins(removed).length === 8, 'the map of the element put back');
  });

  it('makes no map for an element removed before its view or its data arrived (the view arrives after it left; nothing loads while it is away)', async () => {
    const place = document.createElement('div');
    document.body.append(place);
    try {
      // Removed at once: the view (a chunk) arrives after the elements left. Off the page nothing loads (the
      // element reading the API gives up its request, the one given its data keeps it for later), so neither
      // draws its list, let alone a map, while away.
      const fromApi = document.createElement('torg-finder');
      fromApi.map = true;
      const given = document.createElement('torg-finder');
      given.map = true;
      given.data = torgFixtures;
      place.append(fromApi, given);
      fromApi.remove();
      given.remove();
      // A map shown on the page: the map code is there, and any map being made for the others would be by now.
      const shown = await renderFinder(env, html`<torg-finder map .data=${torgFixtures}></torg-finder>`);
      await waitFor(() => pins(shown).length === 8, 'the map on the page');
      for (let i = 0; i < 5; i++) await nextFrame();
      expect($(fromApi, '.tile-map')).to.equal(null);
      expect($(given, '.tile-map')).to.equal(null);
      expect($(fromApi, '[part~="list"]')).to.equal(null);
      expect($(given, '[part~="list"]')).to.equal(null);
      // Put on the page, each gets its map.
      place.append(fromApi, given);
      await waitFor(() => pins(fromApi).length === 8 && pins(given).length === 8, 'the maps once on the page');
    } finally {
      place.remove();
    }
  });

  it('tears the map down when the element leaves the page, and makes it again when put back', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await waitFor(() => pins(el).length === 8, 'the map');
    const place = el.parentElement!;
    const map = $(el, '.map')!;
    el.remove();
    expect($(el, '.map-surface')).to.equal(null);
    expect(pins(el)).to.have.length(0);
    expect($$(el, 'img.map-tile')).to.have.length(0);
    // Nothing of the map is left on its region: no class, no tab stop, no controls.
    expect(map.classList.contains('tile-map')).to.equal(false);
    expect(map.hasAttribute('tabindex')).to.equal(false);
    expect(map.children).to.have.length(0);
    place.append(el);
    await waitFor(() => pins(el).length === 8, 'the map again');
  });
});
