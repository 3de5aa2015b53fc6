/**
 * The map of `<torg-finder>` (Leaflet), loaded with its life (`map.ts`, one
 * chunk) only when the `map` attribute is set: a marker per torg, in the order of the list, each a keyboard
 * button (Tab, Enter or Space) named after its torg; the chosen one is
 * highlighted (`aria-pressed`). Leaflet's CSS (`mapStyles()`) goes into the
 * widget's shadow root, so the map works inside it and nothing leaks into
 * the page; the builds leave out its rules for parts this map never creates
 * (popups, tooltips, the layers and scale controls, the default marker
 * image: `UNUSED_LEAFLET_CLASS` in vite.config.ts, which fails the build if
 * the map starts to create one).
 * Scroll-wheel zoom is off (the page keeps scrolling); animations follow
 * `prefers-reduced-motion`.
 *
 * It imports nothing the element already has (not even Lit), so in the
 * all-in-one bundle it stays in that one lazy file.
 * Leaflet comes from its ES source (`leaflet/src/`, part of its package),
 * module by module: the map, its handlers, tiles, markers and the two
 * controls, not the rest of Leaflet (vector layers and their renderers,
 * GeoJSON, popups, tooltips, overlays, the layers and scale controls), which
 * its prebuilt files carry in one module that no bundler can trim (a third
 * of this chunk). Its types are the package's (`leaflet.d.ts`).
 *
 * @internal
 */
import type { LatLngTuple, Map as LeafletMap, Marker } from 'leaflet';
import { attribution } from 'leaflet/src/control/Control.Attribution.js';
import { zoom } from 'leaflet/src/control/Control.Zoom.js';
import { toLatLngBounds } from 'leaflet/src/geo/LatLngBounds.js';
import { divIcon, marker as leafletMarker } from 'leaflet/src/layer/marker/index.js';
import { tileLayer } from 'leaflet/src/layer/tile/TileLayer.js';
import { map as leafletMap } from 'leaflet/src/map/index.js';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import type { LatLon } from '../../../domain/distance.js';

/* @preserve
 * Leaflet, a JS library for interactive maps. https://leafletjs.com
 * (c) 2010-2023 Vladimir Agafonkin, (c) 2010-2011 CloudMade
 */

/** Kartverket's open topographic map (CC BY 4.0). */
export const DEFAULT_TILES = 'https://cache.kartverket.no/v1/wmts/1.0.0/topo/default/webmercator/{z}/{y}/{x}.png';
const KARTVERKET = '© <a href="https://www.kartverket.no/">Kartverket</a>';

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

const markerCss = `
  .leaflet-container {
    font: inherit;
  }
  .leaflet-container a {
    color: var(--_color-link);
  }
  .leaflet-container :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .pin {
    box-sizing: border-box;
    border: 3px solid #fff;
    border-radius: 50% 50% 50% 0;
    background: var(--_color-primary);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.45);
    transform: rotate(-45deg);
    cursor: pointer;
  }
  .pin.planned {
    background: var(--_color-text-muted);
  }
  .pin.selected {
    background: var(--_color-focus);
    z-index: 1000 !important;
  }
  .here {
    border: 3px solid #fff;
    border-radius: 50%;
    background: var(--_color-danger);
    box-shadow: 0 0 0 2px var(--_color-danger);
  }
  @media (forced-colors: active) {
    .pin,
    .here {
      border-color: Canvas;
      background: ButtonText;
      forced-color-adjust: none;
    }
    .pin.selected {
      background: Highlight;
    }
  }
`;

let sheets: CSSStyleSheet[] | undefined;

/** Leaflet's styles and the markers', for the widget's shadow root (constructed once). */
export function mapStyles(): CSSStyleSheet[] {
  if (!sheets) {
    sheets = [leafletCss, markerCss].map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    });
  }
  return sheets;
}

const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Plain text for Leaflet's attribution (which is HTML). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A usable tile template: an absolute http(s) URL, else '' (the default). */
function tileTemplate(tiles: string): string {
  try {
    return /^https?:$/.test(new URL(tiles.trim()).protocol) ? tiles.trim() : '';
  } catch {
    return '';
  }
}

export class FinderMap {
  private readonly map: LeafletMap;
  private readonly markers = new Map<string, Marker>();
  private readonly resize: ResizeObserver;
  private shown = '';
  private here: Marker | undefined;

  /** A map in `container`, whose root has `mapStyles()`. */
  constructor(
    container: HTMLElement,
    private readonly options: MapOptions,
  ) {
    const animate = !reducedMotion();
    this.map = leafletMap(container, {
      zoomControl: false,
      attributionControl: false,
      scrollWheelZoom: false,
      zoomAnimation: animate,
      fadeAnimation: animate,
      markerZoomAnimation: animate,
    });
    zoom({ zoomInTitle: options.zoomIn, zoomOutTitle: options.zoomOut }).addTo(this.map);
    attribution({ prefix: '<a href="https://leafletjs.com/">Leaflet</a>' }).addTo(this.map);
    const tiles = tileTemplate(options.tiles);
    tileLayer(tiles || DEFAULT_TILES, {
      attribution: tiles ? escapeHtml(options.attribution) : KARTVERKET,
      maxZoom: 18,
      // The tile server learns the site, never the page (whatever the page's own policy, e.g. `unsafe-url`).
      referrerPolicy: 'strict-origin-when-cross-origin',
    }).addTo(this.map);
    // Asker kommune, until the markers are placed.
    this.map.setView([59.72, 10.45], 9);
    this.resize = new ResizeObserver(() => this.map.invalidateSize());
    this.resize.observe(container);
  }

  /** Shows these places, in this order (the list's), with one chosen, and the user's position. */
  update(places: readonly MapPlace[], selected: string | undefined, origin: LatLon | undefined): void {
    const key = JSON.stringify([places, origin]);
    if (key !== this.shown) {
      this.shown = key;
      for (const marker of this.markers.values()) marker.remove();
      this.markers.clear();
      this.here?.remove();
      this.here = origin
        ? leafletMarker([origin.lat, origin.lon], {
            icon: divIcon({ className: 'here', iconSize: [18, 18] }),
            interactive: false,
            keyboard: false,
          }).addTo(this.map)
        : undefined;
      for (const place of places) this.markers.set(place.id, this.addMarker(place));
      const points = places.map((p): LatLngTuple => [p.lat, p.lon]);
      if (origin) points.push([origin.lat, origin.lon]);
      if (points.length) this.map.fitBounds(toLatLngBounds(points), { padding: [32, 32], maxZoom: 14, animate: false });
    }
    this.select(selected, false);
  }

  /** Highlights a place; `pan` brings it into view. */
  select(id: string | undefined, pan: boolean): void {
    for (const [placeId, marker] of this.markers) {
      const on = placeId === id;
      const element = marker.getElement();
      element?.classList.toggle('selected', on);
      element?.setAttribute('aria-pressed', String(on));
      if (on && pan) this.map.panTo(marker.getLatLng(), { animate: !reducedMotion() });
    }
  }

  destroy(): void {
    this.resize.disconnect();
    this.map.remove();
  }

  private addMarker(place: MapPlace): Marker {
    const marker = leafletMarker([place.lat, place.lon], {
      icon: divIcon({
        className: place.planned ? 'pin planned' : 'pin',
        iconSize: [28, 28],
        iconAnchor: [14, 34],
      }),
      title: place.label,
      keyboard: true,
      riseOnHover: true,
    });
    marker.on('click', () => this.options.onSelect(place.id));
    marker.addTo(this.map);
    const element = marker.getElement();
    element?.setAttribute('aria-label', place.label);
    element?.setAttribute('aria-pressed', 'false');
    element?.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.options.onSelect(place.id);
      }
    });
    return marker;
  }
}
