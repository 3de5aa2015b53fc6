/**
 * "Nearest to me" in `<torg-finder>`, as the first screen shows it: the
 * button and, when the API offers `GET /places`, beside it a field
 * "Adresse, sted eller postnummer" with suggestions — the person chooses a
 * place and the list is sorted by distance from there instead. Both are
 * drawn here at once; what they do (`nearest-part.ts`: the position, the
 * place search, what went wrong, the way back to alphabetical order, and
 * their texts) is a chunk fetched when the person is about to use the
 * widget (the pointer over it, focus in it, a touch). A press before it
 * came takes effect when it comes; what is typed before it came is kept.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { onIntent } from '../../../core/intent.js';
import { ViewLoader } from '../../../core/view-loader.js';
import type { WidgetHost } from '../../../core/widget-host.js';
import type { LatLon } from '../../../domain/distance.js';
import type { FinderResult } from '../../../domain/finder.js';
import type { FinderFirstMessages, FinderMessages } from '../messages/index.js';
import type { NearestPart } from './nearest-part.js';

export class Nearest {
  /** Whether the API offers the place search (set by the view from the data). */
  offered = false;

  /** What "nearest to me" does, once asked for. */
  #part: ViewLoader<WidgetHost, NearestPart> | undefined;
  /** A press has needed the part (its failure to come is then said). */
  #needed = false;
  /** Pressed while the part was on its way: busy at once, the position asked for when it comes. */
  #pressed = false;
  /** The place field's text until the part is there. */
  #typed = '';
  readonly #host: WidgetHost;
  readonly #located: () => void;

  /** `located`: called when an origin was found or chosen (before the render that sorts by it). */
  constructor(host: WidgetHost, located: () => void) {
    this.#host = host;
    this.#located = located;
    onIntent(
      host.element,
      () =>
        void this.#load()
          .load()
          .catch(() => undefined),
    );
  }

  /** Where the distances are measured from, once known. */
  get origin(): LatLon | undefined {
    return this.#part?.view?.origin;
  }

  /** The chosen place's name; `undefined` when the origin is the person's position (or there is none). */
  get originName(): string | undefined {
    return this.#part?.view?.originName;
  }

  /** The rows to show: nearest first once there is an origin (the part is there then), else as they are. */
  order(result: FinderResult): FinderResult {
    return this.#part?.view?.order(result) ?? result;
  }

  /** A distance in words ("2,4 km"), once the part is there (rows have distances only then). */
  distance(metres: number): string | undefined {
    return this.#part?.view?.distance(metres);
  }

  /** The texts "nearest to me" speaks once used ("sortert etter avstand …"), once they are there. */
  get texts(): FinderMessages | undefined {
    return this.#part?.view?.texts();
  }

  /** The element left the page: no request keeps running for it. */
  disconnect(): void {
    this.#part?.view?.disconnect();
  }

  /** The part (made once: it starts loading then; after a failure, it is tried again when needed). */
  #load(): ViewLoader<WidgetHost, NearestPart> {
    return (this.#part ??= new ViewLoader(this.#host, async () => {
      const module = await import('./nearest-part.js');
      return {
        styles: module.styles,
        catalogs: module.catalogs,
        createView: (host: WidgetHost) =>
          new module.NearestPart(host, { offered: () => this.offered, typed: this.#typed, located: this.#located }),
      };
    }));
  }

  /** Does `action` with the part: at once when it is there, else when it comes (said when a press needed it). */
  #use(action: (part: NearestPart) => unknown, needed: boolean): void {
    const part = this.#load();
    if (part.view) {
      action(part.view);
      return;
    }
    if (needed && !this.#needed) {
      this.#needed = true;
      this.#host.requestUpdate();
    }
    const again = (): Promise<NearestPart> => {
      part.retry();
      return part.load();
    };
    // A fetch ahead of time that failed is tried again now; one still on its way is, if it fails.
    const ahead = part.state === 'loading';
    const loaded = part.state === 'error' ? again() : part.load();
    (ahead ? loaded.catch(again) : loaded).then(action, () => {
      // It could not come: said under the controls, with a retry (when a press needed it).
      this.#pressed = false;
      this.#host.requestUpdate();
    });
  }

  // --- handlers --------------------------------------------------------------------

  readonly #handleNearest = (): void => {
    if (this.#pressed) return;
    if (!this.#part?.view) {
      this.#pressed = true;
      this.#host.requestUpdate();
    }
    this.#use((part) => {
      this.#pressed = false;
      return part.locate();
    }, true);
  };

  readonly #handlePlaceVisit = (): void => {
    this.#use((part) => part.visitPlace(), false);
  };

  readonly #handlePlaceInput = (event: Event): void => {
    const text = (event.target as HTMLInputElement).value;
    const part = this.#part?.view;
    if (part) part.input(text);
    else this.#typed = text;
    // The field's value binding is plain (no `live`): a render keeps it what the person typed.
    this.#host.requestUpdate();
  };

  readonly #handlePlaceKey = (event: KeyboardEvent): void => {
    const part = this.#part?.view;
    if (part) part.keydown(event);
    // Before the code is there, Enter does not submit the finder's search either.
    else if (event.key === 'Enter') event.preventDefault();
  };

  readonly #handlePlaceBlur = (): void => {
    this.#part?.view?.blur();
  };

  // --- rendering -------------------------------------------------------------------

  render(m: FinderFirstMessages): TemplateResult {
    const part = this.#part?.view;
    const locating = this.#pressed || part?.locating === true;
    const offered = this.offered;
    return html`<div class="nearest">
      <div class="ways ${offered ? 'with-place' : ''}">
        <button
          type="button"
          class="button secondary"
          part="nearest"
          aria-describedby="geo-hint"
          aria-disabled=${locating ? 'true' : 'false'}
          @click=${this.#handleNearest}
        >
          <span class=${locating ? 'spinner' : 'pin-icon'} aria-hidden="true"></span>
          ${locating ? m.locating : m.nearest}
        </button>
        ${offered ? this.#renderPlace(m, part) : nothing}
      </div>
      <p id="geo-hint" class="hint">${m.privacy}</p>
      ${part ? part.render() : this.#needed && this.#part?.state === 'error' ? this.#part.render(() => nothing) : nothing}
    </div>`;
  }

  /** The place field: a combobox whose list the place search fills. */
  #renderPlace(m: FinderFirstMessages, part: NearestPart | undefined): TemplateResult {
    const search = part?.search;
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
          aria-describedby=${part?.failure ? 'geo-error place-hint' : 'place-hint'}
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          enterkeyhint="search"
          .value=${part ? part.text : this.#typed}
          @focus=${this.#handlePlaceVisit}
          @pointerdown=${this.#handlePlaceVisit}
          @input=${this.#handlePlaceInput}
          @keydown=${this.#handlePlaceKey}
          @blur=${this.#handlePlaceBlur}
        />
        <ul
          id="place-list"
          class="suggestions"
          part="suggestions"
          role="listbox"
          aria-label=${m.suggestions}
          ?hidden=${!expanded}
        >
          ${part?.renderOptions()}
        </ul>
      </div>
      <p id="place-hint" class="hint">${m.placeHint}</p>
      ${part?.renderStatus() ?? nothing}
    </div>`;
  }
}
