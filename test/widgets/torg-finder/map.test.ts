import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import { worker } from '../../../mocks/browser.js';
import { $, $$, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { TINY_PNG, item, names, renderFinder, search, serviceBox, toggle, type TorgFinder } from './helpers.js';

/** Tile requests the map made (answered by the mock, so nothing leaves the machine). */
let tiles: string[] = [];
/** The Referer each tile request carried. */
let referrers: string[] = [];

function pins(el: TorgFinder): HTMLElement[] {
  return $$(el, '.leaflet-marker-pane .pin');
}

function tileImages(el: TorgFinder): HTMLImageElement[] {
  return $$<HTMLImageElement>(el, 'img.leaflet-tile');
}

async function withMap(el: TorgFinder): Promise<void> {
  await waitFor(() => pins(el).length > 0, 'the map markers');
}

describe('<torg-finder map>', () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  beforeEach(() => {
    tiles = [];
    referrers = [];
    const tile = ({ request }: { request: Request }): HttpResponse<Uint8Array> => {
      tiles.push(request.url);
      referrers.push(request.referrer);
      return new HttpResponse(TINY_PNG, { headers: { 'Content-Type': 'image/png' } });
    };
    worker.use(http.get('https://cache.kartverket.no/*', tile), http.get('https://tiles.example.test/*', tile));
  });

  it('loads the map code only when the map attribute is set', async () => {
    const leaflet = (): string[] =>
      performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((name) => /leaflet/i.test(name));
    const el = await renderFinder(env);
    expect(leaflet()).to.deep.equal([]);
    el.map = true;
    await withMap(el);
    expect(leaflet().some((name) => name.includes('leaflet-map'))).to.equal(true);
    expect($(el, '.leaflet-container')).to.exist;
  });

  it('places a keyboard-operable marker per torg, in list order, named after it', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    const markers = pins(el);
    expect(markers.map((p) => p.getAttribute('aria-label'))).to.deep.equal(
      names(el).map((name) => (name.startsWith('Holmen') ? `\u2068${name}\u2069 (Planlagt)` : name)),
    );
    for (const pin of markers) {
      expect(pin.getAttribute('role')).to.equal('button');
      expect(pin.tabIndex).to.equal(0);
      expect(pin.getAttribute('aria-pressed')).to.equal('false');
    }
    expect(markers.filter((p) => p.classList.contains('planned'))).to.have.length(1);
  });

  it('shows only the markers of the torg in the list', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    await toggle(el, serviceBox(el, 'byggesak'));
    await waitFor(() => pins(el).length === 3, 'three markers');
    await search(el, 'tofte');
    await waitFor(() => pins(el).length === 1, 'one marker');
    expect(pins(el)[0]!.getAttribute('aria-label')).to.equal('Tofte innbyggertorg');
  });

  it('chooses a torg from its marker with Enter: fires torg-select, highlights and scrolls to the entry', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    const tofte = pins(el).find((p) => p.getAttribute('aria-label') === 'Tofte innbyggertorg')!;
    tofte.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'torg-select');
    expect(event.detail).to.deep.equal({ torgId: 'tofte' });
    await el.updateComplete;
    expect(tofte.getAttribute('aria-pressed')).to.equal('true');
    expect(tofte.classList.contains('selected')).to.equal(true);
    expect(item(el, 'tofte').querySelector('[part~="select"]')!.getAttribute('aria-pressed')).to.equal('true');
    await waitFor(() => {
      const box = item(el, 'tofte').getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight + 1;
    }, 'the entry scrolled into view');
    // Focus stays on the marker.
    expect(el.shadowRoot!.activeElement).to.equal(tofte);
  });

  it('chooses with Space too, and Tab moves from the map to the markers', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    $(el, '.leaflet-container')!.focus();
    await sendKeys({ press: 'Tab' });
    const first = el.shadowRoot!.activeElement as HTMLElement;
    expect(first.classList.contains('pin')).to.equal(true);
    expect(first.getAttribute('aria-label')).to.equal(names(el)[0]);
    const chosen: string[] = [];
    el.addEventListener('torg-select', (e) => chosen.push(e.detail.torgId));
    await sendKeys({ press: 'Space' });
    expect(chosen).to.deep.equal(['asker-sentrum']);
  });

  it('highlights the marker of a torg chosen in the list', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    item(el, 'borgen').querySelector<HTMLButtonElement>('[part~="select"]')!.click();
    await el.updateComplete;
    await waitFor(() => pins(el).some((p) => p.classList.contains('selected')), 'a highlighted marker');
    const selected = pins(el).filter((p) => p.getAttribute('aria-pressed') === 'true');
    expect(selected.map((p) => p.getAttribute('aria-label'))).to.deep.equal(['Borgen innbyggertorg']);
  });

  it("uses Kartverket's tiles by default, credited, answered by the mock", async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    await waitFor(() => tileImages(el).length > 0 && tileImages(el).every((img) => img.complete), 'tiles');
    const template =
      /^https:\/\/cache\.kartverket\.no\/v1\/wmts\/1\.0\.0\/topo\/default\/webmercator\/\d+\/\d+\/\d+\.png$/;
    expect(tileImages(el).every((img) => template.test(img.src))).to.equal(true);
    // 1×1: the mock's tile, not one from the network.
    expect(tileImages(el).every((img) => img.naturalWidth === 1)).to.equal(true);
    expect(textOf($(el, '.leaflet-control-attribution'))).to.contain('© Kartverket');
  });

  it('tells the tile server the site, never the page, even on a page whose policy is unsafe-url', async () => {
    const policy = document.createElement('meta');
    policy.name = 'referrer';
    policy.content = 'unsafe-url';
    document.head.append(policy);
    try {
      // The test page's address has a path and a query (the runner's session): the tiles never see them.
      expect(location.href).not.to.equal(`${location.origin}/`);
      // Tiles of their own: none of them is in the page's image cache from another test.
      const el = await renderFinder(
        env,
        html`<torg-finder map tiles="https://tiles.example.test/referrer/{z}/{x}/{y}.png"></torg-finder>`,
      );
      await withMap(el);
      await waitFor(() => tileImages(el).length > 0 && tileImages(el).every((img) => img.complete), 'tiles');
      expect(tileImages(el).every((img) => img.referrerPolicy === 'strict-origin-when-cross-origin')).to.equal(true);
      expect(referrers.length).to.be.greaterThan(0);
      expect([...new Set(referrers)]).to.deep.equal([`${location.origin}/`]);
    } finally {
      policy.remove();
    }
  });

  it('uses the tiles attribute, with its credit as plain text', async () => {
    const el = await renderFinder(
      env,
      html`<torg-finder
        map
        tiles="https://tiles.example.test/{z}/{x}/{y}.png"
        tiles-attribution=${'<b>Eksempelkart</b>'}
      ></torg-finder>`,
    );
    await withMap(el);
    await waitFor(() => tileImages(el).length > 0 && tileImages(el).every((img) => img.complete), 'tiles');
    expect(
      tileImages(el).every((img) => /^https:\/\/tiles\.example\.test\/\d+\/\d+\/\d+\.png$/.test(img.src)),
    ).to.equal(true);
    expect(tiles.length).to.be.greaterThan(0);
    const credit = $(el, '.leaflet-control-attribution')!;
    expect(textOf(credit)).to.contain('<b>Eksempelkart</b>');
    expect(credit.querySelector('b')).to.equal(null);
  });

  it('falls back to the default tiles for an unusable tiles value', async () => {
    const el = await renderFinder(env, html`<torg-finder map tiles="javascript:alert(1)"></torg-finder>`);
    await withMap(el);
    await waitFor(() => tileImages(el).length > 0, 'tiles');
    expect(tileImages(el).every((img) => img.src.startsWith('https://cache.kartverket.no/'))).to.equal(true);
  });

  it('has a labelled map region with keyboard help, and is accessible', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    const map = $(el, '[part~="map"]')!;
    expect(map.getAttribute('role')).to.equal('region');
    expect(map.getAttribute('aria-label')).to.equal('Kart over torgene');
    expect(textOf($(el, `#${map.getAttribute('aria-describedby')}`))).to.contain('Alt på kartet står også i listen.');
    const zoom = $$(el, '.leaflet-control-zoom a').map((a) => a.getAttribute('aria-label'));
    expect(zoom).to.deep.equal(['Zoom inn', 'Zoom ut']);
    await expect(el).to.be.accessible();
  });

  it('removes the map when the attribute goes, and keeps the list', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    el.map = false;
    await el.updateComplete;
    expect($(el, '.leaflet-container')).to.equal(null);
    expect(names(el)).to.have.length(8);
  });
});
