/** Committees (lokalsamfunnsutvalg): `GET /committees`, `GET /committees/{id}`. */
import * as v from 'valibot';
import { object, Text, NonEmptyText, Count, DateSchema, ImageSchema } from './base.js';

// --- committees -----------------------------------------------------------------

export const SEAT_IDS = ['ungdom', 'velforening', 'naeringsliv', 'frivillighet', 'uavhengig'] as const;
export const ROLE_IDS = ['leder', 'nestleder', 'medlem', 'varamedlem'] as const;
export const GENDER_IDS = ['kvinne', 'mann', 'annet'] as const;

export const CommitteeSummarySchema = object({
  id: NonEmptyText,
  name: Text,
  torgId: v.optional(Text),
});

export const CompositionRulesSchema = object({
  seats: v.array(
    object({
      seat: NonEmptyText,
      min: Count,
      maxAgeExclusive: v.optional(v.pipe(v.number(), v.minValue(0))),
    }),
  ),
  genderBalance: v.boolean(),
});

export const MemberSchema = object({
  id: NonEmptyText,
  name: Text,
  role: v.picklist(ROLE_IDS),
  seat: v.picklist(SEAT_IDS),
  organisation: v.optional(Text),
  birthDate: v.optional(DateSchema),
  youth: v.optional(v.boolean()),
  gender: v.optional(v.picklist(GENDER_IDS)),
  from: v.optional(DateSchema),
  to: v.optional(DateSchema),
  email: v.optional(Text),
  photo: v.optional(ImageSchema),
});

export const CommitteeSchema = object({
  id: NonEmptyText,
  name: Text,
  torgId: v.optional(Text),
  term: object({ from: DateSchema, to: DateSchema }),
  legalBasis: v.optional(Text),
  secretariat: v.optional(object({ name: Text, email: v.optional(Text), phone: v.optional(Text) })),
  members: v.array(MemberSchema),
  rules: v.optional(CompositionRulesSchema),
});
