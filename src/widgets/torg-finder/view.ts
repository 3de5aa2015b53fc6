/**
 * The list view of `<torg-finder>`: the search, the service filter, "nearest
 * to me", the list of torg and (on demand) the map. A reactive controller
 * loaded by the element in parallel with its data; it holds the view's state
 * and renders it. The element keeps the public surface.
 *
 * @internal
 */
import {
  html,
  nothing,
  type CSSResultOrNative,
  type PropertyValues,
  type ReactiveController,
  type TemplateResult,
} from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Locale } from '../../core/config.js';
import { emit } from '../../core/events.js';
import { formatDistance, formatList } from '../../core/format.js';
import type { Catalog } from '../../core/i18n.js';
import { createLogger } from '../../core/logger.js';
import type { OpeningHours, Service, Torg } from '../../contract/schemas.js';
import { scheduleAt } from '../../core/timers.js';
import { mailtoHref, safeHref, telHref } from '../../core/url.js';
import { byDistance, type LatLon } from '../../domain/distance.js';
import { addDays, osloDate, startOfOsloDay } from '../../domain/oslo-time.js';
import { matchesTerms, queryTerms } from '../../domain/search.js';
import { GeoError, locate, type GeoFailure } from './geolocation.js';
import type { FinderMap, MapPlace } from './leaflet-map.js';
import { finderCatalog, type FinderMessages } from './messages/index.js';
import { openingHoursCatalog, openingState, statusLine, type OpeningState } from './open-now.js';
import { finderStyles } from './torg-finder.styles.js';

/** What the view needs of the element. */
export interface FinderHost extends HTMLElement {
  service: string;
  map: boolean;
  tiles: string;
  tilesAttribution: string;
  addController(controller: ReactiveController): void;
  addStyles(...styles: CSSResultOrNative[]): void;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
}

/** What the view may use of the element's protected parts. */
export interface HostAccess {
  locale(): Locale;
  announce(text: string): void;
  /** "All times are Norwegian time", when the viewer's zone is not Oslo's. */
  osloTimeNote(): unknown;
}

/** One torg as shown: with its distance and its status lines. */
interface Row {
  torg: Torg;
  metres?: number | undefined;
  /** The torg's own status, then one per chosen service with hours of its own. */
  statuses: Status[];
  open: boolean;
}

/** An opening state; `service` when it is a service's own hours. */
interface Status {
  service?: Service;
  state: OpeningState;
}

/** The ids in a `service` attribute: separated by spaces or commas. */
export function parseIds(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(/[\s,]+/).filter(Boolean))];
}

const collator = new Intl.Collator('nb');

/** The services offered anywhere, by id, each named as most torg name it; sorted by name. */
function serviceOptions(torgs: readonly Torg[]): { id: string; name: string }[] {
  const names = new Map<string, Map<string, number>>();
  for (const torg of torgs) {
    for (const { id, name } of torg.services) {
      const counts = names.get(id) ?? new Map<string, number>();
      counts.set(name, (counts.get(name) ?? 0) + 1);
      names.set(id, counts);
    }
  }
  return [...names]
    .map(([id, counts]) => ({ id, name: [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] || id }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

function searchFields(torg: Torg): string[] {
  const { street, postalCode, city } = torg.address;
  return [torg.name, street, postalCode, city, ...torg.services.map((s) => s.name)];
}

const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

export class FinderView implements ReactiveController {
  /** The catalogs the view speaks from (the element adds them to its own). */
  readonly catalogs: Catalog<unknown>[] = [finderCatalog, openingHoursCatalog as Catalog<unknown>];

  private query = '';
  private chosen = new Set<string>();
  private openOnly = false;
  private filtersOpen: boolean | undefined;
  private origin: LatLon | undefined;
  private geo: 'idle' | 'locating' | GeoFailure = 'idle';
  private selected: string | undefined;

  /** Opening states, good until `statesUntil` (the next change anywhere, or Oslo midnight). */
  private states = new WeakMap<OpeningHours, OpeningState>();
  private statesUntil = 0;
  private cancelWake: (() => void) | undefined;

  /** What the count says, whether to read it out even when unchanged, and a pending read-out. */
  private countText = '';
  private sayAgain: 'count' | 'nearest' | undefined;
  private speech: string | undefined;
  private speakTimer: ReturnType<typeof setTimeout> | undefined;

  private rows: Row[] = [];
  private mapView: FinderMap | undefined;
  private mapState: 'off' | 'loading' | 'ready' | 'failed' = 'off';
  private readonly log = createLogger('torg-finder');

  constructor(
    private readonly host: FinderHost,
    private readonly access: HostAccess,
  ) {
    host.addController(this);
    this.chosen = new Set(parseIds(host.service));
    host.addStyles(finderStyles);
  }

  /** The view's texts in the element's language. */
  texts(): FinderMessages {
    return finderCatalog.get(this.access.locale()) ?? (finderCatalog.get('nb') as FinderMessages);
  }

  /** Follows the element's attributes. */
  sync(changed: PropertyValues): void {
    if (changed.has('service')) this.chosen = new Set(parseIds(this.host.service));
  }

  hostUpdated(): void {
    if (this.speech !== undefined) {
      const text = this.speech;
      this.speech = undefined;
      clearTimeout(this.speakTimer);
      // Typing changes the count at every key: read it out once the typing pauses.
      this.speakTimer = setTimeout(() => this.access.announce(text), 700);
    }
    void this.syncMap();
  }

  hostDisconnected(): void {
    this.cancelWake?.();
    this.cancelWake = undefined;
    this.statesUntil = 0;
    clearTimeout(this.speakTimer);
    this.mapView?.destroy();
    this.mapView = undefined;
    this.mapState = 'off';
  }

  // --- state ---------------------------------------------------------------------

  private update(): void {
    this.host.requestUpdate();
  }

  /** The opening state of some hours now (cached until the next change). */
  private stateOf(hours: OpeningHours, now: number): OpeningState {
    let state = this.states.get(hours);
    if (!state) {
      state = openingState(hours, now);
      this.states.set(hours, state);
      if (state.nextChange !== undefined && state.nextChange < this.statesUntil) this.statesUntil = state.nextChange;
    }
    return state;
  }

  /** Re-renders when a status changes (or the words "i morgen" do, at Oslo midnight). */
  private freshStates(now: number): void {
    if (now < this.statesUntil) return;
    this.states = new WeakMap();
    this.statesUntil = startOfOsloDay(addDays(osloDate(now), 1));
  }

  private wakeAt(instant: number): void {
    this.cancelWake?.();
    this.cancelWake = scheduleAt(instant + 500, () => this.update());
  }

  /** The torg to show: filtered, then sorted by distance or by name. */
  private computeRows(torgs: readonly Torg[], now: number): { rows: Row[]; matching: number } {
    const terms = queryTerms(this.query);
    const chosen = this.chosen;
    const matching = torgs.filter(
      (torg) =>
        (chosen.size === 0 || torg.services.some((s) => chosen.has(s.id))) && matchesTerms(terms, searchFields(torg)),
    );
    const rows = matching.map((torg): Row => {
      const statuses: Status[] = [];
      let open = false;
      if (torg.status === 'open') {
        // Without hours the status says so ("Åpningstider ikke oppgitt").
        const own = { state: torg.openingHours ? this.stateOf(torg.openingHours, now) : openingState(undefined, now) };
        statuses.push(own);
        const services = torg.services.filter((s) => chosen.has(s.id));
        for (const service of services) {
          if (service.openingHours) statuses.push({ service, state: this.stateOf(service.openingHours, now) });
        }
        // "Open now": the torg; with services chosen, one of them (by its own hours, else the torg's).
        open =
          services.length === 0
            ? own.state.open
            : services.some((s) => (s.openingHours ? this.stateOf(s.openingHours, now) : own.state).open);
      }
      return { torg, statuses, open };
    });
    const shown = this.openOnly ? rows.filter((row) => row.open) : rows;
    if (!this.origin)
      return { rows: shown.sort((a, b) => collator.compare(a.torg.name, b.torg.name)), matching: rows.length };
    return {
      rows: byDistance(shown, this.origin, (row) => row.torg.location).map(({ item, metres }) => ({ ...item, metres })),
      matching: rows.length,
    };
  }

  /** Chooses a torg: highlights it in the list and on the map, and tells the page. */
  private select(torgId: string, from: 'list' | 'map'): void {
    this.selected = torgId;
    this.update();
    this.mapView?.select(torgId, from === 'list');
    if (from === 'map') {
      void this.host.updateComplete.then(() => {
        const item = this.host.shadowRoot?.querySelector(`[data-torg="${CSS.escape(torgId)}"]`);
        item?.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
      });
    }
    emit(this.host, 'torg-select', { torgId });
  }

  // --- handlers --------------------------------------------------------------------

  private readonly handleSearch = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.update();
  };

  private readonly handleSubmit = (event: Event): void => {
    event.preventDefault();
    // Enter reads the result out again.
    this.sayAgain = 'count';
    this.update();
  };

  private readonly handleService = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const chosen = new Set(this.chosen);
    if (input.checked) chosen.add(input.value);
    else chosen.delete(input.value);
    this.chosen = chosen;
    this.update();
  };

  private readonly handleToggle = (event: Event): void => {
    this.filtersOpen = (event.target as HTMLDetailsElement).open;
  };

  private readonly handleOpenOnly = (event: Event): void => {
    this.openOnly = (event.target as HTMLInputElement).checked;
    this.update();
  };

  private readonly handleNearest = async (): Promise<void> => {
    if (this.geo === 'locating') return;
    this.geo = 'locating';
    this.update();
    try {
      this.origin = await locate();
      this.geo = 'idle';
      this.sayAgain = 'nearest';
    } catch (error) {
      const reason = error instanceof GeoError ? error.reason : 'unavailable';
      this.geo = reason;
      this.access.announce(this.texts().geo[reason]);
    }
    this.update();
  };

  private readonly handleSortByName = async (): Promise<void> => {
    this.origin = undefined;
    this.update();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('[part~="nearest"]')?.focus();
  };

  private readonly handleClear = async (): Promise<void> => {
    this.query = '';
    this.chosen = new Set();
    this.openOnly = false;
    this.update();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('[part~="search"]')?.focus();
  };

  // --- map -------------------------------------------------------------------------

  private async syncMap(): Promise<void> {
    const container = this.host.map ? this.host.shadowRoot?.querySelector<HTMLElement>('.map') : null;
    if (!container) {
      if (this.mapView) {
        this.mapView.destroy();
        this.mapView = undefined;
        this.mapState = 'off';
      }
      return;
    }
    if (this.mapView && !this.mapView.isIn(container)) {
      this.mapView.destroy();
      this.mapView = undefined;
      this.mapState = 'off';
    }
    if (this.mapState === 'off') {
      this.mapState = 'loading';
      try {
        const { FinderMap } = await import('./leaflet-map.js');
        const m = this.texts();
        this.mapView = new FinderMap(container, this.host.shadowRoot!, {
          tiles: this.host.tiles,
          attribution: this.host.tilesAttribution,
          zoomIn: m.zoomIn,
          zoomOut: m.zoomOut,
          onSelect: (id) => this.select(id, 'map'),
        });
        this.mapState = 'ready';
      } catch (error) {
        this.log.warn('the map could not be shown:', error);
        this.mapState = 'failed';
        this.update();
        return;
      }
    }
    if (this.mapView) {
      const m = this.texts();
      const places: MapPlace[] = this.rows.map(({ torg }) => ({
        id: torg.id,
        lat: torg.location.lat,
        lon: torg.location.lon,
        label: torg.status === 'planned' ? `${torg.name} (${m.planned})` : torg.name,
        planned: torg.status === 'planned',
      }));
      this.mapView.update(places, this.selected, this.origin);
    }
  }

  // --- rendering -------------------------------------------------------------------

  render(torgs: Torg[]): TemplateResult {
    const m = this.texts();
    const now = Date.now();
    this.freshStates(now);
    const { rows, matching } = this.computeRows(torgs, now);
    this.rows = rows;
    this.wakeAt(this.statesUntil);

    const count = `${m.count(rows.length, torgs.length)}${this.origin ? `, ${m.byDistance}` : ''}.`;
    // The first count is not read out (the page just loaded); changes are, and on request.
    if (this.countText && (count !== this.countText || this.sayAgain)) {
      const nearest = this.sayAgain === 'nearest' ? rows[0] : undefined;
      this.speech =
        nearest?.metres === undefined
          ? count
          : `${count} ${m.nearestIs(nearest.torg.name, formatDistance(nearest.metres, this.access.locale()))}`;
    }
    this.countText = count;
    this.sayAgain = undefined;

    return html`<div class="finder ${this.host.map ? 'with-map' : ''}">
      ${this.renderControls(torgs, m)}
      <p class="count" part="count">${count}</p>
      ${this.access.osloTimeNote()}
      <div class="results">
        ${rows.length ? this.renderList(rows, m) : this.renderNone(torgs, matching, m)}
        ${this.host.map ? this.renderMap(m) : nothing}
      </div>
    </div>`;
  }

  private renderControls(torgs: Torg[], m: FinderMessages): TemplateResult {
    const options = serviceOptions(torgs);
    for (const id of this.chosen) if (!options.some((o) => o.id === id)) options.push({ id, name: id });
    // The filter starts open when there is room for it (or services were chosen); then the user decides.
    const open = this.filtersOpen ?? (this.chosen.size > 0 || this.host.clientWidth >= 560);
    this.filtersOpen = open;
    const geo = this.geo;
    const locating = geo === 'locating';
    const failure = geo === 'idle' || geo === 'locating' ? undefined : geo;
    return html`<form class="controls" part="controls" role="search" novalidate @submit=${this.handleSubmit}>
      <div class="field">
        <label for="q">${m.searchLabel}</label>
        <input
          id="q"
          part="search"
          type="search"
          autocomplete="off"
          enterkeyhint="search"
          aria-describedby="q-hint"
          .value=${live(this.query)}
          @input=${this.handleSearch}
        />
        <p id="q-hint" class="hint">${m.searchHint}</p>
      </div>
      <details class="filter" ?open=${open} @toggle=${this.handleToggle}>
        <summary>
          ${m.servicesLegend}${this.chosen.size ? html` <span class="chosen">(${m.chosen(this.chosen.size)})</span>` : nothing}
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
                    .checked=${live(this.chosen.has(o.id))}
                    @change=${this.handleService}
                  />
                  ${o.name}</label
                >`,
            )}
          </div>
        </fieldset>
      </details>
      <label class="check"
        ><input type="checkbox" .checked=${live(this.openOnly)} @change=${this.handleOpenOnly} /> ${m.openNow}</label
      >
      <div class="nearest">
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
        ${
          this.origin
            ? html`<button type="button" class="button secondary" @click=${this.handleSortByName}>
                ${m.sortByName}
              </button>`
            : nothing
        }
        <p id="geo-hint" class="hint">${m.privacy}</p>
        ${failure ? html`<p class="notice warning geo-error" part="notice">${m.geo[failure]}</p>` : nothing}
      </div>
    </form>`;
  }

  private renderNone(torgs: Torg[], matching: number, m: FinderMessages): TemplateResult {
    let text: string;
    if (this.openOnly && matching > 0) text = m.noneOpen;
    else if (this.query.trim()) text = m.noneForQuery(this.query.trim());
    else {
      const names = serviceOptions(torgs);
      const chosen = [...this.chosen].map((id) => names.find((o) => o.id === id)?.name ?? id);
      text = m.noneForServices(formatList(chosen, this.access.locale(), 'disjunction'));
    }
    return html`<div class="state-empty none" part="empty">
      <p>${text}</p>
      <button type="button" class="button secondary" @click=${this.handleClear}>${m.clear}</button>
    </div>`;
  }

  private renderList(rows: Row[], m: FinderMessages): TemplateResult {
    return html`<ul class="list" part="list">
      ${repeat(
        rows,
        (row) => row.torg.id,
        (row) => this.renderItem(row, m),
      )}
    </ul>`;
  }

  private renderItem(row: Row, m: FinderMessages): TemplateResult {
    const { torg } = row;
    const selected = this.selected === torg.id;
    const planned = torg.status === 'planned';
    const { street, postalCode, city } = torg.address;
    const address = [street, [postalCode, city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    return html`<li
      class="item ${selected ? 'selected' : ''}"
      part="item ${selected ? 'selected' : ''}"
      data-torg=${torg.id}
    >
      <div class="head">
        <h3>
          <button
            type="button"
            class="name"
            part="select"
            aria-pressed=${selected ? 'true' : 'false'}
            @click=${() => this.select(torg.id, 'list')}
          >
            ${torg.name}
          </button>
          ${planned ? html`<span class="badge" part="badge">${m.planned}</span>` : nothing}
        </h3>
        ${
          row.metres === undefined
            ? nothing
            : html`<p class="distance">${m.away(formatDistance(row.metres, this.access.locale()))}</p>`
        }
      </div>
      ${planned ? html`<p class="status" part="status">${m.notOpenYet}</p>` : row.statuses.map((s) => this.renderStatus(s))}
      ${this.renderNotes(torg.services, row.statuses)} ${address ? html`<p class="address">${address}</p>` : nothing}
      ${torg.services.length ? this.renderServices(torg.services, m) : nothing}
      ${
        torg.accessibility
          ? html`<p class="access"><span class="label">${m.accessibility}:</span> ${torg.accessibility}</p>`
          : nothing
      }
      ${this.renderContact(torg, m)}
    </li>`;
  }

  private renderStatus({ service, state }: Status): TemplateResult {
    const line = statusLine(state, this.text(openingHoursCatalog), this.access.locale());
    return html`<p class="status ${line.tone}" part="status">
      ${service ? html`<span class="label">${service.name}:</span> ` : nothing}<strong>${line.label}</strong>${
        line.detail ? ` · ${line.detail}` : nothing
      }${service?.note ? html` <span class="note">${service.note}</span>` : nothing}
    </p>`;
  }

  /** The notes of the chosen services that have no status line of their own. */
  private renderNotes(services: Service[], statuses: Status[]): unknown {
    return services
      .filter((s) => s.note && this.chosen.has(s.id) && !statuses.some((x) => x.service === s))
      .map((s) => html`<p class="note"><span class="label">${s.name}:</span> ${s.note}</p>`);
  }

  private renderServices(services: Service[], m: FinderMessages): TemplateResult {
    return html`<ul class="chips" aria-label=${m.services}>
      ${services.map((s) => html`<li class="chip ${this.chosen.has(s.id) ? 'on' : ''}">${s.name}</li>`)}
    </ul>`;
  }

  private renderContact(torg: Torg, m: FinderMessages): TemplateResult | typeof nothing {
    const tel = torg.phone ? telHref(torg.phone) : undefined;
    const mail = mailtoHref(torg.email);
    const web = safeHref(torg.url);
    if (!torg.phone && !mail && !web) return nothing;
    return html`<ul class="contact">
      ${
        torg.phone
          ? html`<li>
              <span class="label">${m.phone}:</span> ${tel ? html`<a href=${tel}>${torg.phone}</a>` : torg.phone}
            </li>`
          : nothing
      }
      ${mail ? html`<li><span class="label">${m.email}:</span> <a href=${mail}>${torg.email}</a></li>` : nothing}
      ${
        web
          ? html`<li>
              <a href=${web}>${m.website}<span class="vh">: ${torg.name}</span></a>
            </li>`
          : nothing
      }
    </ul>`;
  }

  private renderMap(m: FinderMessages): TemplateResult {
    if (this.mapState === 'failed') {
      return html`<p class="notice warning map-error" part="notice">${m.mapError}</p>`;
    }
    return html`<div class="map-area">
      <div class="map" part="map" role="region" aria-label=${m.mapLabel} aria-describedby="map-hint"></div>
      <p id="map-hint" class="hint">${m.mapHint}</p>
    </div>`;
  }

  private text<T>(catalog: Catalog<T>): T {
    return catalog.get(this.access.locale()) ?? (catalog.get('nb') as T);
  }
}
