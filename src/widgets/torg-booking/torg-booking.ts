import { property, state } from 'lit/decorators.js';
import { TorgError } from '../../contract/errors.js';
import type { Catalog } from '../../core/i18n.js';
import { TorgElement } from '../../core/torg-element.js';
import type { BookingFlow, BookingHost, TorgBookingData } from './flow.js';

export type { TorgBookingData };

/**
 * Book a meeting room or a case-officer slot at an innbyggertorg: choose a
 * resource, a day in a month grid, a free time, fill in contact details (with
 * consent), check everything and confirm. Safe against double booking: one
 * `Idempotency-Key` per submission (reused on retries, so a double click or a
 * retry books once); a time taken meanwhile (409) is said plainly, fresh free
 * times are offered and every typed detail is kept.
 *
 * The steps are loaded on demand (a chunk fetched in parallel with the first
 * request), so a page pays up front only for the element and the shared core.
 *
 * @tagname torg-booking
 * @summary Book a room or a case-officer slot at a torg.
 *
 * @attr torg - The torg's id (required), e.g. `borgen`.
 * @attr resource - Preselects a resource by id and skips the first step.
 * @attr api-base - Base URL of the municipal API.
 * @attr lang - `nb` (default), `nn` or `en`.
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
 * @csspart result - The confirmation.
 * @csspart reference - The booking reference.
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
  /** The torg's id. */
  @property() torg?: string;

  /** A resource id to preselect; the resource step is then skipped. */
  @property() resource?: string;

  /** Resources (and optionally free times) to use instead of the API. */
  @property({ attribute: false }) data?: TorgBookingData;

  /** The steps, once loaded. */
  @state() private flow?: BookingFlow;

  /** Loading the steps failed (offline). */
  @state() private failed?: Error;

  override connectedCallback(): void {
    super.connectedCallback();
    this.loadFlow();
  }

  private loadFlow(): void {
    this.failed = undefined;
    import(/* torg:inline-in-bundle */ './flow.js').then(
      (module) => (this.flow ??= new module.BookingFlow(this as unknown as BookingHost)),
      (error: unknown) =>
        (this.failed = new TorgError('network', 'The booking steps could not be loaded', { cause: error })),
    );
  }

  protected override catalogs(): Catalog<unknown>[] {
    return [...super.catalogs(), ...(this.flow?.catalogs ?? [])];
  }

  protected override renderContent(): unknown {
    if (this.failed) return this.renderError(this.failed, () => this.loadFlow());
    return this.flow ? this.flow.render() : this.renderLoading();
  }
}
