/**
 * The typed client of the municipal API: one function per endpoint of
 * `api.md`. Each validates the answer at runtime with its own schema;
 * functions and schemas are separate exports, so a widget's bundle carries
 * only the endpoints it calls and the schemas they read.
 *
 * - A document of the wrong shape throws `TorgError('invalid-data')`.
 * - In a collection, items that fail validation are left out and counted
 *   (`skipped`); when items were sent but none is valid, it throws.
 *
 * The transport and the validators come with the client, not as chunks of
 * their own: every data widget's first screen needs them, and a chunk would
 * only add a round trip before the first request.
 */
import type { GenericSchema, InferOutput } from 'valibot';
import {
  AvailabilitySchema,
  BookingSchema,
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
  type CommitteeSummary,
  type Meeting,
  type Resource,
  type StedskompassResponse,
  type StedskompassResults,
  type Torg,
  type TorgEvent,
} from '../contract/schemas.js';
import { encodeSegment, wellFormed } from '../domain/encode.js';
import { getJson, sendJson, type GetOptions, type SendOptions } from './http.js';
import { createLogger } from './logger.js';
import { parseCollection, parseCommittee, parseDocument, type Collection, type CommitteeAnswer } from './validate.js';

export type { Collection, CommitteeAnswer };

/**
 * A write's outcome is the server's answer alone: once it accepted the write
 * (2xx), nothing after it — an answer of an unexpected shape — turns it into
 * a failure. The answer is then read leniently (`fallback`) and a warning
 * logged.
 */
async function written<T>(
  request: Promise<unknown>,
  check: (data: unknown) => T,
  fallback: (data: Record<string, unknown>) => T,
): Promise<T> {
  const data = await request;
  try {
    return check(data);
  } catch (error) {
    createLogger('torg-widgets').warn('The write succeeded, but its answer could not be read:', error);
    const own = (key: string): unknown =>
      data && typeof data === 'object' && Object.hasOwn(data, key) ? (data as Record<string, unknown>)[key] : undefined;
    return fallback({ id: own('id'), status: own('status'), cancelUrl: own('cancelUrl') });
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Where and how to call: the resolved API base and the caller's signal. */
export interface ApiContext {
  base: string;
  signal?: AbortSignal | undefined;
  /** Skip the cache's freshness window (a refresh or a retry). */
  revalidate?: boolean;
}

// --- data handed to a widget directly -------------------------------------------

/**
 * Data a page gives a widget (its `data` property) is checked like an API
 * answer, with the schema of that answer: a document of the wrong shape is an
 * `invalid-data` error.
 */
export async function checkDocument<S extends GenericSchema>(
  schema: S,
  data: unknown,
  what = 'data',
): Promise<InferOutput<S>> {
  return parseDocument(schema, data, what);
}

/** Like `checkDocument` for a list: unreadable items are left out and counted. */
export async function checkItems<S extends GenericSchema>(
  schema: S,
  items: unknown,
  what = 'data',
): Promise<Collection<InferOutput<S>>> {
  return parseCollection(schema, { items }, what);
}

/** Like `checkDocument` for a committee, whose members are read one by one. */
export async function checkCommittee(data: unknown, what = 'data'): Promise<CommitteeAnswer> {
  return parseCommittee(data, what);
}

/** Joins the base and a path; query values are encoded, empty ones dropped. */
export function apiUrl(
  base: string,
  path: string,
  query: Record<string, string | number | undefined | null> = {},
): string {
  const url = new URL(base.replace(/\/+$/, '') + path);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, wellFormed(value));
  }
  return url.href;
}

/** A path segment from an id: well-formed, then encoded (never a URIError). */
const seg = encodeSegment;

function get(ctx: ApiContext, path: string, query?: Record<string, string | number | undefined>): Promise<unknown> {
  const options: GetOptions = { signal: ctx.signal };
  if (ctx.revalidate) options.revalidate = true;
  return getJson(apiUrl(ctx.base, path, query), options);
}

/** A GET whose answer is a document of `schema`. */
async function getDocument<S extends GenericSchema>(
  ctx: ApiContext,
  schema: S,
  path: string,
  what: string,
  query?: Record<string, string | number | undefined>,
): Promise<InferOutput<S>> {
  return parseDocument(schema, await get(ctx, path, query), what);
}

/** A GET whose answer is `{ items }` of `schema`. */
async function getItems<S extends GenericSchema>(
  ctx: ApiContext,
  schema: S,
  path: string,
  what: string,
  query?: Record<string, string | number | undefined>,
): Promise<Collection<InferOutput<S>>> {
  return parseCollection(schema, await get(ctx, path, query), what);
}

// --- torg -----------------------------------------------------------------------

/** `GET /torg` */
export async function getTorgList(ctx: ApiContext): Promise<Collection<Torg>> {
  return getItems(ctx, TorgSchema, '/torg', 'GET /torg');
}

/** `GET /torg/{torgId}` (404 → `not-found`) */
export async function getTorg(ctx: ApiContext, torgId: string): Promise<Torg> {
  return getDocument(ctx, TorgSchema, `/torg/${seg(torgId)}`, 'GET /torg/{id}');
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
  return getItems(ctx, EventSchema, '/events', 'GET /events', { from, to, torg, category, audience });
}

// --- committees and meetings ----------------------------------------------------

/** `GET /committees` */
export async function getCommittees(ctx: ApiContext): Promise<Collection<CommitteeSummary>> {
  return getItems(ctx, CommitteeSummarySchema, '/committees', 'GET /committees');
}

/** `GET /committees/{committeeId}`; unreadable members are left out and counted. */
export async function getCommittee(ctx: ApiContext, committeeId: string): Promise<CommitteeAnswer> {
  return parseCommittee(await get(ctx, `/committees/${seg(committeeId)}`), 'GET /committees/{id}');
}

/** `GET /committees/{committeeId}/meetings[?from&to]` */
export async function getMeetings(
  ctx: ApiContext,
  committeeId: string,
  range: { from?: string; to?: string } = {},
): Promise<Collection<Meeting>> {
  return getItems(
    ctx,
    MeetingSchema,
    `/committees/${seg(committeeId)}/meetings`,
    'GET /committees/{id}/meetings',
    range,
  );
}

/** `GET /meetings/{meetingId}` */
export async function getMeeting(ctx: ApiContext, meetingId: string): Promise<Meeting> {
  return getDocument(ctx, MeetingSchema, `/meetings/${seg(meetingId)}`, 'GET /meetings/{id}');
}

// --- stedskompass ----------------------------------------------------------------

export type WriteOptions = Omit<SendOptions, 'signal'> & { idempotencyKey: string };

/** `POST /stedskompass/responses` → `{ id }` */
export async function postStedskompassResponse(
  ctx: ApiContext,
  body: StedskompassResponse,
  options: WriteOptions,
): Promise<{ id: string }> {
  const url = apiUrl(ctx.base, '/stedskompass/responses');
  const request = sendJson('POST', url, body, { ...options, signal: ctx.signal });
  return written(
    request,
    (d) => parseDocument(CreatedSchema, d, 'POST /stedskompass/responses'),
    (d) => ({ id: text(d.id) }),
  );
}

/** `GET /stedskompass/results?area=ID` */
export async function getStedskompassResults(ctx: ApiContext, area: string): Promise<StedskompassResults> {
  return getDocument(ctx, StedskompassResultsSchema, '/stedskompass/results', 'GET /stedskompass/results', { area });
}

// --- booking ---------------------------------------------------------------------

/** `GET /torg/{torgId}/resources` */
export async function getResources(ctx: ApiContext, torgId: string): Promise<Collection<Resource>> {
  return getItems(ctx, ResourceSchema, `/torg/${seg(torgId)}/resources`, 'GET /torg/{id}/resources');
}

/** `GET /resources/{resourceId}/availability?from&to` */
export async function getAvailability(
  ctx: ApiContext,
  resourceId: string,
  range: { from: string; to: string },
): Promise<Availability> {
  return getDocument(
    ctx,
    AvailabilitySchema,
    `/resources/${seg(resourceId)}/availability`,
    'GET /resources/{id}/availability',
    range,
  );
}

/**
 * `POST /bookings` → `{ id, status, cancelUrl? }`; 409 slot taken, 422 field errors.
 * An accepted booking whose answer cannot be read is `pending` (the safe
 * thing to tell a person), with the id when there is one.
 */
export async function postBooking(ctx: ApiContext, body: BookingRequest, options: WriteOptions): Promise<Booking> {
  const url = apiUrl(ctx.base, '/bookings');
  const request = sendJson('POST', url, body, { ...options, signal: ctx.signal });
  return written(
    request,
    (d) => parseDocument(BookingSchema, d, 'POST /bookings'),
    (d) => ({
      id: text(d.id),
      status: d.status === 'confirmed' ? 'confirmed' : 'pending',
      ...(text(d.cancelUrl) ? { cancelUrl: text(d.cancelUrl) } : {}),
    }),
  );
}

/** `DELETE /bookings/{bookingId}?token=…` → 204 */
export async function cancelBooking(ctx: ApiContext, bookingId: string, token: string): Promise<void> {
  const url = apiUrl(ctx.base, `/bookings/${seg(bookingId)}`, { token });
  await sendJson('DELETE', url, undefined, { signal: ctx.signal });
}
