/**
 * The typed client of the municipal API: one function per endpoint of
 * `api.md`. Each validates the answer at runtime; functions are separate
 * exports so a widget's bundle only carries what it calls.
 *
 * - A document of the wrong shape throws `TorgError('invalid-data')`.
 * - In a collection, items that fail validation are left out and counted
 *   (`skipped`); when items were sent but none is valid, it throws.
 */
import * as v from 'valibot';
import { TorgError } from './errors.js';
import { getJson, sendJson, type GetOptions, type SendOptions } from './http.js';
import {
  AvailabilitySchema,
  BookingSchema,
  CollectionSchema,
  CommitteeSchema,
  CommitteeSummarySchema,
  CreatedSchema,
  EventSchema,
  MeetingSchema,
  ResourceSchema,
  StedskompassResultsSchema,
  TorgSchema,
  type Availability,
  type Booking,
  type BookingRequest,
  type Committee,
  type CommitteeSummary,
  type Meeting,
  type Resource,
  type StedskompassResponse,
  type StedskompassResults,
  type Torg,
  type TorgEvent,
} from './schemas.js';

/** Where and how to call: the resolved API base and the caller's signal. */
export interface ApiContext {
  base: string;
  signal?: AbortSignal | undefined;
  /** Skip the cache's freshness window (a refresh or a retry). */
  revalidate?: boolean;
}

/** A validated collection. `skipped` counts items left out as unreadable. */
export interface Collection<T> {
  items: T[];
  skipped: number;
}

type AnySchema = v.GenericSchema;

/** Validates a document; a wrong shape becomes a typed error. */
export function parseDocument<S extends AnySchema>(schema: S, data: unknown, what: string): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  throw new TorgError('invalid-data', `${what}: ${describeIssues(result.issues)}`);
}

/** Validates `{ items: [...] }` item by item. */
export function parseCollection<S extends AnySchema>(
  itemSchema: S,
  data: unknown,
  what: string,
): Collection<v.InferOutput<S>> {
  const { items: raw } = parseDocument(CollectionSchema, data, what);
  const items: v.InferOutput<S>[] = [];
  const problems: string[] = [];
  for (const [index, item] of raw.entries()) {
    const result = v.safeParse(itemSchema, item);
    if (result.success) items.push(result.output);
    else problems.push(`#${index}: ${describeIssues(result.issues)}`);
  }
  if (raw.length > 0 && items.length === 0) {
    throw new TorgError('invalid-data', `${what}: no readable item (${problems.slice(0, 3).join('; ')})`);
  }
  return { items, skipped: raw.length - items.length };
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** Joins the base and a path; query values are encoded, empty ones dropped. */
export function apiUrl(
  base: string,
  path: string,
  query: Record<string, string | number | undefined | null> = {},
): string {
  const url = new URL(base.replace(/\/+$/, '') + path);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
  }
  return url.href;
}

const seg = encodeURIComponent;

function get(ctx: ApiContext, path: string, query?: Record<string, string | number | undefined>): Promise<unknown> {
  const options: GetOptions = { signal: ctx.signal };
  if (ctx.revalidate) options.revalidate = true;
  return getJson(apiUrl(ctx.base, path, query), options);
}

// --- torg -----------------------------------------------------------------------

/** `GET /torg` */
export async function getTorgList(ctx: ApiContext): Promise<Collection<Torg>> {
  return parseCollection(TorgSchema, await get(ctx, '/torg'), 'GET /torg');
}

/** `GET /torg/{torgId}` (404 → `not-found`) */
export async function getTorg(ctx: ApiContext, torgId: string): Promise<Torg> {
  return parseDocument(TorgSchema, await get(ctx, `/torg/${seg(torgId)}`), 'GET /torg/{id}');
}

// --- events ---------------------------------------------------------------------

export interface EventQuery {
  /** First date, inclusive (`YYYY-MM-DD`). */
  from: string;
  /** Last date, exclusive (`YYYY-MM-DD`); at most 366 days after `from`. */
  to: string;
  torg?: string | undefined;
  category?: string | undefined;
  audience?: string | undefined;
}

/** `GET /events?from&to[&torg][&category][&audience]` */
export async function getEvents(ctx: ApiContext, query: EventQuery): Promise<Collection<TorgEvent>> {
  const { from, to, torg, category, audience } = query;
  return parseCollection(EventSchema, await get(ctx, '/events', { from, to, torg, category, audience }), 'GET /events');
}

// --- committees and meetings ----------------------------------------------------

/** `GET /committees` */
export async function getCommittees(ctx: ApiContext): Promise<Collection<CommitteeSummary>> {
  return parseCollection(CommitteeSummarySchema, await get(ctx, '/committees'), 'GET /committees');
}

/** `GET /committees/{committeeId}` */
export async function getCommittee(ctx: ApiContext, committeeId: string): Promise<Committee> {
  return parseDocument(CommitteeSchema, await get(ctx, `/committees/${seg(committeeId)}`), 'GET /committees/{id}');
}

/** `GET /committees/{committeeId}/meetings[?from&to]` */
export async function getMeetings(
  ctx: ApiContext,
  committeeId: string,
  range: { from?: string; to?: string } = {},
): Promise<Collection<Meeting>> {
  return parseCollection(
    MeetingSchema,
    await get(ctx, `/committees/${seg(committeeId)}/meetings`, range),
    'GET /committees/{id}/meetings',
  );
}

/** `GET /meetings/{meetingId}` */
export async function getMeeting(ctx: ApiContext, meetingId: string): Promise<Meeting> {
  return parseDocument(MeetingSchema, await get(ctx, `/meetings/${seg(meetingId)}`), 'GET /meetings/{id}');
}

// --- stedskompass ----------------------------------------------------------------

export type WriteOptions = Omit<SendOptions, 'signal'> & { idempotencyKey: string };

/** `POST /stedskompass/responses` → `{ id }` */
export async function postStedskompassResponse(
  ctx: ApiContext,
  body: StedskompassResponse,
  options: WriteOptions,
): Promise<{ id: string }> {
  const data = await sendJson('POST', apiUrl(ctx.base, '/stedskompass/responses'), body, {
    ...options,
    signal: ctx.signal,
  });
  return parseDocument(CreatedSchema, data, 'POST /stedskompass/responses');
}

/** `GET /stedskompass/results?area=ID` */
export async function getStedskompassResults(ctx: ApiContext, area: string): Promise<StedskompassResults> {
  return parseDocument(
    StedskompassResultsSchema,
    await get(ctx, '/stedskompass/results', { area }),
    'GET /stedskompass/results',
  );
}

// --- booking ---------------------------------------------------------------------

/** `GET /torg/{torgId}/resources` */
export async function getResources(ctx: ApiContext, torgId: string): Promise<Collection<Resource>> {
  return parseCollection(ResourceSchema, await get(ctx, `/torg/${seg(torgId)}/resources`), 'GET /torg/{id}/resources');
}

/** `GET /resources/{resourceId}/availability?from&to` */
export async function getAvailability(
  ctx: ApiContext,
  resourceId: string,
  range: { from: string; to: string },
): Promise<Availability> {
  return parseDocument(
    AvailabilitySchema,
    await get(ctx, `/resources/${seg(resourceId)}/availability`, range),
    'GET /resources/{id}/availability',
  );
}

/** `POST /bookings` → `{ id, status, cancelUrl? }`; 409 slot taken, 422 field errors. */
export async function postBooking(ctx: ApiContext, body: BookingRequest, options: WriteOptions): Promise<Booking> {
  const data = await sendJson('POST', apiUrl(ctx.base, '/bookings'), body, { ...options, signal: ctx.signal });
  return parseDocument(BookingSchema, data, 'POST /bookings');
}

/** `DELETE /bookings/{bookingId}?token=…` → 204 */
export async function cancelBooking(ctx: ApiContext, bookingId: string, token: string): Promise<void> {
  await sendJson('DELETE', apiUrl(ctx.base, `/bookings/${seg(bookingId)}`, { token }), undefined, {
    signal: ctx.signal,
  });
}
