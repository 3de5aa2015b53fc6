/** Events: `GET /events`. */
import * as v from 'valibot';
import { object, Text, NonEmptyText, DateTimeSchema, ImageSchema } from './base.js';

// --- events -------------------------------------------------------------------

export const AUDIENCE_IDS = ['barn', 'ungdom', 'voksne', 'senior', 'alle'] as const;

export const EventSchema = object({
  id: NonEmptyText,
  title: Text,
  description: v.optional(Text),
  start: DateTimeSchema,
  end: v.optional(DateTimeSchema),
  allDay: v.optional(v.boolean()),
  torgId: v.optional(Text),
  location: v.optional(object({ name: Text, address: v.optional(Text) })),
  categories: v.array(Text),
  audience: v.optional(v.array(v.picklist(AUDIENCE_IDS))),
  organizer: v.optional(object({ name: Text, url: v.optional(Text) })),
  price: v.nullish(Text),
  registrationUrl: v.optional(Text),
  url: v.optional(Text),
  cancelled: v.optional(v.boolean()),
  rrule: v.optional(Text),
  exdates: v.optional(v.array(DateTimeSchema)),
  image: v.optional(ImageSchema),
});
