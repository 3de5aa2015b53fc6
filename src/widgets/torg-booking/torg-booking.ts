import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { isTorgError } from '../../contract/errors.js';
import type { Resource, Slot } from '../../contract/schemas.js';
import { AvailabilitySchema, ResourceSchema } from '../../contract/schemas/booking.js';
import { checkDocument, checkItems, type Collection } from '../../core/api/client.js';
import { getAvailability, getResources } from '../../core/api/booking.js';
import { DataController, type DataSource } from '../../core/data-controller.js';
import { emit } from '../../core/events.js';
import { TorgElement } from '../../core/torg-element.js';
import { firstScreen } from '../../core/first-screens/torg-booking.js';
import { ViewLoader } from '../../core/view-loader.js';
import { freeDays, monthRange, type BookingWindow, type FreeSlot } from '../../domain/booking.js';
import {
  canGoBack,
  chosenResource,
  flowWindow,
  initialFlow,
  offeredSlots,
  progress,
  reduce,
  refreshesAvailability,
  shownStep,
  type BookingFlow,
  type FlowContext,
  type FlowEvent,
  type Step,
} from '../../domain/booking-flow.js';
import { osloDate } from '../../domain/oslo-time.js';
import { bookingCatalog } from './messages/index.js';
import { catalogs, createView, loadWrites, styles } from './torg-booking.view.js';

/** What `<torg-booking>` accepts as its `data` property instead of the API. */
export interface TorgBookingData {
  /** The torg's resources. */
  resources: Resource[];
  /** Slots per resource id; a resource not listed here has its availability read from the API. */
  availability?: Record<string, Slot[]>;
}

/**
 * Everything a render needs, worked out before it (see `willUpdate`), and what the view can ask for.
 * @internal For the element's own modules (its view); not part of the package's API.
 */
export interface Shown {
  flow: BookingFlow;
  /** The step shown (the flow's, or the nearest earlier one it has what it needs for). */
  step: Step;
  /** "Steg 3 av 5" (none for the result). */
  progress: { step: number; total: number } | undefined;
  /** Whether the step has a way back. */
  back: boolean;
  resources: readonly Resource[];
  /** The chosen resource. */
  resource: Resource | undefined;
  /** Its bookable dates. */
  window: BookingWindow | undefined;
  /** The free times of the chosen resource in the shown month, as loaded. */
  availability: DataSource<Slot[]>;
  /** The free times offered (the shown month's, never one just lost). */
  free: readonly FreeSlot[];
  /** The dates with a free time offered. */
  freeDays: ReadonlySet<string>;
  /** Oslo's today. */
  today: string;
  /** A step of the flow (a choice, typing, "Tilbake", "Endre" …). */
  dispatch(event: FlowEvent): void;
  /** Sends the booking ("Bekreft"); a click while sending does nothing. */
  send(): void;
}

/** The step's heading ("Steg 1 av 5", the title) and a resource card, as bars. */
const HEAD = html`<div class="head">
  <div class="bar count"></div>
  <div class="bar heading"></div>
</div>`;
const CARD = html`<div class="bar card"></div>`;

/**
 * Book a meeting room or a case-officer slot at an innbyggertorg: choose a
 * resource, a day in a month grid, a free time, fill in contact details (with
 * consent), check everything and confirm. Safe against double booking: one
 * `Idempotency-Key` per submission (reused on retries, so a double click or a
 * retry books once); a time taken meanwhile (409) is said plainly, fresh free
 * times are offered and every typed detail is kept.
 *
 * The first step comes with the element. The later steps are two chunks (the
 * month grid and the times; the form, the review and the result) fetched when
 * the browser is idle after the first step is shown — the month grid at once
 * when `resource` skips the first step.
 *
 * @tagname torg-booking
 * @summary Book a room or a case-officer slot at a torg.
 *
 * @attr torg - The torg's id (required), e.g. `borgen`.
 * @attr resource - Preselects a resource by id and skips the first step.
 * @attr api-base - Base URL of the municipal API.
 * @attr lang - `nb` (default), `nn` or `en`.
 * @attr heading-level - The level of the step's heading, `1`–`6` (default `2`).
 *
 * @prop {TorgBookingData | undefined} data - Resources (and optionally free times per resource) to use instead of
 *   the API. Bookings are still sent to the API.
 *
 * @fires {CustomEvent<{ id: string, status: 'confirmed' | 'pending' }>} torg-booked - A booking was made.
 *
 * @csspart base - The outer container.
 * @csspart step - The current step.
 * @csspart progress - "Steg 3 av 5".
 * @csspart heading - The step's heading (focused when the step changes).
 * @csspart resource - A resource to choose.
 * @csspart nav - The month navigation above the grid.
 * @csspart grid - The month grid (`day`, `today`, `selected` for its days).
 * @csspart slot - A free time to choose.
 * @csspart form - The contact details form.
 * @csspart field - A form field (label, hint, control, error).
 * @csspart error-summary - The list of problems at the top of the form.
 * @csspart review - The summary to check before confirming.
 * @csspart confirm - The confirm button.
 * @csspart result - The confirmation step.
 * @csspart receipt - The confirmation panel: what was booked, its status and where the e-mail went.
 * @csspart reference - The reference number's row in it.
 * @csspart ics - The "add to calendar" link.
 * @csspart cancel - The cancellation link.
 * @csspart back - The back button.
 * @csspart error - The error state.
 * @csspart retry - Retry buttons.
 * @csspart empty - The empty state.
 * @csspart notice - Notices (time taken, stale data, time zone).
 * @csspart loading - The loading skeleton.
 *
 * @cssprop --torg-booking-max-width - The widest the widget grows (default 40em).
 * @cssprop --torg-date-grid-cell-min-height - Height of a day in the grid.
 */
export class TorgBooking extends TorgElement {
  /**
   * Lit's reactive properties, each documented where it is declared below.
   * @internal
   */
  static override properties = {
    torg: {},
    resource: {},
    data: { attribute: false },
    flow: { state: true, attribute: false },
  };

  /** @internal */
  static override firstScreen = firstScreen;

  /** The torg's id. */
  torg?: string;

  /** A resource id to preselect; the resource step is then skipped. */
  resource?: string;

  /** Resources (and optionally free times) to use instead of the API. */
  data?: TorgBookingData;

  /** Where the person is in the booking, and everything chosen and typed (`domain/booking-flow.ts`). */
  private flow: BookingFlow = initialFlow();

  readonly #resources = new DataController<Collection<Resource>, readonly [string, TorgBookingData | undefined]>(
    this.host,
    {
      args: () => (this.torg || this.data ? [this.torg ?? '', this.data] : undefined),
      load: async ([torg, data], { api }) => {
        const context = data ? undefined : api();
        return context ? getResources(context, torg) : checkItems(ResourceSchema, data?.resources, 'data.resources');
      },
      isEmpty: (value) => value.items.length === 0,
    },
  );

  readonly #availability = new DataController<Slot[], readonly [string, string, TorgBookingData | undefined]>(
    this.host,
    {
      args: () => {
        const { resourceId, month } = this.flow;
        return resourceId && month ? [resourceId, month, this.data] : undefined;
      },
      load: async ([id, month, data], { api }) => {
        const own = data?.availability && Object.hasOwn(data.availability, id) ? data.availability[id] : undefined;
        const context = own ? undefined : api();
        if (context) return (await getAvailability(context, id, monthRange(month))).slots;
        return (await checkDocument(AvailabilitySchema, { slots: own }, 'data.availability')).slots;
      },
      isEmpty: (slots) =>
        offeredSlots(this.flow, slots, { resources: this.#resources.value?.items ?? [], now: Date.now() }).length === 0,
    },
  );

  readonly #ui = new ViewLoader(this.host, { createView, styles, catalogs });

  /** What the next render shows (worked out in `willUpdate`). */
  #shown?: Shown;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const source = changed.has('torg') || changed.has('data');
    // Another torg, resource or data: back to the start (typed details are kept).
    if (source || changed.has('resource')) this.#dispatch({ type: 'restart' });
    // The page's resource, once the resources of this torg are there.
    if (this.resource && this.#resources.value && !source) this.#dispatch({ type: 'preselect', id: this.resource });
    if (this.#availability.state === 'empty') this.#dispatch({ type: 'empty-month' });
    this.#shown = this.#work();
  }

  /** What the machine reads besides its state: the resources, now, the free days, the details' checks, what follows "Bekreft". */
  #context(): FlowContext {
    const resources = this.#resources.value?.items ?? [];
    const now = Date.now();
    const free = offeredSlots(this.flow, this.#availability.value ?? [], { resources, now });
    const view = this.#ui.view;
    return { resources, now, freeDays: freeDays(free), checkDetails: view?.checkDetails(), submit: view?.submit() };
  }

  #work(): Shown | undefined {
    const resources = this.#resources.value?.items;
    if (!resources) return undefined;
    const { flow } = this;
    const now = Date.now();
    const free = offeredSlots(flow, this.#availability.value ?? [], { resources, now });
    return {
      flow,
      step: shownStep(flow, resources),
      progress: progress(flow, resources),
      back: canGoBack(flow, resources),
      resources,
      resource: chosenResource(flow, resources),
      window: flowWindow(flow, { resources, now }),
      availability: this.#availability,
      free,
      freeDays: freeDays(free),
      today: osloDate(now),
      dispatch: this.#dispatch,
      send: this.#handleSend,
    };
  }

  // --- handlers ----------------------------------------------------------------

  /** One step of the flow; fresh free times when it asks for them (a time lost, a new booking). */
  readonly #dispatch = (event: FlowEvent): void => {
    const previous = this.flow;
    const next = reduce(previous, event, this.#context());
    if (next === previous) return;
    this.flow = next;
    if (refreshesAvailability(previous, next)) void this.#availability.refresh();
  };

  /**
   * Sends the booking with its idempotency key; the answer moves the flow on (result, 409, 422) or says why not.
   * Busy at once; the code that sends (and makes the key) was fetched when the person was about to book (see
   * the view), and a click while it is still on its way waits for it — a failure to fetch it is a send failure.
   */
  readonly #handleSend = async (): Promise<void> => {
    const before = this.flow;
    this.#dispatch({ type: 'send' });
    const sending = this.flow;
    if (sending === before || !sending.submission) return;
    const t = this.host.text(bookingCatalog);
    this.host.announce(t.sending);
    try {
      const context = this.host.api();
      const writes = await loadWrites();
      // A new booking gets its key now; a retry of the same one keeps its own.
      this.#dispatch({ type: 'keyed', key: writes.createIdempotencyKey() });
      const submission = this.flow.submission;
      // The page changed the torg or the resource meanwhile: that booking is no longer asked for.
      if (!submission?.key) return;
      const booking = await writes.postBooking(context, submission.body, {
        idempotencyKey: submission.key,
        retryStatuses: [502, 503, 504],
      });
      this.#dispatch({ type: 'booked', booking });
      emit(this, 'torg-booked', { id: booking.id, status: booking.status });
      // "Sender bestillingen …" no longer holds; the focused heading says what happened.
      this.host.announce('');
    } catch (error) {
      // What is said at once of the failure (and shown with it) has its words first.
      await this.host.loadErrorTexts();
      this.#dispatch({ type: 'failed', error });
      const { sendError } = this.flow;
      // A failure is said; a time lost (409) or refused fields (422) are said where focus goes (the notice,
      // the error summary), and the sending status is cleared.
      this.host.announce(sendError ? `${t.sendFailed} ${this.host.errorText(sendError)}` : '');
    }
  };

  // --- rendering ---------------------------------------------------------------

  protected override renderContent(): unknown {
    if (!this.torg && !this.data) {
      return this.host.renderConfigError(this.host.core.missingAttribute('torg'));
    }
    return this.#ui.render((v) => {
      const t = this.host.text(bookingCatalog);
      // An unknown torg is the page's mistake, not a failure to retry: plain words, the reason for the editor.
      const error = this.#resources.state === 'error' ? this.#resources.error : undefined;
      if (isTorgError(error) && error.kind === 'not-found')
        return this.host.renderConfigError(t.unknownTorg(this.torg ?? ''));
      return this.host.renderData(this.#resources, {
        loaded: () => (this.#shown ? v.render(this.#shown) : this.renderSkeleton()),
        empty: () => t.noResources,
        skipped: (value) => value.skipped,
      });
    });
  }

  /**
   * Before the resources are there: the heading and the first step (the resources, or the month grid when
   * `resource` skips that step). Inside a step whose code is on its way: that step's body.
   */
  protected override renderSkeleton(): TemplateResult {
    const step = this.#shown?.step ?? (this.resource ? 'day' : 'resource');
    const body =
      step === 'resource'
        ? html`<div class="bar group"></div>
            <div class="cards">${CARD}${CARD}</div>`
        : step === 'day'
          ? html`<div class="bar context"></div>
              <div class="bar nav"></div>
              <div class="bar grid"></div>`
          : html`<div class="bar context"></div>
              <div class="bar block"></div>`;
    return html`<div class="skeleton booking" aria-hidden="true">${this.#shown ? nothing : HEAD} ${body}</div>`;
  }
}
