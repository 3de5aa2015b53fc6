/** Meetings, agendas and documents: `GET /committees/{id}/meetings`, `GET /meetings/{id}`. */
import * as v from 'valibot';
import { object, Text, NonEmptyText, Count, DateTimeSchema } from './base.js';

// --- meetings -------------------------------------------------------------------

export const DocumentSchema = object({
  title: Text,
  url: Text,
  mediaType: v.optional(Text),
  size: v.optional(Count),
});

export const AgendaItemSchema = object({
  id: NonEmptyText,
  number: Text,
  kind: v.picklist(['PS', 'RS', 'orientering', 'eventuelt']),
  title: Text,
  closed: v.optional(v.boolean()),
  exemption: v.optional(Text),
  documents: v.optional(v.array(DocumentSchema)),
  decision: v.optional(Text),
});

export const MeetingSchema = object({
  id: NonEmptyText,
  committeeId: Text,
  title: Text,
  start: DateTimeSchema,
  end: v.optional(DateTimeSchema),
  status: v.picklist(['planlagt', 'avlyst', 'gjennomfort']),
  location: object({ name: Text, address: v.optional(Text), torgId: v.optional(Text) }),
  digitalUrl: v.optional(Text),
  agenda: v.optional(v.array(AgendaItemSchema)),
  documents: v.optional(v.array(DocumentSchema)),
  minutes: v.optional(DocumentSchema),
});
