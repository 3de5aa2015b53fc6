/**
 * The steps of `<torg-booking>`: their state, what the person does in them
 * and what they look like. Loaded on demand by the element (a chunk of its
 * own, fetched in parallel with the first request), so a page pays up front
 * only for the element and the shared core.
 *
 *   resource → day → slot → details → review → result
 *
 * - Every choice and every typed detail is kept when going back and forth,
 *   after a failed submission and after a slot was taken (409).
 * - Focus moves to each step's heading (or to what needs attention: the
 *   error summary, the "time taken" notice), which says "Steg 3 av 5".
 * - One `Idempotency-Key` per submission (`submissionFor`): a retry of the
 *   same booking reuses it, a changed booking gets a new one; a click while
 *   sending is ignored, so a double click books once.
 */
import { html, nothing, type CSSResultOrNative, type ReactiveController, type TemplateResult } from 'lit';
import {
  checkDocument,
  checkItems,
  getAvailability,
  getResources,
  postBooking,
  type ApiContext,
  type Collection,
} from '../../core/api.js';
import type { Locale } from '../../core/config.js';
import { DataController, type LegacyDataHost as DataHost, type DataSource } from '../../core/data-controller.js';
import { DateGridController, dateGridStyles, renderDateGrid } from '../../shared/date-grid.js';
import { TorgError, isTorgError } from '../../contract/errors.js';
import { emit } from '../../core/events.js';
import { formatDate, formatMonth, formatTime } from '../../core/format.js';
import type { Catalog } from '../../core/i18n.js';
import { submissionFor, type Submission } from '../../core/idempotency.js';
import type { CoreMessages } from '../../core/messages/index.js';
import type { Booking, BookingRequest, Resource, Slot } from '../../contract/schemas.js';
import type { StateTemplates } from '../../core/torg-element.js';
import { safeHref } from '../../core/url.js';
import {
  bookingRequest,
  bookingWindow,
  emptyDetails,
  freeDays,
  freeSlots,
  groupResources,
  monthRange,
  nextFreeSlots,
  slotsOn,
  sortServerErrors,
  validateDetails,
  type BookingDetails,
  type BookingWindow,
  type DetailField,
  type DetailProblems,
  type FieldProblem,
  type FreeSlot,
} from '../../domain/booking.js';
import { addMonths, osloDate } from '../../domain/oslo-time.js';
import { bookingCatalog, type BookingMessages } from './messages/index.js';
import { bookingStyles } from './torg-booking.styles.js';

/** What `<torg-booking>` accepts as its `data` property instead of the API. */
export interface TorgBookingData {
  /** The torg's resources. */
  resources: Resource[];
  /** Slots per resource id; a resource not listed here has its availability read from the API. */
  availability?: Record<string, Slot[]>;
}

/**
 * The element as its steps see it. The flow is the element's own code, split
 * out to load on demand; it reaches the base class's protected helpers
 * (shared states, texts, announcements) through this interface.
 */
export interface BookingHost extends DataHost {
  torg?: string | undefined;
  resource?: string | undefined;
  data?: TorgBookingData | undefined;
  readonly locale: Locale;
  readonly core: CoreMessages;
  readonly renderRoot: HTMLElement | DocumentFragment;
  addStyles(...styles: CSSResultOrNative[]): void;
  apiContext(signal?: AbortSignal, revalidate?: boolean): ApiContext;
  text<T>(catalog: Catalog<T>): T;
  renderData<T>(data: DataSource<T>, templates: StateTemplates<T>): unknown;
  renderNotice(text: string, tone?: 'info' | 'warning' | 'error', action?: TemplateResult): TemplateResult;
  renderError(
    error: Error | undefined,
    retry?: () => void,
    explain?: (error: Error) => string | undefined,
  ): TemplateResult;
  errorText(error: Error | undefined): string;
  renderOsloTimeNote(): TemplateResult | typeof nothing;
  announce(text: string): void;
}

type Step = 'resource' | 'day' | 'slot' | 'details' | 'review' | 'result';

const STEPS: readonly Step[] = ['resource', 'day', 'slot', 'details', 'review'];

const HEADING = '#heading';

interface Done {
  booking: Booking;
  resource: Resource;
  slot: FreeSlot;
  /** The `.ics` file as a `data:` URL, and its name. */
  ics: string;
  file: string;
}

export class BookingFlow implements ReactiveController {
  /** The texts the element needs loaded in its language. */
  readonly catalogs: Catalog<unknown>[] = [bookingCatalog];

  private readonly host: BookingHost;
  private step: Step = 'resource';
  private resourceId: string | undefined;
  /** The resource came from the `resource` attribute: there is no resource step. */
  private preselected = false;
  private preselectTried = false;
  /** The month shown was not chosen by the person (it may move on to the first month with free times). */
  private autoMonth = false;
  private day: string | undefined;
  private slot: FreeSlot | undefined;
  private readonly details: BookingDetails = emptyDetails();
  private problems: DetailProblems = {};
  /** The server's own words for fields it refused (422), shown after ours. */
  private serverMessages: Partial<Record<DetailField, string>> = {};
  /** The details passed the checks: a new time goes straight to the review. */
  private detailsDone = false;
  private submission: Submission<BookingRequest> | undefined;
  private sending = false;
  private sendError: Error | undefined;
  /** The time that was taken meanwhile (409) or refused (422 on the time). */
  private lost: { slot: FreeSlot; refused: boolean } | undefined;
  private done: Done | undefined;
  private freeDates = new Set<string>();
  /** The availability the grid's focused day was last placed for. */
  private placedFor: unknown;
  /** What to focus after the next render. */
  private focusTarget: string | undefined;
  private seen: Pick<BookingHost, 'torg' | 'resource' | 'data'> | undefined;

  private readonly resources: DataController<Collection<Resource>, readonly [string, TorgBookingData | undefined]>;
  private readonly availability: DataController<Slot[], readonly [string, string, TorgBookingData | undefined]>;
  private readonly grid: DateGridController;

  constructor(host: BookingHost) {
    this.host = host;
    // First, so the choices made here are settled before the loads read them.
    host.addController(this);
    host.addStyles(dateGridStyles, bookingStyles);
    this.resources = new DataController(host, {
      args: () => (host.torg || host.data ? ([host.torg ?? '', host.data] as const) : undefined),
      load: async ([torg, data], { api }) => {
        if (!data) return getResources(api(), torg);
        return checkItems('ResourceSchema', data.resources, 'data.resources');
      },
      isEmpty: (value) => value.items.length === 0,
    });
    this.availability = new DataController(host, {
      args: () => (this.resourceId ? ([this.resourceId, this.grid.month, host.data] as const) : undefined),
      load: async ([id, month, data], { api }) => {
        const own = data?.availability && Object.hasOwn(data.availability, id) ? data.availability[id] : undefined;
        if (!own) return (await getAvailability(api(), id, monthRange(month))).slots;
        return (await checkDocument('AvailabilitySchema', { slots: own }, 'data.availability')).slots;
      },
      isEmpty: (slots) => this.free(slots).length === 0,
    });
    this.grid = new DateGridController(host, {
      initial: osloDate(Date.now()),
      onMonthChange: (month) => host.announce(this.monthName(month)),
      onActivate: (date) => this.chooseDay(date),
      disabled: (date) => this.whyNot(date),
    });
  }

  private get t(): BookingMessages {
    return this.host.text(bookingCatalog);
  }

  private get chosen(): Resource | undefined {
    return this.resources.value?.items.find((r) => r.id === this.resourceId);
  }

  private get window(): BookingWindow | undefined {
    const resource = this.chosen;
    return resource && bookingWindow(Date.now(), resource.maxDaysAhead);
  }

  /** The steps this person goes through (without the resource step when it was preselected). */
  private get steps(): readonly Step[] {
    return this.preselected ? STEPS.slice(1) : STEPS;
  }

  /** The free slots of the shown month (never the one just lost). */
  private free(slots: readonly Slot[]): FreeSlot[] {
    const window = this.window;
    if (!window) return [];
    return freeSlots(slots, Date.now(), window).filter(
      (slot) => slot.date.startsWith(this.grid.month) && slot.startMs !== this.lost?.slot.startMs,
    );
  }

  private monthName(month: string, capital = true): string {
    return formatMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)), this.host.locale, capital);
  }

  // --- lifecycle --------------------------------------------------------------------

  hostUpdate(): void {
    const { torg, resource, data } = this.host;
    if (!this.seen || torg !== this.seen.torg || resource !== this.seen.resource || data !== this.seen.data) {
      this.seen = { torg, resource, data };
      this.restart();
    }
    const items = this.resources.value?.items;
    if (resource && items && !this.preselectTried) {
      this.preselectTried = true;
      if (items.some((r) => r.id === resource)) {
        this.preselected = true;
        // The page just loaded: no focus moves.
        this.chooseResource(resource, false);
      }
    }
    this.freeDates = freeDays(this.free(this.availability.value ?? []));
    this.skipFullMonth();
    // Once per loaded month, tabbing into the grid should land on a day that can be chosen.
    const loaded = this.availability.value;
    if (loaded && loaded !== this.placedFor) {
      this.placedFor = loaded;
      this.focusFreeDay();
    }
  }

  hostUpdated(): void {
    if (!this.focusTarget) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(this.focusTarget);
    if (target) {
      this.focusTarget = undefined;
      target.focus();
    }
  }

  /** Moves the grid's focusable day to a free one (unless focus is already in the grid). */
  private focusFreeDay(): void {
    const { grid } = this;
    const active = (this.host.renderRoot as ShadowRoot).activeElement;
    if (this.freeDates.has(grid.focused) || active?.getAttribute('role') === 'gridcell') return;
    const dates = [...this.freeDates].sort();
    const next = dates.find((date) => date > grid.focused) ?? dates[0];
    if (next) grid.focused = next;
  }

  // --- moving between steps ---------------------------------------------------------

  private go(step: Step, focus: string | null = HEADING): void {
    this.step = step;
    this.focusTarget = focus ?? undefined;
    this.host.requestUpdate();
  }

  private back(): void {
    const steps = this.steps;
    const previous = steps[steps.indexOf(this.step) - 1];
    if (previous) this.go(previous);
  }

  /** Back to the start (another torg, resource or data): typed details are kept. */
  private restart(): void {
    this.step = 'resource';
    this.resourceId = undefined;
    this.preselected = false;
    this.preselectTried = false;
    this.day = undefined;
    this.slot = undefined;
    this.lost = undefined;
    this.done = undefined;
    this.sendError = undefined;
    this.submission = undefined;
    this.problems = {};
    this.detailsDone = false;
  }

  private chooseResource(id: string, focus = true): void {
    if (id !== this.resourceId) {
      this.resourceId = id;
      this.day = undefined;
      this.slot = undefined;
      this.lost = undefined;
      this.detailsDone = false;
    }
    const window = this.window;
    if (!window) return;
    const { grid } = this;
    grid.options.min = window.first;
    grid.options.max = window.last;
    grid.focused = this.day ?? window.first;
    this.autoMonth = true;
    this.go('day', focus ? HEADING : null);
  }

  private chooseDay(date: string): void {
    if (!this.freeDates.has(date)) return;
    if (date !== this.day) this.slot = undefined;
    this.day = date;
    this.lost = undefined;
    this.go('slot');
  }

  private chooseSlot(slot: FreeSlot): void {
    this.slot = slot;
    this.day = slot.date;
    this.lost = undefined;
    this.sendError = undefined;
    this.go(this.detailsDone ? 'review' : 'details');
  }

  private shiftMonth(months: number): void {
    this.autoMonth = false;
    this.grid.shiftMonths(months);
  }

  /** When the first month shown has no free time, show the next one that may (once, on entering the step). */
  private skipFullMonth(): void {
    const window = this.window;
    const { grid } = this;
    if (!this.autoMonth || this.step !== 'day' || !window || this.availability.state !== 'empty') return;
    if (grid.month >= window.last.slice(0, 7)) {
      this.autoMonth = false;
      return;
    }
    grid.focused = addMonths(`${grid.month}-01`, 1);
    this.host.requestUpdate();
  }

  // --- details ----------------------------------------------------------------------

  private readonly handleInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const field = input.name as DetailField;
    if (field === 'consent') this.details.consent = input.checked;
    else this.details[field] = input.value;
    this.detailsDone = false;
    // A corrected field loses its error at once; new errors wait for "Gå videre".
    if (this.problems[field] && !validateDetails(this.details, this.chosen?.capacity)[field]) {
      delete this.problems[field];
      this.host.requestUpdate();
    }
  };

  private readonly handleDetails = (event: Event): void => {
    event.preventDefault();
    this.problems = validateDetails(this.details, this.chosen?.capacity);
    this.serverMessages = {};
    if (Object.keys(this.problems).length > 0) {
      this.go('details', '[part~="error-summary"]');
      return;
    }
    this.detailsDone = true;
    this.go('review');
  };

  // --- submitting -------------------------------------------------------------------

  private async submit(): Promise<void> {
    const resource = this.chosen;
    const slot = this.slot;
    if (this.sending || !resource || !slot) return;
    const t = this.t;
    const body = bookingRequest(resource, slot, this.details);
    // The same booking again (a retry) keeps its key; a changed one gets a new key.
    const submission = (this.submission = submissionFor(this.submission, body));
    this.sending = true;
    this.sendError = undefined;
    this.host.requestUpdate();
    this.host.announce(t.sending);
    try {
      const booking = await postBooking(this.host.apiContext(), body, {
        idempotencyKey: submission.key,
        retryStatuses: [502, 503, 504],
      });
      const { toIcs, icsDataUrl, icsFileName } = await import(/* torg:inline-in-bundle */ '../../domain/ics.js');
      const cancel = safeHref(booking.cancelUrl);
      const ics = toIcs(
        [
          {
            uid: `booking-${booking.id}@innbyggertorg.asker.kommune.no`,
            start: slot.startMs,
            end: slot.endMs,
            summary: resource.name,
            location: resource.name,
            description: [`${t.reference}: ${booking.id}`, body.purpose, cancel && `${t.cancel}: ${cancel}`]
              .filter(Boolean)
              .join('\n'),
            status: booking.status === 'confirmed' ? 'CONFIRMED' : 'TENTATIVE',
          },
        ],
        { name: resource.name },
      );
      this.done = { booking, resource, slot, ics: icsDataUrl(ics), file: icsFileName(resource.name) };
      this.sending = false;
      this.go('result');
      emit(this.host, 'torg-booked', { id: booking.id, status: booking.status });
    } catch (error) {
      this.sending = false;
      this.fail(error, slot);
    }
  }

  private fail(error: unknown, slot: FreeSlot): void {
    if (isTorgError(error) && (error.slotTaken || error.kind === 'validation')) {
      const sorted = sortServerErrors(error.fieldErrors);
      if (error.slotTaken || sorted.slot) {
        // Someone else was quicker: fresh availability, the next free times, the details kept.
        this.lost = { slot, refused: !error.slotTaken };
        this.slot = undefined;
        this.go('slot', '#lost');
        void this.availability.refresh();
        return;
      }
      const fields = Object.keys(sorted.fields) as DetailField[];
      if (fields.length > 0) {
        const local = validateDetails(this.details, this.chosen?.capacity);
        this.problems = Object.fromEntries(fields.map((field) => [field, local[field] ?? 'rejected']));
        this.serverMessages = sorted.fields;
        this.detailsDone = false;
        this.go('details', '[part~="error-summary"]');
        return;
      }
    }
    this.sendError = error instanceof Error ? error : new TorgError('invalid-data', String(error));
    this.host.announce(`${this.t.sendFailed} ${this.host.errorText(this.sendError)}`);
    this.host.requestUpdate();
  }

  /** A new booking after one was made: the contact details stay, the consent is asked again. */
  private again(): void {
    this.done = undefined;
    this.submission = undefined;
    this.slot = undefined;
    this.day = undefined;
    this.details.consent = false;
    this.detailsDone = false;
    // The time just booked is taken now: ask the server, not the cache.
    void this.availability.refresh();
    this.go(this.preselected ? 'day' : 'resource');
  }

  // --- rendering ----------------------------------------------------------------------

  render(): unknown {
    const { host } = this;
    if (!host.torg && !host.data) {
      return host.renderError(new TorgError('config', host.core.missingAttribute('torg')));
    }
    return host.renderData(this.resources, {
      loaded: (value) => this.renderStep(value.items),
      empty: () => this.t.noResources,
      skipped: (value) => value.skipped,
      errorMessage: (error) =>
        isTorgError(error) && error.kind === 'not-found' ? this.t.unknownTorg(host.torg ?? '') : undefined,
    });
  }

  private renderStep(items: Resource[]): TemplateResult {
    const t = this.t;
    const resource = this.chosen;
    const step = resource ? this.step : 'resource';
    if (step === 'result' && this.done) return this.renderResult(this.done);
    const steps = this.steps;
    let body: unknown = nothing;
    if (!resource) body = this.renderResources(items);
    else if (step === 'day') body = this.renderDay();
    else if (step === 'slot') body = this.renderSlots();
    else if (step === 'details') body = this.renderDetails(resource);
    else if (step === 'review') body = this.renderReview(resource);
    else body = this.renderResources(items);
    return html`<section class="step" part="step" aria-labelledby="heading">
      <h2 id="heading" part="heading" tabindex="-1">
        <span class="progress" part="progress">${t.progress(steps.indexOf(step) + 1, steps.length)}</span>
        ${t.titles[step as keyof BookingMessages['titles']]}
      </h2>
      ${resource && step !== 'review' && step !== 'resource' ? this.renderContext(resource) : nothing} ${body}
    </section>`;
  }

  /** What was chosen so far, under the heading. */
  private renderContext(resource: Resource): TemplateResult {
    const parts = [resource.name];
    if (this.day && this.step !== 'day') parts.push(formatDate(this.day, this.host.locale));
    if (this.slot && this.step === 'details') parts.push(this.timeRange(this.slot));
    return html`<p class="context">${parts.join(' · ')}</p>`;
  }

  private renderBack(): TemplateResult | typeof nothing {
    if (this.steps.indexOf(this.step) < 1) return nothing;
    return html`<button type="button" class="button secondary" part="back" @click=${() => this.back()}>
      ${this.t.back}
    </button>`;
  }

  // resource

  private renderResources(items: Resource[]): TemplateResult {
    const { t, host } = this;
    const unknown = host.resource && !items.some((r) => r.id === host.resource);
    let index = 0;
    return html`${unknown ? host.renderNotice(t.unknownResource(host.resource ?? ''), 'warning') : nothing}
    ${groupResources(items).map(
      (group) =>
        html`<h3 class="group">${t.kinds[group.kind]}</h3>
          <ul class="choices">
            ${group.resources.map((resource) => this.renderResource(resource, `r${index++}`))}
          </ul>`,
    )}`;
  }

  private renderResource(resource: Resource, id: string): TemplateResult {
    const t = this.t;
    const facts = [
      resource.capacity ? t.capacity(resource.capacity) : '',
      t.slotLength(t.duration(resource.slotMinutes)),
      resource.requiresApproval ? t.approval : '',
    ].filter(Boolean);
    return html`<li class="card">
      <button
        type="button"
        class="choice"
        part="resource"
        aria-current=${resource.id === this.resourceId ? 'true' : nothing}
        aria-describedby=${id}
        @click=${() => this.chooseResource(resource.id)}
      >
        ${resource.name}
      </button>
      <div id=${id} class="about">
        ${resource.description ? html`<p>${resource.description}</p>` : nothing}
        <p class="facts">${facts.join(' · ')}</p>
      </div>
    </li>`;
  }

  // day

  private whyNot(date: string): string | undefined {
    const window = this.window;
    if (!window || date < window.first || date > window.last) return this.t.dayOutside;
    // A day of another month is not known yet: moving there loads it.
    if (!date.startsWith(this.grid.month)) return undefined;
    return this.freeDates.has(date) ? undefined : this.t.dayFull;
  }

  private renderDay(): TemplateResult {
    const { t, grid, host } = this;
    const window = this.window!;
    const month = grid.month;
    const last = month >= window.last.slice(0, 7);
    return html`<div class="month" part="nav">
        ${this.monthButton(-1, month <= window.first.slice(0, 7), t.previousMonth)}
        <h3 id="month">${this.monthName(month)}</h3>
        ${this.monthButton(1, last, t.nextMonth)}
      </div>
      ${host.renderData(this.availability, {
        loading: () => html`<div class="grid-skeleton"></div>`,
        loaded: () =>
          html`${renderDateGrid(grid, {
              locale: host.locale,
              today: osloDate(Date.now()),
              labelledBy: 'month',
              labels: { week: t.week, today: t.today },
              selected: (date) => date === this.day,
              weekNumbers: false,
              busy: this.availability.busy,
            })}
            <p class="hint">${t.dayHint}</p>`,
        empty: () =>
          html`<p>${t.noFreeInMonth(this.monthName(month, false))}</p>
            ${
              last
                ? nothing
                : html`<button type="button" class="button secondary" @click=${() => this.shiftMonth(1)}>
                    ${t.nextMonth}
                  </button>`
            }`,
      })}
      <div class="actions">${this.renderBack()}</div>`;
  }

  private monthButton(months: number, off: boolean, label: string): TemplateResult {
    return html`<button
      type="button"
      class="button secondary icon"
      aria-disabled=${off ? 'true' : 'false'}
      @click=${() => off || this.shiftMonth(months)}
    >
      <span aria-hidden="true">${months < 0 ? '‹' : '›'}</span><span class="vh">${label}</span>
    </button>`;
  }

  // slot

  private timeRange(slot: FreeSlot): string {
    const { locale } = this.host;
    return this.t.timeRange(formatTime(slot.startMs, locale), formatTime(slot.endMs, locale));
  }

  private renderSlots(): TemplateResult {
    const { t, host, lost } = this;
    const day = this.day ?? '';
    const none = lost ? t.noNextFree : t.noSlots;
    return html`${
        lost
          ? html`<div id="lost" class="notice warning" part="notice" tabindex="-1">
              <p class="text">
                ${
                  lost.refused
                    ? t.slotRefused
                    : t.taken(`${formatDate(lost.slot.date, host.locale)} ${this.timeRange(lost.slot)}`)
                }
                ${t.kept}
              </p>
            </div>`
          : nothing
      }
      ${host.renderData(this.availability, {
        loaded: (slots) => {
          const free = this.free(slots);
          const list = lost ? nextFreeSlots(free, lost.slot.startMs, 4) : slotsOn(free, day);
          return html`<h3>${lost ? t.nextFree : t.freeOn(formatDate(day, host.locale))}</h3>
            ${list.length ? this.renderSlotList(list, !!lost) : html`<p>${none}</p>`}`;
        },
        empty: () => none,
      })}
      ${host.renderOsloTimeNote()}
      <div class="actions">
        ${
          lost
            ? html`<button type="button" class="button secondary" @click=${() => this.go('day')}>${t.otherDay}</button>`
            : this.renderBack()
        }
      </div>`;
  }

  private renderSlotList(slots: FreeSlot[], withDate: boolean): TemplateResult {
    const { t, host } = this;
    // Each name is said in full, never "30m": "kl. 10.00 til 10.30, 30 minutter" (with the date when it may
    // differ). The comma is only invisible (still inline, so the name has no stray space before it).
    return html`<ul class="slots">
      ${slots.map(
        (slot) =>
          html`<li>
            <button
              type="button"
              class="slot"
              part="slot"
              aria-current=${slot.startMs === this.slot?.startMs ? 'true' : nothing}
              @click=${() => this.chooseSlot(slot)}
            >
              ${
                withDate
                  ? html`<span class="date">${formatDate(slot.date, host.locale, { capital: true })},</span> `
                  : nothing
              }<span class="time">${this.timeRange(slot)}<span class="comma">,</span></span>
              <span class="duration">${t.duration(slot.minutes)}</span>
            </button>
          </li>`,
      )}
    </ul>`;
  }

  // details

  private renderDetails(resource: Resource): TemplateResult {
    const t = this.t;
    const capacity = resource.capacity;
    const problems = Object.entries(this.problems) as [DetailField, NonNullable<DetailProblems[DetailField]>][];
    return html`<form part="form" novalidate @submit=${this.handleDetails}>
      ${
        problems.length
          ? html`<div class="summary" part="error-summary" tabindex="-1" aria-labelledby="summary">
              <h3 id="summary">${t.summaryTitle(problems.length)}</h3>
              <ul>
                ${problems.map(
                  ([field, problem]) =>
                    html`<li>
                      <a href="#f-${field}" @click=${(event: Event) => this.focusField(event, field)}
                        >${this.problemText(field, problem)}</a
                      >
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      ${this.renderField('name', { autocomplete: 'name' })}
      ${this.renderField('email', { type: 'email', autocomplete: 'email', hint: t.emailHint })}
      ${this.renderField('phone', { type: 'tel', autocomplete: 'tel', hint: t.phoneHint, optional: true })}
      ${this.renderField('organisation', { autocomplete: 'organization', optional: true })}
      ${this.renderField('purpose', { optional: true, multiline: true })}
      ${
        capacity
          ? this.renderField('attendees', { inputmode: 'numeric', hint: t.attendeesHint(capacity), optional: true })
          : nothing
      }
      ${this.renderConsent()}
      <div class="actions">
        <button type="submit" class="button">${t.next}</button>
        ${this.renderBack()}
      </div>
    </form>`;
  }

  /** The plain-language problem of a field (with the server's words when it refused it). */
  private problemText(field: DetailField, problem: FieldProblem): string {
    const text = this.t.problem(field, problem, this.chosen?.capacity);
    const server = problem === 'rejected' ? this.serverMessages[field] : undefined;
    return server ? `${text} (${server})` : text;
  }

  private focusField(event: Event, field: DetailField): void {
    event.preventDefault();
    this.host.renderRoot.querySelector<HTMLElement>(`#f-${field}`)?.focus();
  }

  private renderField(
    field: Exclude<DetailField, 'consent'>,
    options: {
      type?: string;
      autocomplete?: string;
      inputmode?: string;
      hint?: string;
      optional?: boolean;
      multiline?: boolean;
    },
  ): TemplateResult {
    const t = this.t;
    const id = `f-${field}`;
    const problem = this.problems[field];
    const described = [options.hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].join(' ').trim();
    const common = {
      invalid: problem ? 'true' : 'false',
      described: described || nothing,
    };
    return html`<div class="field" part="field">
      <label for=${id}
        >${t.labels[field]}${options.optional ? html` <span class="optional">${t.optional}</span>` : nothing}</label
      >
      ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing}
      ${problem ? html`<p class="field-error" id="${id}-error">${this.problemText(field, problem)}</p>` : nothing}
      ${
        options.multiline
          ? html`<textarea
              id=${id}
              name=${field}
              rows="3"
              .value=${this.details[field]}
              aria-invalid=${common.invalid}
              aria-describedby=${common.described}
              @input=${this.handleInput}
            ></textarea>`
          : html`<input
              id=${id}
              name=${field}
              type=${options.type ?? 'text'}
              autocomplete=${options.autocomplete ?? 'off'}
              inputmode=${options.inputmode ?? nothing}
              spellcheck=${options.type === 'email' ? 'false' : nothing}
              .value=${this.details[field]}
              aria-invalid=${common.invalid}
              aria-describedby=${common.described}
              @input=${this.handleInput}
            />`
      }
    </div>`;
  }

  private renderConsent(): TemplateResult {
    const t = this.t;
    const problem = this.problems.consent;
    return html`<fieldset class="field consent" part="field">
      <legend>${t.short.consent}</legend>
      <p class="hint" id="f-consent-hint">${t.consentText}</p>
      ${problem ? html`<p class="field-error" id="f-consent-error">${this.problemText('consent', problem)}</p>` : nothing}
      <div class="check">
        <input
          id="f-consent"
          name="consent"
          type="checkbox"
          .checked=${this.details.consent}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? 'f-consent-hint f-consent-error' : 'f-consent-hint'}
          @change=${this.handleInput}
        />
        <label for="f-consent">${t.labels.consent}</label>
      </div>
    </fieldset>`;
  }

  // review

  private renderReview(resource: Resource): TemplateResult {
    const { t, host } = this;
    const d = this.details;
    const rows: [string, string, Step | undefined, string?][] = this.summaryRows(resource);
    for (const field of ['name', 'email', 'phone', 'organisation', 'purpose', 'attendees'] as const) {
      if (d[field].trim()) rows.push([t.short[field], d[field].trim(), 'details', `#f-${field}`]);
    }
    return html`<dl class="review" part="review">
        ${rows.map(
          ([label, value, step, focus]) =>
            html`<div class="row">
              <dt>${label}</dt>
              <dd>${value}</dd>
              ${
                step
                  ? html`<dd class="change">
                      <button type="button" class="link" @click=${() => this.go(step, focus)}>
                        ${t.change}<span class="vh"> ${label.toLowerCase()}</span>
                      </button>
                    </dd>`
                  : nothing
              }
            </div>`,
        )}
      </dl>
      ${resource.requiresApproval ? host.renderNotice(t.approvalNote, 'info') : nothing}
      ${this.sendError ? host.renderNotice(`${t.sendFailed} ${host.errorText(this.sendError)}`, 'error') : nothing}
      ${host.renderOsloTimeNote()}
      <div class="actions">
        <button
          type="button"
          class="button"
          part="confirm"
          aria-disabled=${this.sending ? 'true' : 'false'}
          @click=${() => this.submit()}
        >
          ${this.sending ? t.sending : this.sendError ? host.core.retry : t.confirm}
        </button>
        ${this.renderBack()}
      </div>`;
  }

  /** What, day and time (with the steps that change them). */
  private summaryRows(resource: Resource, change = true): [string, string, Step | undefined, string?][] {
    const t = this.t;
    const slot = this.done?.slot ?? this.slot;
    const when = (step: Step): Step | undefined => (change ? step : undefined);
    return [
      [t.short.what, resource.name, this.preselected ? undefined : when('resource')],
      [t.short.day, slot ? formatDate(slot.date, this.host.locale, { capital: true }) : '', when('day')],
      [t.short.time, slot ? `${this.timeRange(slot)} (${t.duration(slot.minutes)})` : '', when('slot')],
    ];
  }

  // result

  private renderResult(done: Done): TemplateResult {
    const { t, host } = this;
    const { booking } = done;
    const confirmed = booking.status === 'confirmed';
    const cancel = safeHref(booking.cancelUrl);
    return html`<section class="step" part="step result" aria-labelledby="heading">
      <h2 id="heading" part="heading" tabindex="-1">${confirmed ? t.confirmed : t.pending}</h2>
      <div class="notice ${confirmed ? 'success' : 'info'}" part="notice">
        <p class="text">${confirmed ? t.confirmedText : t.pendingText}</p>
      </div>
      <p part="reference">${t.reference}: <strong>${booking.id}</strong></p>
      <dl class="review">
        ${this.summaryRows(done.resource, false).map(
          ([label, value]) =>
            html`<div class="row">
              <dt>${label}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
      </dl>
      ${host.renderOsloTimeNote()}
      <div class="actions">
        <a class="button secondary" part="ics" href=${done.ics} download=${done.file}>${t.addToCalendar}</a>
        <button type="button" class="button secondary" @click=${() => this.again()}>${t.newBooking}</button>
      </div>
      ${cancel ? html`<p class="cancel">${t.cancelHint} <a part="cancel" href=${cancel}>${t.cancel}</a></p>` : nothing}
    </section>`;
  }
}
