import { html, type PropertyValues, type TemplateResult } from 'lit';
import { isTorgError } from '../../contract/errors.js';
import type { OpeningHours, Service, Torg } from '../../contract/schemas.js';
import { TorgSchema } from '../../contract/schemas/torg.js';
import { checkDocument } from '../../core/api/client.js';
import { getTorg } from '../../core/api/torg.js';
import { DataController } from '../../core/data-controller.js';
import { scheduleAt } from '../../core/timers.js';
import { TorgElement } from '../../core/torg-element.js';
import { firstScreen } from '../../core/first-screens/torg-opening-hours.js';
import { ViewLoader } from '../../core/view-loader.js';
import { openingState, type OpeningState } from '../../domain/opening-hours.js';
import { addDays, osloDate, startOfOsloDay } from '../../domain/oslo-time.js';
import { isolated } from '../../shared/bidi.js';
import { openingStatusCatalog, statusText } from '../../shared/opening-status/opening-status.js';
import { catalogs, createView, styles } from './torg-opening-hours.view.js';

const ONE_ROW = [0];
/** The caption, the column headers and seven days. */
const WEEK_ROWS = [0, 1, 2, 3, 4, 5, 6, 7];

/**
 * What the element shows: the torg, the service asked for (if found) and the hours that apply.
 * @internal For the element's own modules (its view); not part of the package's API.
 */
export interface Subject {
  torg: Torg;
  service: Service | undefined;
  hours: OpeningHours | undefined;
  place: string;
}

/**
 * Everything a render needs, worked out before it (see `willUpdate`).
 * @internal For the element's own modules (its view); not part of the package's API.
 */
export interface Shown {
  subject: Subject;
  /** The instant shown (now, or the `at` attribute). */
  now: number;
  /** Oslo date of `now`. */
  today: string;
  state: OpeningState;
  /** The next moment what is shown changes: the next opening or closing, or Oslo midnight. */
  wakeAt: number;
}

/**
 * Whether a torg — or one of its services — is open now, when it closes or
 * opens next (days away if need be, as across Easter), its hours this week,
 * and changes (holidays, exceptions, seasons) in the next 14 days. Always in
 * Oslo time, across DST, whatever the viewer's zone (and then it says so). It
 * updates itself at the next change with one timer, and when the page
 * becomes visible again.
 *
 * @tagname torg-opening-hours
 * @summary Open now or closed, the week's opening hours and upcoming changes of a torg or one of its services.
 *
 * @csspart heading - The heading ("Åpningstider for …").
 * @csspart status - The status line ("Åpent nå · stenger kl. 15.30").
 * @csspart today - Today's hours (the `today` view).
 * @csspart table - The week's table (the `week` view).
 * @csspart deviations - The changes in the next 14 days.
 *
 * @cssprop --torg-opening-hours-today-bg - Background of today's row.
 */
export class TorgOpeningHours extends TorgElement {
  /**
   * Lit's reactive properties, each documented where it is declared below.
   * @internal
   */
  static override properties = {
    torg: {},
    service: {},
    view: { reflect: true },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    at: {},
    data: { attribute: false },
  };

  /** @internal */
  static override firstScreen = firstScreen;

  /** The torg's id (`tofte`, `borgen`, …); required unless `data` is set. */
  torg = '';

  /** A service id of the torg (`bibliotek`, …): its own hours, else the torg's. */
  service = '';

  /** `week` (default): the status, the week and upcoming changes; `today`: the status and today's hours. */
  view: 'today' | 'week' = 'week';

  /** Writes schema.org `OpeningHoursSpecification` JSON-LD into the light DOM, for search engines. */
  structuredData = false;

  /**
   * Shows the hours as at this instant (RFC 3339, e.g. `2027-03-25T10:00:00+01:00`) instead of now, without
   * updating itself: for previews ("how does it look at Easter?"), print and documentation.
   */
  at = '';

  /** A `Torg` object (as from `GET /torg/{id}`) to show instead of asking the API. */
  data?: Torg;

  readonly #source = new DataController<Torg, readonly [string, Torg | undefined]>(this.host, {
    args: () => (this.torg || this.data ? [this.torg, this.data] : undefined),
    load: ([id, data], { api }) => (data ? checkDocument(TorgSchema, data) : getTorg(api(), id)),
    isEmpty: (torg) => !this.#subject(torg).hours,
  });

  readonly #ui = new ViewLoader(this.host, { createView, styles, catalogs });

  /** What the next render shows (worked out in `willUpdate`). */
  #shown?: Shown;

  #scheduledAt?: number;
  #cancelWake?: () => void;
  /** What the JSON-LD was last written for (it covers a year from today). */
  #structuredFor = '';
  #structuredTorg?: Torg;

  constructor() {
    super();
    this.host.speak(openingStatusCatalog);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#handleVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#handleVisibility);
    this.#cancelWake?.();
    this.#cancelWake = this.#scheduledAt = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const previous = this.#shown;
    const torg = this.#source.value;
    this.#shown = torg ? this.#work(torg) : undefined;
    // Announce a flip (open ↔ closed) of the same hours while the page is open.
    const shown = this.#shown;
    if (
      previous &&
      shown &&
      previous.subject.hours === shown.subject.hours &&
      previous.state.open !== shown.state.open
    ) {
      this.host.announce(statusText(shown.state, this.host.text(openingStatusCatalog), this.host.locale));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#schedule(this.at ? undefined : this.#shown?.wakeAt);
    this.#writeStructuredData();
  }

  /** The subject, the opening state and the next change, for the instant shown. */
  #work(torg: Torg): Shown {
    const subject = this.#subject(torg);
    const now = Date.parse(this.at) || Date.now();
    const today = osloDate(now);
    const state = openingState(subject.hours, now);
    // One timer: the next opening or closing, or midnight (when "i morgen" and today's row move on).
    const midnight = startOfOsloDay(addDays(today, 1));
    return { subject, now, today, state, wakeAt: Math.min(state.nextChange ?? midnight, midnight) };
  }

  #subject(torg: Torg): Subject {
    const service = this.service ? torg.services.find((s) => s.id === this.service) : undefined;
    return {
      torg,
      service,
      hours: service?.openingHours ?? torg.openingHours,
      place: service ? `${service.name} – ${torg.name}` : torg.name,
    };
  }

  // --- handlers ----------------------------------------------------------------

  /** Timers may have slept with the page (a laptop lid, a background tab): look again. */
  readonly #handleVisibility = (): void => {
    if (document.visibilityState === 'visible') this.requestUpdate();
  };

  /** One timer, for the moment the shown state changes next (never polling). */
  #schedule(at: number | undefined): void {
    if (at === this.#scheduledAt) return;
    this.#cancelWake?.();
    this.#scheduledAt = at;
    this.#cancelWake = at === undefined ? undefined : scheduleAt(at, () => this.requestUpdate());
  }

  /** The JSON-LD in the light DOM: written when asked for and the data, service or date changed; removed when not. */
  #writeStructuredData(): void {
    const torg = this.#source.value;
    const shown = this.#shown;
    const key = this.structuredData && torg && shown ? `${this.service}|${osloDate(Date.now())}` : '';
    if (key === this.#structuredFor && torg === this.#structuredTorg) return;
    this.#structuredFor = key;
    this.#structuredTorg = torg;
    const subject = key ? shown?.subject : undefined;
    if (!subject && !this.querySelector(':scope > script[data-torg-opening-hours]')) return;
    void import('./structured-data.js').then((m) => m.writeStructuredData(this, subject));
  }

  // --- rendering ---------------------------------------------------------------

  protected override renderContent(): unknown {
    if (!this.torg && !this.data) return this.host.renderConfigError(this.host.core.missingAttribute('torg'));
    return this.#ui.render((v) => {
      const m = v.texts();
      const error = this.#source.state === 'error' ? this.#source.error : undefined;
      // An unknown torg is the page's mistake, not a failure to retry: plain words, the reason for the editor.
      if (isTorgError(error) && error.kind === 'not-found')
        return this.host.renderConfigError(m.unknownTorg(this.torg));
      return this.host.renderData(this.#source, {
        loaded: () => (this.#shown ? v.render(this.#shown, this.view, this.service) : this.renderSkeleton()),
        empty: (torg) => {
          const { torg: t, place } = this.#subject(torg);
          return isolated(t.status === 'planned' ? m.planned(place) : m.noHours(place), place);
        },
      });
    });
  }

  /** The heading, the status line and the week (or today's line), as bars of their sizes. */
  protected override renderSkeleton(): TemplateResult {
    const rows = this.view === 'today' ? ONE_ROW : WEEK_ROWS;
    return html`<div class="skeleton oh" aria-hidden="true">
      <div class="bar heading"></div>
      <div class="bar status"></div>
      ${rows.map(() => html`<div class="bar row"></div>`)}
    </div>`;
  }
}
