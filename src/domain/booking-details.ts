/**
 * The checks of a booking's contact details, a pure function (no DOM): a
 * module of its own, with the e-mail and phone rules of `form.ts`, so the
 * first step — and the flow (`booking-flow.ts`), which reads them from its
 * context — carries none of them. The details step's code brings them.
 */
import { MAX_LENGTH, type BookingDetails, type DetailProblems } from './booking.js';
import { isEmail, isPhone } from './form.js';

/** The attendees as a number; `undefined` when empty; `NaN` when not a whole positive number. */
export function parseAttendees(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d{1,6}$/.test(trimmed) && Number(trimmed) >= 1 ? Number(trimmed) : Number.NaN;
}

/** Checks the details; `capacity` caps the attendees when the resource has one. No problems: `{}`. */
export function validateDetails(details: BookingDetails, capacity?: number): DetailProblems {
  const problems: DetailProblems = {};
  const name = details.name.trim();
  const email = details.email.trim();
  if (!name) problems.name = 'required';
  if (!email) problems.email = 'required';
  else if (!isEmail(email)) problems.email = 'invalid';
  if (details.phone.trim() && !isPhone(details.phone)) problems.phone = 'invalid';
  for (const field of ['name', 'email', 'organisation', 'purpose'] as const) {
    if (!problems[field] && details[field].trim().length > (MAX_LENGTH[field] ?? Infinity)) problems[field] = 'tooLong';
  }
  const attendees = parseAttendees(details.attendees);
  if (Number.isNaN(attendees)) problems.attendees = 'invalid';
  else if (attendees !== undefined && capacity !== undefined && attendees > capacity) problems.attendees = 'tooMany';
  if (!details.consent) problems.consent = 'required';
  return problems;
}

/** The checks, as the flow reads them from its context (`FlowContext.checkDetails`). */
export type CheckDetails = typeof validateDetails;
