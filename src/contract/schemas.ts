/**
 * The municipal API's data, as runtime schemas (valibot).
 *
 * One source of truth: the TypeScript types below are inferred from these
 * schemas, the client validates every response with them, and
 * `npm run openapi` turns them into `openapi.json`. Each schema is its own
 * export so a widget's bundle only carries the schemas it reads.
 *
 * Unknown extra fields are accepted and dropped (the contract allows the API
 * to add optional fields); enumerations, formats and required fields are
 * checked.
 */
import type * as v from 'valibot';
import type { AUDIENCE_IDS, EventSchema } from './schemas/events.js';
import type {
  AvailabilitySchema,
  BookingRequestSchema,
  BookingSchema,
  RESOURCE_KINDS,
  ResourceSchema,
  SlotSchema,
} from './schemas/booking.js';
import type { ProblemSchema } from './schemas/base.js';
import type { PLACE_KINDS, PlaceSchema } from './schemas/places.js';
import type {
  CommitteeSchema,
  CommitteeSummarySchema,
  CompositionRulesSchema,
  GENDER_IDS,
  MemberSchema,
  ROLE_IDS,
  SEAT_IDS,
} from './schemas/committees.js';
import type { AgendaItemSchema, DocumentSchema, MeetingSchema } from './schemas/meetings.js';
import type {
  StedskompassAnswerSchema,
  StedskompassResponseSchema,
  StedskompassResultsSchema,
} from './schemas/stedskompass.js';
import type {
  OpeningHoursSchema,
  ServiceSchema,
  TorgSchema,
  WEEKDAY_IDS,
  WeeklyIntervalSchema,
} from './schemas/torg.js';
import type {
  ApplicationRequestSchema,
  BudgetLineSchema,
  FundsSchema,
  GrantSchema,
  GuidelinesSchema,
  ProposalRequestSchema,
} from './schemas/council.js';
import type { ReceivedSchema } from './schemas/received.js';

export {
  ClockSchema,
  CollectionSchema,
  DateSchema,
  DateTimeSchema,
  ImageSchema,
  ProblemSchema,
} from './schemas/base.js';
export * from './schemas/torg.js';
export * from './schemas/events.js';
export * from './schemas/committees.js';
export * from './schemas/meetings.js';
export * from './schemas/stedskompass.js';
export * from './schemas/booking.js';
export * from './schemas/places.js';
export * from './schemas/council.js';
export * from './schemas/received.js';

// --- types ------------------------------------------------------------------------

export type OpeningHours = v.InferOutput<typeof OpeningHoursSchema>;
export type WeeklyInterval = v.InferOutput<typeof WeeklyIntervalSchema>;
export type Weekday = (typeof WEEKDAY_IDS)[number];
export type Service = v.InferOutput<typeof ServiceSchema>;
export type Torg = v.InferOutput<typeof TorgSchema>;
export type TorgEvent = v.InferOutput<typeof EventSchema>;
export type Audience = (typeof AUDIENCE_IDS)[number];
export type CommitteeSummary = v.InferOutput<typeof CommitteeSummarySchema>;
export type Committee = v.InferOutput<typeof CommitteeSchema>;
export type Member = v.InferOutput<typeof MemberSchema>;
export type Seat = (typeof SEAT_IDS)[number];
export type Role = (typeof ROLE_IDS)[number];
export type Gender = (typeof GENDER_IDS)[number];
export type CompositionRules = v.InferOutput<typeof CompositionRulesSchema>;
export type Meeting = v.InferOutput<typeof MeetingSchema>;
export type AgendaItem = v.InferOutput<typeof AgendaItemSchema>;
export type MeetingDocument = v.InferOutput<typeof DocumentSchema>;
export type StedskompassAnswer = v.InferOutput<typeof StedskompassAnswerSchema>;
export type StedskompassResponse = v.InferOutput<typeof StedskompassResponseSchema>;
export type StedskompassResults = v.InferOutput<typeof StedskompassResultsSchema>;
export type Resource = v.InferOutput<typeof ResourceSchema>;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export type Slot = v.InferOutput<typeof SlotSchema>;
export type Availability = v.InferOutput<typeof AvailabilitySchema>;
export type BookingRequest = v.InferOutput<typeof BookingRequestSchema>;
export type Booking = v.InferOutput<typeof BookingSchema>;
export type Problem = v.InferOutput<typeof ProblemSchema>;
export type Place = v.InferOutput<typeof PlaceSchema>;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type Grant = v.InferOutput<typeof GrantSchema>;
export type Guidelines = v.InferOutput<typeof GuidelinesSchema>;
export type Funds = v.InferOutput<typeof FundsSchema>;
export type BudgetLine = v.InferOutput<typeof BudgetLineSchema>;
export type ApplicationRequest = v.InferOutput<typeof ApplicationRequestSchema>;
export type ProposalRequest = v.InferOutput<typeof ProposalRequestSchema>;
export type Received = v.InferOutput<typeof ReceivedSchema>;
