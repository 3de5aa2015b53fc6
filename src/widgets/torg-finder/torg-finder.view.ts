/**
 * What `<torg-finder>` looks like and what the person chose: the search, the
 * service filter, "open now", "nearest to me" (`parts/nearest.ts`, and
 * what it does in `parts/nearest-part.ts`: the position, or a place chosen in
 * `parts/place-search.ts`), the list
 * (`parts/entry.ts`) and, with `map`, the map (`parts/map.ts`). The rows are
 * worked out before each render (`willUpdate`) by the rules in
 * `domain/finder.ts`; timers, the map and read-outs follow after it.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { OpeningHours, Torg } from '../../contract/schemas.js';
import { emit } from '../../core/events.js';
import { createLogger } from '../../core/logger.js';
import { formatList } from '../../core/format.js';
import { scheduleAt } from '../../core/timers.js';
import type { WidgetHost } from '../../core/widget-host.js';
import {
  findTorg,
  noneReason,
  parseIds,
  serviceOptions,
  type FinderCriteria,
  type FinderResult,
  type ServiceOption,
} from '../../domain/finder.js';
import { openingState, type OpeningState } from '../../domain/opening-hours.js';
import { addDays, osloDate, startOfOsloDay } from '../../domain/oslo-time.js';
import { bdi, isolate, isolated } from '../../shared/bidi.js';
import { openingStatusCatalog } from '../../shared/opening-status/opening-status.js';
import { choiceStyles } from '../../shared/styles.js';
import { finderCatalog, type FinderFirstMessages } from './messages/index.js';
import { renderEntry } from './parts/entry.js';
import type { FinderMapPart } from './parts/map.js';
import { Nearest } from './parts/nearest.js';
import { styles as ownStyles } from './torg-finder.styles.js';
import type { TorgFinder } from './torg-finder.js';

export const styles = [choiceStyles, ownStyles];
export const catalogs = [finderCatalog, openingStatusCatalog];

/** How long typing must pause before the new count is read out. */
const SPEAK_AFTER_MS = 700;

/** Below this width the service filter starts folded. */
const ROOMY_PX = 560;

/**
 * How many torg the list (and the map) shows at first, and how many more
 * each "Vis flere" adds: a list of thousands never blocks the page.
 */
export const PAGE = 50;

/** What the next render shows (worked out in `willUpdate`). */
interface Shown extends FinderResult {
  torgs: readonly Torg[];
  options: ServiceOption[];
  count: string;
}

export function createView(host: WidgetHost<TorgFinder>): FinderView {
  return new FinderView(host);
}

export class FinderView implements ReactiveController {
  readonly #host: WidgetHost<TorgFinder>;

  // --- what the person chose ---
  #query = '';
  #chosen = new Set<string>();
  /** The `service` attribute the choice was last reset from. */
  #chosenFrom: string | undefined;
  #openOnly = false;
  /** Whether the service filter is unfolded (undefined: not decided yet, by the person or by the room). */
  #filtersOpen: boolean | undefined;
  #selected: string | undefined;
  /** How many rows are listed, and the search they were listed for (a new search starts at one page). */
  #listed = PAGE;
  #listedFor = '';
  readonly #nearest: Nearest;
  /** The map's life (`parts/map.ts`, with the tile map): fetched when `map` is set; whether that failed. */
  #map: FinderMapPart | undefined;
  #mapCode: 'idle' | 'loading' | 'failed' = 'idle';

  // --- worked out before the render ---
  #shown: Shown | undefined;
  /**
   * Opening states, good until `statesUntil` (the next change anywhere, or Oslo midnight): by the hours
   * object, and by what the hours say (thousands of torg from an API often share the same hours).
   */
  #states = new WeakMap<OpeningHours, OpeningState>();
  #statesByContent = new Map<string, OpeningState>();
  #statesUntil = 0;
  /** Read the count out even when unchanged (Enter in the search), or with the nearest torg. */
  #sayAgain: 'count' | 'nearest' | undefined;
  #speech: string | undefined;

  // --- after the render ---
  #speakTimer: ReturnType<typeof setTimeout> | undefined;
  #cancelWake: (() => void) | undefined;
  #wakeAt: number | undefined;

  constructor(host: WidgetHost<TorgFinder>) {
    this.#host = host;
    host.addController(this);
    this.#nearest = new Nearest(host, () => {
      this.#sayAgain = 'nearest';
    });
  }

  /** The view's texts in the element's language. */
  texts(): FinderFirstMessages {
    return this.#host.text(finderCatalog);
  }

  #criteria(): FinderCriteria {
    return { query: this.#query, services: this.#chosen, openNow: this.#openOnly };
  }

  // --- before the render ---------------------------------------------------------

  /**
   * Works out the rows for the data and the choices, and what to read out (called by the element);
   * `places`: whether the API offers the place search.
   */
  willUpdate(torgs: readonly Torg[] | undefined, places = false): void {
    this.#nearest.offered = places;
    const service = this.#host.element.service;
    if (service !== this.#chosenFrom) {
      this.#chosenFrom = service;
      this.#chosen = new Set(parseIds(service));
    }
    if (!torgs) return;
    const m = this.texts();
    const now = Date.now();
    if (now >= this.#statesUntil) {
      this.#states = new WeakMap();
      this.#statesByContent = new Map();
      this.#statesUntil = startOfOsloDay(addDays(osloDate(now), 1));
    }
    const result = this.#nearest.order(findTorg(torgs, this.#criteria(), (hours) => this.#stateOf(hours, now)));
    const { origin, originName } = this.#nearest;
    // Sorted by distance only once "nearest to me" is there: its texts are too.
    const later = this.#nearest.texts;
    const search = JSON.stringify([this.#query, [...this.#chosen], this.#openOnly, origin]);
    if (search !== this.#listedFor) {
      this.#listedFor = search;
      this.#listed = PAGE;
    }
    const by = later && origin && (originName === undefined ? later.byDistance : later.byDistanceFrom(originName));
    const count = `${m.count(result.rows.length, torgs.length)}${by ? `, ${by}` : ''}.`;
    // The first count is not read out (the page just loaded); changes are, and on request.
    const before = this.#shown?.count;
    if (before && (count !== before || this.#sayAgain)) {
      const first = this.#sayAgain === 'nearest' ? result.rows[0] : undefined;
      this.#speech =
        first?.metres === undefined || !later
          ? count
          : `${count} ${later.nearestIs(first.torg.name, this.#nearest.distance(first.metres) ?? '')}`;
    }
    this.#sayAgain = undefined;
    // The filter starts unfolded when there is room for it (or services were chosen); then the person decides.
    // Rendered on a server (which knows no width), it stays as the page showed it: nothing moves.
    this.#filtersOpen ??=
      this.#host.element.shadowRoot?.querySelector<HTMLDetailsElement>('details.filter')?.open ??
      (this.#chosen.size > 0 || this.#host.element.clientWidth >= ROOMY_PX);
    this.#shown = { ...result, torgs, options: serviceOptions(torgs, this.#chosen), count };
  }

  /** The opening state of some hours now (kept until the next change). */
  #stateOf(hours: OpeningHours | undefined, now: number): OpeningState {
    if (!hours) return openingState(undefined, now);
    let state = this.#states.get(hours);
    if (!state) {
      // A cache key only: a host page's patched `toJSON` changes it the same way for the same hours.
      const content = JSON.stringify(hours);
      state = this.#statesByContent.get(content);
      if (!state) {
        state = openingState(hours, now);
        this.#statesByContent.set(content, state);
        if (state.nextChange !== undefined && state.nextChange < this.#statesUntil)
          this.#statesUntil = state.nextChange;
      }
      this.#states.set(hours, state);
    }
    return state;
  }

  // --- after the render ----------------------------------------------------------

  hostUpdated(): void {
    if (this.#speech !== undefined) {
      const text = this.#speech;
      this.#speech = undefined;
      clearTimeout(this.#speakTimer);
      // Typing changes the count at every key: read it out once the typing pauses.
      this.#speakTimer = setTimeout(() => this.#host.announce(text), SPEAK_AFTER_MS);
    }
    // Render again when a status changes (or the words "i morgen" do, at Oslo midnight).
    this.#wake(this.#shown ? this.#statesUntil : undefined);
    const map = this.#host.element.map;
    if (this.#map) {
      const m = this.texts();
      this.#map.sync(
        (this.#shown?.rows ?? []).slice(0, this.#listed).map(({ torg }) => ({
          id: torg.id,
          lat: torg.location.lat,
          lon: torg.location.lon,
          label: torg.status === 'planned' ? `${isolate(torg.name)} (${m.planned})` : torg.name,
          planned: torg.status === 'planned',
        })),
        this.#selected,
        this.#nearest.origin,
      );
    } else if (map && this.#mapCode === 'idle' && this.#host.element.isConnected) {
      // Not for an element that left the page before it rendered (it gets its map when put back).
      this.#loadMap();
    } else if (!map && this.#mapCode === 'failed') {
      // Asked for again later, it is fetched again.
      this.#mapCode = 'idle';
    }
  }

  /** Fetches the map's code; once it is there, the next render makes the map. */
  #loadMap(): void {
    this.#mapCode = 'loading';
    import('./parts/map.js').then(
      ({ FinderMapPart }) => {
        this.#map = new FinderMapPart(
          this.#host,
          () => this.texts(),
          (torgId) => this.#select(torgId, 'map'),
        );
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        createLogger(this.#host.element.localName).warn('the map could not be shown:', error);
        this.#mapCode = 'failed';
        this.#host.requestUpdate();
      },
    );
  }

  hostConnected(): void {
    // Put (back) on a page: render, so the timer and the map are set up again.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#nearest.disconnect();
    this.#wake(undefined);
    this.#statesUntil = 0;
    clearTimeout(this.#speakTimer);
  }

  /** One timer, for the next moment a status changes (never polling). */
  #wake(at: number | undefined): void {
    if (at === this.#wakeAt) return;
    this.#cancelWake?.();
    this.#wakeAt = at;
    this.#cancelWake = at === undefined ? undefined : scheduleAt(at + 500, () => this.#host.requestUpdate());
  }

  /** Chooses a torg: highlights it in the list and on the map, and tells the page. */
  #select(torgId: string, from: 'list' | 'map'): void {
    this.#selected = torgId;
    this.#host.requestUpdate();
    this.#map?.select(torgId, from === 'list');
    if (from === 'map') {
      void this.#host.updateComplete.then(() => {
        const item = this.#host.element.renderRoot.querySelector(`[data-torg="${CSS.escape(torgId)}"]`);
        const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
        item?.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
      });
    }
    emit(this.#host.element, 'torg-select', { torgId });
  }

  // --- handlers --------------------------------------------------------------------

  readonly #handleSearch = (event: Event): void => {
    this.#query = (event.target as HTMLInputElement).value;
    this.#host.requestUpdate();
  };

  readonly #handleSubmit = (event: Event): void => {
    event.preventDefault();
    // Enter reads the result out again.
    this.#sayAgain = 'count';
    this.#host.requestUpdate();
  };

  /**
   * Enter in the search: handled here, not by submitting the form (a frame sandboxed without allow-forms
   * refuses that, and the person would hear nothing). Not while an input method is composing a word.
   */
  readonly #handleSearchKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.isComposing) return;
    this.#handleSubmit(event);
  };

  readonly #handleService = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const chosen = new Set(this.#chosen);
    if (input.checked) chosen.add(input.value);
    else chosen.delete(input.value);
    this.#chosen = chosen;
    this.#host.requestUpdate();
  };

  readonly #handleToggle = (event: Event): void => {
    this.#filtersOpen = (event.target as HTMLDetailsElement).open;
  };

  readonly #handleOpenOnly = (event: Event): void => {
    this.#openOnly = (event.target as HTMLInputElement).checked;
    this.#host.requestUpdate();
  };

  /** Lists the next page of rows and moves focus to the first of them. */
  readonly #handleMore = (): void => {
    const first = this.#listed;
    this.#listed += PAGE;
    this.#host.requestUpdate();
    void this.#host.focus(`.list > li:nth-child(${first + 1}) [part~="select"]`);
  };

  readonly #handleClear = (): void => {
    this.#query = '';
    this.#chosen = new Set();
    this.#openOnly = false;
    this.#host.requestUpdate();
    void this.#host.focus('[part~="search"]');
  };

  // --- rendering -------------------------------------------------------------------

  render(): TemplateResult | typeof nothing {
    const shown = this.#shown;
    if (!shown) return nothing;
    const m = this.texts();
    const map = this.#host.element.map;
    return html`<div class="finder ${map ? 'with-map' : ''}">
      ${this.#renderControls(shown.options, m)}
      <p class="count" part="count">${shown.count}</p>
      ${this.#host.renderOsloTimeNote()}
      <div class="results">
        ${shown.rows.length ? this.#renderList(shown, m) : this.#renderNone(shown, m)}
        ${map ? this.#renderMap(m) : nothing}
      </div>
    </div>`;
  }

  /** The map's region (the map is made in it once its code is there), or why there is no map. */
  #renderMap(m: FinderFirstMessages): TemplateResult {
    if (this.#mapCode === 'failed' || this.#map?.failed) {
      return html`<p class="notice warning map-error" part="notice">${m.mapError}</p>`;
    }
    return html`<div class="map-area">
      <div class="map" part="map" role="region" aria-label=${m.mapLabel} aria-describedby="map-hint"></div>
      <p id="map-hint" class="hint">${m.mapHint}</p>
    </div>`;
  }

  /**
   * The search, the filter and "nearest to me". Plain property bindings (no `live`): every change the person
   * makes goes through the view's state and a render, so what was set last is what the controls show.
   */
  #renderControls(options: ServiceOption[], m: FinderFirstMessages): TemplateResult {
    return html`<form class="controls" part="controls" role="search" novalidate @submit=${this.#handleSubmit}>
      <div class="field">
        <label for="q">${m.searchLabel}</label>
        <input
          id="q"
          part="search"
          type="search"
          autocomplete="off"
          enterkeyhint="search"
          aria-describedby="q-hint"
          .value=${this.#query}
          @input=${this.#handleSearch}
          @keydown=${this.#handleSearchKey}
        />
        <p id="q-hint" class="hint">${m.searchHint}</p>
      </div>
      <details class="filter" ?open=${this.#filtersOpen} @toggle=${this.#handleToggle}>
        <summary>
          ${m.servicesLegend}${this.#chosen.size ? html` <span class="chosen">(${m.chosen(this.#chosen.size)})</span>` : nothing}
        </summary>
        <fieldset part="services" aria-describedby="s-hint">
          <legend class="vh">${m.servicesLegend}</legend>
          <p id="s-hint" class="hint">${m.servicesHint}</p>
          <div class="options">
            ${options.map(
              (o) =>
                html`<label class="option"
                  ><input
                    type="checkbox"
                    .value=${o.id}
                    .checked=${this.#chosen.has(o.id)}
                    @change=${this.#handleService}
                  />
                  ${bdi(o.name)}</label
                >`,
            )}
          </div>
        </fieldset>
      </details>
      <label class="check"
        ><input type="checkbox" .checked=${this.#openOnly} @change=${this.#handleOpenOnly} /> ${m.openNow}</label
      >
      ${this.#nearest.render(m)}
    </form>`;
  }

  #renderNone(shown: Shown, m: FinderFirstMessages): TemplateResult {
    const criteria = this.#criteria();
    let text: unknown;
    switch (noneReason(criteria, shown.matching)) {
      case 'open-now':
        text = m.noneOpen;
        break;
      case 'query': {
        const query = criteria.query.trim();
        text = isolated(m.noneForQuery(query), query);
        break;
      }
      case 'services': {
        const names = [...this.#chosen].map((id) => shown.options.find((o) => o.id === id)?.name ?? id);
        text = isolated(m.noneForServices(formatList(names, this.#host.locale, 'disjunction')), ...names);
      }
    }
    return html`<div class="state-empty none" part="empty">
      <p>${text}</p>
      <button type="button" class="button secondary" @click=${this.#handleClear}>${m.clear}</button>
    </div>`;
  }

  #renderList(shown: Shown, m: FinderFirstMessages): TemplateResult {
    const chosen = this.#chosen;
    const total = shown.rows.length;
    const later = this.#nearest.texts;
    const listed = Math.min(this.#listed, total);
    return html`<div class="listing">
      <ul class="list" part="list">
        ${
          // By position, not keyed: an entry holds no state of its own (and a moved node would lose focus anyway).
          shown.rows.slice(0, listed).map((row) =>
            renderEntry(this.#host, row, {
              selected: this.#selected === row.torg.id,
              chosen,
              distance: row.metres === undefined ? undefined : later?.away(this.#nearest.distance(row.metres) ?? ''),
              onSelect: () => this.#select(row.torg.id, 'list'),
            }),
          )
        }
      </ul>
      ${
        listed < total
          ? html`<div class="more">
              <p part="listed">${m.listed(listed, total)}</p>
              <button type="button" class="button secondary" part="more" @click=${this.#handleMore}>
                ${m.more(Math.min(PAGE, total - listed))}
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }
}
