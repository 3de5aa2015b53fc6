/**
 * What `<torg-events>` looks like, and what the person chose: the view
 * switch, the filters (preset by the attributes, changed with the
 * controls), the list of coming days ("show more" adds pages), the month
 * shown, and which events are open with their "add to calendar" links.
 *
 * The month grid (with the shared date grid) is a part of its own, loaded
 * the first time the month view shows; the .ics writer loads when the first
 * event is opened. Under it all, "subscribe to the calendar" with the
 * filters in use, when the API offers the feed.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { eventsFeedUrl } from '../../core/api/feeds.js';
import type { DataSource } from '../../core/data-controller.js';
import { formatClock, formatDate, formatMonth, monthName } from '../../core/format.js';
import { entryOf } from '../../core/i18n.js';
import { createLogger } from '../../core/logger.js';
import { apiHref, safeHref } from '../../core/url.js';
import { ViewLoader } from '../../core/view-loader.js';
import type { WidgetHost } from '../../core/widget-host.js';
import {
  dayTime,
  isFiltered,
  listRange,
  listSpan,
  monthRange,
  placeOf,
  type Filters,
  type Item,
  type Model,
  type Range,
} from '../../domain/events.js';
import { addDays, osloDate } from '../../domain/oslo-time.js';
import { bdi } from '../../shared/bidi.js';
import {
  calendarFeedCatalog,
  calendarFeedStyles,
  renderCalendarFeed,
} from '../../shared/calendar-feed/calendar-feed.js';
import { eventsCatalog, type EventsFirstMessages } from './messages/index.js';
import type * as CalendarLinks from './parts/calendar-links.js';
import type { MonthGrid } from './parts/month.js';
import type { EventsView, KnownNames, TorgEvents } from './torg-events.js';
import { styles as ownStyles } from './torg-events.styles.js';

export const styles = [ownStyles, calendarFeedStyles];
export const catalogs = [eventsCatalog, calendarFeedCatalog];

type Host = WidgetHost<TorgEvents>;

/** What the element asks for: the dates on screen and the filters in use. */
export interface Query extends Range {
  filters: Filters;
}

const log = createLogger('torg-events');

/** The state of a list kept on screen (busy) while more days or other filters load (see `listSource`). */
const LOADING: Omit<DataSource<never>, 'refresh'> = {
  state: 'loading',
  value: undefined,
  error: undefined,
  busy: true,
  loadedAt: undefined,
};

const SKELETON_ROWS = [0, 1, 2];

/**
 * The list's first screen: its first 8 days, or fewer when they hold more events than a screen shows — from the
 * day after the one that reaches 60 events (a row is at least 3em high: 180em, taller than any screen), days
 * skip layout until scrolled to. A busy month's thousand events lay out a day or two up front, not a week.
 */
const FIRST_SCREEN_DAYS = 8;
const FIRST_SCREEN_EVENTS = 60;

/** A static part of a row's template: markup joined into the template's strings (see {@link rowHtml}). */
interface Static {
  markup: string;
}
const part = (markup: string): Static => ({ markup });

/** `h1`–`h6`, as static parts of a template (an event's title, see `renderItem`). */
const HEADING_TAGS = [1, 2, 3, 4, 5, 6].map((level) => part(`h${level}`));

/** The place's paragraph in a row, static parts around its text; a row without a place has none (see `renderItem`). */
const PLACE_TAGS = [part('<p class="meta">'), part('</p>')] as const;
const NO_TAG = part('');
const ROW_STATICS = new Set<unknown>([...HEADING_TAGS, ...PLACE_TAGS, NO_TAG]);

/** A row's template for each heading tag, with a place and without, resolved once (see {@link rowHtml}). */
const rowTemplates = new Map<string, TemplateStringsArray>();

/**
 * The row's template tag, with the heading's tag and the place's paragraph static parts of it (thousands of rows,
 * no nested template each): each combination's strings are joined once, as `lit/static-html.js` would on every
 * call (for a list of thousands of rows, most of the time it takes), and reused under `key`; the one call site
 * (`renderItem`) is what makes the key enough. Strings made so are trusted as the core's headings are: from
 * constants only, never from data.
 */
function rowHtml(key: string) {
  return (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult => {
    let resolved = rowTemplates.get(key);
    if (!resolved) {
      const joined = [strings[0]!];
      values.forEach((value, i) => {
        if (ROW_STATICS.has(value)) joined[joined.length - 1] += (value as Static).markup + strings[i + 1]!;
        else joined.push(strings[i + 1]!);
      });
      rowTemplates.set(key, (resolved = Object.assign(joined, { raw: joined })));
    }
    return html(resolved, ...values.filter((value) => !ROW_STATICS.has(value)));
  };
}

/**
 * Bars shaped like the list: its heading and a few days of events (under the toolbar, which stays);
 * with `toolbar`, a bar for it too (the element's loading state, before anything is drawn).
 */
export function listSkeleton(toolbar = false): TemplateResult {
  return html`<div class="skeleton events" aria-hidden="true">
    ${toolbar ? html`<div class="bar toolbar"></div>` : nothing}
    <div class="bar heading"></div>
    ${SKELETON_ROWS.map(
      () =>
        html`<div class="bar day"></div>
          <div class="bar row"></div>
          <div class="bar row"></div>`,
    )}
  </div>`;
}

export function createView(host: Host): EventsScreen {
  return new EventsScreen(host);
}

export class EventsScreen {
  readonly #host: Host;
  /** The filters in use: preset by the attributes, changed with the controls. */
  #filters: Filters = { torg: '', category: '', audience: '' };
  /** The month shown in the month view, `YYYY-MM`. */
  #month = osloDate(Date.now()).slice(0, 7);
  /** How many times `days` the list shows. */
  #pages = 1;
  /** Opened events (`key/date`). */
  #opened = new Set<string>();
  /** The list last shown, kept on screen (busy) while more days or other filters load. */
  #previous?: Model;
  /** A filter was changed: say how many events it shows once they are there. */
  #countPending = false;
  /** "Add to calendar" with the .ics writer, once loaded (the first time an event is opened). */
  #calendarLinks?: typeof CalendarLinks;
  #icsLoading = false;
  /** The month grid, a part loaded the first time the month view shows. */
  #monthPart?: ViewLoader<Host, MonthGrid>;
  /**
   * Each row as last drawn, by `key/date`: the row and its own state then (see `renderItems`). Opening one event
   * of thousands draws that row again, not every row: the others go to Lit as they were, and it finds nothing to
   * change.
   */
  #drawn = new Map<string, unknown[]>();
  /** What every row was drawn from besides its own event and state (see `renderItems`). */
  #drawnFor: unknown[] = [];

  constructor(host: Host) {
    this.#host = host;
  }

  get #element(): TorgEvents {
    return this.#host.element;
  }

  get #t(): EventsFirstMessages {
    return this.#host.text(eventsCatalog);
  }

  /** Today's date in Oslo. */
  get #today(): string {
    return osloDate(Date.now());
  }

  #isMonth(): boolean {
    return this.#element.view === 'month';
  }

  /** The dates on screen — the list's coming days or the month — and the filters. */
  query(): Query {
    const range = this.#isMonth()
      ? monthRange(this.#month)
      : listRange(this.#today, listSpan(this.#element.days), this.#pages);
    return { ...range, filters: this.#filters };
  }

  /** Follows the element's attributes (before each update): a changed attribute sets its filter, the others stay. */
  follow(changed: PropertyValues<TorgEvents>): void {
    const element = this.#element;
    const keys = (['torg', 'category', 'audience'] as const).filter((key) => changed.has(key));
    if (keys.length) {
      this.#filters = { ...this.#filters };
      for (const key of keys) this.#filters[key] = element[key] ?? '';
    }
    if (changed.has('days')) this.#pages = 1;
    if (changed.has('view')) this.#previous = undefined;
    // The month grid starts loading as soon as the month view is asked for.
    if (this.#isMonth()) this.#monthGrid();
  }

  /** After a filter change, once its events are there: how many there are (read out). */
  announcement(source: DataSource<Model>): string | undefined {
    if (!this.#countPending || (source.state !== 'loaded' && source.state !== 'empty')) return undefined;
    this.#countPending = false;
    return this.#t.count(source.value?.count ?? 0);
  }

  // --- handlers ------------------------------------------------------------------------

  #handleFilter(key: keyof Filters, event: Event): void {
    this.#filters = { ...this.#filters, [key]: (event.target as HTMLSelectElement).value };
    this.#countPending = true;
    this.#host.requestUpdate();
  }

  #handleView(view: EventsView): void {
    this.#element.view = view;
  }

  readonly #handleMore = (): void => {
    this.#pages++;
    this.#host.requestUpdate();
    const { from, to } = this.query();
    this.#host.announce(this.#t.range(this.#day(from, false), this.#day(addDays(to, -1), false)));
  };

  /** One listener for every event's disclosure button (`data-key`): thousands of events, one listener. */
  readonly #handleClick = (event: Event): void => {
    const key = (event.target as Element).closest<HTMLElement>('[data-key]')?.dataset.key;
    if (!key) return;
    if (!this.#opened.delete(key)) this.#opened.add(key);
    this.#opened = new Set(this.#opened);
    this.#host.requestUpdate();
    void this.#loadIcs();
  };

  /** Shows another month (`YYYY-MM`) and says so to screen-reader users. */
  #setMonth(month: string): void {
    if (month === this.#month) return;
    this.#month = month;
    this.#host.requestUpdate();
    const [y, m] = month.split('-').map(Number) as [number, number];
    this.#host.announce(formatMonth(y, m, this.#host.locale, true));
  }

  /**
   * "Add to calendar" and the .ics writer, for the opened events' links (loaded once, both at once; a failure is
   * tried again at the next opening).
   */
  async #loadIcs(): Promise<void> {
    if (this.#calendarLinks || this.#icsLoading) return;
    this.#icsLoading = true;
    try {
      // The writer is a chunk of its own (the agenda's too): asked for with the links, not after them.
      [this.#calendarLinks] = await Promise.all([import('./parts/calendar-links.js'), import('../../domain/ics.js')]);
    } catch (error) {
      log.warn('could not load the calendar file writer:', error);
    } finally {
      this.#icsLoading = false;
      this.#host.requestUpdate();
    }
  }

  /** The month grid part (created, and so loaded, when first needed). */
  #monthGrid(): ViewLoader<Host, MonthGrid> {
    return (this.#monthPart ??= new ViewLoader(this.#host, async () => {
      const part = await import('./parts/month.js');
      const today = this.#today;
      return {
        styles: part.styles,
        catalogs: part.catalogs,
        createView: (host: Host) =>
          new part.MonthGrid(host, {
            initial: today.startsWith(this.#month) ? today : `${this.#month}-01`,
            onMonthChange: (month) => this.#setMonth(month),
          }),
      };
    }));
  }

  // --- rendering -----------------------------------------------------------------------

  /** The toolbar, the list or the month, and "subscribe" when the API at `feedBase` offers the feed. */
  render(source: DataSource<Model>, names: KnownNames, feedBase: string | undefined): unknown {
    const t = this.#t;
    return html`${this.#host.renderOsloTimeNote()}
      <div class="toolbar" part="toolbar">${this.#renderViewSwitch(t)} ${this.#renderFilters(t, names)}</div>
      ${this.#isMonth() ? this.#renderMonth(t, source) : this.#renderList(t, source)}
      ${feedBase === undefined ? nothing : this.#renderFeed(feedBase, names, t)}`;
  }

  /** "Abonner på kalenderen": the feed with the filters in use (named in words). */
  #renderFeed(base: string, names: KnownNames, t: EventsFirstMessages): unknown {
    const { torg, category, audience } = this.#filters;
    const chosen = [
      category && this.#categoryName(category, t),
      audience && (entryOf(t.audiences, audience) ?? audience),
      torg && (names.torg.get(torg) ?? torg),
    ].filter(Boolean);
    return renderCalendarFeed(this.#host, {
      url: eventsFeedUrl(base, this.#filters),
      kind: 'events',
      addLabel: t.addToCalendar,
      filters: chosen.join(', '),
    });
  }

  #renderViewSwitch(t: EventsFirstMessages): TemplateResult {
    const month = this.#isMonth();
    const button = (view: EventsView, label: string): TemplateResult =>
      html`<button
        type="button"
        aria-pressed=${(view === 'month') === month ? 'true' : 'false'}
        @click=${() => this.#handleView(view)}
      >
        ${label}
      </button>`;
    return html`<div class="switch" part="view-switch" role="group" aria-label=${t.view}>
      ${button('list', t.list)}${button('month', t.month)}
    </div>`;
  }

  #renderFilters(t: EventsFirstMessages, names: KnownNames): TemplateResult {
    const filters = this.#filters;
    const byName = (a: [string, string], b: [string, string]): number => a[1].localeCompare(b[1], 'nb');
    const select = (key: keyof Filters, label: string, any: string, options: [string, string][]): TemplateResult => {
      const value = filters[key];
      if (value && !options.some(([id]) => id === value)) options.push([value, value]);
      return html`<label
        >${label}
        <select @change=${(e: Event) => this.#handleFilter(key, e)}>
          <option value="">${any}</option>
          ${options.map(([id, name]) => html`<option value=${id} ?selected=${id === value}>${name}</option>`)}
        </select></label
      >`;
    };
    // Own names only: `Object.keys` may be a host page's (Prototype.js 1.6's walks the prototype chain).
    const categories = [...new Set([...Object.getOwnPropertyNames(t.categories), ...names.categories])];
    return html`<div class="filters" part="filters" role="group" aria-label=${t.filters}>
      ${select(
        'category',
        t.category,
        t.anyCategory,
        categories.map((id): [string, string] => [id, this.#categoryName(id, t)]).sort(byName),
      )}
      ${select('audience', t.audience, t.anyAudience, Object.entries(t.audiences))}
      ${select('torg', t.torg, t.anyTorg, [...names.torg].sort(byName))}
    </div>`;
  }

  #renderList(t: EventsFirstMessages, source: DataSource<Model>): unknown {
    const more = html`<button type="button" class="button secondary more" part="more" @click=${this.#handleMore}>
      ${t.more(listSpan(this.#element.days))}
    </button>`;
    const host = this.#host;
    return host.renderData(this.#listSource(source), {
      loaded: (model) =>
        html`${host.heading(0, t.range(this.#day(model.from, false), this.#day(addDays(model.to, -1), false)), {
          class: 'range',
          part: 'range',
        })}
        ${this.#delegated(this.#renderDays(model))} ${more}`,
      empty: (model) =>
        html`<p>
            ${t.emptyRange(this.#day(model.from, false), this.#day(addDays(model.to, -1), false))}
            ${this.#filterHint(t)}
          </p>
          ${more}`,
      loading: () => listSkeleton(),
      skipped: (model) => model.skipped,
    });
  }

  /**
   * The list's days, each under its heading. The first screen's days are laid out at once; later ones (`later`)
   * skip style, layout and paint until scrolled to (see the styles).
   */
  #renderDays(model: Model): TemplateResult[] {
    const host = this.#host;
    const groups: TemplateResult[] = [];
    let events = 0;
    for (const [date, items] of model.days) {
      const later = groups.length >= FIRST_SCREEN_DAYS || events >= FIRST_SCREEN_EVENTS;
      events += items.length;
      groups.push(
        html`<div class=${later ? 'day-group later' : 'day-group'}>
          ${host.heading(1, this.#day(date), { class: 'day', part: 'day-heading' })}
          ${this.#renderItems(model, items, date)}
        </div>`,
      );
    }
    return groups;
  }

  #renderMonth(t: EventsFirstMessages, source: DataSource<Model>): unknown {
    return this.#monthGrid().render(
      (grid) =>
        html`${grid.renderGrid(source, this.#month, this.#today)}
        ${this.#host.renderData(source, {
          loaded: (model) =>
            grid.renderDay(model, this.#month, (items, date) => this.#delegated(this.#renderItems(model, items, date))),
          empty: () =>
            `${t.emptyMonth(monthName(Number(this.#month.slice(5)), this.#host.locale))} ${this.#filterHint(t)}`,
          loading: () => html``,
          skipped: (model) => model.skipped,
        })}`,
    );
  }

  /** Events inside one listener for all their disclosure buttons (see `handleClick`). */
  #delegated(content: unknown): TemplateResult {
    // eslint-disable-next-line lit-a11y/click-events-have-key-events -- the buttons inside take the keyboard (Enter and Space click them)
    return html`<div @click=${this.#handleClick}>${content}</div>`;
  }

  /** A day's events (the list's, or the month view's opened day). */
  #renderItems(model: Model, items: Item[], date: string): TemplateResult {
    const t = this.#t;
    // Each event's title is a heading at `heading-level` + 2, drawn in the row's own template (see `renderItem`).
    const level = this.#host.headingLevel(2);
    // When what every row is drawn from changes (other events, texts, heading level, links' base), every row is.
    const { data, src, apiBase } = this.#element;
    const context = [model, t, level, this.#host.locale, data, src, apiBase];
    if (context.some((value, i) => value !== this.#drawnFor[i])) {
      this.#drawn = new Map();
      this.#drawnFor = context;
    }
    return html`<ul class="events" part="list">
      ${items.map((item) => {
        const key = `${item.key}/${date}`;
        // A closed row depends on its event only; an opened one on "add to calendar" too.
        const state = this.#opened.has(key) ? [true, this.#calendarLinks, this.#icsLoading] : [false];
        const last = this.#drawn.get(key);
        if (last && state.every((value, i) => value === last[i + 1])) return last[0];
        const row = this.#renderItem(model, item, date, t, level);
        this.#drawn.set(key, [row, ...state]);
        return row;
      })}
    </ul>`;
  }

  /**
   * One event on `date`: time, title (a disclosure in a heading), place, tags, price and registration.
   * One template per row, the heading's tag (`h` + `level`) and the place's paragraph static parts of it.
   */
  #renderItem(model: Model, item: Item, date: string, t: EventsFirstMessages, level: number): TemplateResult {
    const e = item.event;
    const tag = HEADING_TAGS[level - 1]!;
    const key = `${item.key}/${date}`;
    const open = this.#opened.has(key);
    const place = placeOf(e, model.torgNames);
    const register = e.cancelled ? undefined : this.#href(e.registrationUrl);
    const audience = e.audience?.length ? t.forAudience(e.audience.map((a) => t.audiences[a]).join(', ')) : '';
    const price = e.price || (model.prices ? t.free : '');
    const categories = e.categories.map((c) => this.#categoryName(c, t)).join(', ');
    // "Kultur · For barn · 40 kr": the categories and the price (API text) isolated, in the row's own template;
    // between them one text (fewer parts in each of thousands of rows).
    const between = `${categories && (audience || price) ? ' · ' : ''}${audience}${audience && price ? ' · ' : ''}`;
    const [placeStart, placeEnd] = place ? PLACE_TAGS : [NO_TAG, NO_TAG];
    return rowHtml(place ? `${level}+` : `${level}`)`<li class="event${e.cancelled ? ' cancelled' : ''}" part="event">
      <p class="when" part="time">${this.#timeText(item, date, t)}</p>
      <div class="body">
        <${tag} class="title"><button
            type="button"
            part="event-toggle"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${open ? key : nothing}
            data-key=${key}
          >${e.cancelled ? html`<strong class="badge" part="cancelled">${t.cancelled}</strong> ` : nothing}<bdi
              class="name">${e.title}</bdi></button></${tag}>
        ${placeStart}${place || nothing}${placeEnd}
        <p class="meta"><bdi>${categories}</bdi>${between}<bdi>${price}</bdi></p>
        ${
          // What few rows have (the rule's note, registration, the opened description): one part of thousands of rows.
          item.refused || register || open
            ? html`${item.refused ? html`<p class="meta" part="repeats-note">${t.repeatsElsewhere}</p>` : nothing}${
                register
                  ? html`<a class="register" part="register" href=${register}
                      >${t.register}<span class="vh">: ${e.title}</span></a
                    >`
                  : nothing
              }${open ? this.#renderDetails(model, item, key, t) : nothing}`
            : nothing
        }
      </div>
    </li>`;
  }

  #renderDetails(model: Model, item: Item, id: string, t: EventsFirstMessages): TemplateResult {
    const e = item.event;
    const more = this.#href(e.url);
    const organizer = e.organizer;
    const organizerUrl = this.#href(organizer?.url);
    return html`<div class="details" part="details" id=${id}>
      ${e.description ? html`<p class="desc">${e.description}</p>` : nothing}
      ${e.location?.address ? html`<p><strong>${t.address}:</strong> ${bdi(e.location.address)}</p>` : nothing}
      ${
        organizer
          ? html`<p>
              <strong>${t.organizer}:</strong>
              ${organizerUrl ? html`<a href=${organizerUrl}>${bdi(organizer.name)}</a>` : bdi(organizer.name)}
            </p>`
          : nothing
      }
      <p class="links" aria-busy=${this.#icsLoading ? 'true' : nothing}>
        ${more ? html`<a href=${more}>${t.moreInfo}<span class="vh">: ${e.title}</span></a>` : nothing}
        ${this.#renderCalendarLinks(model, item, t)}
      </p>
    </div>`;
  }

  /** "Legg til i kalenderen" for this occurrence, and for a series all its dates. */
  #renderCalendarLinks(model: Model, item: Item, t: EventsFirstMessages): unknown {
    const e = item.event;
    return this.#calendarLinks
      ? this.#calendarLinks.renderCalendarLinks(
          item,
          {
            location: [placeOf(e, model.torgNames), e.location?.address].filter(Boolean).join(', '),
            url: this.#href(e.url),
            categories: e.categories.map((c) => this.#categoryName(c, t)),
          },
          { one: t.addToCalendar, series: t.addSeries },
        )
      : nothing;
  }

  // --- helpers -------------------------------------------------------------------------

  /** A link of an event: a relative URL is read against where the events came from, a feed (`src`) or the API. */
  #href(url: string | undefined): string | undefined {
    const { data, src } = this.#element;
    return data === undefined && src
      ? safeHref(url, safeHref(src) ?? 'about:blank')
      : apiHref(url, this.#element.apiBase);
  }

  /** The list's data; while more days or other filters load, the list shown so far stays (busy). */
  #listSource(source: DataSource<Model>): DataSource<Model> {
    if (source.state === 'loaded' || source.state === 'empty') this.#previous = source.value;
    const previous = this.#previous;
    if (source.state !== 'loading' || !previous) return source;
    return { ...LOADING, state: previous.count ? 'loaded' : 'empty', value: previous, refresh: () => source.refresh() };
  }

  /** "Torsdag 3. desember" (a heading), "3. desember" (in a sentence, `weekday` false). */
  #day(date: string, weekday = true): string {
    return formatDate(date, this.#host.locale, { capital: weekday, weekday });
  }

  /** When filters are on: which of their first options to choose («Alle kategorier» eller «Alle målgrupper»). */
  #filterHint(t: EventsFirstMessages): string {
    if (!isFiltered(this.#filters)) return '';
    const any: Record<keyof Filters, string> = { category: t.anyCategory, audience: t.anyAudience, torg: t.anyTorg };
    return t.emptyFiltered(
      (['category', 'audience', 'torg'] as const).filter((key) => this.#filters[key]).map((key) => any[key]),
    );
  }

  #categoryName(id: string, t: EventsFirstMessages): string {
    // An own property only: a category `constructor` or `toString` from the API is a name like any other.
    return entryOf(t.categories, id) ?? id.charAt(0).toUpperCase() + id.slice(1);
  }

  /** "18.00–19.30", "Hele dagen", "Fra kl. 18.00" (a multi-day event's first day), "Til kl. 02.00" (its last). */
  #timeText(item: Item, date: string, t: EventsFirstMessages): string {
    const locale = this.#host.locale;
    const time = dayTime(item, date);
    switch (time.kind) {
      case 'all-day':
        return t.allDay;
      case 'until':
        return t.until(formatClock(time.minute, locale));
      case 'from':
        return t.from(formatClock(time.minute, locale));
      case 'time':
        return time.end === undefined
          ? formatClock(time.start, locale)
          : `${formatClock(time.start, locale)}–${formatClock(time.end, locale)}`;
    }
  }
}
