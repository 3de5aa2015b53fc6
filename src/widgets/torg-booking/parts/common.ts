/**
 * Pieces the later steps share: a time's words, the "Tilbake" button, the
 * line under the heading with what was chosen so far, and the rows that sum
 * up a booking (on the review and the result).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../../core/config.js';
import { formatDate, formatTime } from '../../../core/format.js';
import type { WidgetHost } from '../../../core/widget-host.js';
import { bdi } from '../../../shared/bidi.js';
import type { DetailField, FreeSlot } from '../../../domain/booking.js';
import type { CheckDetails } from '../../../domain/booking-details.js';
import type { Step, Submit } from '../../../domain/booking-flow.js';
import type { BookingMessages } from '../messages/index.js';
import { bookingStepsCatalog } from '../messages/steps.js';
import type { Shown, TorgBooking } from '../torg-booking.js';

export type Host = WidgetHost<TorgBooking>;

/** A chunk of later steps (a view module's view): the shown step's body, under the view's heading. */
export interface StepsView {
  render(shown: Shown): unknown;
  /** The contact details' checks, which the details step's chunk brings for the flow. */
  checkDetails?: CheckDetails;
  /** What follows "Bekreft" in the flow (sending, its answer, "Book en ny tid"), which the review's chunk brings. */
  submit?: Submit;
}

/** "kl. 10.00 til 10.30" / "10:00 to 10:30". */
export function timeRange(t: BookingMessages, slot: FreeSlot, locale: Locale): string {
  return t.timeRange(formatTime(slot.startMs, locale), formatTime(slot.endMs, locale));
}

export function renderBack(host: Host, shown: Shown): TemplateResult | typeof nothing {
  if (!shown.back) return nothing;
  return html`<button
    type="button"
    class="button secondary"
    part="back"
    @click=${() => shown.dispatch({ type: 'back' })}
  >
    ${host.text(bookingStepsCatalog).back}
  </button>`;
}

/** What was chosen so far, under the heading: the resource, the day (after the day step), the time (on the details). */
export function renderContext(host: Host, shown: Shown): TemplateResult | typeof nothing {
  const { resource, step, flow } = shown;
  if (!resource) return nothing;
  const parts: string[] = [];
  if (flow.day && step !== 'day') parts.push(formatDate(flow.day, host.locale));
  if (flow.slot && step === 'details') parts.push(timeRange(host.text(bookingStepsCatalog), flow.slot, host.locale));
  return html`<p class="context">${bdi(resource.name)}${parts.map((part) => ` · ${part}`).join('')}</p>`;
}

/** A row of a booking's summary: its label, its value, and the step (and field) that changes it. */
export interface SummaryRow {
  label: string;
  value: string;
  change?: Step | undefined;
  field?: DetailField;
}

/** What, day and time; with the steps that change them when `change` (the review). */
export function whatAndWhen(
  host: Host,
  what: string,
  slot: FreeSlot | undefined,
  change: { resource: boolean } | undefined,
): SummaryRow[] {
  const t = host.text(bookingStepsCatalog);
  const { locale } = host;
  return [
    { label: t.short.what, value: what, change: change?.resource ? 'resource' : undefined },
    {
      label: t.short.day,
      value: slot ? formatDate(slot.date, locale, { capital: true }) : '',
      change: change && 'day',
    },
    {
      label: t.short.time,
      value: slot ? `${timeRange(t, slot, locale)} (${t.duration(slot.minutes)})` : '',
      change: change && 'slot',
    },
  ];
}
