/** Booking: resources, availability and bookings. */
import * as v from 'valibot';
import { object, Text, NonEmptyText, Count, DateTimeSchema } from './base.js';

// --- booking ------------------------------------------------------------------

export const RESOURCE_KINDS = ['rom', 'veiledning', 'digitalt-mote'] as const;

export const ResourceSchema = object({
  id: NonEmptyText,
  torgId: Text,
  name: Text,
  kind: v.picklist(RESOURCE_KINDS),
  description: v.optional(Text),
  capacity: v.optional(v.pipe(Count, v.minValue(1))),
  slotMinutes: v.pipe(Count, v.minValue(1)),
  maxDaysAhead: Count,
  requiresApproval: v.optional(v.boolean()),
});

export const SlotSchema = object({
  start: DateTimeSchema,
  end: DateTimeSchema,
  available: v.boolean(),
});

export const AvailabilitySchema = object({ slots: v.array(SlotSchema) });

export const BookingRequestSchema = object({
  resourceId: NonEmptyText,
  start: DateTimeSchema,
  end: DateTimeSchema,
  name: NonEmptyText,
  email: NonEmptyText,
  phone: v.optional(Text),
  organisation: v.optional(Text),
  purpose: v.optional(Text),
  attendees: v.optional(v.pipe(Count, v.minValue(1))),
  consent: v.literal(true),
});

export const BookingSchema = object({
  id: NonEmptyText,
  status: v.picklist(['confirmed', 'pending']),
  cancelUrl: v.optional(Text),
});
