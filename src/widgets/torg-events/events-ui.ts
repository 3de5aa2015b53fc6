/**
 * `<torg-events>`' data layer and views, loaded when the first element
 * connects (see torg-events.ts): the data controller for the dates on
 * screen, the filters, the list view and each event's disclosure and
 * "add to calendar" links. The month view, the recurrence engine, the
 * iCalendar parser and writer are further chunks, loaded when needed.
 */
import { html, nothing, type PropertyValues, type ReactiveController, type TemplateResult } from 'lit';
import { checkItems, getEvents, getTorgList, type ApiContext } from '../../core/api.js';
import type { Locale } from '../../core/config.js';
import { DataController, type DataSource } from '../../core/data-controller.js';
import { formatClock, formatDate, formatMonth, monthName } from '../../core/format.js';
import type { TorgEvent } from '../../core/schemas.js';
import type { StateTemplates } from '../../core/torg-element.js';
import { safeHref } from '../../core/url.js';
import type * as Ics from '../../domain/ics.js';
import { addDays, addMonths, osloDate } from '../../domain/oslo-time.js';
import { eventsCatalog, type EventsMessages } from './messages/index.js';
import { buildModel, type Filters, type Item, type Model } from './model.js';
import type { MonthView } from './month-view.js';
import type { EventsView, TorgEvents } from './torg-events.js';
import { styles } from './torg-events.styles.js';

/** What the views use of the element's (protected) shared base. */
export interface ElementBase {
  renderData<T>(data: DataSource<T>, templates: StateTemplates<T>): unknown;
  announce(text: string): void;
  locale(): Locale;
  osloNote(): unknown;
}

type Args = readonly [from: string, to: string, chunk: number, filters: Filters, data: unknown, src: string];

/** At most this many days per request (the API's limit). */
const MAX_SPAN = 366;

const LOADING: DataSource<never> = {
  state: 'loading',
  value: undefined,
  error: undefined,
  busy: true,
  loadedAt: undefined,
  refresh: () => Promise.resolve(),
};

export class EventsUI implements ReactiveController {
  readonly catalog = eventsCatalog;
  readonly host: TorgEvents;
  private readonly base: ElementBase;

  /** The filters in use (preset by the attributes, changed with the controls). */
  private filters: Filters;
  /** The month shown in the month view, `YYYY-MM`. */
  month = osloDate(Date.now()).slice(0, 7);
  /** How many times `days` the list shows. */
  private pages = 1;
  /** Opened events (`key/date`). */
  private opened = new Set<string>();
  private ics?: typeof Ics;
  private monthView?: MonthView;
  /** Names of the torg and categories seen so far (for the filter controls). */
  private readonly torgNames = new Map<string, string>();
  private readonly seenCategories = new Set<string>();
  /** The list last shown, kept on screen (busy) while more days or other filters load. */
  private previous?: Model;
  private announceCount = false;

  /** The events of the dates on screen. */
  readonly events: DataController<Model, Args>;

  constructor(host: TorgEvents, base: ElementBase) {
    this.host = host;
    this.base = base;
    this.filters = { torg: host.torg ?? '', category: host.category ?? '', audience: host.audience ?? '' };
    // Before the data controller, so filters are in place when its inputs are read.
    host.addController(this);
    this.events = new DataController<Model, Args>(host, {
      args: () => {
        const { from, to, chunk } = this.range();
        return [from, to, chunk, this.filters, host.data, host.src] as const;
      },
      load: (args, { api, signal }) => this.load(args, api, signal),
      isEmpty: (model) => model.count === 0,
    });
    const root = host.shadowRoot;
    if (root && styles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
    // One listener for every event's disclosure button (thousands of events, one listener).
    root?.addEventListener('click', this.handleClick);
  }

  /** The texts in the resolved language. */
  get t(): EventsMessages {
    return eventsCatalog.get(this.language) ?? (eventsCatalog.get('nb') as EventsMessages);
  }

  get language(): Locale {
    return this.base.locale();
  }

  /** Today's date in Oslo. */
  get today(): string {
    return osloDate(Date.now());
  }

  /** Follows the element's attributes (called before each update). */
  sync(changed: PropertyValues<TorgEvents>): void {
    const host = this.host;
    // A changed attribute sets its filter; the others keep what the person chose.
    const keys = (['torg', 'category', 'audience'] as const).filter((key) => changed.has(key));
    if (keys.length) {
      this.filters = { ...this.filters };
      for (const key of keys) this.filters[key] = host[key] ?? '';
    }
    if (changed.has('days')) this.pages = 1;
    if (changed.has('view')) this.previous = undefined;
  }

  hostUpdate(): void {
    if (this.isMonth() && !this.monthView) void this.loadMonthView();
  }

  hostUpdated(): void {
    const state = this.events.state;
    if (this.announceCount && (state === 'loaded' || state === 'empty')) {
      this.announceCount = false;
      const text = this.t.count(this.events.value?.count ?? 0);
      // After this update, not inside it.
      void this.host.updateComplete.then(() => this.base.announce(text));
    }
  }

  /** Shows another month in the month view (`YYYY-MM`) and says so to screen-reader users. */
  setMonth(month: string): void {
    if (month === this.month) return;
    this.month = month;
    this.host.requestUpdate();
    const [y, m] = month.split('-').map(Number) as [number, number];
    this.base.announce(formatMonth(y, m, this.language, true));
  }

  // --- data ----------------------------------------------------------------------

  private async load(
    [from, to, chunk, filters, data, src]: Args,
    api: () => ApiContext,
    signal: AbortSignal,
  ): Promise<Model> {
    let events: TorgEvent[];
    let skipped = 0;
    if (data !== undefined) {
      ({ items: events, skipped } = await checkItems('EventSchema', data, '<torg-events>.data'));
    } else if (src) {
      const { loadFeed } = await import(/* torg:inline-in-bundle */ './feed.js');
      events = await loadFeed(src, signal, this.t.badSrc(src));
    } else {
      const ctx = api();
      const query = {
        torg: filters.torg || undefined,
        category: filters.category || undefined,
        audience: filters.audience || undefined,
      };
      // The list is fetched `days` at a time, so "show more" asks only for the new days.
      const spans: [string, string][] = [];
      for (let f = from; f < to; f = addDays(f, chunk || MAX_SPAN)) {
        const end = addDays(f, chunk || MAX_SPAN);
        spans.push([f, end < to ? end : to]);
      }
      const [lists, torgList] = await Promise.all([
        Promise.all(spans.map(([f, t]) => getEvents(ctx, { from: f, to: t, ...query }))),
        getTorgList(ctx).catch(() => undefined),
      ]);
      events = lists.flatMap((list) => list.items);
      skipped = lists.reduce((sum, list) => sum + list.skipped, 0);
      for (const torg of torgList?.items ?? []) this.torgNames.set(torg.id, torg.name);
    }
    for (const event of events) {
      for (const c of event.categories) this.seenCategories.add(c);
      if (event.torgId && !this.torgNames.has(event.torgId)) this.torgNames.set(event.torgId, event.torgId);
    }
    const prices = data !== undefined || !src;
    return buildModel(events, { from, to }, filters, { skipped, torgNames: this.torgNames, prices });
  }

  /** The dates on screen: the list's coming days, or the month. `chunk` is the list's request size. */
  private range(): { from: string; to: string; chunk: number } {
    if (this.isMonth()) {
      const from = `${this.month}-01`;
      return { from, to: addMonths(from, 1), chunk: 0 };
    }
    const span = this.span();
    return { from: this.today, to: addDays(this.today, span * this.pages), chunk: span };
  }

  /** `days`, read safely: a whole number of 1 to 366, else 30. */
  private span(): number {
    const days = Math.floor(Number(this.host.days));
    return days >= 1 ? Math.min(days, MAX_SPAN) : 30;
  }

  private isMonth(): boolean {
    return this.host.view === 'month';
  }

  // --- handlers ------------------------------------------------------------------

  private handleFilter(key: keyof Filters, event: Event): void {
    this.filters = { ...this.filters, [key]: (event.target as HTMLSelectElement).value };
    this.announceCount = true;
    this.host.requestUpdate();
  }

  private handleView(view: EventsView): void {
    this.host.view = view;
  }

  private readonly handleMore = (): void => {
    this.pages++;
    this.host.requestUpdate();
    const t = this.t;
    this.base.announce(t.range(this.day(this.today, false), this.day(addDays(this.range().to, -1), false)));
  };

  /** A click on an event's disclosure button (`data-key`) opens or closes it. */
  private readonly handleClick = (event: Event): void => {
    const key = (event.target as Element).closest<HTMLElement>('[data-key]')?.dataset.key;
    if (key) this.handleToggle(key);
  };

  private handleToggle(key: string): void {
    if (!this.opened.delete(key)) this.opened.add(key);
    this.opened = new Set(this.opened);
    this.host.requestUpdate();
    if (!this.ics) {
      void import(/* torg:inline-in-bundle */ '../../domain/ics.js').then((module) => {
        this.ics = module;
        this.host.requestUpdate();
      });
    }
  }

  private async loadMonthView(): Promise<void> {
    const { MonthView } = await import(/* torg:inline-in-bundle */ './month-view.js');
    this.monthView ??= new MonthView(this);
    this.host.requestUpdate();
  }

  // --- rendering -----------------------------------------------------------------

  render(): unknown {
    const t = this.t;
    return html`${this.base.osloNote()}
      <div class="toolbar" part="toolbar">${this.renderViewSwitch(t)} ${this.renderFilters(t)}</div>
      ${this.isMonth() ? this.renderMonth(t) : this.renderList(t)}`;
  }

  private renderViewSwitch(t: EventsMessages): TemplateResult {
    const button = (view: EventsView, label: string): TemplateResult =>
      html`<button
        type="button"
        aria-pressed=${(view === 'month') === this.isMonth() ? 'true' : 'false'}
        @click=${() => this.handleView(view)}
      >
        ${label}
      </button>`;
    return html`<div class="switch" part="view-switch" role="group" aria-label=${t.view}>
      ${button('list', t.list)}${button('month', t.month)}
    </div>`;
  }

  private renderFilters(t: EventsMessages): TemplateResult {
    const { filters } = this;
    const byName = (a: [string, string], b: [string, string]): number => a[1].localeCompare(b[1], 'nb');
    const select = (key: keyof Filters, label: string, any: string, options: [string, string][]): TemplateResult => {
      const value = filters[key];
      if (value && !options.some(([id]) => id === value)) options.push([value, value]);
      return html`<label
        >${label}
        <select @change=${(e: Event) => this.handleFilter(key, e)}>
          <option value="">${any}</option>
          ${options.map(([id, name]) => html`<option value=${id} ?selected=${id === value}>${name}</option>`)}
        </select></label
      >`;
    };
    const categories = [...new Set([...Object.keys(t.categories), ...this.seenCategories])];
    return html`<div class="filters" part="filters" role="group" aria-label=${t.filters}>
      ${select(
        'category',
        t.category,
        t.anyCategory,
        categories.map((id): [string, string] => [id, this.categoryName(id)]).sort(byName),
      )}
      ${select('audience', t.audience, t.anyAudience, Object.entries(t.audiences))}
      ${select('torg', t.torg, t.anyTorg, [...this.torgNames].sort(byName))}
    </div>`;
  }

  private renderList(t: EventsMessages): unknown {
    const more = html`<button type="button" class="button secondary more" part="more" @click=${this.handleMore}>
      ${t.more(this.span())}
    </button>`;
    return this.base.renderData(this.listSource(), {
      loaded: (model) =>
        html`<h2 class="range" part="range">
            ${t.range(this.day(model.from, false), this.day(addDays(model.to, -1), false))}
          </h2>
          ${[...model.days].map(
            ([date, items]) =>
              html`<div class="day-group">
                <h3 class="day" part="day-heading">${this.day(date)}</h3>
                <ul class="events" part="list">
                  ${items.map((item) => this.renderItem(item, date))}
                </ul>
              </div>`,
          )}
          ${more}`,
      empty: (model) =>
        html`<p>
            ${t.emptyRange(this.day(model.from, false), this.day(addDays(model.to, -1), false))}
            ${this.filtered() ? t.emptyFiltered : ''}
          </p>
          ${more}`,
      skipped: (model) => model.skipped,
    });
  }

  private renderMonth(t: EventsMessages): unknown {
    const view = this.monthView;
    if (!view) return this.base.renderData(LOADING, { loaded: () => nothing });
    const month = monthName(Number(this.month.slice(5)), this.language);
    return html`${view.renderGrid(this.events)}
    ${this.base.renderData(this.events, {
      loaded: (model) => view.renderDay(model),
      empty: () => `${t.emptyMonth(month)} ${this.filtered() ? t.emptyFiltered : ''}`,
      loading: () => html``,
      skipped: (model) => model.skipped,
    })}`;
  }

  /** One event on `date`: time, title (a disclosure), place, tags, price and registration. */
  renderItem(item: Item, date: string): TemplateResult {
    const t = this.t;
    const e = item.event;
    const key = `${item.key}/${date}`;
    const open = this.opened.has(key);
    const place = this.placeOf(e);
    const register = e.cancelled ? undefined : safeHref(e.registrationUrl);
    const audience = e.audience?.length ? t.forAudience(e.audience.map((a) => t.audiences[a]).join(', ')) : '';
    const price = e.price || (this.events.value?.prices === false ? '' : t.free);
    const tags = [e.categories.map((c) => this.categoryName(c)).join(', '), audience, price];
    return html`<li class="event${e.cancelled ? ' cancelled' : ''}" part="event">
      <p class="when" part="time">${this.timeText(item, date)}</p>
      <div class="body">
        <h4 class="title">
          <button
            type="button"
            part="event-toggle"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${open ? key : nothing}
            data-key=${key}
          >
            ${e.cancelled ? html`<strong class="badge" part="cancelled">${t.cancelled}</strong> ` : nothing}<span
              class="name"
              >${e.title}</span
            >
          </button>
        </h4>
        ${place ? html`<p class="meta">${place}</p>` : nothing}
        <p class="meta">${tags.filter(Boolean).join(' · ')}</p>
        ${item.repeatsElsewhere ? html`<p class="meta" part="repeats-note">${t.repeatsElsewhere}</p>` : nothing}
        ${
          register
            ? html`<a class="register" part="register" href=${register}
                >${t.register}<span class="vh">: ${e.title}</span></a
              >`
            : nothing
        }
        ${open ? this.renderDetails(item, key, t) : nothing}
      </div>
    </li>`;
  }

  private renderDetails(item: Item, id: string, t: EventsMessages): TemplateResult {
    const e = item.event;
    const more = safeHref(e.url);
    const organizer = e.organizer;
    const organizerUrl = safeHref(organizer?.url);
    return html`<div class="details" part="details" id=${id}>
      ${e.description ? html`<p class="desc">${e.description}</p>` : nothing}
      ${e.location?.address ? html`<p><strong>${t.address}:</strong> ${e.location.address}</p>` : nothing}
      ${
        organizer
          ? html`<p>
              <strong>${t.organizer}:</strong>
              ${organizerUrl ? html`<a href=${organizerUrl}>${organizer.name}</a>` : organizer.name}
            </p>`
          : nothing
      }
      <p class="links">
        ${more ? html`<a href=${more}>${t.moreInfo}<span class="vh">: ${e.title}</span></a>` : nothing}
        ${this.renderCalendarLinks(item, t)}
      </p>
    </div>`;
  }

  /** "Legg i kalender" for this occurrence, and for a series all its dates. */
  private renderCalendarLinks(item: Item, t: EventsMessages): unknown {
    const ics = this.ics;
    if (!ics) return nothing;
    const e = item.event;
    const base = {
      summary: e.title,
      description: e.description,
      location: [this.placeOf(e), e.location?.address].filter(Boolean).join(', '),
      url: safeHref(e.url),
      status: e.cancelled ? ('CANCELLED' as const) : ('CONFIRMED' as const),
      categories: e.categories.map((c) => this.categoryName(c)),
      allDay: e.allDay,
    };
    const file = ics.icsFileName(e.title);
    const link = (label: string, event: Ics.IcsEvent): TemplateResult =>
      html`<a class="button secondary" part="calendar-link" download=${file} href=${ics.icsDataUrl(ics.toIcs([event]))}
        >${label}<span class="vh">: ${e.title}</span></a
      >`;
    const uid = (suffix: string): string => `${e.id}${suffix}@innbyggertorg.asker.kommune.no`;
    return html`${link(t.addToCalendar, {
      ...base,
      uid: uid(e.rrule ? `-${osloDate(item.start).replaceAll('-', '')}` : ''),
      start: item.start,
      end: item.end,
    })}
    ${
      e.rrule
        ? link(t.addSeries, {
            ...base,
            uid: uid(''),
            start: Date.parse(e.start),
            end: e.end ? Date.parse(e.end) : undefined,
            rrule: e.rrule,
            exdates: e.exdates?.map((d) => Date.parse(d)),
            rdates: e.rdates?.map((d) => Date.parse(d)),
          })
        : nothing
    }`;
  }

  // --- helpers -------------------------------------------------------------------

  /** The list's data; while more days or other filters load, the list shown so far stays (busy). */
  private listSource(): DataSource<Model> {
    const data = this.events;
    if (data.state === 'loaded' || data.state === 'empty') this.previous = data.value;
    const previous = this.previous;
    if (data.state !== 'loading' || !previous) return data;
    return { ...LOADING, state: previous.count ? 'loaded' : 'empty', value: previous, refresh: () => data.refresh() };
  }

  private filtered(): boolean {
    return Boolean(this.filters.torg || this.filters.category || this.filters.audience);
  }

  /** "Torsdag 3. desember" (a heading), "3. desember" (in a sentence, `weekday` false). */
  private day(date: string, weekday = true): string {
    return formatDate(date, this.language, { capital: weekday, weekday });
  }

  private categoryName(id: string): string {
    return this.t.categories[id] ?? id.charAt(0).toUpperCase() + id.slice(1);
  }

  /** "Borgen innbyggertorg, kafé KIME": the torg's name unless the place names it already. */
  private placeOf(e: TorgEvent): string {
    const torg = e.torgId ? this.torgNames.get(e.torgId) : undefined;
    const name = e.location?.name;
    if (!name) return torg ?? '';
    return torg && !name.includes(torg) ? `${torg}, ${name}` : name;
  }

  /** "18.00–19.30", "Hele dagen", "Fra kl. 18.00" (a multi-day event's first day), "Til kl. 02.00" (its last). */
  timeText(item: Item, date: string): string {
    const t = this.t;
    const clock = (minute: number): string => formatClock(minute, this.language);
    if (item.event.allDay || (item.first < date && item.last > date)) return t.allDay;
    if (item.first < date) return t.until(clock(item.endMinute ?? 0));
    if (item.last > date) return t.from(clock(item.startMinute));
    return item.endMinute === undefined
      ? clock(item.startMinute)
      : `${clock(item.startMinute)}–${clock(item.endMinute)}`;
  }
}
