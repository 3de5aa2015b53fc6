/**
 * The rules of booking a room or a case-officer slot, as pure functions (no
 * DOM): resources grouped by kind, the bookable window, free slots and days,
 * the next free slots after one was taken, the contact details (their
 * checks are in `booking-details.ts`, with the details step's code; the
 * request body sent to `POST /bookings` and a 422's errors sorted out in
 * `booking-submit.ts`, with the review's).
 *
 * Dates are Oslo calendar dates (`YYYY-MM-DD`); instants are epoch ms.
 */
import type { Resource, ResourceKind, Slot } from '../contract/schemas.js';
import type { FieldProblem as FormFieldProblem } from './form.js';
import { addDays, addMonths, osloDate } from './oslo-time.js';

// --- resources -------------------------------------------------------------------

/** The order the kinds are listed in: rooms, guidance, digital meetings. */
export const RESOURCE_KINDS: readonly ResourceKind[] = ['rom', 'veiledning', 'digitalt-mote'];

export interface ResourceGroup {
  kind: ResourceKind;
  resources: Resource[];
}

/** Resources grouped by kind (in {@link RESOURCE_KINDS} order), each group in the API's order; empty groups left out. */
export function groupResources(resources: readonly Resource[]): ResourceGroup[] {
  return RESOURCE_KINDS.map((kind) => ({ kind, resources: resources.filter((r) => r.kind === kind) })).filter(
    (group) => group.resources.length > 0,
  );
}

// --- days and slots ----------------------------------------------------------------

/** The Oslo dates a resource can be booked on: today to `maxDaysAhead` days later, inclusive. */
export interface BookingWindow {
  first: string;
  last: string;
}

export function bookingWindow(now: number, maxDaysAhead: number): BookingWindow {
  const first = osloDate(now);
  return { first, last: addDays(first, Math.max(0, Math.floor(maxDaysAhead))) };
}

/** A free slot, read once. */
export interface FreeSlot {
  /** As the API sent it (sent back unchanged in the booking). */
  start: string;
  end: string;
  startMs: number;
  endMs: number;
  /** The Oslo date it starts on. */
  date: string;
  /** Its length in minutes. */
  minutes: number;
}

/**
 * The slots that can be booked: available, starting after `now`, on a date
 * inside the window, with an end after the start; sorted by start, one per
 * start instant.
 */
export function freeSlots(slots: readonly Slot[], now: number, window: BookingWindow): FreeSlot[] {
  const byStart = new Map<number, FreeSlot>();
  for (const slot of slots) {
    const startMs = Date.parse(slot.start);
    const endMs = Date.parse(slot.end);
    if (!slot.available || !(endMs > startMs) || !(startMs > now) || byStart.has(startMs)) continue;
    const date = osloDate(startMs);
    if (date < window.first || date > window.last) continue;
    byStart.set(startMs, {
      start: slot.start,
      end: slot.end,
      startMs,
      endMs,
      date,
      minutes: Math.round((endMs - startMs) / 60_000),
    });
  }
  return [...byStart.values()].sort((a, b) => a.startMs - b.startMs);
}

/** The dates with at least one free slot. */
export function freeDays(free: readonly FreeSlot[]): Set<string> {
  return new Set(free.map((slot) => slot.date));
}

/** The free slots of one date. */
export function slotsOn(free: readonly FreeSlot[], date: string): FreeSlot[] {
  return free.filter((slot) => slot.date === date);
}

/** Up to `count` free slots starting after `afterMs` (e.g. after a slot that was taken meanwhile). */
export function nextFreeSlots(free: readonly FreeSlot[], afterMs: number, count: number): FreeSlot[] {
  return free.filter((slot) => slot.startMs > afterMs).slice(0, Math.max(0, count));
}

/** The half-open date range `[from, to)` of the month (`YYYY-MM`) a date belongs to. */
export function monthRange(month: string): { from: string; to: string } {
  const from = `${month.slice(0, 7)}-01`;
  return { from, to: addMonths(from, 1) };
}

// --- contact details ------------------------------------------------------------------

/** What the person types in the details step, as typed. */
export interface BookingDetails {
  name: string;
  email: string;
  phone: string;
  organisation: string;
  purpose: string;
  /** Number of attendees, as typed (digits). */
  attendees: string;
  consent: boolean;
}

export const DETAIL_FIELDS = ['name', 'email', 'phone', 'organisation', 'purpose', 'attendees', 'consent'] as const;

export type DetailField = (typeof DETAIL_FIELDS)[number];

/** What is wrong with a field: a form's problems (`form.ts`), or more attendees than the room holds. */
export type FieldProblem = FormFieldProblem | 'tooMany';

export type DetailProblems = Partial<Record<DetailField, FieldProblem>>;

export function emptyDetails(): BookingDetails {
  return { name: '', email: '', phone: '', organisation: '', purpose: '', attendees: '', consent: false };
}

/** The longest text accepted per field. */
export const MAX_LENGTH: Partial<Record<DetailField, number>> = {
  name: 200,
  email: 254,
  organisation: 200,
  purpose: 1000,
};
