/**
 * "Nearest to me" in `<torg-finder>`: the button, the position (asked of the
 * browser only when pressed; that code is loaded then too), what went wrong
 * in plain words, and the way back to alphabetical order. Beside the button,
 * when the API offers `GET /places`, a field "Adresse, sted eller
 * postnummer" with suggestions: the person chooses a place and the list is
 * sorted by distance from there instead. The field is drawn here at once;
 * its behaviour (`place-search.ts`) is loaded the first time it is focused
 * or touched, and what is typed before that is kept.
 *
 * It holds the origin the list is sorted from, and its name when it is a
 * chosen place ("Avstand fra Vollen").
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Place } from '../../../contract/schemas.js';
import { ViewLoader } from '../../../core/view-loader.js';
import type { WidgetHost } from '../../../core/widget-host.js';
import type { LatLon } from '../../../domain/distance.js';
import type { FinderMessages } from '../messages/index.js';
import type * as Geolocation from './geolocation.js';
import type { GeoFailure } from './geolocation.js';
import type { PlaceSearch } from './place-search.js';

export class Nearest {
  /** Where the person is, or the place they chose, once known: the list is sorted by distance from here. */
  origin: LatLon | undefined;
  /** The chosen place's name; `undefined` when the origin is the person's position. */
  originName: string | undefined;
  /** Whether the API offers the place search (set by the view from the data). */
  offered = false;

  private geo: 'idle' | 'locating' | GeoFailure = 'idle';
  /** The place search's behaviour and its styles, a part loaded on the first visit to the field. */
  private searchPart: ViewLoader<WidgetHost, PlaceSearch> | undefined;
  /** The field's text until the part is there. */
  private typed = '';
  private readonly host: WidgetHost;
  private readonly texts: () => FinderMessages;
  private readonly located: () => void;

  /** `located`: called when an origin was found or chosen (before the render that sorts by it). */
  constructor(host: WidgetHost, texts: () => FinderMessages, located: () => void) {
    this.host = host;
    this.texts = texts;
    this.located = located;
  }

  /** The element left the page: no request keeps running for it. */
  disconnect(): void {
    this.search?.cancel();
  }

  private get search(): PlaceSearch | undefined {
    return this.searchPart?.view;
  }

  /** Loads the place search (once; after a failure, again at the next visit to the field). */
  private loadSearch(): void {
    if (this.searchPart?.state === 'error') this.searchPart.retry();
    this.searchPart ??= new ViewLoader(this.host, async () => {
      const part = await import('./place-search.js');
      return {
        styles: part.styles,
        createView: (host: WidgetHost) => {
          const search = new part.PlaceSearch(host, this.texts, this.handleChoose);
          // What was typed while the code came (unless the element has left the page meanwhile).
          if (this.typed && host.element.isConnected) search.input(this.typed);
          return search;
        },
      };
    });
  }

  /** Sorting by a new origin: the other way's leftovers go. */
  private setOrigin(origin: LatLon | undefined, name?: string): void {
    this.origin = origin;
    this.originName = name;
  }

  // --- handlers --------------------------------------------------------------------

  private readonly handleNearest = async (): Promise<void> => {
    if (this.geo === 'locating') return;
    this.geo = 'locating';
    this.host.requestUpdate();
    let geolocation: typeof Geolocation | undefined;
    try {
      geolocation = await import('./geolocation.js');
      const origin = await geolocation.locate();
      this.setOrigin(origin);
      this.search?.clear();
      this.typed = '';
      this.geo = 'idle';
      this.located();
    } catch (error) {
      // A position the device would not give, or the code that asks could not be loaded.
      const reason = geolocation && error instanceof geolocation.GeoError ? error.reason : 'unavailable';
      this.geo = reason;
      if (this.offered) {
        // Type a place instead: focus goes to the field, which the message describes (read out with it).
        void this.host.focus('#place');
      } else {
        this.host.announce(this.texts().geo[reason]);
      }
    }
    this.host.requestUpdate();
  };

  private readonly handleChoose = (place: Place): void => {
    this.setOrigin(place.location, place.name);
    this.geo = 'idle';
    this.located();
    this.host.requestUpdate();
  };

  private readonly handleSortByName = (): void => {
    this.setOrigin(undefined);
    this.search?.clear();
    this.typed = '';
    this.host.requestUpdate();
    void this.host.focus('[part~="nearest"]');
  };

  private readonly handlePlaceVisit = (): void => {
    this.loadSearch();
  };

  private readonly handlePlaceInput = (event: Event): void => {
    const text = (event.target as HTMLInputElement).value;
    if (this.search) this.search.input(text);
    else this.typed = text;
  };

  private readonly handlePlaceKey = (event: KeyboardEvent): void => {
    if (this.search) this.search.keydown(event);
    // Before the code is there, Enter does not submit the finder's search either.
    else if (event.key === 'Enter') event.preventDefault();
  };

  private readonly handlePlaceBlur = (): void => {
    this.search?.blur();
  };

  // --- rendering -------------------------------------------------------------------

  render(m: FinderMessages): TemplateResult {
    const geo = this.geo;
    const locating = geo === 'locating';
    const failure = geo === 'idle' || geo === 'locating' ? undefined : geo;
    const offered = this.offered;
    return html`<div class="nearest">
      <div class="ways ${offered ? 'with-place' : ''}">
        <button
          type="button"
          class="button secondary"
          part="nearest"
          aria-describedby="geo-hint"
          aria-disabled=${locating ? 'true' : 'false'}
          @click=${this.handleNearest}
        >
          <span class=${locating ? 'spinner' : 'pin-icon'} aria-hidden="true"></span>
          ${locating ? m.locating : m.nearest}
        </button>
        ${offered ? this.renderPlace(m, failure !== undefined) : nothing}
      </div>
      <p id="geo-hint" class="hint">${m.privacy}</p>
      ${
        failure
          ? html`<p id="geo-error" class="notice warning geo-error" part="notice">
              ${offered ? m.geoPlace[failure] : m.geo[failure]}
            </p>`
          : nothing
      }
      ${
        this.origin
          ? html`<p class="origin" part="origin">
                ${this.originName === undefined ? m.distanceFromYou : m.distanceFrom(this.originName)}
              </p>
              <button type="button" class="button secondary" @click=${this.handleSortByName}>${m.sortByName}</button>`
          : nothing
      }
    </div>`;
  }

  /** The place field: a combobox whose list `place-search.ts` fills. */
  private renderPlace(m: FinderMessages, failure: boolean): TemplateResult {
    const search = this.search;
    const expanded = search?.expanded === true;
    return html`<div class="place field" part="place">
      <label id="place-label" for="place">${m.placeLabel}</label>
      <div class="combo">
        <input
          id="place"
          part="place-search"
          type="text"
          role="combobox"
          aria-labelledby="place-label"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="place-list"
          aria-activedescendant=${search?.activeId ?? nothing}
          aria-describedby=${failure ? 'geo-error place-hint' : 'place-hint'}
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          enterkeyhint="search"
          .value=${live(search ? search.text : this.typed)}
          @focus=${this.handlePlaceVisit}
          @pointerdown=${this.handlePlaceVisit}
          @input=${this.handlePlaceInput}
          @keydown=${this.handlePlaceKey}
          @blur=${this.handlePlaceBlur}
        />
        <ul
          id="place-list"
          class="suggestions"
          part="suggestions"
          role="listbox"
          aria-label=${m.suggestions}
          ?hidden=${!expanded}
        >
          ${search?.renderOptions(m)}
        </ul>
      </div>
      <p id="place-hint" class="hint">${m.placeHint}</p>
      ${search?.renderStatus(m) ?? nothing}
    </div>`;
  }
}
