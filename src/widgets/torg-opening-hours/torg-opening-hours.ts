import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataController } from '../../core/data-controller.js';
import { isTorgError } from '../../contract/errors.js';
import type { Catalog } from '../../core/i18n.js';
import type { OpeningHours, Service, Torg } from '../../contract/schemas.js';
import { scheduleAt } from '../../core/timers.js';
import { TorgElement } from '../../core/torg-element.js';
import type * as ViewsModule from './views.js';

type Views = typeof ViewsModule;
const loadViews = (): Promise<Views> => import(/* torg:inline-in-bundle */ './views.js');

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
      // The status line, the week and today views (and their styles) load in parallel with the data.
      this.loadViews();
      const context = data ? undefined : api();
      // The API client's few hundred bytes come with the data too.
      const { checkDocument, getTorg } = await import(/* torg:inline-in-bundle */ '../../core/api.js');
      return context ? getTorg(context, id) : checkDocument('TorgSchema', data);
    },
    isEmpty: (torg) => !this.subject(torg).hours,
  });

  @state() private views?: Views;
  private viewsRequested = false;
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
    return this.views ? [...super.catalogs(), this.views.catalog] : super.catalogs();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.schedule();
    if (this.flipped) this.announce(this.flipped);
    this.flipped = undefined;
    this.writeStructuredData();
  }

  private loadViews(): void {
    if (this.viewsRequested) return;
    this.viewsRequested = true;
    loadViews().then(
      (views) => {
        this.addStyles(views.styles);
        this.views = views;
      },
      (error: unknown) => {
        this.viewsRequested = false;
        this.log.error('could not load its views:', error);
      },
    );
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
    const key = this.structuredData && torg && this.views ? `${this.service}|${this.views.today(Date.now())}` : '';
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
    this.wakeAt = undefined;
    if (!this.torg && !this.data) return this.renderNotice(this.core.missingAttribute('torg'), 'error');
    const views = this.views;
    // The status line, the week and the engine behind them arrive with the data.
    if (!views) return this.renderLoading();
    const m = this.text(views.catalog);
    const error = this.source.state === 'error' ? this.source.error : undefined;
    // An unknown torg is not a failure to retry: plain words, no button.
    if (isTorgError(error) && error.kind === 'not-found') {
      return html`<div role="alert">${this.renderNotice(m.unknownTorg(this.torg), 'error')}</div>`;
    }
    return this.renderData(this.source, {
      loaded: (torg) => {
        const subject = this.subject(torg);
        const fixed = Date.parse(this.at);
        const shown = views.renderHours(subject, {
          view: this.view,
          now: fixed || Date.now(),
          service: this.service,
          messages: m,
          locale: this.locale,
          unknownService: (id) => this.renderNotice(m.unknownService(id), 'warning'),
          osloTimeNote: () => this.renderOsloTimeNote(),
        });
        if (!fixed) this.wakeAt = shown.wakeAt;
        if (this.shown && this.shown.hours === subject.hours && this.shown.open !== shown.open)
          this.flipped = shown.text;
        this.shown = { hours: subject.hours, open: shown.open };
        return shown.template;
      },
      empty: (torg) => {
        const { torg: t, place } = this.subject(torg);
        return t.status === 'planned' ? m.planned(place) : m.noHours(place);
      },
    });
  }
}
