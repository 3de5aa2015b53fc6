import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { getTorg } from '../../core/api.js';
import { DataController } from '../../core/data-controller.js';
import { isTorgError } from '../../core/errors.js';
import type { Catalog } from '../../core/i18n.js';
import type { OpeningHours, Service, Torg } from '../../core/schemas.js';
import { scheduleAt } from '../../core/timers.js';
import { TorgElement } from '../../core/torg-element.js';
import { openingState } from '../../domain/opening-hours.js';
import { addDays, osloDate, startOfOsloDay } from '../../domain/oslo-time.js';
import { openingHoursCatalog, type OpeningHoursMessages } from './messages/index.js';
import { statusLine, statusText } from './status.js';
import { styles } from './torg-opening-hours.styles.js';
import type * as ViewsModule from './views.js';

type Views = typeof ViewsModule;
const loadViews = (): Promise<Views> => import(/* torg:inline-in-bundle */ './views.js');

/** Data from a page's script is checked like the API's (the validators are loaded on demand). */
async function checked(data: unknown): Promise<Torg> {
  const v = await import(/* torg:inline-in-bundle */ '../../core/validate.js');
  return v.parseDocument(v.TorgSchema, data, 'data');
}

/** What the element shows: the torg, the service asked for (if found) and the hours that apply. */
export interface Subject {
  torg: Torg;
  service: Service | undefined;
  hours: OpeningHours | undefined;
  place: string;
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
  static override styles = [...TorgElement.styles, styles];

  /** The torg's id (`tofte`, `borgen`, …); required unless `data` is set. */
  @property() torg = '';

  /** A service id of the torg (`bibliotek`, …): its own hours, else the torg's. */
  @property() service = '';

  /** `week` (default): the status, the week and upcoming changes; `today`: the status and today's hours. */
  @property({ reflect: true }) view: 'today' | 'week' = 'week';

  /** Writes schema.org `OpeningHoursSpecification` JSON-LD into the light DOM, for search engines. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /**
   * Shows the hours as at this instant (RFC 3339, e.g. `2027-03-25T10:00:00+01:00`) instead of now, without
   * updating itself: for previews ("how does it look at Easter?"), print and documentation.
   */
  @property() at = '';

  /** A `Torg` object (as from `GET /torg/{id}`) to show instead of asking the API. */
  @property({ attribute: false }) data?: Torg;

  private readonly source = new DataController<Torg, readonly [string, Torg | undefined]>(this, {
    args: () => (this.torg || this.data ? [this.torg, this.data] : undefined),
    load: async ([id, data], { api }) => {
      // The week and today views load in parallel with the data.
      const [torg, views] = await Promise.all([data ? checked(data) : getTorg(api(), id), loadViews()]);
      this.views = views;
      return torg;
    },
    isEmpty: (torg) => !this.subject(torg).hours,
  });

  private views?: Views;
  /** When the shown state changes next (the next opening or closing, or Oslo midnight). */
  private wakeAt?: number;
  private scheduledAt?: number;
  private cancelWake?: () => void;
  /** The state last shown, to announce a flip (open ↔ closed) of the same hours. */
  private shown?: { hours: OpeningHours | undefined; open: boolean };
  private flipped?: string;
  /** What the JSON-LD was last written for (it covers a year from today). */
  private structuredFor = '';
  private structuredTorg?: Torg;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.handleVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.handleVisibility);
    this.cancelWake?.();
    this.cancelWake = this.scheduledAt = undefined;
  }

  protected override catalogs(): Catalog<unknown>[] {
    return [...super.catalogs(), openingHoursCatalog];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.schedule();
    if (this.flipped) this.announce(this.flipped);
    this.flipped = undefined;
    this.writeStructuredData();
  }

  // --- handlers ----------------------------------------------------------------

  /** Timers may have slept with the page (a laptop lid, a background tab): look again. */
  private readonly handleVisibility = (): void => {
    if (document.visibilityState === 'visible') this.requestUpdate();
  };

  /** One timer, for the moment the shown state changes next (never polling). */
  private schedule(): void {
    const at = this.wakeAt;
    if (at === this.scheduledAt) return;
    this.cancelWake?.();
    this.scheduledAt = at;
    this.cancelWake = at === undefined ? undefined : scheduleAt(at, () => this.requestUpdate());
  }

  /** The JSON-LD in the light DOM: written when asked for and the data, service or date changed; removed when not. */
  private writeStructuredData(): void {
    const torg = this.source.value;
    const key = this.structuredData && torg ? `${this.service}|${osloDate(Date.now())}` : '';
    if (key === this.structuredFor && torg === this.structuredTorg) return;
    this.structuredFor = key;
    this.structuredTorg = torg;
    const subject = key && torg ? this.subject(torg) : undefined;
    if (!subject && !this.querySelector(':scope > script[data-torg-opening-hours]')) return;
    void import(/* torg:inline-in-bundle */ './structured-data.js').then((m) => m.writeStructuredData(this, subject));
  }

  // --- rendering ---------------------------------------------------------------

  private subject(torg: Torg): Subject {
    const service = this.service ? torg.services.find((s) => s.id === this.service) : undefined;
    return {
      torg,
      service,
      hours: service?.openingHours ?? torg.openingHours,
      place: service ? `${service.name} – ${torg.name}` : torg.name,
    };
  }

  protected override renderContent(): unknown {
    const m = this.text(openingHoursCatalog);
    this.wakeAt = undefined;
    if (!this.torg && !this.data) return this.renderNotice(this.core.missingAttribute('torg'), 'error');
    const error = this.source.state === 'error' ? this.source.error : undefined;
    // An unknown torg is not a failure to retry: plain words, no button.
    if (isTorgError(error) && error.kind === 'not-found') {
      return html`<div role="alert">${this.renderNotice(m.unknownTorg(this.torg), 'error')}</div>`;
    }
    return this.renderData(this.source, {
      loaded: (torg) => this.renderHours(this.subject(torg), m),
      empty: (torg) => {
        const { torg: t, place } = this.subject(torg);
        return t.status === 'planned' ? m.planned(place) : m.noHours(place);
      },
    });
  }

  private renderHours({ hours, place, service }: Subject, m: OpeningHoursMessages): TemplateResult {
    const fixed = Date.parse(this.at);
    const now = fixed || Date.now();
    const today = osloDate(now);
    const state = openingState(hours, now);
    const line = statusLine(state, m, this.locale);
    // One timer: the next opening or closing, or midnight (when "i morgen" and today's row move on).
    const midnight = startOfOsloDay(addDays(today, 1));
    if (!fixed) this.wakeAt = Math.min(state.nextChange ?? midnight, midnight);
    if (this.shown && this.shown.hours === hours && this.shown.open !== state.open)
      this.flipped = statusText(state, m, this.locale);
    this.shown = { hours, open: state.open };
    return html`<div class="oh">
      <h2 part="heading">${m.title(place)}</h2>
      ${this.service && !service ? this.renderNotice(m.unknownService(this.service), 'warning') : nothing}
      <p part="status" class="status ${line.tone}">
        <span class="dot" aria-hidden="true"></span>
        <span><strong>${line.label}</strong>${line.detail ? ` · ${line.detail}` : nothing}</span>
      </p>
      ${this.views?.renderDetails(this.view, hours, today, m, this.locale)} ${this.renderOsloTimeNote()}
    </div>`;
  }
}
