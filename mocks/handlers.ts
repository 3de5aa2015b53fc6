/**
 * The mock municipal API: msw handlers for every endpoint of api.md, used by
 * Storybook, the dev page, the tests and `npm run mock-api` alike.
 *
 * Stateful where the real API would be (see `db.ts`); requests are checked
 * as the real API would check them (400 for bad ranges, 422 with field
 * errors, 409 when a slot is taken, idempotent replays).
 *
 * The optional endpoints (api.md, v1.1) are offered: `GET /places` and the
 * calendar feeds `GET /events.ics` and `GET /committees/{id}/meetings.ics`
 * (written with the widgets' own .ics writer), each with a `HEAD` that tells
 * a widget it is there. The `without-optional` scenario is an API of
 * contract v1.0 that answers 404 to all of them.
 *
 * Scenarios make the API misbehave on purpose: `createHandlers({ scenario })`.
 */
import { HttpResponse, delay, http, type HttpHandler } from 'msw';
import * as v from 'valibot';
import {
  ApplicationRequestSchema,
  BookingRequestSchema,
  ProposalRequestSchema,
  StedskompassResponseSchema,
  type Funds,
  type Place,
  type Problem,
  type TorgEvent,
} from '../src/contract/schemas.js';
import { THEMES } from '../src/contract/ids.js';
import { eventToIcsEvent } from '../src/domain/events-ics.js';
import { placeOf } from '../src/domain/events.js';
import type * as IcsWriter from '../src/domain/ics.js';
import type * as MeetingsIcs from '../src/domain/meetings-ics.js';
import { addDays, daysBetween, isValidDate, osloDate } from '../src/domain/oslo-time.js';
import { fold } from '../src/domain/search.js';
import { db, type StoredAnswer, type StoredFunds } from './db.js';
import { asFunds } from './fixtures/funds.js';
import { availabilityFixture, slotKey } from './fixtures/resources.js';
import { hash } from './util.js';

/** The API base the demo, Storybook and tests point at. */
export const MOCK_API_BASE = 'https://api.innbyggertorg.test/v1';

export const SCENARIOS = [
  /** Everything works. */
  'default',
  /** Every answer takes 1.5 s (or `delayMs`). */
  'slow',
  /** No answer, ever: the loading state. */
  'loading',
  /** Collections are empty; no free slots; no survey answers yet; a year without funds or grants. */
  'empty',
  /** 500 problem for every request. */
  'server-error',
  /** 503 for every request (retried by clients). */
  'unavailable',
  /** The first request to each URL gets 503, the next ones work (a write succeeds on its retry). */
  'flaky',
  /** The first request to each URL works, the next ones get 500: a refresh that fails (the stale state). */
  'stale',
  /** The connection fails (no HTTP answer). */
  'network-error',
  /** 200 with a body that is not JSON. */
  'malformed-json',
  /** 200 with JSON of the wrong shape. */
  'invalid-shape',
  /** Collections where some items are invalid. */
  'partly-invalid',
  /** An API of contract v1.0: the optional endpoints (`/places`, the .ics feeds) answer 404. */
  'without-optional',
  /** Writes are refused at a field (422): an application's amount, a proposal's description. */
  'refused',
] as const;

export type Scenario = (typeof SCENARIOS)[number];

export interface HandlerOptions {
  base?: string;
  scenario?: Scenario;
  /** The delay of the `slow` scenario. */
  delayMs?: number;
}

export function problem(status: number, title: string, extra: Partial<Problem> = {}): HttpResponse<string> {
  const body: Problem = { type: `${MOCK_API_BASE}/problems/${slug(title)}`, title, status, ...extra };
  return new HttpResponse(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' },
  });
}

/** Lists and documents: fresh for a minute (browser and CDN), then revalidated with the ETag. */
export const CACHE_PUBLIC = 'public, max-age=60';
/** Data that changes with every booking or answer: always revalidated (a 304 when unchanged). */
export const CACHE_REVALIDATE = 'no-cache';
/** Calendar feeds: calendar apps fetch them again after `REFRESH-INTERVAL` (an hour); a CDN may keep them 15 min. */
export const CACHE_FEED = 'public, max-age=900';
/** Place searches: the registers change slowly. */
export const CACHE_PLACES = 'public, max-age=86400';

/** The paths of the optional endpoints (api.md, v1.1), below the base. */
const OPTIONAL_PATHS = [/^\/places$/, /^\/events\.ics$/, /^\/committees\/[^/]+\/meetings\.ics$/];

/** How many places `GET /places` answers by default, and at most. */
const PLACES_LIMIT = { default: 10, max: 20 };

/** The place search: each word of the query begins a word of the name; exact names, then beginnings, then kinds. */
function searchPlaces(places: readonly Place[], q: string, limit: number): Place[] {
  const terms = fold(q).split(' ').filter(Boolean);
  if (terms.length === 0) return [];
  const kinds: Place['kind'][] = ['stedsnavn', 'postnummer', 'adresse'];
  const whole = fold(q);
  return places
    .map((place) => ({ place, words: fold(place.name).split(' '), name: fold(place.name) }))
    .filter(({ words }) => terms.every((term) => words.some((word) => word.startsWith(term))))
    .map((hit) => ({
      ...hit,
      rank: hit.name === whole || hit.words.includes(whole) ? 0 : hit.name.startsWith(whole) ? 1 : 2,
    }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        kinds.indexOf(a.place.kind) - kinds.indexOf(b.place.kind) ||
        a.name.localeCompare(b.name, 'nb', { numeric: true }),
    )
    .slice(0, limit)
    .map(({ place }) => place);
}

/** Whether an `If-None-Match` header (a list, weak or strong, or `*`) matches an ETag. */
function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string): string => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * The widgets' own .ics writer, loaded when a feed is first asked for: a widget loads it on demand,
 * and the mock must not load it before the widget does (test/widgets/torg-events/chunks.test.ts).
 */
const icsWriter = (): Promise<typeof IcsWriter> => import('../src/domain/ics.js');
/** A meeting as a calendar event (with the writer, so loaded the same way: test/widgets/torg-agenda/chunks.test.ts). */
const meetingsIcs = (): Promise<typeof MeetingsIcs> => import('../src/domain/meetings-ics.js');

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function notFound(what: string): HttpResponse<string> {
  return problem(404, 'Not Found', { detail: `${what} does not exist.` });
}

/** Checks `from`/`to` as the real API would: dates, half-open, at most 366 days. */
function range(url: URL, required: boolean): { from?: string; to?: string } | HttpResponse<string> {
  const from = url.searchParams.get('from') ?? undefined;
  const to = url.searchParams.get('to') ?? undefined;
  if (required && (!from || !to)) return problem(400, 'Bad Request', { detail: 'from and to are required.' });
  if ((from && !isValidDate(from)) || (to && !isValidDate(to))) {
    return problem(400, 'Bad Request', { detail: 'from and to must be YYYY-MM-DD dates.' });
  }
  if (from && to) {
    const days = daysBetween(from, to);
    if (days <= 0 || days > 366) return problem(400, 'Bad Request', { detail: 'to must be 1–366 days after from.' });
  }
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** The Oslo date of an RFC 3339 date-time. */
function dateOf(dateTime: string): string {
  return osloDate(Date.parse(dateTime));
}

function until(rrule: string): string | undefined {
  const m = /UNTIL=(\d{4})(\d{2})(\d{2})/.exec(rrule);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** Replays a stored answer for a repeated key; 422 when the key is reused for another payload. */
function replay(key: string | null, request: string): HttpResponse<string> | undefined {
  if (!key) return undefined;
  const stored = db().idempotency.get(key);
  if (!stored) return undefined;
  if (stored.request !== request) {
    return problem(422, 'Idempotency key reused', { detail: 'This Idempotency-Key was used for another request.' });
  }
  return new HttpResponse(JSON.stringify(stored.body), {
    status: stored.status,
    headers: {
      'Content-Type': stored.status >= 400 ? 'application/problem+json' : 'application/json',
      'Idempotent-Replayed': 'true',
    },
  });
}

function remember(key: string | null, request: string, status: number, body: unknown): void {
  // 5xx answers are not stored, so a retry after one is executed again.
  if (key && status < 500) db().idempotency.set(key, { status, body, request } satisfies StoredAnswer);
}

function fieldErrors(issues: readonly v.BaseIssue<unknown>[]): { field: string; message: string }[] {
  return issues.map((issue) => ({
    field: issue.path?.map((p) => String(p.key)).join('.') ?? '',
    message: issue.message,
  }));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A committee's funds for a year as the API answers: what is granted is the
 * sum of the grants, applications received this year and not decided are
 * counted, and the years there are funds for are listed (this year always).
 * A year without funds is an empty year.
 */
function fundsAnswer(committeeId: string, year: number, scenario: Scenario): Funds {
  const store = db();
  const thisYear = Number(osloDate(Date.now()).slice(0, 4));
  const stored = store.funds.find((f) => f.committeeId === committeeId && f.year === year);
  const empty: StoredFunds = {
    id: '',
    committeeId,
    year,
    currency: 'NOK',
    budget: 0,
    applicationsOpen: false,
    grants: [],
  };
  const years = [
    ...new Set([thisYear, ...store.funds.filter((f) => f.committeeId === committeeId).map((f) => f.year)]),
  ];
  const applications = store.applications.filter((a) => a.committeeId === committeeId && a.year === year).length;
  const answer: Funds = {
    ...asFunds(scenario === 'empty' || !stored ? empty : stored),
    years: years.sort((a, b) => b - a),
    ...(year === thisYear ? { applications } : {}),
  };
  if (scenario === 'partly-invalid') {
    answer.grants = answer.grants.map((g, i) =>
      i % 3 === 1 ? ({ ...g, amount: 'mange penger', id: 42 } as never) : g,
    );
  }
  return answer;
}

/**
 * A write as the API reads it: its `Idempotency-Key`, its text and JSON
 * body; the stored answer when the key was seen (a replay), 400 when the
 * body is not JSON.
 */
async function readWrite(
  request: Request,
): Promise<{ key: string | null; text: string; body: unknown } | HttpResponse<string>> {
  const key = request.headers.get('Idempotency-Key');
  const text = await request.text();
  const replayed = replay(key, text);
  if (replayed) return replayed;
  try {
    return { key, text, body: JSON.parse(text) as unknown };
  } catch {
    return problem(400, 'Bad Request', { detail: 'The body is not JSON.' });
  }
}

/** A 422 answer to a write, stored for its key. */
function refuse(key: string | null, text: string, errors: { field: string; message: string }[], detail?: string) {
  const answer = { title: 'Unprocessable Content', status: 422, errors, ...(detail ? { detail } : {}) };
  remember(key, text, 422, answer);
  return problem(422, 'Unprocessable Content', { errors, ...(detail ? { detail } : {}) });
}

/** A write received (an application, a proposal), stored for its key. */
function received(key: string | null, text: string, id: string): HttpResponse<string> {
  const body = { id, status: 'received' };
  remember(key, text, 201, body);
  return new HttpResponse(JSON.stringify(body), {
    status: 201,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  });
}

/** The handlers for one scenario. */
export function createHandlers(options: HandlerOptions = {}): HttpHandler[] {
  const base = (options.base ?? MOCK_API_BASE).replace(/\/+$/, '');
  const scenario = options.scenario ?? 'default';
  const collection = <T>(items: T[]): { items: unknown[] } => {
    if (scenario === 'empty') return { items: [] };
    if (scenario === 'partly-invalid') {
      return { items: items.map((item, i) => (i % 3 === 1 ? { ...item, id: 42, name: null, title: null } : item)) };
    }
    return { items };
  };
  /**
   * A GET answer as a real API behind a CDN sends it: an `ETag`, a
   * `Cache-Control` (`fresh` seconds, then revalidate), and `304 Not
   * Modified` when the browser sends a matching `If-None-Match` itself.
   */
  const json = (request: Request, body: unknown, cacheControl: string = CACHE_PUBLIC): HttpResponse<string> => {
    const sent = scenario === 'invalid-shape' ? { unexpected: true, items: 'not a list' } : body;
    const text = JSON.stringify(sent);
    const headers = { ETag: `"${hash(text).toString(36)}-${text.length.toString(36)}"`, 'Cache-Control': cacheControl };
    if (matchesEtag(request.headers.get('If-None-Match'), headers.ETag)) {
      return new HttpResponse(null, { status: 304, headers });
    }
    return new HttpResponse(text, { headers: { ...headers, 'Content-Type': 'application/json' } });
  };
  /** A calendar feed (text/calendar), with an ETag like every GET; `HEAD` gets the same headers without it. */
  const calendar = (request: Request, text: string): HttpResponse<string> => {
    const headers = {
      ETag: `"${hash(text).toString(36)}-${text.length.toString(36)}"`,
      'Cache-Control': CACHE_FEED,
    };
    if (matchesEtag(request.headers.get('If-None-Match'), headers.ETag)) {
      return new HttpResponse(null, { status: 304, headers });
    }
    const type = { 'Content-Type': 'text/calendar; charset=utf-8' };
    return new HttpResponse(request.method === 'HEAD' ? null : text, { headers: { ...headers, ...type } });
  };
  /** The events feed: the same events as `GET /events` (every date), filtered alike. */
  const eventsFeed = async (request: Request): Promise<HttpResponse<string>> => {
    const url = new URL(request.url);
    const filters = { torg: url.searchParams.get('torg'), category: url.searchParams.get('category') };
    const audience = url.searchParams.get('audience');
    const store = db();
    const names = new Map(store.torg.map((t) => [t.id, t.name]));
    const events = (scenario === 'empty' ? [] : store.events).filter(
      (event: TorgEvent) =>
        (!filters.torg || event.torgId === filters.torg) &&
        (!filters.category || event.categories.includes(filters.category)) &&
        (!audience || (event.audience ?? []).includes(audience as never)),
    );
    const chosen = [filters.torg && names.get(filters.torg), filters.category, audience].filter(Boolean);
    const { toIcsFeed } = await icsWriter();
    const ics = toIcsFeed(
      events.map((event) =>
        eventToIcsEvent(event, {
          location: [placeOf(event, names), event.location?.address].filter(Boolean).join(', '),
          url: event.url,
          categories: event.categories,
        }),
      ),
      {
        name: `Arrangementer på innbyggertorgene i Asker${chosen.length ? ` (${chosen.join(', ')})` : ''}`,
        description: 'Arrangementer på innbyggertorgene i Asker kommune. Eksempeldata.',
        source: url.href,
        refreshMinutes: 60,
      },
    );
    return calendar(request, ics);
  };
  /** A committee's meetings feed (404 for an unknown committee). */
  const meetingsFeed = async (request: Request, committeeId: unknown): Promise<HttpResponse<string>> => {
    const committee = db().committees.find((c) => c.id === committeeId);
    if (!committee) return notFound(`Committee ${String(committeeId)}`);
    const meetings = scenario === 'empty' ? [] : db().meetings.filter((m) => m.committeeId === committee.id);
    const [{ toIcsFeed }, { meetingToIcsEvent }] = await Promise.all([icsWriter(), meetingsIcs()]);
    const ics = toIcsFeed(
      meetings.map((m) => meetingToIcsEvent(m, { url: m.digitalUrl })),
      {
        name: `${committee.name}: møter`,
        description: `Møtene i ${committee.name}. Eksempeldata.`,
        source: request.url,
        refreshMinutes: 60,
      },
    );
    return calendar(request, ics);
  };

  const scenarioHandler = http.all(`${base}/*`, async ({ request }) => {
    switch (scenario) {
      case 'without-optional': {
        const path = new URL(request.url).pathname.slice(new URL(base).pathname.length);
        return OPTIONAL_PATHS.some((pattern) => pattern.test(path)) ? notFound(`${path}`) : undefined;
      }
      case 'slow':
        await delay(options.delayMs ?? 1500);
        return undefined;
      case 'loading':
        await delay('infinite');
        return undefined;
      case 'server-error':
        return problem(500, 'Internal Server Error', { detail: 'The service failed (mock scenario).' });
      case 'unavailable':
        return problem(503, 'Service Unavailable', { detail: 'Try again later (mock scenario).' });
      case 'network-error':
        return HttpResponse.error();
      case 'malformed-json':
        return new HttpResponse('{"items": [ {"id": "tofte", ', {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      case 'flaky': {
        const key = `${request.method} ${request.url}`;
        const seen = db().seen.get(key) ?? 0;
        db().seen.set(key, seen + 1);
        return seen === 0 ? problem(503, 'Service Unavailable') : undefined;
      }
      case 'stale': {
        if (request.method !== 'GET') return undefined;
        const key = `${request.method} ${request.url}`;
        const seen = db().seen.get(key) ?? 0;
        db().seen.set(key, seen + 1);
        return seen === 0
          ? undefined
          : problem(500, 'Internal Server Error', { detail: 'The refresh failed (mock scenario).' });
      }
      default:
        return undefined;
    }
  });

  return [
    scenarioHandler,

    // --- torg ---------------------------------------------------------------
    http.get(`${base}/torg`, ({ request }) => json(request, collection(db().torg))),
    http.get(`${base}/torg/:torgId`, ({ params, request }) => {
      const torg = db().torg.find((t) => t.id === params.torgId);
      return torg ? json(request, torg) : notFound(`Torg ${String(params.torgId)}`);
    }),

    // --- events -------------------------------------------------------------
    http.get(`${base}/events`, ({ request }) => {
      const url = new URL(request.url);
      const r = range(url, true);
      if (r instanceof Response) return r;
      const { from, to } = r as { from: string; to: string };
      const torg = url.searchParams.get('torg');
      const category = url.searchParams.get('category');
      const audience = url.searchParams.get('audience');
      const items = db().events.filter((event) => {
        if (torg && event.torgId !== torg) return false;
        if (category && !event.categories.includes(category)) return false;
        if (audience && !(event.audience ?? []).includes(audience as never)) return false;
        const start = dateOf(event.start);
        if (event.rrule) {
          const last = until(event.rrule);
          return start < to && (!last || last >= from);
        }
        const endInstant = event.end ? Date.parse(event.end) : Date.parse(event.start) + 1;
        // Overlaps [from, to) in Oslo time.
        return start < to && osloDate(endInstant - 1) >= from;
      });
      return json(request, collection(items));
    }),

    http.head(`${base}/events.ics`, ({ request }) => eventsFeed(request)),
    http.get(`${base}/events.ics`, ({ request }) => eventsFeed(request)),

    // --- committees and meetings --------------------------------------------
    http.get(`${base}/committees`, ({ request }) =>
      json(
        request,
        collection(db().committees.map(({ id, name, torgId }) => ({ id, name, ...(torgId ? { torgId } : {}) }))),
      ),
    ),
    http.get(`${base}/committees/:committeeId`, ({ params, request }) => {
      const committee = db().committees.find((c) => c.id === params.committeeId);
      if (!committee) return notFound(`Committee ${String(params.committeeId)}`);
      return json(request, scenario === 'empty' ? { ...committee, members: [] } : committee);
    }),
    http.get(`${base}/committees/:committeeId/meetings`, ({ params, request }) => {
      if (!db().committees.some((c) => c.id === params.committeeId)) {
        return notFound(`Committee ${String(params.committeeId)}`);
      }
      const r = range(new URL(request.url), false);
      if (r instanceof Response) return r;
      const { from, to } = r as { from?: string; to?: string };
      const items = db()
        .meetings.filter((m) => m.committeeId === params.committeeId)
        .filter((m) => (!from || dateOf(m.start) >= from) && (!to || dateOf(m.start) < to))
        // The list is sent without agenda bodies.
        .map(({ agenda: _agenda, ...meeting }) => meeting);
      return json(request, collection(items));
    }),
    http.head(`${base}/committees/:committeeId/meetings.ics`, ({ params, request }) =>
      meetingsFeed(request, params.committeeId),
    ),
    http.get(`${base}/committees/:committeeId/meetings.ics`, ({ params, request }) =>
      meetingsFeed(request, params.committeeId),
    ),
    http.get(`${base}/meetings/:meetingId`, ({ params, request }) => {
      const meeting = db().meetings.find((m) => m.id === params.meetingId);
      return meeting ? json(request, meeting) : notFound(`Meeting ${String(params.meetingId)}`);
    }),

    // --- committee funds and citizens' proposals (v1.1) ---------------------
    http.get(`${base}/committees/:committeeId/funds`, ({ params, request }) => {
      const committeeId = String(params.committeeId);
      if (!db().committees.some((c) => c.id === committeeId)) return notFound(`Committee ${committeeId}`);
      const asked = new URL(request.url).searchParams.get('year');
      if (asked !== null && !/^\d{4}$/.test(asked)) {
        return problem(400, 'Bad Request', { detail: 'year must be a year (YYYY).' });
      }
      const year = asked === null ? Number(osloDate(Date.now()).slice(0, 4)) : Number(asked);
      return json(request, fundsAnswer(committeeId, year, scenario), CACHE_REVALIDATE);
    }),
    http.post(`${base}/committees/:committeeId/applications`, async ({ params, request }) => {
      const committeeId = String(params.committeeId);
      if (!db().committees.some((c) => c.id === committeeId)) return notFound(`Committee ${committeeId}`);
      const write = await readWrite(request);
      if (write instanceof Response) return write;
      const { key, text, body } = write;
      const parsed = v.safeParse(ApplicationRequestSchema, body);
      const errors = parsed.success ? [] : fieldErrors(parsed.issues);
      const input = (parsed.success ? parsed.output : body) as Record<string, unknown>;
      if (typeof input.email === 'string' && !EMAIL.test(input.email)) {
        errors.push({ field: 'email', message: 'Not a valid e-mail address.' });
      }
      const year = Number(osloDate(Date.now()).slice(0, 4));
      const funds = fundsAnswer(committeeId, year, scenario);
      if (scenario === 'refused' && typeof input.amount === 'number') {
        errors.push({ field: 'amount', message: 'More than the committee grants to one applicant.' });
      }
      if (errors.length || !parsed.success) return refuse(key, text, errors);
      const today = osloDate(Date.now());
      if (!funds.applicationsOpen || (funds.deadline !== undefined && funds.deadline < today)) {
        return refuse(key, text, [], 'The committee does not take applications now.');
      }
      const store = db();
      const id = `S-${String(store.nextId++).padStart(5, '0')}`;
      store.applications.push({ ...parsed.output, id, committeeId, year });
      return received(key, text, id);
    }),
    http.post(`${base}/committees/:committeeId/proposals`, async ({ params, request }) => {
      const committeeId = String(params.committeeId);
      if (!db().committees.some((c) => c.id === committeeId)) return notFound(`Committee ${committeeId}`);
      const write = await readWrite(request);
      if (write instanceof Response) return write;
      const { key, text, body } = write;
      const parsed = v.safeParse(ProposalRequestSchema, body);
      const errors = parsed.success ? [] : fieldErrors(parsed.issues);
      const input = (parsed.success ? parsed.output : body) as Record<string, unknown>;
      if (typeof input.email === 'string' && !EMAIL.test(input.email)) {
        errors.push({ field: 'email', message: 'Not a valid e-mail address.' });
      }
      if (scenario === 'refused')
        errors.push({ field: 'description', message: 'Names of other people are not allowed.' });
      if (errors.length || !parsed.success) return refuse(key, text, errors);
      const store = db();
      const id = `I-${String(store.nextId++).padStart(5, '0')}`;
      store.proposals.push({ ...parsed.output, id, committeeId });
      return received(key, text, id);
    }),

    // --- places (optional) ---------------------------------------------------
    http.head(
      `${base}/places`,
      () => new HttpResponse(null, { headers: { 'Content-Type': 'application/json', 'Cache-Control': CACHE_PLACES } }),
    ),
    http.get(`${base}/places`, ({ request }) => {
      const url = new URL(request.url);
      const q = (url.searchParams.get('q') ?? '').trim();
      const limitText = url.searchParams.get('limit');
      const limit = limitText === null ? PLACES_LIMIT.default : Number(limitText);
      if (!Number.isInteger(limit) || limit < 1 || limit > PLACES_LIMIT.max) {
        return problem(400, 'Bad Request', { detail: `limit must be a whole number 1–${PLACES_LIMIT.max}.` });
      }
      if (q.length > 100) return problem(400, 'Bad Request', { detail: 'q is at most 100 characters.' });
      // Without a query (or with one character): no places, and a cheap way to learn the endpoint is there.
      const items = [...q].length < 2 ? [] : searchPlaces(db().places, q, limit);
      return json(request, collection(items), CACHE_PLACES);
    }),

    // --- stedskompass -------------------------------------------------------
    http.post(`${base}/stedskompass/responses`, async ({ request }) => {
      const write = await readWrite(request);
      if (write instanceof Response) return write;
      const { key, text, body } = write;
      const parsed = v.safeParse(StedskompassResponseSchema, body);
      if (!parsed.success) return refuse(key, text, fieldErrors(parsed.issues));
      const tooLong = parsed.output.answers.flatMap((a, i) =>
        (['good', 'improve'] as const)
          .filter((f) => (a[f]?.length ?? 0) > 1000)
          .map((f) => ({ field: `answers.${i}.${f}`, message: 'At most 1000 characters.' })),
      );
      if (tooLong.length) return problem(422, 'Unprocessable Content', { errors: tooLong });
      const store = db();
      const tally = (store.stedskompass[parsed.output.area] ??= { responses: 0, themes: {} });
      tally.responses++;
      for (const answer of parsed.output.answers) {
        const t = (tally.themes[answer.theme] ??= { sum: 0, n: 0 });
        t.sum += answer.score;
        t.n++;
      }
      const created = { id: `svar-${store.nextId++}` };
      remember(key, text, 201, created);
      return HttpResponse.json(created, { status: 201, headers: { 'Cache-Control': 'no-store' } });
    }),
    http.get(`${base}/stedskompass/results`, ({ request }) => {
      const area = new URL(request.url).searchParams.get('area');
      if (!area) return problem(400, 'Bad Request', { detail: 'area is required.' });
      const tally = scenario === 'empty' ? undefined : db().stedskompass[area];
      const themes = THEMES.flatMap((theme) => {
        const t = tally?.themes[theme];
        return t && t.n > 0 ? [{ theme, mean: Math.round((t.sum / t.n) * 100) / 100, n: t.n }] : [];
      });
      return json(request, { area, responses: tally?.responses ?? 0, themes }, CACHE_REVALIDATE);
    }),

    // --- booking ------------------------------------------------------------
    http.get(`${base}/torg/:torgId/resources`, ({ params, request }) => {
      if (!db().torg.some((t) => t.id === params.torgId)) return notFound(`Torg ${String(params.torgId)}`);
      return json(request, collection(db().resources.filter((r) => r.torgId === params.torgId)));
    }),
    http.get(`${base}/resources/:resourceId/availability`, ({ params, request }) => {
      const resource = db().resources.find((r) => r.id === params.resourceId);
      if (!resource) return notFound(`Resource ${String(params.resourceId)}`);
      const r = range(new URL(request.url), true);
      if (r instanceof Response) return r;
      const { from, to } = r as { from: string; to: string };
      const slots =
        scenario === 'empty' ? [] : availabilityFixture(resource, from, to, osloDate(Date.now()), db().bookedSlots);
      return json(request, { slots }, CACHE_REVALIDATE);
    }),
    http.post(`${base}/bookings`, async ({ request }) => {
      const write = await readWrite(request);
      if (write instanceof Response) return write;
      const { key, text, body } = write;
      const parsed = v.safeParse(BookingRequestSchema, body);
      const errors = parsed.success ? [] : fieldErrors(parsed.issues);
      const input = (parsed.success ? parsed.output : body) as Record<string, unknown>;
      if (typeof input.email === 'string' && !EMAIL.test(input.email)) {
        errors.push({ field: 'email', message: 'Not a valid e-mail address.' });
      }
      const store = db();
      const resource = store.resources.find((r) => r.id === input.resourceId);
      if (!resource) errors.push({ field: 'resourceId', message: 'Unknown resource.' });
      if (resource?.capacity && typeof input.attendees === 'number' && input.attendees > resource.capacity) {
        errors.push({ field: 'attendees', message: `At most ${resource.capacity}.` });
      }
      if (errors.length || !parsed.success || !resource) return refuse(key, text, errors);
      const booking = parsed.output;
      const date = dateOf(booking.start);
      const slot = availabilityFixture(resource, date, addDays(date, 1), osloDate(Date.now()), store.bookedSlots).find(
        (s) => Date.parse(s.start) === Date.parse(booking.start) && Date.parse(s.end) === Date.parse(booking.end),
      );
      if (!slot) return refuse(key, text, [{ field: 'start', message: 'Not a bookable slot of this resource.' }]);
      if (!slot.available) {
        const answer = {
          type: `${MOCK_API_BASE}/problems/slot-taken`,
          title: 'Slot taken',
          status: 409,
          detail: 'Someone booked this slot first.',
        };
        remember(key, text, 409, answer);
        return problem(409, 'Slot taken', { type: answer.type, detail: answer.detail });
      }
      const id = `B-${String(store.nextId++).padStart(5, '0')}`;
      const token = `t${id.toLowerCase()}x`;
      const status = resource.requiresApproval ? 'pending' : 'confirmed';
      store.bookings.set(id, {
        id,
        resourceId: resource.id,
        start: booking.start,
        end: booking.end,
        status,
        token,
        cancelled: false,
      });
      store.bookedSlots.add(slotKey(resource.id, booking.start));
      const created = { id, status, cancelUrl: `${base}/bookings/${id}?token=${token}` };
      remember(key, text, 201, created);
      return HttpResponse.json(created, {
        status: 201,
        headers: { Location: `${base}/bookings/${id}`, 'Cache-Control': 'no-store' },
      });
    }),
    http.delete(`${base}/bookings/:bookingId`, ({ params, request }) => {
      const booking = db().bookings.get(String(params.bookingId));
      const token = new URL(request.url).searchParams.get('token');
      if (!booking || booking.cancelled) return notFound(`Booking ${String(params.bookingId)}`);
      if (token !== booking.token) return problem(403, 'Forbidden', { detail: 'Wrong cancellation token.' });
      booking.cancelled = true;
      db().bookedSlots.delete(slotKey(booking.resourceId, booking.start));
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}

/** The default handlers (everything works). */
export const handlers = createHandlers();
