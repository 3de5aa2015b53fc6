import type { ResourceKind } from '../../../contract/schemas.js';
import type { DetailField, FieldProblem } from '../../../domain/booking.js';

/** The texts of `<torg-booking>`, in every language. */
export interface BookingMessages {
  /** "Steg 3 av 5". */
  progress: (step: number, total: number) => string;
  /** Each step's heading. */
  titles: { resource: string; day: string; slot: string; details: string; review: string };
  back: string;
  next: string;
  /** A "change" button on the review; the thing it changes follows for screen readers. */
  change: string;

  // --- resource
  kinds: Record<ResourceKind, string>;
  capacity: (people: number) => string;
  /** "Du bestiller 60 minutter om gangen." */
  slotLength: (duration: string) => string;
  approval: string;
  noResources: string;
  /** 404 for the torg. */
  unknownTorg: (id: string) => string;
  /** The `resource` attribute names a resource this torg does not have. */
  unknownResource: (id: string) => string;

  // --- day
  previousMonth: string;
  nextMonth: string;
  /** The date grid's week column and today's mark. */
  week: string;
  today: string;
  /** Why a day cannot be chosen. */
  dayFull: string;
  dayOutside: string;
  dayHint: string;
  noFreeInMonth: (month: string) => string;

  // --- slot
  freeOn: (date: string) => string;
  /** "kl. 10.00–10.30" / "10:00–10:30" (the glossary's range). */
  timeRange: (from: string, to: string) => string;
  /** "30 minutter", "1 time", "1 time og 30 minutter". */
  duration: (minutes: number) => string;
  noSlots: string;
  /** 409: the slot was taken meanwhile. */
  taken: (when: string) => string;
  kept: string;
  nextFree: string;
  noNextFree: string;
  otherDay: string;

  // --- details
  labels: Record<DetailField, string>;
  optional: string;
  emailHint: string;
  phoneHint: string;
  attendeesHint: (capacity: number | undefined) => string;
  /** What the contact details are used for, in plain words. */
  consentText: string;
  problem: (field: DetailField, problem: FieldProblem, capacity: number | undefined) => string;
  summaryTitle: (count: number) => string;

  // --- review
  /** Short names of what the review lists (also after "Endre" for screen readers). */
  short: Record<DetailField | 'what' | 'day' | 'time', string>;
  approvalNote: string;
  confirm: string;
  sending: string;
  sendFailed: string;
  slotRefused: string;

  // --- result
  confirmed: string;
  pending: string;
  /** What the status means, and where the e-mail went. */
  confirmedText: (email: string) => string;
  pendingText: (email: string) => string;
  reference: string;
  /** The status row of the confirmation: its label, and the two statuses. */
  status: string;
  statusConfirmed: string;
  statusPending: string;
  addToCalendar: string;
  cancel: string;
  cancelHint: string;
  newBooking: string;
}
