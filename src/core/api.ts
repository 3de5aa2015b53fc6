/**
 * The typed client of the municipal API: one function per endpoint of
 * `api.md`. Each validates the answer at runtime; functions are separate
 * exports so a widget's bundle only carries what it calls.
 *
 * - A document of the wrong shape throws `TorgError('invalid-data')`.
 * - In a collection, items that fail validation are left out and counted
 *   (`skipped`); when items were sent but none is valid, it throws.
 */
import { encodeSegment, wellFormed } from '../domain/encode.js';
import type { GetOptions, SendOptions } from './http.js';
import { createLogger } from './logger.js';
import type * as Http from './http.js';
import type * as Validate from './validate.js';
import type { Collection, CommitteeAnswer, FundsAnswer } from './validate.js';
import type { GenericSchema, InferOutput } from 'valibot';
import type {
  ApplicationRequest,
  Availability,
  Booking,
  BookingRequest,
  CommitteeSummary,
  Meeting,
  ProposalRequest,
  Received,
  Resource,
  StedskompassResponse,
  StedskompassResults,
  Torg,
  TorgEvent,
} from '../contract/schemas.js';

export type { Collection, CommitteeAnswer, FundsAnswer };

/**
 * The validators (valibot and the schemas) are a chunk of their own, loaded
 * in parallel with the first request, so they stay out of each element's
 * up-front download; the all-in-one bundle inlines them.
 */
type Validators = typeof Validate;

/**
 * The transport (fetch, cache, retries) is a chunk of its own too, loaded on
 * the first request in parallel with the validators, so an element's
 * up-front code holds only the URLs of the endpoints it calls.
 */
const transport = (): Promise<typeof Http> => import(/* torg:inline-in-bundle */ './http.js');
const validation = (): Promise<Validators> => import(/* torg:inline-in-bundle */ './validate.js');

/** Fetches and validates in parallel. */
async function read<T>(request: Promise<unknown>, check: (v: Validators, data: unknown) => T): Promise<T> {
  const [data, v] = await Promise.all([request, validation()]);
  return check(v, data);
}

/**
 * A write's outcome is the server's answer alone: once it accepted the write
 * (2xx), nothing after it — an answer of an unexpected shape, a validator
 * chunk that does not load — turns it into a failure. The answer is then
 * read leniently (`fallback`) and a warning logged.
 */
async function written<T>(
  request: Promise<unknown>,
  check: (v: Validators, data: unknown) => T,
  fallback: (data: Record<string, unknown>) => T,
): Promise<T> {
  const data = await request;
  try {
    return check(await validation(), data);
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

/** The names of the schemas in `validate.ts`. */
type SchemaName = {
  [K in keyof Validators]: Validators[K] extends GenericSchema ? K : never;
}[keyof Validators];
type Shape<K extends SchemaName> = Validators[K] extends GenericSchema ? InferOutput<Validators[K]> : never;

/**
 * Data a page gives a widget (its `data` property) is checked like an API
 * answer: a document of the wrong shape is an `invalid-data` error.
 */
export async function checkDocument<K extends SchemaName>(schema: K, data: unknown, what = 'data'): Promise<Shape<K>> {
  const v = await validation();
  return v.parseDocument(v[schema] as GenericSchema, data, what) as Shape<K>;
}

/** Like `checkDocument` for a list: unreadable items are left out and counted. */
export async function checkItems<K extends SchemaName>(
  schema: K,
  items: unknown,
  what = 'data',
): Promise<Collection<Shape<K>>> {
  const v = await validation();
  return v.parseCollection(v[schema] as GenericSchema, { items }, what) as Collection<Shape<K>>;
}

/** Like `checkDocument` for a committee, whose members are read one by one. */
export async function checkCommittee(data: unknown, what = 'data'): Promise<CommitteeAnswer> {
  return (await validation()).parseCommittee(data, what);
}

/** Like `checkDocument` for a committee's funds, whose grants are read one by one. */
export async function checkFunds(data: unknown, what = 'data'): Promise<FundsAnswer> {
  return (await validation()).parseFunds(data, what);
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
  const url = apiUrl(ctx.base, path, query);
  return transport().then((http) => http.getJson(url, options));
}

// --- torg -----------------------------------------------------------------------

/** `GET /torg` */
export async function getTorgList(ctx: ApiContext): Promise<Collection<Torg>> {
  return read(get(ctx, '/torg'), (v, d) => v.parseCollection(v.TorgSchema, d, 'GET /torg'));
}

/** `GET /torg/{torgId}` (404 → `not-found`) */
export async function getTorg(ctx: ApiContext, torgId: string): Promise<Torg> {
  return read(get(ctx, `/torg/${seg(torgId)}`), (v, d) => v.parseDocument(v.TorgSchema, d, 'GET /torg/{id}'));
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
  return read(get(ctx, '/events', { from, to, torg, category, audience }), (v, d) =>
    v.parseCollection(v.EventSchema, d, 'GET /events'),
  );
}

// --- committees and meetings ----------------------------------------------------

/** `GET /committees` */
export async function getCommittees(ctx: ApiContext): Promise<Collection<CommitteeSummary>> {
  return read(get(ctx, '/committees'), (v, d) => v.parseCollection(v.CommitteeSummarySchema, d, 'GET /committees'));
}

/** `GET /committees/{committeeId}`; unreadable members are left out and counted. */
export async function getCommittee(ctx: ApiContext, committeeId: string): Promise<CommitteeAnswer> {
  return read(get(ctx, `/committees/${seg(committeeId)}`), (v, d) => v.parseCommittee(d, 'GET /committees/{id}'));
}

/** `GET /committees/{committeeId}/meetings[?from&to]` */
export async function getMeetings(
  ctx: ApiContext,
  committeeId: string,
  range: { from?: string; to?: string } = {},
): Promise<Collection<Meeting>> {
  return read(get(ctx, `/committees/${seg(committeeId)}/meetings`, range), (v, d) =>
    v.parseCollection(v.MeetingSchema, d, 'GET /committees/{id}/meetings'),
  );
}

/** `GET /meetings/{meetingId}` */
export async function getMeeting(ctx: ApiContext, meetingId: string): Promise<Meeting> {
  return read(get(ctx, `/meetings/${seg(meetingId)}`), (v, d) =>
    v.parseDocument(v.MeetingSchema, d, 'GET /meetings/{id}'),
  );
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
  const request = transport().then((http) => http.sendJson('POST', url, body, { ...options, signal: ctx.signal }));
  return written(
    request,
    (v, d) => v.parseDocument(v.CreatedSchema, d, 'POST /stedskompass/responses'),
    (d) => ({ id: text(d.id) }),
  );
}

/** `GET /stedskompass/results?area=ID` */
export async function getStedskompassResults(ctx: ApiContext, area: string): Promise<StedskompassResults> {
  return read(get(ctx, '/stedskompass/results', { area }), (v, d) =>
    v.parseDocument(v.StedskompassResultsSchema, d, 'GET /stedskompass/results'),
  );
}

// --- booking ---------------------------------------------------------------------

/** `GET /torg/{torgId}/resources` */
export async function getResources(ctx: ApiContext, torgId: string): Promise<Collection<Resource>> {
  return read(get(ctx, `/torg/${seg(torgId)}/resources`), (v, d) =>
    v.parseCollection(v.ResourceSchema, d, 'GET /torg/{id}/resources'),
  );
}

/** `GET /resources/{resourceId}/availability?from&to` */
export async function getAvailability(
  ctx: ApiContext,
  resourceId: string,
  range: { from: string; to: string },
): Promise<Availability> {
  return read(get(ctx, `/resources/${seg(resourceId)}/availability`, range), (v, d) =>
    v.parseDocument(v.AvailabilitySchema, d, 'GET /resources/{id}/availability'),
  );
}

/**
 * `POST /bookings` → `{ id, status, cancelUrl? }`; 409 slot taken, 422 field errors.
 * An accepted booking whose answer cannot be read is `pending` (the safe
 * thing to tell a person), with the id when there is one.
 */
export async function postBooking(ctx: ApiContext, body: BookingRequest, options: WriteOptions): Promise<Booking> {
  const url = apiUrl(ctx.base, '/bookings');
  const request = transport().then((http) => http.sendJson('POST', url, body, { ...options, signal: ctx.signal }));
  return written(
    request,
    (v, d) => v.parseDocument(v.BookingSchema, d, 'POST /bookings'),
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
  await transport().then((http) => http.sendJson('DELETE', url, undefined, { signal: ctx.signal }));
}

// --- committee funds and citizens' proposals (v1.1) -------------------------------

/** `GET /committees/{committeeId}/funds[?year=YYYY]` (no year: the API's current year); unreadable grants are left out and counted. */
export async function getFunds(ctx: ApiContext, committeeId: string, year?: number): Promise<FundsAnswer> {
  return read(get(ctx, `/committees/${seg(committeeId)}/funds`, { year }), (v, d) =>
    v.parseFunds(d, 'GET /committees/{id}/funds'),
  );
}

/** `POST /committees/{committeeId}/applications` → `{ id, status: "received" }`; 422 field errors. */
export async function postApplication(
  ctx: ApiContext,
  committeeId: string,
  body: ApplicationRequest,
  options: WriteOptions,
): Promise<Received> {
  return received(ctx, `/committees/${seg(committeeId)}/applications`, 'applications', body, options);
}

/** `POST /committees/{committeeId}/proposals` → `{ id, status: "received" }`; 422 field errors. */
export async function postProposal(
  ctx: ApiContext,
  committeeId: string,
  body: ProposalRequest,
  options: WriteOptions,
): Promise<Received> {
  return received(ctx, `/committees/${seg(committeeId)}/proposals`, 'proposals', body, options);
}

/**
 * A submission the committee deals with later (an application, a proposal): once the server accepted it,
 * it is `received`, even when its answer cannot be read (then with the id when there is one).
 */
async function received(
  ctx: ApiContext,
  path: string,
  what: 'applications' | 'proposals',
  body: unknown,
  options: WriteOptions,
): Promise<Received> {
  const url = apiUrl(ctx.base, path);
  const request = transport().then((http) => http.sendJson('POST', url, body, { ...options, signal: ctx.signal }));
  return written(
    request,
    (v, d) => v.parseDocument(v.ReceivedSchema, d, `POST /committees/{id}/${what}`),
    (d) => ({ id: text(d.id), status: 'received' }),
  );
}
