import type { PropertyValues, TemplateResult } from 'lit';
import type { TorgEvent } from '../../contract/schemas.js';
import { EventSchema } from '../../contract/schemas/events.js';
import { checkItems, offers } from '../../core/api/client.js';
import { getEvents } from '../../core/api/events.js';
import { getTorgList } from '../../core/api/torg.js';
import { DataController, type LoadContext } from '../../core/data-controller.js';
import { createLogger } from '../../core/logger.js';
import { TorgElement } from '../../core/torg-element.js';
import { firstScreen } from '../../core/first-screens/torg-events.js';
import { ViewLoader } from '../../core/view-loader.js';
import {
  buildModel,
  requestSpans,
  type Filters,
  type Item,
  type Model,
  type SeriesEvent,
} from '../../domain/events.js';
import { eventsCatalog } from './messages/index.js';
import { catalogs, createView, listSkeleton, styles } from './torg-events.view.js';

const log = createLogger('torg-events');

export type EventsView = 'list' | 'month';

/** The inputs of a load: the dates on screen, the filters, where the events come from, and whether to offer the feed. */
type Args = readonly [
  from: string,
  to: string,
  chunk: number,
  filters: Filters,
  data: unknown,
  src: string,
  subscribe: boolean,
];

/**
 * Names seen so far, for the filter controls.
 * @internal For the element's own modules (its view); not part of the package's API.
 */
export interface KnownNames {
  /** Torg names by id (`GET /torg`, else the ids the events name). */
  torg: Map<string, string>;
  /** Category ids the events used. */
  categories: Set<string>;
}

/**
 * The event calendar of the innbyggertorg: coming events as a list grouped
 * by day, or a month grid; filters for category, audience and torg;
 * repeating events expanded in Oslo time; cancelled events marked "Avlyst";
 * "add to calendar" (.ics) for each event; "subscribe to the calendar" (a
 * `webcal://` link with the filters in use) when the API offers the feed
 * `GET /events.ics` (asked with one `HEAD`, in parallel with the events).
 * Reads `GET /events` for the dates on screen only (through the shared
 * cache: going back costs no request), an iCalendar feed (`src`), or the
 * `data` property.
 *
 * The list comes with the element; the month grid, the repeating-event
 * engine, the iCalendar parser and the .ics writer load only when needed.
 *
 * @tagname torg-events
 * @summary Event calendar: list and month views, filters, repeating events, add to calendar.
 *
 * @csspart toolbar - The view switch and the filters.
 * @csspart view-switch - The list / month buttons.
 * @csspart filters - The filter controls.
 * @csspart range - The list's heading (the dates shown).
 * @csspart day-heading - A day's heading.
 * @csspart list - A day's list of events.
 * @csspart event - One event.
 * @csspart time - An event's time.
 * @csspart event-toggle - The button that opens an event's description.
 * @csspart details - An opened event's description and links.
 * @csspart cancelled - The "Avlyst" mark.
 * @csspart repeats-note - "Gjentas – se arrangørens kalender": a repeating event whose rule cannot be expanded here.
 * @csspart register - The registration link.
 * @csspart calendar-link - The "add to calendar" links.
 * @csspart more - The "show more days" button.
 * @csspart feed - The "subscribe to the calendar" block (only when the API offers the feed).
 * @csspart subscribe - The `webcal://` link that subscribes to the calendar.
 * @csspart feed-url - The feed's https address, for web calendars.
 * @csspart month-heading - The month view's heading.
 * @csspart month-nav - The month view's previous / today / next buttons.
 * @csspart grid - The month grid (`role="grid"`).
 * @csspart day - A day cell of the month grid (also `today`, `selected`).
 *
 * @cssprop --torg-events-accent - Time column, day headings and event marks (default: the primary colour).
 * @cssprop --torg-events-cancelled - The "Avlyst" mark (default: the danger colour).
 * @cssprop --torg-date-grid-cell-min-height - Height of a month grid cell (default 6em; 3em on narrow screens).
 */
export class TorgEvents extends TorgElement {
  /**
   * Lit's reactive properties, each documented where it is declared below.
   * @internal
   */
  static override properties = {
    torg: {},
    category: {},
    audience: {},
    view: {},
    days: { type: Number },
    src: {},
    hideSubscribe: { type: Boolean, attribute: 'hide-subscribe' },
    data: { attribute: false },
  };

  /** @internal */
  static override firstScreen = firstScreen;

  /** Preset of the torg filter (a torg id, e.g. `borgen`). */
  torg = '';

  /** Preset of the category filter (a category id, e.g. `kultur`). */
  category = '';

  /** Preset of the audience filter: `barn`, `ungdom`, `voksne`, `senior` or `alle`. */
  audience = '';

  /** `list` (default): coming events by day; `month`: a month grid. */
  view: EventsView = 'list';

  /** How many days the list shows (default 30, at most 366); "show more" adds as many again. */
  days = 30;

  /** An iCalendar (.ics) feed URL to read instead of the API (fetched without cookies). */
  src = '';

  /** Leaves out "subscribe to the calendar" (and the request that asks whether the API offers the feed). */
  hideSubscribe = false;

  /** Events to show instead of asking the API (checked like API data). */
  data?: TorgEvent[];

  /** The view: the filters, month and pages the person chose, and what they opened. */
  readonly #ui = new ViewLoader(this.host, { createView, styles, catalogs });

  /** The events of the dates on screen. */
  readonly #source = new DataController<Model, Args>(this.host, {
    args: () => {
      const query = this.#ui.view?.query();
      return query && [query.from, query.to, query.chunk, query.filters, this.data, this.src, !this.hideSubscribe];
    },
    load: (args, context) => this.#load(args, context),
    isEmpty: (model) => model.count === 0,
  });

  /** Names seen so far (they stay in the filter controls when a filter narrows the events). */
  readonly #names: KnownNames = { torg: new Map(), categories: new Set() };
  /** Events whose refused rule was logged (once each). */
  readonly #warned = new Set<string>();
  /** The API base whose events feed (`/events.ics`) is offered, as of the last load; none: no "subscribe". */
  #feedBase: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Before the data controller reads its inputs: a changed attribute sets its filter, `days` resets the pages.
    this.#ui.view?.follow(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Once the data controller has seen this update's inputs: is there something to read out (a filter's count)?
    const text = this.#ui.view?.announcement(this.#source);
    // After this update, not inside it.
    if (text) void this.updateComplete.then(() => this.host.announce(text));
  }

  /** The events from `data`, the feed or the API, made into the model of the range. */
  async #load([from, to, chunk, filters, data, src, subscribe]: Args, { api, signal }: LoadContext): Promise<Model> {
    let events: SeriesEvent[];
    let skipped = 0;
    // The feed is the API's: offered only with its events, when the API says it has it.
    let feedBase: string | undefined;
    if (data !== undefined) {
      ({ items: events, skipped } = await checkItems(EventSchema, data, '<torg-events>.data'));
    } else if (src) {
      const { loadFeed } = await import('./feed.js');
      events = await loadFeed(src, signal, this.host.text(eventsCatalog).badSrc(src));
    } else {
      const context = api();
      const query = {
        torg: filters.torg || undefined,
        category: filters.category || undefined,
        audience: filters.audience || undefined,
      };
      const [lists, torgList, feed] = await Promise.all([
        Promise.all(
          requestSpans({ from, to, chunk }).map(([f, t]) => getEvents(context, { from: f, to: t, ...query })),
        ),
        getTorgList(context).catch(() => undefined),
        subscribe ? offers(context, '/events.ics') : false,
      ]);
      if (feed) feedBase = context.base;
      events = lists.flatMap((list) => list.items);
      for (const list of lists) skipped += list.skipped;
      for (const torg of torgList?.items ?? []) this.#names.torg.set(torg.id, torg.name);
    }
    for (const event of events) {
      for (const c of event.categories) this.#names.categories.add(c);
      if (event.torgId && !this.#names.torg.has(event.torgId)) this.#names.torg.set(event.torgId, event.torgId);
    }
    this.#feedBase = feedBase;
    const prices = data !== undefined || !src;
    const model = await buildModel(events, { from, to }, filters, { skipped, torgNames: this.#names.torg, prices });
    for (const items of model.days.values()) for (const item of items) if (item.refused) this.#warnRefused(item);
    return model;
  }

  /** Says once per event and rule why a repeating event is shown once only. */
  #warnRefused({ event, refused }: Item): void {
    const key = `${event.id}\n${event.rrule}`;
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    log.warn(`"${event.title}" (${event.id}) repeats by a rule shown once only: ${refused}.`);
  }

  protected override renderContent(): unknown {
    return this.#ui.render((v) => v.render(this.#source, this.#names, this.#feedBase));
  }

  /** The toolbar, the range heading, and a few days of events. */
  protected override renderSkeleton(): TemplateResult {
    return listSkeleton(true);
  }
}
