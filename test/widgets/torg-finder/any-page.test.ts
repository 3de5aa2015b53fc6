import { expect, fixture, html } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { worker } from '../../../mocks/browser.js';
import { clearHttpCache } from '../../../src/core/http.js';
import {
  darkPageCss,
  expectSameOnHostilePage,
  expectTargets,
  expectVisibleLoadingInBothSets,
  usePageCss,
  usePhoneWidth,
} from '../../helpers/any-page.js';
import { $, $$, settle, useTestEnv, waitFor } from '../../helpers/env.js';
import { TINY_PNG, fakeGeolocation, renderFinder, search, type TorgFinder } from './helpers.js';

/** Opens the services filter (a disclosure). */
async function openServices(el: TorgFinder): Promise<void> {
  const details = $<HTMLDetailsElement>(el, 'details.filter')!;
  details.open = true;
  await settle(el);
}

describe('<torg-finder> on any page', function () {
  // axe over a whole widget, several times, on a busy machine.
  this.timeout(30_000);
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  beforeEach(() => {
    // Map tiles from the mock: nothing leaves the machine.
    const tile = (): HttpResponse<Uint8Array> =>
      new HttpResponse(TINY_PNG, { headers: { 'Content-Type': 'image/png' } });
    worker.use(http.get('https://cache.kartverket.no/*', tile));
  });

  it('has targets of at least 24 × 24 px at 375 px, in every state', async () => {
    await usePhoneWidth();
    const el = await renderFinder(env);
    expect($$(el, '[part~="item"] a').length, 'phone, e-mail and web links').to.be.greaterThan(0);
    expectTargets(el, 'the list');
    await openServices(el);
    expectTargets(el, 'the services filter open');
    const geolocation = fakeGeolocation({ position: { lat: 59.83, lon: 10.43 } });
    try {
      $<HTMLButtonElement>(el, '[part~="nearest"]')!.click();
      await waitFor(() => $$(el, '.distance').length > 0, 'the distances');
      expectTargets(el, 'sorted by distance');
    } finally {
      geolocation.restore();
    }
    await search(el, 'finnes ikke noe sted');
    await settle(el);
    expect($$(el, '[part~="item"]')).to.have.length(0);
    expectTargets(el, 'nothing found');
    const map = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await waitFor(() => $$(map, '.map-markers .pin').length > 0, 'the map markers');
    expectTargets(map, 'with the map');
    env.scenario('server-error');
    // Not the list this test already has (from the HTTP cache).
    clearHttpCache();
    const error = await renderFinder(env, html`<torg-finder></torg-finder>`);
    expect($(error, '[part="retry"]')).to.exist;
    expectTargets(error, 'the error state');
  });

  it('shows that it is loading: a visible "Laster …" and bars of at least 3:1, light and dark, still for reduced motion', async () => {
    env.scenario('loading');
    await expectVisibleLoadingInBothSets((theme) => fixture(html`<torg-finder theme=${theme}></torg-finder>`));
  });

  it('is accessible in its dark set on a dark page: the list, the filter open, the error state', async () => {
    usePageCss(darkPageCss);
    const el = await renderFinder(env, html`<torg-finder theme="dark"></torg-finder>`);
    expect(getComputedStyle($(el, '[part="base"]')!).colorScheme).to.equal('dark');
    await openServices(el);
    await expect(el).to.be.accessible();
    env.scenario('server-error');
    clearHttpCache();
    const error = await renderFinder(env, html`<torg-finder theme="dark"></torg-finder>`);
    await expect(error).to.be.accessible();
  });

  it('shows on a hostile theme exactly as on a plain page with the same font, accessibly', async () => {
    const hostile = await expectSameOnHostilePage(() =>
      renderFinder(env, html`<torg-finder style="width: 360px"></torg-finder>`),
    );
    await expect(hostile).to.be.accessible();
  });
});
