import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Catalog } from '../../core/i18n.js';
import type { TorgEvent } from '../../core/schemas.js';
import { TorgElement } from '../../core/torg-element.js';
import type { EventsUI } from './events-ui.js';

export type EventsView = 'list' | 'month';

/**
 * The event calendar of the innbyggertorg: coming events as a list grouped
 * by day, or a month grid; filters for category, audience and torg;
 * repeating events expanded in Oslo time; cancelled events marked "Avlyst";
 * "add to calendar" (.ics) for each event. Reads `GET /events` for the
 * dates on screen only (through the shared cache: going back costs no
 * request), an iCalendar feed (`src`), or the `data` property.
 *
 * This class is the element's whole up-front cost: its attributes and the
 * shared states. The data layer and the views (`events-ui.ts`) load when the
 * first `<torg-events>` connects, while the loading state shows; the month
 * grid, repeating-event engine, iCalendar parser and writer load only when
 * needed.
 *
 * @tagname torg-events
 * @summary Event calendar: list and month views, filters, repeating events, add to calendar.
 *
 * @attr torg - Preset of the torg filter (a torg id, e.g. `borgen`).
 * @attr category - Preset of the category filter (e.g. `kultur`).
 * @attr audience - Preset of the audience filter: `barn`, `ungdom`, `voksne`, `senior` or `alle`.
 * @attr view - `list` (default): coming events by day; `month`: a month grid.
 * @attr days - How many days the list shows (default 30, at most 366); "show more" adds as many again.
 * @attr src - An iCalendar (.ics) feed URL to read instead of the API (fetched without cookies).
 *
 * @prop {TorgEvent[] | undefined} data - Events to show instead of asking the API (checked like API data).
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
  /** Preset of the torg filter (a torg id). */
  @property() torg = '';

  /** Preset of the category filter (a category id). */
  @property() category = '';

  /** Preset of the audience filter. */
  @property() audience = '';

  /** `list` (default) or `month`. */
  @property() view: EventsView = 'list';

  /** Days shown by the list (default 30, at most 366). */
  @property({ type: Number }) days = 30;

  /** An iCalendar feed URL to read instead of the API. */
  @property() src = '';

  /** Events to show instead of asking the API. */
  @property({ attribute: false }) data?: TorgEvent[];

  /** The data layer and views, once loaded. */
  @state() private ui?: EventsUI;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.ui) return;
    void import(/* torg:inline-in-bundle */ './events-ui.js').then(({ EventsUI }) => {
      this.ui ??= new EventsUI(this, {
        renderData: (data, templates) => this.renderData(data, templates),
        announce: (text) => this.announce(text),
        locale: () => this.locale,
        osloNote: () => this.renderOsloTimeNote(),
      });
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.ui?.sync(changed);
  }

  protected override catalogs(): Catalog<unknown>[] {
    const catalogs = super.catalogs();
    return this.ui ? [...catalogs, this.ui.catalog] : catalogs;
  }

  protected override renderContent(): unknown {
    return this.ui ? this.ui.render() : this.renderLoading();
  }
}
