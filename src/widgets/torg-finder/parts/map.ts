/**
 * The map of `<torg-finder>`, and its life — a chunk of its own with the
 * tile map (`tile-map.ts`), fetched only when `map` is set (the view draws the
 * map's region at once, and this makes the map in it). The map is made once
 * the region is on the page, follows the list after every render, and is
 * torn down when `map` goes, when the view is drawn anew, and when the
 * element leaves the page — also when the element left before this code,
 * its view or its data came (it still renders then: no map is made off the
 * page). An element put back on a page gets its map again.
 */
import type { ReactiveController } from 'lit';
import { createLogger } from '../../../core/logger.js';
import type { WidgetHost } from '../../../core/widget-host.js';
import type { LatLon } from '../../../domain/distance.js';
import type { FinderFirstMessages } from '../messages/index.js';
import type { TorgFinder } from '../torg-finder.js';
import { FinderMap, mapStyles, type MapPlace } from './tile-map.js';

export type { MapPlace };

export class FinderMapPart implements ReactiveController {
  private readonly host: WidgetHost<TorgFinder>;
  private readonly texts: () => FinderFirstMessages;
  private readonly onSelect: (torgId: string) => void;
  private map: FinderMap | undefined;
  /** Where the map is. */
  private container: HTMLElement | undefined;
  /** The tiles and their credit the map was made with (set anew, the map is made anew). */
  private tiles = '';
  /** The map could not be made (said in its place until `map` is set anew). */
  failed = false;

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
    // Off the page (an element still renders when its view or data arrive after it left): no map until it is back.
    if (!this.host.element.isConnected) {
      this.teardown();
      return;
    }
    if (!this.host.element.map) {
      this.teardown();
      // Asked for again later, it is tried again.
      this.failed = false;
      return;
    }
    const container = this.host.element.renderRoot.querySelector<HTMLElement>('.map') ?? undefined;
    const { tiles, tilesAttribution } = this.host.element;
    if (container !== this.container || `${tiles}\n${tilesAttribution}` !== this.tiles) this.teardown();
    if (!container) return;
    if (!this.map && !this.failed) this.make(container);
    // The zoom buttons in the element's language and texts of the moment.
    this.map?.label(this.texts());
    this.map?.update(places, selected, origin);
  }

  /** Highlights a torg's marker; `pan` brings it into view. */
  select(torgId: string, pan: boolean): void {
    this.map?.select(torgId, pan);
  }

  private make(container: HTMLElement): void {
    try {
      this.host.addStyles(...mapStyles());
      const m = this.texts();
      const { tiles, tilesAttribution } = this.host.element;
      this.map = new FinderMap(container, {
        tiles,
        attribution: tilesAttribution,
        zoomIn: m.zoomIn,
        zoomOut: m.zoomOut,
        onSelect: this.onSelect,
      });
      this.container = container;
      this.tiles = `${tiles}\n${tilesAttribution}`;
    } catch (error) {
      createLogger(this.host.element.localName).warn('the map could not be shown:', error);
      this.failed = true;
      this.host.requestUpdate();
    }
  }

  private teardown(): void {
    this.map?.destroy();
    this.map = undefined;
    this.container = undefined;
  }
}
