/**
 * A council's money and citizens' matters (v1.1): `GET /committees/{id}/funds`,
 * `POST /committees/{id}/applications`, `POST /committees/{id}/proposals` (their answer:
 * `received.ts`, a module of its own, so the writes' code does not share a chunk with the funds).
 */
import * as v from 'valibot';
import { object, Text, NonEmptyText, Count, DateSchema } from './base.js';

// --- committee funds and citizens' proposals (v1.1) ---------------------------

/**
 * An amount in Norwegian kroner (may have øre). Finite through `v.check` (as strict as `v.finite()`, whose
 * code would sit in every data widget's first render for this one schema; `check` is there anyway).
 */
const Kroner = v.pipe(
  v.number(),
  v.check((n: number) => Number.isFinite(n), 'Expected a finite number'),
  v.minValue(0),
);
const Year = v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(9999));

export const GrantSchema = object({
  id: NonEmptyText,
  recipient: Text,
  purpose: Text,
  amount: Kroner,
  decided: DateSchema,
  /** The meeting where it was decided (a `Meeting` id). */
  meetingId: v.optional(Text),
  /** The case number in the meeting's agenda, e.g. "12/26". */
  caseNumber: v.optional(Text),
});

export const GuidelinesSchema = object({ title: Text, url: Text, adopted: v.optional(DateSchema) });

export const FundsSchema = object({
  committeeId: Text,
  year: Year,
  currency: v.literal('NOK'),
  /** Granted to the committee in the municipal budget. */
  budget: Kroner,
  /** The sum of the grants decided so far. */
  allocated: Kroner,
  guidelines: v.optional(GuidelinesSchema),
  criteria: v.optional(v.array(Text)),
  applicationsOpen: v.boolean(),
  /** The last day to apply (inclusive). */
  deadline: v.optional(DateSchema),
  grants: v.array(GrantSchema),
  /** Added to the contract: the years the API has funds for (the year switch offers them). */
  years: v.optional(v.array(Year)),
  /** Added to the contract: applications received for this year and not decided yet. */
  applications: v.optional(Count),
});

export const BudgetLineSchema = object({ item: NonEmptyText, amount: Kroner });

export const ApplicationRequestSchema = object({
  applicant: NonEmptyText,
  organisation: v.optional(Text),
  email: NonEmptyText,
  phone: v.optional(Text),
  title: NonEmptyText,
  description: NonEmptyText,
  amount: v.pipe(Kroner, v.minValue(1)),
  budget: v.optional(v.array(BudgetLineSchema)),
  consent: v.literal(true),
});

export const ProposalRequestSchema = object({
  title: NonEmptyText,
  description: NonEmptyText,
  name: v.optional(Text),
  email: v.optional(Text),
  place: v.optional(Text),
  consent: v.literal(true),
});
