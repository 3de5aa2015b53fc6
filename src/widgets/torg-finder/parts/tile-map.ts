/**
 * The map of `<torg-finder>`, loaded with its life (`map.ts`, one chunk)
 * only when the `map` attribute is set: a slippy map of 256-pixel raster
 * tiles (Web Mercator, `domain/web-mercator.ts`), our own — it does what the
 * finder needs and no more, in a tenth of Leaflet's bytes.
 *
 * - A marker per torg, in the order of the list: a real `<button>` (Tab
 *   order = list order; Enter, Space or a click chooses it, a double click
 *   once), named after its torg; the chosen one is highlighted
 *   (`aria-pressed`) and on top. A marker reached with Tab outside the view
 *   is brought into it. Markers that would hide each other (torg at one
 *   point, or nearer than a marker at this zoom) are moved apart just
 *   enough (`domain/marker-fan.ts`), laid out anew at every zoom, so each
 *   can be seen and clicked; their Tab order stays the list's.
 * - The map itself (the region, focusable) moves with the arrow keys and
 *   zooms with + and −; the zoom buttons do too (`aria-disabled` at the
 *   ends, so they keep focus). A pointer drags it (on a phone one finger
 *   moves the map, as with Leaflet before: the map is a slippy map, and the
 *   page scrolls anywhere else — a map of 20em, at most 75vh, on a phone
 *   leaves room); two fingers pinch to zoom; a double click zooms in (Shift:
 *   out).
 *   The scroll wheel scrolls the page, never the map.
 * - Nothing animates: the view jumps (no motion for anyone, so nothing to
 *   turn off for `prefers-reduced-motion`).
 * - Only the tiles in view (and a margin of half a tile) are requested, and
 *   those that leave it are removed; without `map` this code is never
 *   fetched, so no tile is either.
 * - Positions are set through the CSSOM (`element.style`), never a style
 *   attribute in markup: strict `style-src` allows it. The styles
 *   (`mapStyles()`) go into the widget's shadow root.
 *
 * It imports nothing the element already has (not even Lit), so in the
 * all-in-one bundle it stays in that one lazy file.
 *
 * @internal
 */
import type { LatLon } from '../../../domain/distance.js';
import { fanOut } from '../../../domain/marker-fan.js';
import {
  TILE_SIZE,
  fitBounds,
  nearestCopy,
  project,
  tileRange,
  worldSize,
  wrapTileX,
  type Point,
} from '../../../domain/web-mercator.js';

/** Kartverket's open topographic map (CC BY 4.0). */
export const DEFAULT_TILES = 'https://cache.kartverket.no/v1/wmts/1.0.0/topo/default/webmercator/{z}/{y}/{x}.png';

export interface MapPlace {
  id: string;
  lat: number;
  lon: number;
  /** The marker's accessible name and tooltip. */
  label: string;
  planned: boolean;
}

export interface MapOptions {
  /** Tile URL template; empty: Kartverket's. */
  tiles: string;
  /** Credit for custom tiles (plain text). */
  attribution: string;
  zoomIn: string;
  zoomOut: string;
  onSelect: (id: string) => void;
}

const MIN_ZOOM = 3;
const MAX_ZOOM = 18;
/** Fitting the torg never zooms in closer than this (a single torg: its neighbourhood). */
const FIT_MAX_ZOOM = 14;
/** Room kept round the places when fitting them. */
const FIT_PADDING = 32;
/**
 * How far the fitted view moves north: a marker stands on its place (28 px turned: 40 px tall), so the
 * northmost shows whole — 48 px above the places, 16 px below them, and the same zoom.
 */
const FIT_NORTH = 16;
/**
 * The least distance between two markers' places once fanned out: a pin's head is 28 px wide and its tip 34 px
 * below the top of its head, so nearer than 34 px one covers part of another (36: a gap, and room for rounding).
 */
const MARKER_SPACING = 36;
/** Pixels an arrow key moves the map (three times with Shift), as Leaflet's keyboard did. */
const PAN_STEP = 80;
/** Tiles beyond the view that are loaded too, in pixels. */
const TILE_MARGIN = TILE_SIZE / 2;
/** A pointer that moves less than this (pixels) clicks; more, it drags. */
const DRAG_THRESHOLD = 4;
/** Fingers this many times further apart (or nearer) zoom in (or out) one step. */
const PINCH_STEP = 1.5;
/** Asker kommune: the view until the markers are placed. */
const START: LatLon = { lat: 59.72, lon: 10.45 };
const START_ZOOM = 9;

/** Tags the stylesheet's text, so the builds minify it as they do Lit's `css` (vite.config.ts, minifyTemplates). */
const css = String.raw;

const mapCss = css`
  .tile-map {
    position: relative;
    overflow: hidden;
    -webkit-tap-highlight-color: transparent;
  }
  .map-surface,
  .map-tiles,
  .map-markers {
    position: absolute;
    inset: 0;
  }
  .map-surface {
    overflow: hidden;
    touch-action: none;
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
  }
  .map-surface:active {
    cursor: grabbing;
  }
  .map-tile {
    position: absolute;
    top: 0;
    left: 0;
    width: ${TILE_SIZE}px;
    height: ${TILE_SIZE}px;
    max-width: none;
    pointer-events: none;
    /* Shown once loaded: a tile that fails leaves the map's background, not a broken image. */
    visibility: hidden;
  }
  .map-tile.loaded {
    visibility: inherit;
  }
  .pin,
  .here {
    position: absolute;
    top: 0;
    left: 0;
    box-sizing: border-box;
    margin: 0;
    padding: 0;
    border: 3px solid #fff;
  }
  .pin {
    width: 28px;
    height: 28px;
    border-radius: 50% 50% 50% 0;
    background: var(--_color-primary);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.45);
    cursor: pointer;
  }
  .pin:hover,
  .pin:focus-visible {
    z-index: 1;
  }
  /* Tiles are of every colour: a band of the widget's background round the focus ring keeps it 3:1 on any of them. */
  .tile-map :focus-visible {
    outline-offset: 0;
    box-shadow: 0 0 0 calc(2 * var(--_focus-width)) var(--_color-bg);
  }
  .pin.planned {
    background: var(--_color-text-muted);
  }
  .pin.selected {
    z-index: 2;
    background: var(--_color-focus);
  }
  .here {
    width: 18px;
    height: 18px;
    border-radius: 50%;
    background: var(--_color-danger);
    box-shadow: 0 0 0 2px var(--_color-danger);
    pointer-events: none;
  }
  .map-zoom {
    position: absolute;
    top: 10px;
    left: 10px;
    display: grid;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.3);
  }
  .map-zoom button {
    display: grid;
    place-items: center;
    width: 2em;
    min-width: 24px;
    height: 2em;
    min-height: 24px;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1;
    cursor: pointer;
  }
  .map-zoom button + button {
    border-top: 1px solid var(--_color-border);
    border-radius: 0 0 var(--_radius) var(--_radius);
  }
  .map-zoom button[aria-disabled='true'] {
    color: var(--_color-text-muted);
    cursor: not-allowed;
  }
  .map-credit {
    position: absolute;
    right: 0;
    bottom: 0;
    max-width: 100%;
    box-sizing: border-box;
    /* Room for the link's focus ring, which the map's edge would cut off. */
    padding: 0.2em 0.5em;
    background: var(--_color-bg);
    font-size: 0.75em;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  .map-credit:empty {
    display: none;
  }
  @media (pointer: coarse) {
    .map-zoom button {
      width: 44px;
      height: 44px;
    }
  }
  @media (forced-colors: active) {
    .pin,
    .here {
      border-color: Canvas;
      background: ButtonText;
      forced-color-adjust: none;
    }
    /* As specific as the plain rules, which it must override (forced-color-adjust: none keeps any colour). */
    .pin.planned {
      background: GrayText;
    }
    .pin.selected {
      background: Highlight;
    }
    .pin:focus-visible {
      outline-color: CanvasText;
      box-shadow: 0 0 0 calc(2 * var(--_focus-width)) Canvas;
    }
    .map-zoom button[aria-disabled='true'] {
      color: GrayText;
    }
  }
`;

let sheets: CSSStyleSheet[] | undefined;

/** The map's styles, for the widget's shadow root (constructed once). */
export function mapStyles(): CSSStyleSheet[] {
  if (!sheets) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(mapCss);
    sheets = [sheet];
  }
  return sheets;
}

/** A usable tile template: an absolute http(s) URL, else '' (the default). */
export function tileTemplate(tiles: string): string {
  try {
    return /^https?:$/.test(new URL(tiles.trim()).protocol) ? tiles.trim() : '';
  } catch {
    return '';
  }
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  parent: HTMLElement,
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.className = className;
  parent.append(created);
  return created;
}

interface Marker {
  place: MapPlace;
  button: HTMLButtonElement;
  /** Where the marker stands (a world pixel at the zoom; fanned out from its place when it has to be). */
  at?: Point;
}

export class FinderMap {
  private readonly surface: HTMLDivElement;
  private readonly tileLayer: HTMLDivElement;
  private readonly markerLayer: HTMLDivElement;
  private readonly controls: HTMLDivElement;
  private readonly credit: HTMLDivElement;
  private readonly zoomInButton: HTMLButtonElement;
  private readonly zoomOutButton: HTMLButtonElement;
  private readonly template: string;
  /** The tiles on the map, by `z/x/y`. */
  private readonly tiles = new Map<string, HTMLImageElement>();
  private readonly markers = new Map<string, Marker>();
  /** The markers in the list's order. */
  private ordered: Marker[] = [];
  /** The places' pixels the markers were last fanned out from (their positions are kept while these stay). */
  private fannedFrom: Point[] = [];
  private here: { position: LatLon; element: HTMLDivElement } | undefined;
  private readonly resize: ResizeObserver;
  /** Ends every listener the map added. */
  private readonly listening = new AbortController();
  /** The view: its centre in world pixels at `zoom`. */
  private center: Point;
  private zoom = START_ZOOM;
  /** The map's size in pixels. */
  private size: Point = { x: 0, y: 0 };
  private shown = '';
  /** Points to fit once the map has a size. */
  private pendingFit: LatLon[] | undefined;
  /** Pointers down on the map, where they are now (client pixels). */
  private readonly pointers = new Map<number, Point>();
  /** Where the first pointer went down; whether it has moved far enough to drag. */
  private downAt: Point | undefined;
  private dragged = false;
  /** The fingers' distance when the pinch last zoomed. */
  private pinchFrom: number | undefined;

  /** A map in `container`, whose root has `mapStyles()`. */
  constructor(
    private readonly container: HTMLElement,
    private readonly options: MapOptions,
  ) {
    const signal = this.listening.signal;
    const tiles = tileTemplate(options.tiles);
    this.template = tiles || DEFAULT_TILES;
    this.center = project(START, START_ZOOM);

    container.classList.add('tile-map');
    // The map itself takes the arrow keys and + and −.
    container.tabIndex = 0;
    this.surface = element('div', 'map-surface', container);
    this.tileLayer = element('div', 'map-tiles', this.surface);
    this.markerLayer = element('div', 'map-markers', this.surface);
    this.controls = element('div', 'map-zoom', container);
    this.zoomInButton = this.zoomButton('+', 1);
    this.zoomOutButton = this.zoomButton('\u2212', -1);
    this.label(options);
    this.credit = element('div', 'map-credit', container);
    if (tiles) {
      // Text from the page: never markup.
      this.credit.textContent = options.attribution.trim();
    } else {
      const link = document.createElement('a');
      link.href = 'https://www.kartverket.no/';
      link.textContent = 'Kartverket';
      this.credit.append('© ', link);
    }

    container.addEventListener('keydown', (event) => this.onKey(event), { signal });
    // Focus never scrolls the map's box (a marker out of view is brought into view instead).
    const unscroll = (event: Event): void => {
      const box = event.currentTarget as HTMLElement;
      box.scrollTop = 0;
      box.scrollLeft = 0;
    };
    container.addEventListener('scroll', unscroll, { signal });
    this.surface.addEventListener('scroll', unscroll, { signal });
    this.markerLayer.addEventListener('focusin', (event) => this.reveal(event.target), { signal });
    this.surface.addEventListener('pointerdown', (event) => this.onPointerDown(event), { signal });
    this.surface.addEventListener('pointermove', (event) => this.onPointerMove(event), { signal });
    for (const type of ['pointerup', 'pointercancel'] as const) {
      this.surface.addEventListener(type, (event) => this.onPointerUp(event), { signal });
    }
    // A drag that ends on a marker does not choose it.
    this.surface.addEventListener(
      'click',
      (event) => {
        if (this.dragged && event.detail) event.stopPropagation();
        this.dragged = false;
      },
      { capture: true, signal },
    );
    this.surface.addEventListener('dblclick', (event) => this.onDoubleClick(event), { signal });

    // Laid out when its places come (`update`, straight after) or, if none do, when the observer first reports:
    // no tile is asked for a view that is never shown.
    this.measure();
    this.resize = new ResizeObserver(() => {
      this.measure();
      this.layout();
    });
    this.resize.observe(container);
  }

  /** Shows these places, in this order (the list's), with one chosen, and the user's position. */
  update(places: readonly MapPlace[], selected: string | undefined, origin: LatLon | undefined): void {
    const key = JSON.stringify([places, origin]);
    if (key !== this.shown) {
      this.shown = key;
      this.placeMarkers(places, origin);
      const points: LatLon[] = places.map(({ lat, lon }) => ({ lat, lon }));
      if (origin) points.push(origin);
      if (points.length) this.fit(points);
      this.layout();
    }
    this.select(selected, false);
  }

  /** Names the zoom buttons (again, when the element's language or texts change). */
  label({ zoomIn, zoomOut }: Pick<MapOptions, 'zoomIn' | 'zoomOut'>): void {
    for (const [button, text] of [
      [this.zoomInButton, zoomIn],
      [this.zoomOutButton, zoomOut],
    ] as const) {
      button.title = text;
      button.setAttribute('aria-label', text);
    }
  }

  /** Highlights a place; `pan` centres the map on it. */
  select(id: string | undefined, pan: boolean): void {
    for (const [placeId, { place, button }] of this.markers) {
      const on = placeId === id;
      button.classList.toggle('selected', on);
      button.setAttribute('aria-pressed', String(on));
      if (on && pan) {
        this.center = this.locate(place);
        this.layout();
      }
    }
  }

  destroy(): void {
    this.listening.abort();
    this.resize.disconnect();
    this.surface.remove();
    this.controls.remove();
    this.credit.remove();
    this.tiles.clear();
    this.markers.clear();
    this.ordered = [];
    this.here = undefined;
    this.pointers.clear();
    this.container.classList.remove('tile-map');
    this.container.removeAttribute('tabindex');
  }

  private zoomButton(text: string, step: number): HTMLButtonElement {
    const button = element('button', '', this.controls);
    button.type = 'button';
    button.textContent = text;
    button.addEventListener('click', () => this.zoomBy(step), { signal: this.listening.signal });
    return button;
  }

  /** The markers for these places, in their order, after the user's position; a torg keeps its marker (and its focus). */
  private placeMarkers(places: readonly MapPlace[], origin: LatLon | undefined): void {
    if (origin && !this.here) {
      const here = document.createElement('div');
      here.className = 'here';
      here.setAttribute('aria-hidden', 'true');
      this.markerLayer.prepend(here);
      this.here = { position: origin, element: here };
    } else if (!origin) {
      this.here?.element.remove();
      this.here = undefined;
    }
    if (this.here && origin) this.here.position = origin;
    const ids = new Set(places.map((p) => p.id));
    for (const [id, marker] of this.markers) {
      if (!ids.has(id)) {
        marker.button.remove();
        this.markers.delete(id);
      }
    }
    let next = this.here ? this.here.element.nextSibling : this.markerLayer.firstChild;
    this.ordered = [];
    for (const place of places) {
      const marker = this.markers.get(place.id) ?? this.marker(place);
      marker.place = place;
      this.ordered.push(marker);
      const { button } = marker;
      button.className = place.planned ? 'pin planned' : 'pin';
      button.title = place.label;
      button.setAttribute('aria-label', place.label);
      // Moved only if out of place: a focused marker that stays keeps its focus.
      if (button === next) next = next.nextSibling;
      else this.markerLayer.insertBefore(button, next);
    }
  }

  private marker(place: MapPlace): Marker {
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-pressed', 'false');
    const marker = { place, button };
    // A double click chooses once (its second click says it is one).
    button.addEventListener(
      'click',
      (event) => {
        if (event.detail < 2) this.options.onSelect(marker.place.id);
      },
      { signal: this.listening.signal },
    );
    this.markers.set(place.id, marker);
    return marker;
  }

  private measure(): void {
    this.size = { x: this.container.clientWidth, y: this.container.clientHeight };
    if (this.pendingFit) this.fit(this.pendingFit);
  }

  /** Shows every point, or, while the map has no size, does so once it has one. */
  private fit(points: LatLon[]): void {
    if (!this.size.x || !this.size.y) {
      this.pendingFit = points;
      return;
    }
    this.pendingFit = undefined;
    const view = fitBounds(points, this.size, FIT_PADDING, MIN_ZOOM, FIT_MAX_ZOOM);
    this.center = { x: view.center.x, y: view.center.y - FIT_NORTH };
    this.zoom = view.zoom;
  }

  /** Places the tiles (requesting those newly in view, removing those out of it), the markers and the controls. */
  private layout(): void {
    const { x: width, y: height } = this.size;
    const worldPixels = worldSize(this.zoom);
    // Never further than the world's edge north or south.
    this.center = { x: this.center.x, y: Math.max(0, Math.min(worldPixels, this.center.y)) };
    const left = Math.round(this.center.x - width / 2);
    const top = Math.round(this.center.y - height / 2);
    const wanted = new Set<string>();
    if (width && height) {
      const range = tileRange(this.center, this.size, this.zoom, TILE_MARGIN);
      for (let y = range.y0; y <= range.y1; y += 1) {
        for (let x = range.x0; x <= range.x1; x += 1) {
          const key = `${this.zoom}/${x}/${y}`;
          wanted.add(key);
          let tile = this.tiles.get(key);
          if (!tile) {
            tile = this.tile(x, y);
            this.tiles.set(key, tile);
            this.tileLayer.append(tile);
          }
          tile.style.transform = `translate(${x * TILE_SIZE - left}px,${y * TILE_SIZE - top}px)`;
        }
      }
    }
    for (const [key, tile] of this.tiles) {
      if (!wanted.has(key)) {
        tile.remove();
        this.tiles.delete(key);
      }
    }
    this.fan();
    for (const { at, button } of this.ordered) {
      if (!at) continue;
      // The pin's tip (its corner, turned to point down) on the place (or where it was fanned out to).
      button.style.transform = `translate(${Math.round(at.x - left) - 14}px,${Math.round(at.y - top) - 34}px) rotate(-45deg)`;
    }
    if (this.here) {
      const at = this.locate(this.here.position);
      this.here.element.style.transform = `translate(${Math.round(at.x - left) - 9}px,${Math.round(at.y - top) - 9}px)`;
    }
    this.zoomInButton.setAttribute('aria-disabled', String(this.zoom >= MAX_ZOOM));
    this.zoomOutButton.setAttribute('aria-disabled', String(this.zoom <= MIN_ZOOM));
  }

  /** Where each marker stands at this zoom: on its place, or fanned out with those it would hide (worked out anew only when the places' pixels change: a zoom, new places). */
  private fan(): void {
    const from = this.ordered.map(({ place }) => this.locate(place));
    const same =
      from.length === this.fannedFrom.length &&
      from.every((p, i) => p.x === this.fannedFrom[i]!.x && p.y === this.fannedFrom[i]!.y);
    if (same) return;
    this.fannedFrom = from;
    fanOut(from, MARKER_SPACING).forEach((at, i) => (this.ordered[i]!.at = at));
  }

  /** A position's world pixel, in the copy of the world nearest the view (the world repeats east and west). */
  private locate(position: LatLon): Point {
    const at = project(position, this.zoom);
    return { x: nearestCopy(at.x, this.center.x, this.zoom), y: at.y };
  }

  private tile(x: number, y: number): HTMLImageElement {
    const z = this.zoom;
    const values: Record<string, string | number> = {
      z,
      x: wrapTileX(x, z),
      y,
      '-y': 2 ** z - 1 - y,
      s: 'a',
      r: '',
    };
    const tile = document.createElement('img');
    tile.className = 'map-tile';
    tile.alt = '';
    tile.draggable = false;
    tile.decoding = 'async';
    // The tile server learns the site, never the page (whatever the page's own policy, e.g. `unsafe-url`).
    tile.referrerPolicy = 'strict-origin-when-cross-origin';
    tile.addEventListener('load', () => tile.classList.add('loaded'), { once: true });
    tile.src = this.template.replace(/\{(-y|[zxysr])\}/g, (_, name: string) => String(values[name]));
    return tile;
  }

  private panBy(dx: number, dy: number): void {
    this.center = { x: this.center.x + dx, y: this.center.y + dy };
    this.layout();
  }

  /** Zooms `step` levels, keeping `at` (pixels from the map's top left; default its centre) where it is. */
  private zoomBy(step: number, at: Point = { x: this.size.x / 2, y: this.size.y / 2 }): void {
    const zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, this.zoom + step));
    if (zoom === this.zoom) return;
    const factor = 2 ** (zoom - this.zoom);
    const fromCenter = { x: at.x - this.size.x / 2, y: at.y - this.size.y / 2 };
    this.center = {
      x: (this.center.x + fromCenter.x) * factor - fromCenter.x,
      y: (this.center.y + fromCenter.y) * factor - fromCenter.y,
    };
    this.zoom = zoom;
    this.layout();
  }

  private onKey(event: KeyboardEvent): void {
    // The map's own keys, on the map itself (a marker's or a button's keys are theirs).
    if (event.target !== this.container || event.altKey || event.ctrlKey || event.metaKey) return;
    const step = event.shiftKey ? PAN_STEP * 3 : PAN_STEP;
    const keys: Record<string, () => void> = {
      ArrowLeft: () => this.panBy(-step, 0),
      ArrowRight: () => this.panBy(step, 0),
      ArrowUp: () => this.panBy(0, -step),
      ArrowDown: () => this.panBy(0, step),
      '+': () => this.zoomBy(1),
      '=': () => this.zoomBy(1),
      '-': () => this.zoomBy(-1),
      '\u2212': () => this.zoomBy(-1),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  /**
   * A marker focused out of view by the keyboard comes into it. One pressed with a pointer is where the
   * pointer is: moving the map then would take it from under the press, and the click would be lost.
   */
  private reveal(target: EventTarget | null): void {
    const marker = this.ordered.find((m) => m.button === target);
    if (!marker || !marker.button.matches(':focus-visible')) return;
    const at = marker.at ?? this.locate(marker.place);
    // The pin (its tip on the place, 40 px tall and wide when turned) in pixels from the map's top left.
    const x = at.x - this.center.x + this.size.x / 2;
    const y = at.y - this.center.y + this.size.y / 2;
    if (x < 24 || x > this.size.x - 24 || y < 44 || y > this.size.y - 4) {
      this.center = at;
      this.layout();
    }
  }

  /** A point of the map, in pixels from its top left. */
  private local(clientX: number, clientY: number): Point {
    const box = this.surface.getBoundingClientRect();
    return { x: clientX - box.left, y: clientY - box.top };
  }

  private onPointerDown(event: PointerEvent): void {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this.pointers.size === 1) {
      this.downAt = { x: event.clientX, y: event.clientY };
      this.dragged = false;
    }
    this.pinchFrom = this.pointers.size === 2 ? this.spread() : undefined;
  }

  private onPointerMove(event: PointerEvent): void {
    const last = this.pointers.get(event.pointerId);
    if (!last) return;
    const before = this.middle();
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (!this.dragged) {
      const from = this.downAt ?? last;
      if (Math.hypot(event.clientX - from.x, event.clientY - from.y) < DRAG_THRESHOLD && this.pointers.size < 2) return;
      this.dragged = true;
      for (const id of this.pointers.keys()) {
        try {
          this.surface.setPointerCapture(id);
        } catch {
          // A pointer that is already gone.
        }
      }
    }
    const after = this.middle();
    this.panBy(before.x - after.x, before.y - after.y);
    if (this.pinchFrom !== undefined) {
      const spread = this.spread();
      const ratio = spread / this.pinchFrom;
      if (ratio >= PINCH_STEP || ratio <= 1 / PINCH_STEP) {
        this.pinchFrom = spread;
        this.zoomBy(ratio > 1 ? 1 : -1, this.local(after.x, after.y));
      }
    }
  }

  private onPointerUp(event: PointerEvent): void {
    this.pointers.delete(event.pointerId);
    this.pinchFrom = undefined;
    if (!this.pointers.size) this.downAt = undefined;
  }

  private onDoubleClick(event: MouseEvent): void {
    if ((event.target as Element).closest('.pin')) return;
    this.zoomBy(event.shiftKey ? -1 : 1, this.local(event.clientX, event.clientY));
  }

  /** The middle of the pointers down (client pixels). */
  private middle(): Point {
    const sum = { x: 0, y: 0 };
    for (const p of this.pointers.values()) {
      sum.x += p.x;
      sum.y += p.y;
    }
    return { x: sum.x / this.pointers.size, y: sum.y / this.pointers.size };
  }

  /** How far apart the first two pointers are. */
  private spread(): number {
    const [a, b] = [...this.pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  }
}
