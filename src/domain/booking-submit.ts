/**
 * What follows "Bekreft" in the booking's steps (booking-flow.ts): sending,
 * the idempotency key, the answer — the booking made, a time taken (409),
 * fields or the time refused (422), any other failure — and "Book en ny
 * tid", with the request body it sends. Pure like the rest of the flow; it
 * comes with the review's code (the flow reads it as `FlowContext.submit`),
 * not with the first screen.
 *
 * - One idempotency key per submission: a retry of the same booking keeps
 *   its key; a changed booking gets a new one (`send`'s, or `keyed`'s).
 * - A `send` while sending is ignored: a double click books once.
 * - 409: back to the time step, the lost time remembered; 422: field errors
 *   to the details step, a refused time (`start`/`end`) like a 409, anything
 *   else said on the review. The details are kept in every case.
 */
import { TorgError, isTorgError } from '../contract/errors.js';
import type { BookingRequest, Resource } from '../contract/schemas.js';
import { DETAIL_FIELDS, type BookingDetails, type DetailField, type FreeSlot } from './booking.js';
import { parseAttendees } from './booking-details.js';
import type { BookingFlow, Submission, SubmitContext, SubmitEvent } from './booking-flow.js';

/** The body of `POST /bookings`: trimmed texts, empty optional fields left out. */
export function bookingRequest(resource: Resource, slot: FreeSlot, details: BookingDetails): BookingRequest {
  const optional = (text: string): string | undefined => text.trim() || undefined;
  const body: BookingRequest = {
    resourceId: resource.id,
    start: slot.start,
    end: slot.end,
    name: details.name.trim(),
    email: details.email.trim(),
    consent: true,
  };
  const phone = optional(details.phone);
  const organisation = optional(details.organisation);
  const purpose = optional(details.purpose);
  const attendees = parseAttendees(details.attendees);
  if (phone) body.phone = phone;
  if (organisation) body.organisation = organisation;
  if (purpose) body.purpose = purpose;
  if (attendees !== undefined && !Number.isNaN(attendees)) body.attendees = attendees;
  return body;
}

/**
 * A 422's field errors sorted out: those about the contact details (by
 * field, with the server's message), whether the slot itself was refused
 * (`start`, `end`), and the rest.
 */
export function sortServerErrors(errors: readonly { field: string; message: string }[]): {
  fields: Partial<Record<DetailField, string>>;
  slot: boolean;
  other: string[];
} {
  const fields: Partial<Record<DetailField, string>> = {};
  const other: string[] = [];
  let slot = false;
  for (const { field, message } of errors) {
    // "attendees", "/attendees", "booking.attendees" all name the attendees.
    const name = field.split(/[./]/).filter(Boolean).pop() ?? '';
    if ((DETAIL_FIELDS as readonly string[]).includes(name)) fields[name as DetailField] ??= message;
    else if (name === 'start' || name === 'end') slot = true;
    else other.push(message);
  }
  return { fields, slot, other };
}

/** Whether two booking requests are the same booking (then a retry keeps its idempotency key). */
export function sameBooking(a: BookingRequest, b: BookingRequest): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof BookingRequest>;
  return [...keys].every((key) => a[key] === b[key]);
}

/** The next state after an event that follows "Bekreft"; the same object when it changes nothing. */
export function submit(state: BookingFlow, event: SubmitEvent, context: SubmitContext): BookingFlow {
  switch (event.type) {
    case 'send': {
      const { resource } = context;
      const slot = state.slot;
      if (state.sending || !resource || !slot || context.step !== 'review') return state;
      const body = bookingRequest(resource, slot, state.details);
      // The same booking again (a retry) keeps its key; a changed one gets the new key.
      const previous = state.submission;
      const key = (previous && sameBooking(previous.body, body) ? previous.key : undefined) ?? event.key;
      return { ...state, submission: { key, body, resource, slot }, sending: true, sendError: undefined };
    }

    case 'booked': {
      const sent = state.submission;
      if (!state.sending || !sent) return state;
      return {
        ...state,
        sending: false,
        done: { booking: event.booking, request: sent.body, resource: sent.resource, slot: sent.slot },
        step: 'result',
        attention: { to: 'step' },
      };
    }

    case 'keyed':
      if (!state.sending || !state.submission || state.submission.key) return state;
      return { ...state, submission: { ...state.submission, key: event.key } };

    case 'failed':
      if (!state.sending || !state.submission) return state;
      return failed({ ...state, sending: false }, state.submission, event.error, context);

    case 'again':
      if (!state.done) return state;
      return {
        ...state,
        done: undefined,
        submission: undefined,
        slot: undefined,
        day: undefined,
        // A new booking: the contact details stay, the consent is asked again.
        details: { ...state.details, consent: false },
        detailsDone: false,
        step: state.preselected ? 'day' : 'resource',
        attention: { to: 'step' },
      };
  }
}

/** What a failed submission does to the flow (409, 422, or anything else). */
function failed(state: BookingFlow, sent: Submission, error: unknown, context: SubmitContext): BookingFlow {
  if (isTorgError(error) && (error.slotTaken || error.kind === 'validation')) {
    const sorted = sortServerErrors(error.fieldErrors);
    if (error.slotTaken || sorted.slot) {
      // Someone else was quicker (or the time cannot be booked): fresh free times, the next ones offered,
      // the details kept.
      return {
        ...state,
        lost: { slot: sent.slot, refused: !error.slotTaken },
        slot: undefined,
        step: 'slot',
        attention: { to: 'lost' },
      };
    }
    const fields = Object.keys(sorted.fields) as DetailField[];
    if (fields.length > 0) {
      const local = context.checkDetails?.(state.details, context.resource?.capacity) ?? {};
      return {
        ...state,
        problems: Object.fromEntries(fields.map((field) => [field, local[field] ?? 'rejected'])),
        serverMessages: sorted.fields,
        detailsDone: false,
        step: 'details',
        attention: { to: 'problems' },
      };
    }
  }
  const sendError = error instanceof Error ? error : new TorgError('invalid-data', String(error));
  return { ...state, sendError };
}
