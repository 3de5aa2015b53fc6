/**
 * What "nearest to me" in `<torg-finder>` does — a chunk of its own: the
 * button and the place field are drawn at once by `nearest.ts`, which
 * fetches this when the person is about to use the widget (a press, and
 * what is typed, before it came are not lost). It asks the browser for the
 * position (only when pressed: `geolocation.ts`), says what went wrong in
 * plain words, and leads back to alphabetical order; the place field's
 * behaviour (`place-search.ts`) is loaded the first time it is focused or
 * touched. Its texts come with it (`nearestCatalog`).
 *
 * It holds the origin the list is sorted from, and its name when it is a
 * chosen place ("Avstand fra Vollen"), and brings the sorting by distance
 * (`domain/finder-nearest.ts`) and how a distance is written.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Place } from '../../../contract/schemas.js';
import { formatDistance } from '../../../core/format-distance.js';
import { ViewLoader } from '../../../core/view-loader.js';
import type { WidgetHost } from '../../../core/widget-host.js';
import type { LatLon } from '../../../domain/distance.js';
import type { FinderResult } from '../../../domain/finder.js';
import { nearestFirst } from '../../../domain/finder-nearest.js';
import type { FinderMessages } from '../messages/index.js';
import { nearestCatalog } from '../messages/nearest.js';
import { GeoError, locate, type GeoFailure } from './geolocation.js';
import type { PlaceSearch } from './place-search.js';

export const catalogs = [nearestCatalog];

/** What went wrong, and where the distances are measured from. */
export const styles = css`
  .origin {
    margin: 0;
    font-weight: 600;
  }
  .geo-error {
    flex-basis: 100%;
  }
`;

export interface NearestOptions {
  /** Whether the API offers the place search (known with the data). */
  offered: () => boolean;
  /** What was typed in the place field before this came. */
  typed: string;
  /** Called when an origin was found or chosen (before the render that sorts by it). */
  located: () => void;
}

export class NearestPart {
  /** Where the person is, or the place they chose, once known: the list is sorted by distance from here. */
  origin: LatLon | undefined;
  /** The chosen place's name; `undefined` when the origin is the person's position. */
  originName: string | undefined;

  #geo: 'idle' | 'locating' | GeoFailure = 'idle';
  /** The place search's behaviour and its styles, a part loaded on the first visit to the field. */
  #searchPart: ViewLoader<WidgetHost, PlaceSearch> | undefined;
  /** The field's text until the place search is there. */
  #typed: string;
  readonly #host: WidgetHost;
  readonly #options: NearestOptions;

  constructor(host: WidgetHost, options: NearestOptions) {
    this.#host = host;
    this.#options = options;
    this.#typed = options.typed;
  }

  /** The texts in the element's language (the first screen's and this part's). */
  readonly texts = (): FinderMessages => this.#host.text(nearestCatalog);

  /** The rows to show: nearest first when there is an origin, each with its distance. */
  order(result: FinderResult): FinderResult {
    return this.origin ? nearestFirst(result, this.origin) : result;
  }

  /** A distance in the element's language ("2,4 km"). */
  distance(metres: number): string {
    return formatDistance(metres, this.#host.locale);
  }

  /** The position is being asked for. */
  get locating(): boolean {
    return this.#geo === 'locating';
  }

  /** Why the last try found no position. */
  get failure(): GeoFailure | undefined {
    return this.#geo === 'idle' || this.#geo === 'locating' ? undefined : this.#geo;
  }

  /** The place search, once its code is there. */
  get search(): PlaceSearch | undefined {
    return this.#searchPart?.view;
  }

  /** What is in the place field. */
  get text(): string {
    return this.search ? this.search.text : this.#typed;
  }

  /** The element left the page: no request keeps running for it. */
  disconnect(): void {
    this.search?.cancel();
  }

  /** "Finn nærmeste torg": asks for the position (a press while it is asked is ignored). */
  async locate(): Promise<void> {
    if (this.#geo === 'locating') return;
    this.#geo = 'locating';
    this.#host.requestUpdate();
    try {
      const origin = await locate();
      this.#setOrigin(origin);
      this.search?.clear();
      this.#typed = '';
      this.#geo = 'idle';
      this.#options.located();
    } catch (error) {
      // A position the device would not give.
      const reason = error instanceof GeoError ? error.reason : 'unavailable';
      this.#geo = reason;
      if (this.#options.offered()) {
        // Type a place instead: focus goes to the field, which the message describes (read out with it).
        void this.#host.focus('#place');
      } else {
        this.#host.announce(this.texts().geo[reason]);
      }
    }
    this.#host.requestUpdate();
  }

  /** The place field was focused or touched: its behaviour is loaded (once; after a failure, again). */
  visitPlace(): void {
    if (this.#searchPart?.state === 'error') this.#searchPart.retry();
    this.#searchPart ??= new ViewLoader(this.#host, async () => {
      const part = await import('./place-search.js');
      return {
        styles: part.styles,
        createView: (host: WidgetHost) => {
          const search = new part.PlaceSearch(host, this.texts, this.#handleChoose);
          // What was typed while the code came (unless the element has left the page meanwhile).
          if (this.#typed && host.element.isConnected) search.input(this.#typed);
          return search;
        },
      };
    });
  }

  input(text: string): void {
    if (this.search) this.search.input(text);
    else this.#typed = text;
  }

  keydown(event: KeyboardEvent): void {
    if (this.search) this.search.keydown(event);
    // Before the code is there, Enter does not submit the finder's search either.
    else if (event.key === 'Enter') event.preventDefault();
  }

  blur(): void {
    this.search?.blur();
  }

  /** Sorting by a new origin: the other way's leftovers go. */
  #setOrigin(origin: LatLon | undefined, name?: string): void {
    this.origin = origin;
    this.originName = name;
  }

  readonly #handleChoose = (place: Place): void => {
    this.#setOrigin(place.location, place.name);
    this.#geo = 'idle';
    this.#options.located();
    this.#host.requestUpdate();
  };

  readonly #handleSortByName = (): void => {
    this.#setOrigin(undefined);
    this.search?.clear();
    this.#typed = '';
    this.#host.requestUpdate();
    void this.#host.focus('[part~="nearest"]');
  };

  // --- rendering -------------------------------------------------------------------

  /** Under the button: what went wrong, and where the distances are measured from with the way back. */
  render(): unknown {
    const m = this.texts();
    const failure = this.failure;
    return html`${
      failure
        ? html`<p id="geo-error" class="notice warning geo-error" part="notice">
            ${this.#options.offered() ? m.geoPlace[failure] : m.geo[failure]}
          </p>`
        : nothing
    }
    ${
      this.origin
        ? html`<p class="origin" part="origin">
              ${this.originName === undefined ? m.distanceFromYou : m.distanceFrom(this.originName)}
            </p>
            <button type="button" class="button secondary" @click=${this.#handleSortByName}>${m.sortByName}</button>`
        : nothing
    }`;
  }

  /** The place search's suggestions, for the listbox `nearest.ts` draws. */
  renderOptions(): unknown {
    return this.search?.renderOptions(this.texts());
  }

  /** What the place search's last answer said when there was nothing to suggest. */
  renderStatus(): TemplateResult | typeof nothing {
    return this.search?.renderStatus(this.texts()) ?? nothing;
  }
}
