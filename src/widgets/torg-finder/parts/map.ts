/**
 * The map of `<torg-finder>`: its place in the view, and its life. Leaflet
 * (`leaflet-map.ts`, a chunk of its own even in the all-in-one bundle) is
 * loaded only when `map` is set; the map is made once its code is there and
 * its container is on the page, follows the list after every render, and is
 * torn down when `map` goes, when the view is drawn anew, and when the
 * element leaves the page — also while its code is still on the way (it is
 * then never made), and when the element left before its view or data came
 * (it still renders then: no map is made off the page). An element put back
 * on a page gets its map again.
 */
import { html, type ReactiveController, type TemplateResult } from 'lit';
import { createLogger } from '../../../core/logger.js';
import type { WidgetHost } from '../../../core/widget-host.js';
import type { LatLon } from '../../../domain/distance.js';
import type { FinderFirstMessages } from '../messages/index.js';
import type { TorgFinder } from '../torg-finder.js';
import type { FinderMap, MapPlace } from './leaflet-map.js';

export type { MapPlace };

interface Wanted {
  places: readonly MapPlace[];
  selected: string | undefined;
  origin: LatLon | undefined;
}

export class FinderMapPart implements ReactiveController {
  private readonly host: WidgetHost<TorgFinder>;
  private readonly texts: () => FinderFirstMessages;
  private readonly onSelect: (torgId: string) => void;
  private map: FinderMap | undefined;
  /** Where the map is, or is being made. */
  private container: HTMLElement | undefined;
  private state: 'off' | 'loading' | 'ready' | 'failed' = 'off';
  /** Bumped by every teardown: a load started before it makes no map. */
  private generation = 0;
  /** What the map is to show (the latest, also while its code loads). */
  private wanted: Wanted = { places: [], selected: undefined, origin: undefined };

  constructor(host: WidgetHost<TorgFinder>, texts: () => FinderFirstMessages, onSelect: (torgId: string) => void) {
    this.host = host;
    this.texts = texts;
    this.onSelect = onSelect;
    host.addController(this);
  }

  hostConnected(): void {
    // Back on a page: render, so the map is made again.
    if (this.host.element.map) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.teardown();
  }

  /** After each render: makes, updates or removes the map. */
  sync(places: readonly MapPlace[], selected: string | undefined, origin: LatLon | undefined): void {
    this.wanted = { places, selected, origin };
    // Off the page (an element still renders when its view or data arrive after it left): no map until it is back.
    if (!this.host.element.isConnected) {
      this.teardown();
      return;
    }
    if (!this.host.element.map) {
      this.teardown();
      // Asked for again later, it is tried again.
      this.state = 'off';
      return;
    }
    const container = this.host.element.renderRoot.querySelector<HTMLElement>('.map') ?? undefined;
    if (container !== this.container) this.teardown();
    if (!container) return;
    if (this.map) this.map.update(places, selected, origin);
    else if (this.state === 'off') void this.load(container);
  }

  /** Highlights a torg's marker; `pan` brings it into view. */
  select(torgId: string, pan: boolean): void {
    this.map?.select(torgId, pan);
  }

  private async load(container: HTMLElement): Promise<void> {
    this.state = 'loading';
    this.container = container;
    const generation = this.generation;
    try {
      const { FinderMap, mapStyles } = await import('./leaflet-map.js');
      // Removed, turned off or drawn anew while the code came: no map for a container that is gone.
      if (generation !== this.generation) return;
      this.host.addStyles(...mapStyles());
      const m = this.texts();
      this.map = new FinderMap(container, {
        tiles: this.host.element.tiles,
        attribution: this.host.element.tilesAttribution,
        zoomIn: m.zoomIn,
        zoomOut: m.zoomOut,
        onSelect: this.onSelect,
      });
      this.state = 'ready';
      const { places, selected, origin } = this.wanted;
      this.map.update(places, selected, origin);
    } catch (error) {
      if (generation !== this.generation) return;
      createLogger(this.host.element.localName).warn('the map could not be shown:', error);
      this.state = 'failed';
      this.host.requestUpdate();
    }
  }

  private teardown(): void {
    this.generation++;
    this.map?.destroy();
    this.map = undefined;
    this.container = undefined;
    if (this.state !== 'failed') this.state = 'off';
  }

  render(m: FinderFirstMessages): TemplateResult {
    if (this.state === 'failed') {
      return html`<p class="notice warning map-error" part="notice">${m.mapError}</p>`;
    }
    return html`<div class="map-area">
      <div class="map" part="map" role="region" aria-label=${m.mapLabel} aria-describedby="map-hint"></div>
      <p id="map-hint" class="hint">${m.mapHint}</p>
    </div>`;
  }
}
