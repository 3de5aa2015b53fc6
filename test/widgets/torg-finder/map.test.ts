import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import { worker } from '../../../mocks/browser.js';
import { torgFixtures } from '../../../mocks/fixtures/torg.js';
import { contrast, parseColor } from '../../helpers/contrast.js';
import { emulateForcedColors, systemColor } from '../../helpers/page.js';
import { $, $$, nextFrame, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { TINY_PNG, item, names, renderFinder, search, serviceBox, toggle, type TorgFinder } from './helpers.js';

/** Tile requests the map made (answered by the mock, so nothing leaves the machine). */
let tiles: string[] = [];
/** The Referer each tile request carried. */
let referrers: string[] = [];

function pins(el: TorgFinder): HTMLElement[] {
  return $$(el, '.map-markers .pin');
}

function tileImages(el: TorgFinder): HTMLImageElement[] {
  return $$<HTMLImageElement>(el, 'img.map-tile');
}

/** The zoom of the tiles shown (Kartverket's template: …/webmercator/{z}/{y}/{x}.png). */
function tileZoom(el: TorgFinder): number {
  const zooms = new Set(tileImages(el).map((img) => Number(/\/webmercator\/(\d+)\//.exec(img.src)?.[1])));
  expect(zooms.size, 'tiles of one zoom').to.equal(1);
  return [...zooms][0]!;
}

/** Where a marker's box is on the page. */
function at(pin: HTMLElement): { x: number; y: number } {
  const box = pin.getBoundingClientRect();
  return { x: box.left, y: box.top };
}

function zoomButtons(el: TorgFinder): HTMLButtonElement[] {
  return $$<HTMLButtonElement>(el, '.map-zoom button');
}

async function withMap(el: TorgFinder): Promise<void> {
  await waitFor(() => pins(el).length > 0, 'the map markers');
}

/** Whether a box lies wholly inside another. */
function within(inner: DOMRect, outer: DOMRect): boolean {
  return (
    inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom
  );
}

/** The finder's torg, placed at these positions (the first ones, in order). */
function torgAt(positions: { lat: number; lon: number }[]): typeof torgFixtures {
  return positions.map((location, i) => ({ ...torgFixtures[i]!, location }));
}

/** The torg an element chooses (`torg-select`) from now on, in order. */
function choices(el: TorgFinder): string[] {
  const chosen: string[] = [];
  el.addEventListener('torg-select', (e) => chosen.push(e.detail.torgId));
  return chosen;
}

/** A mouse drag: pressed at `from`, moved by `by` in two steps, let go. */
async function drag(from: [number, number], by: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [from[0] + Math.round(by[0] / 2), from[1] + Math.round(by[1] / 2)] });
  await sendMouse({ type: 'move', position: [from[0] + by[0], from[1] + by[1]] });
  await sendMouse({ type: 'up' });
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

  it('loads the map code, and asks for tiles, only when the map attribute is set', async () => {
    const mapCode = (): string[] =>
      performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((name) => /tile-map|web-mercator/.test(name));
    const el = await renderFinder(env);
    expect(mapCode()).to.deep.equal([]);
    expect($(el, '.tile-map')).to.equal(null);
    expect(tiles).to.deep.equal([]);
    el.map = true;
    await withMap(el);
    expect(mapCode().some((name) => name.includes('tile-map'))).to.equal(true);
    expect($(el, '.tile-map')).to.exist;
  });

  it('places a keyboard-operable marker per torg, in list order, named after it', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    const markers = pins(el);
    expect(markers.map((p) => p.getAttribute('aria-label'))).to.deep.equal(
      names(el).map((name) => (name.startsWith('Holmen') ? `\u2068${name}\u2069 (Planlagt)` : name)),
    );
    for (const pin of markers) {
      expect(pin.localName).to.equal('button');
      expect((pin as HTMLButtonElement).type).to.equal('button');
      expect(pin.tabIndex).to.equal(0);
      expect(pin.getAttribute('aria-pressed')).to.equal('false');
      expect(pin.title).to.equal(pin.getAttribute('aria-label'));
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
    $(el, '.tile-map')!.focus();
    await sendKeys({ press: 'Tab' });
    const first = el.shadowRoot!.activeElement as HTMLElement;
    expect(first.classList.contains('pin')).to.equal(true);
    expect(first.getAttribute('aria-label')).to.equal(names(el)[0]);
    const chosen = choices(el);
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
    await expect(el).to.be.accessible();
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
    // Only tiles of the view shown were asked for (none of the view before the markers were placed: Asker at zoom 9).
    const zoom = tileZoom(el);
    expect(zoom).not.to.equal(9);
    expect(tiles.filter((url) => !url.includes(`/webmercator/${zoom}/`))).to.deep.equal([]);
    // Nor any other tile that is not shown.
    const shown = tileImages(el).map((img) => img.src);
    expect(tiles.filter((url) => !shown.includes(url))).to.deep.equal([]);
    const credit = $(el, '.map-credit')!;
    expect(textOf(credit)).to.equal('© Kartverket');
    expect(credit.querySelector('a')!.href).to.equal('https://www.kartverket.no/');
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
    const credit = $(el, '.map-credit')!;
    expect(textOf(credit)).to.equal('<b>Eksempelkart</b>');
    expect(credit.querySelector('b')).to.equal(null);
  });

  it('shows a tile once it has loaded, and never a broken image for one that fails', async () => {
    worker.use(http.get('https://tiles.example.test/missing/*', () => new HttpResponse(null, { status: 404 })));
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    // Its load event comes a moment after the image is complete.
    await waitFor(
      () => tileImages(el).length > 0 && tileImages(el).every((img) => getComputedStyle(img).visibility === 'visible'),
      'tiles shown',
    );
    const missing = await renderFinder(
      env,
      html`<torg-finder map tiles="https://tiles.example.test/missing/{z}/{x}/{y}.png"></torg-finder>`,
    );
    await withMap(missing);
    await waitFor(() => tileImages(missing).length > 0 && tileImages(missing).every((img) => img.complete), 'tiles');
    expect(tileImages(missing).every((img) => img.naturalWidth === 0)).to.equal(true);
    await nextFrame();
    expect(tileImages(missing).every((img) => getComputedStyle(img).visibility === 'hidden')).to.equal(true);
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
    expect(map.tabIndex, 'the map takes the arrow keys').to.equal(0);
    const zoom = zoomButtons(el);
    expect(zoom.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Zoom inn', 'Zoom ut']);
    expect(zoom.map((b) => b.title)).to.deep.equal(['Zoom inn', 'Zoom ut']);
    expect(zoom.map((b) => b.textContent)).to.deep.equal(['+', '\u2212']);
    for (const button of zoom) {
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
    await expect(el).to.be.accessible();
  });

  it('fits the torg into the map, and shows only the tiles in view (and a margin of half a tile)', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    await waitFor(() => tileImages(el).length > 0, 'tiles');
    const box = $(el, '.tile-map')!.getBoundingClientRect();
    for (const pin of pins(el)) {
      const p = pin.getBoundingClientRect();
      expect(p.left >= box.left && p.right <= box.right && p.top >= box.top && p.bottom <= box.bottom).to.equal(
        true,
        `${pin.getAttribute('aria-label')} inside the map`,
      );
    }
    // Every tile touches the view grown by the margin, and together they cover the view.
    const rects = tileImages(el).map((img) => img.getBoundingClientRect());
    for (const r of rects) {
      expect(r.width).to.equal(256);
      expect(
        r.right > box.left - 128 && r.left < box.right + 128 && r.bottom > box.top - 128 && r.top < box.bottom + 128,
      ).to.equal(true);
    }
    expect(Math.min(...rects.map((r) => r.left))).to.be.at.most(box.left);
    expect(Math.max(...rects.map((r) => r.right))).to.be.at.least(box.right);
    expect(Math.min(...rects.map((r) => r.top))).to.be.at.most(box.top);
    expect(Math.max(...rects.map((r) => r.bottom))).to.be.at.least(box.bottom);
    expect(tileImages(el).every((img) => img.alt === '' && !img.draggable && img.decoding === 'async')).to.equal(true);
  });

  it('moves with the arrow keys and zooms with + and − on the map itself, not on a marker', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    await waitFor(() => tileImages(el).length > 0, 'tiles');
    const map = $(el, '.tile-map')!;
    const pin = pins(el)[0]!;
    map.focus();
    const start = at(pin);
    await sendKeys({ press: 'ArrowRight' });
    expect(at(pin).x).to.be.closeTo(start.x - 80, 1);
    await sendKeys({ press: 'ArrowDown' });
    expect(at(pin).y).to.be.closeTo(start.y - 80, 1);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowUp' });
    expect(at(pin).x).to.be.closeTo(start.x, 1);
    expect(at(pin).y).to.be.closeTo(start.y, 1);
    const zoom = tileZoom(el);
    await sendKeys({ press: '+' });
    expect(tileZoom(el)).to.equal(zoom + 1);
    await sendKeys({ press: '-' });
    expect(tileZoom(el)).to.equal(zoom);
    // On a marker the keys are the marker's: the map stays.
    pin.focus();
    const onPin = at(pin);
    await sendKeys({ press: 'ArrowRight' });
    expect(at(pin)).to.deep.equal(onPin);
  });

  it('zooms with its buttons, which say when they can go no further and keep their focus', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    await waitFor(() => tileImages(el).length > 0, 'tiles');
    const [zoomIn, zoomOut] = zoomButtons(el) as [HTMLButtonElement, HTMLButtonElement];
    const zoom = tileZoom(el);
    zoomIn.click();
    expect(tileZoom(el)).to.equal(zoom + 1);
    zoomOut.focus();
    for (let i = 0; i < 20; i++) zoomOut.click();
    expect(tileZoom(el)).to.equal(3);
    expect(zoomOut.getAttribute('aria-disabled')).to.equal('true');
    expect(zoomIn.getAttribute('aria-disabled')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(zoomOut);
    for (let i = 0; i < 20; i++) zoomIn.click();
    expect(tileZoom(el)).to.equal(18);
    expect(zoomIn.getAttribute('aria-disabled')).to.equal('true');
    expect(zoomOut.getAttribute('aria-disabled')).to.equal('false');
  });

  it('is dragged with a pointer, without choosing the marker it starts on; the scroll wheel leaves it to the page', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    await waitFor(() => tileImages(el).length > 0, 'tiles');
    const chosen = choices(el);
    const pin = pins(el)[0]!;
    pin.scrollIntoView({ block: 'center' });
    const start = at(pin);
    const box = pin.getBoundingClientRect();
    const from: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    await drag(from, [-100, -50]);
    expect(at(pin).x).to.be.closeTo(start.x - 100, 1);
    expect(at(pin).y).to.be.closeTo(start.y - 50, 1);
    expect(chosen).to.deep.equal([]);
    // A click that does not move chooses.
    const now = pin.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(now.left + now.width / 2), Math.round(now.top + now.height / 2)],
    });
    expect(chosen).to.deep.equal(['asker-sentrum']);
    await sendMouse({ type: 'move', position: [0, 0] });
    const zoom = tileZoom(el);
    const wheel = new WheelEvent('wheel', { deltaY: -300, bubbles: true, cancelable: true, composed: true });
    $(el, '.map-surface')!.dispatchEvent(wheel);
    expect(wheel.defaultPrevented).to.equal(false);
    expect(tileZoom(el)).to.equal(zoom);
  });

  it('zooms in and out with two fingers', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    await waitFor(() => tileImages(el).length > 0, 'tiles');
    const surface = $(el, '.map-surface')!;
    expect(getComputedStyle(surface).touchAction).to.equal('none');
    const box = surface.getBoundingClientRect();
    const middle = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    const finger = (type: string, pointerId: number, dx: number): void => {
      surface.dispatchEvent(
        new PointerEvent(type, {
          pointerId,
          pointerType: 'touch',
          isPrimary: pointerId === 1,
          bubbles: true,
          composed: true,
          clientX: middle.x + dx,
          clientY: middle.y,
        }),
      );
    };
    const zoom = tileZoom(el);
    finger('pointerdown', 1, -20);
    finger('pointerdown', 2, 20);
    finger('pointermove', 1, -40);
    finger('pointermove', 2, 40);
    // Twice as far apart: one step in.
    expect(tileZoom(el)).to.equal(zoom + 1);
    // A step out each time they come a third nearer.
    finger('pointermove', 1, -15);
    finger('pointermove', 2, 15);
    expect(tileZoom(el)).to.equal(zoom);
    finger('pointermove', 1, -4);
    expect(tileZoom(el)).to.equal(zoom - 1);
    finger('pointerup', 1, -4);
    finger('pointerup', 2, 15);
  });

  it('chooses a torg once when its marker is double-clicked, and does not zoom', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    await waitFor(() => tileImages(el).length > 0, 'tiles');
    const chosen = choices(el);
    const pin = pins(el)[0]!;
    const zoom = tileZoom(el);
    // What a double click sends: two clicks (the second says so) and a dblclick.
    for (const detail of [1, 2]) {
      pin.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'mouse' }));
      pin.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true, pointerType: 'mouse' }));
      pin.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail }));
    }
    pin.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true, detail: 2 }));
    expect(chosen).to.deep.equal(['asker-sentrum']);
    expect(tileZoom(el)).to.equal(zoom);
  });

  it('zooms in where it is double-clicked', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    await waitFor(() => tileImages(el).length > 0, 'tiles');
    const surface = $(el, '.map-surface')!;
    const box = surface.getBoundingClientRect();
    // A torg far from the others (markers near each other are fanned out anew at each zoom).
    const pin = pins(el).find((p) => p.getAttribute('aria-label') === 'Tofte innbyggertorg')!;
    const before = at(pin);
    const zoom = tileZoom(el);
    // Double-clicked at the map's top left corner: that point stays, everything else moves away from it.
    surface.dispatchEvent(
      new MouseEvent('dblclick', { bubbles: true, composed: true, clientX: box.left, clientY: box.top }),
    );
    expect(tileZoom(el)).to.equal(zoom + 1);
    const after = at(pin);
    // The place moved twice as far from the corner; the pin's box (28 px turned: 40 px across, its tip 20 px
    // below its middle) keeps its size, 20 px left of the place and 40 px above it.
    expect(after.x - box.left).to.be.closeTo(2 * (before.x - box.left) + 20, 2);
    expect(after.y - box.top).to.be.closeTo(2 * (before.y - box.top) + 40, 2);
  });

  it("chooses a marker pressed near the map's edge where it is, without moving the map under the pointer", async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    await waitFor(() => tileImages(el).length > 0, 'tiles');
    const chosen = choices(el);
    const map = $(el, '.tile-map')!;
    map.scrollIntoView({ block: 'center' });
    const pin = pins(el)[0]!;
    // Dragged so that the marker's point is 16 px inside the map's left edge, halfway down (clear of the
    // zoom buttons): seen, and pressable.
    const box = pin.getBoundingClientRect();
    const from: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    const frame = map.getBoundingClientRect();
    const to: [number, number] = [
      Math.round(frame.left + map.clientLeft + 16),
      Math.round(frame.top + frame.height / 2),
    ];
    const grip: [number, number] = [Math.round(frame.left + frame.width / 2), Math.round(frame.top + frame.height / 3)];
    await drag(grip, [to[0] - from[0], to[1] - from[1]]);
    const before = at(pin);
    expect(before.x + pin.getBoundingClientRect().width / 2).to.be.closeTo(to[0], 1);
    const now = pin.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(now.left + now.width / 2), Math.round(now.top + now.height / 2)],
    });
    await sendMouse({ type: 'move', position: [0, 0] });
    expect(chosen).to.deep.equal(['asker-sentrum']);
    expect(at(pin).x).to.be.closeTo(before.x, 1);
  });

  it('brings a marker reached with Tab into view, and centres on a torg chosen in the list', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    const map = $(el, '.tile-map')!;
    map.focus();
    for (let i = 0; i < 5; i++) await sendKeys({ press: '+' });
    const inside = (pin: HTMLElement): boolean => {
      // Afresh: focus may scroll the page.
      const box = map.getBoundingClientRect();
      const p = pin.getBoundingClientRect();
      return p.left >= box.left && p.right <= box.right && p.top >= box.top && p.bottom <= box.bottom;
    };
    const outside = pins(el).findIndex((pin) => !inside(pin));
    expect(outside, 'a marker out of view').to.be.at.least(0);
    for (let i = 0; i <= outside; i++) await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused).to.equal(pins(el)[outside]);
    expect(inside(focused)).to.equal(true);
    expect(map.scrollTop + map.scrollLeft, 'the map box itself never scrolls').to.equal(0);

    item(el, 'tofte').querySelector<HTMLButtonElement>('[part~="select"]')!.click();
    await el.updateComplete;
    const tofte = pins(el).find((p) => p.getAttribute('aria-label') === 'Tofte innbyggertorg')!;
    await waitFor(() => tofte.classList.contains('selected'), 'Tofte chosen');
    const pinBox = tofte.getBoundingClientRect();
    const box = map.getBoundingClientRect();
    const middle = {
      x: box.left + map.clientLeft + map.clientWidth / 2,
      y: box.top + map.clientTop + map.clientHeight / 2,
    };
    // The pin's tip (its turned corner, 20 px below its centre) on the map's centre.
    expect(pinBox.left + pinBox.width / 2).to.be.closeTo(middle.x, 2);
    expect(pinBox.top + pinBox.height / 2 + 20).to.be.closeTo(middle.y, 2);
  });

  it('lays its tiles out anew when its size changes', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    await waitFor(() => tileImages(el).length > 0, 'tiles');
    const count = tileImages(el).length;
    el.style.setProperty('--torg-finder-map-height', '60em');
    const map = $(el, '.tile-map')!;
    await waitFor(() => {
      const bottom = Math.max(...tileImages(el).map((img) => img.getBoundingClientRect().bottom));
      return bottom >= map.getBoundingClientRect().bottom;
    }, 'tiles down to the new bottom');
    expect(tileImages(el).length).to.be.greaterThan(count);
  });

  it('names its zoom buttons in the language and with the texts the element has now', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    const labels = (): string[] => zoomButtons(el).map((b) => `${b.getAttribute('aria-label')}|${b.title}`);
    expect(labels()).to.deep.equal(['Zoom inn|Zoom inn', 'Zoom ut|Zoom ut']);
    el.lang = 'en';
    await waitFor(() => $(el, '.map')!.getAttribute('aria-label') === 'Map of the citizen squares', 'English');
    await el.updateComplete;
    expect(labels()).to.deep.equal(['Zoom in|Zoom in', 'Zoom out|Zoom out']);
    el.texts = { en: { zoomIn: 'Closer' } };
    await el.updateComplete;
    await el.updateComplete;
    expect(labels()).to.deep.equal(['Closer|Closer', 'Zoom out|Zoom out']);
    await expect(el).to.be.accessible();
  });

  it('takes tiles and their credit set after the map was made', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    await waitFor(() => tileImages(el).length > 0, 'tiles');
    el.tiles = 'https://tiles.example.test/later/{z}/{x}/{y}.png';
    el.tilesAttribution = 'Eksempelkart';
    await el.updateComplete;
    await waitFor(() => tileImages(el).length > 0, 'tiles');
    expect(tileImages(el).every((img) => img.src.startsWith('https://tiles.example.test/later/'))).to.equal(true);
    expect(textOf($(el, '.map-credit'))).to.equal('Eksempelkart');
    expect($$(el, '.map-surface'), 'one map').to.have.length(1);
    expect(pins(el)).to.have.length(8);
  });

  it('fans out markers of torg at one point: each seen, clicked and reached by Tab in list order', async () => {
    const el = await renderFinder(
      env,
      html`<torg-finder
        map
        .data=${torgAt([
          { lat: 59.8, lon: 10.4 },
          { lat: 59.8, lon: 10.4 },
          // A metre away: the same pixel at any zoom the map fits to.
          { lat: 59.80001, lon: 10.40001 },
          { lat: 59.7, lon: 10.6 },
        ])}
      ></torg-finder>`,
    );
    await waitFor(() => pins(el).length === 4, 'four markers');
    const map = $(el, '.tile-map')!;
    map.scrollIntoView({ block: 'center' });
    const chosen = choices(el);
    /** The middle of each marker's head (the centre of its box), where a pointer reaches it. */
    const heads = (): [number, number][] =>
      pins(el).map((pin) => {
        const box = pin.getBoundingClientRect();
        return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
      });
    const ids = pins(el).map((pin) => torgFixtures.find((t) => pin.getAttribute('aria-label')!.includes(t.name))!.id);
    expect(new Set(ids).size).to.equal(4);
    const check = async (): Promise<void> => {
      const points = heads();
      const mapBox = map.getBoundingClientRect();
      for (const [i, [x, y]] of points.entries()) {
        const label = pins(el)[i]!.getAttribute('aria-label');
        expect(x > mapBox.left && x < mapBox.right && y > mapBox.top && y < mapBox.bottom, `${label} in the map`).to.be
          .true;
        // Nothing else on top of it there: it is seen and a pointer reaches it.
        expect(el.shadowRoot!.elementFromPoint(x, y), `${label} on top at its middle`).to.equal(pins(el)[i]);
        for (const [j, [ox, oy]] of points.entries()) {
          if (j > i) expect(Math.hypot(x - ox, y - oy), `${label} apart from the next`).to.be.at.least(28);
        }
      }
      chosen.length = 0;
      // Each where it is now: a choice scrolls the page to its entry.
      for (const i of points.keys()) {
        map.scrollIntoView({ block: 'center' });
        await sendMouse({ type: 'click', position: heads()[i]! });
        await sendMouse({ type: 'move', position: [0, 0] });
      }
      expect(chosen).to.deep.equal(ids);
    };
    await check();
    // Tab goes from the map through the markers in the list's order.
    map.focus();
    const reached: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      await sendKeys({ press: 'Tab' });
      reached.push((el.shadowRoot!.activeElement as HTMLElement).getAttribute('aria-label') ?? '');
    }
    expect(reached).to.deep.equal(pins(el).map((pin) => pin.getAttribute('aria-label')));
    expect(pins(el).map((pin) => pin.getAttribute('aria-label'))).to.deep.equal(
      names(el).map((name) => (name.startsWith('Holmen') ? `\u2068${name}\u2069 (Planlagt)` : name)),
    );
    // Laid out anew at every zoom: still apart when zoomed out and in again.
    const [zoomIn, zoomOut] = zoomButtons(el);
    zoomOut!.click();
    await nextFrame();
    await check();
    zoomIn!.click();
    await nextFrame();
    await check();
  });

  it('shows torg on either side of the antimeridian together, the short way round', async () => {
    const el = await renderFinder(
      env,
      html`<torg-finder
        map
        .data=${torgAt([
          { lat: 65, lon: 179.9 },
          { lat: 65.1, lon: -179.9 },
        ])}
      ></torg-finder>`,
    );
    await waitFor(() => pins(el).length === 2, 'two markers');
    await waitFor(() => tileImages(el).length > 0, 'tiles');
    const box = $(el, '.tile-map')!.getBoundingClientRect();
    for (const pin of pins(el)) {
      expect(within(pin.getBoundingClientRect(), box), `${pin.getAttribute('aria-label')} inside the map`).to.equal(
        true,
      );
    }
    // Close in, not the whole world.
    expect(tileZoom(el)).to.be.at.least(8);
  });

  it('fits whole markers (not only the places they point at) into the map', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    const map = $(el, '.tile-map')!;
    // Imported here: the first test sees that nothing of the map is fetched before `map` is set.
    const { project, unproject } = await import('../../../src/domain/web-mercator.js');
    // Two places one above the other, just as far apart as fits between the paddings at zoom 12.
    const middle = project({ lat: 59.8, lon: 10.4 }, 12);
    const half = (map.clientHeight - 2 * 32) / 2 - 2;
    el.data = torgAt([
      unproject({ x: middle.x, y: middle.y - half }, 12),
      unproject({ x: middle.x, y: middle.y + half }, 12),
    ]);
    await waitFor(() => pins(el).length === 2, 'two markers');
    // The map drawn for the new data.
    const box = $(el, '.tile-map')!.getBoundingClientRect();
    for (const pin of pins(el)) {
      expect(within(pin.getBoundingClientRect(), box), `${pin.getAttribute('aria-label')} inside the map`).to.equal(
        true,
      );
    }
  });

  it('shows every focus in the map with a ring of at least 3:1 against any tile, never cut off at its edge', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    const map = $(el, '.tile-map')!;
    map.focus();
    const stops: string[] = [];
    for (;;) {
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot!.activeElement as HTMLElement | null;
      if (!focused || !map.contains(focused)) break;
      const name = focused.getAttribute('aria-label') ?? textOf(focused);
      stops.push(name);
      const style = getComputedStyle(focused);
      const width = parseFloat(style.outlineWidth);
      expect(style.outlineStyle, name).to.equal('solid');
      expect(width, name).to.be.at.least(2);
      // Tiles are of every colour: the ring has a band of the widget's background outside it, so it always
      // stands out (3:1) from what is next to it.
      const halo = /^(rgba?\([^)]*\)|#\w+) 0px 0px 0px ([\d.]+)px$/.exec(style.boxShadow);
      expect(halo, `${name}: a band round the ring (box-shadow ${style.boxShadow})`).to.not.equal(null);
      expect(parseColor(halo![1]!).alpha, name).to.equal(1);
      expect(parseFloat(halo![2]!), `${name}: the band reaches beyond the ring`).to.be.at.least(
        parseFloat(style.outlineOffset) + 2 * width,
      );
      expect(contrast(style.outlineColor, halo![1]!), name).to.be.at.least(3);
      // The whole ring is inside the map (which cuts off what leaves it; its band may go).
      const reach = parseFloat(style.outlineOffset) + width;
      const box = focused.getBoundingClientRect();
      const ring = new DOMRect(box.left - reach, box.top - reach, box.width + 2 * reach, box.height + 2 * reach);
      const inner = map.getBoundingClientRect();
      const inside = new DOMRect(
        inner.left + map.clientLeft,
        inner.top + map.clientTop,
        map.clientWidth,
        map.clientHeight,
      );
      expect(within(ring, inside), `${name}: the ring inside the map`).to.equal(true);
    }
    expect(stops.slice(-3)).to.deep.equal(['Zoom inn', 'Zoom ut', 'Kartverket']);
    expect(stops).to.have.length(11);
  });

  it('keeps its markers apart in forced colours: a planned torg in GrayText, the chosen one in Highlight', async () => {
    await emulateForcedColors();
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    const background = (pin: HTMLElement): string => getComputedStyle(pin).backgroundColor;
    const planned = pins(el).find((p) => p.classList.contains('planned'))!;
    const open = pins(el).filter((p) => p !== planned);
    expect(open.map(background)).to.deep.equal(open.map(() => systemColor('ButtonText')));
    expect(background(planned), 'a planned torg').to.equal(systemColor('GrayText'));
    expect(getComputedStyle(planned).borderTopColor).to.equal(systemColor('Canvas'));
    open[0]!.click();
    await el.updateComplete;
    expect(background(open[0]!), 'the chosen torg').to.equal(systemColor('Highlight'));
    planned.click();
    await el.updateComplete;
    expect(background(planned), 'the chosen torg, planned').to.equal(systemColor('Highlight'));
  });

  it('leaves room to scroll the page past it on a phone with large text', async () => {
    await setViewport({ width: 375, height: 667 });
    try {
      const el = await renderFinder(env, html`<torg-finder map style="font-size: 32px"></torg-finder>`);
      await withMap(el);
      const height = $(el, '.tile-map')!.getBoundingClientRect().height;
      expect(height).to.be.at.most(667 * 0.75);
      expect(height).to.be.at.least(200);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('removes the map when the attribute goes, and keeps the list', async () => {
    const el = await renderFinder(env, html`<torg-finder map></torg-finder>`);
    await withMap(el);
    el.map = false;
    await el.updateComplete;
    expect($(el, '.tile-map')).to.equal(null);
    expect($(el, '.map-surface')).to.equal(null);
    expect(names(el)).to.have.length(8);
  });
});
