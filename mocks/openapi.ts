/**
 * The municipal API contract (api.md) as an OpenAPI 3.1 document, built from
 * the same valibot schemas the client validates with — one source of truth.
 * `npm run openapi` writes it to `openapi.json`; a test checks that the file
 * is up to date and that every mock fixture validates against it.
 */
import { toJsonSchemaDefs } from '@valibot/to-json-schema';
import * as v from 'valibot';
import * as S from '../src/contract/schemas.js';

/**
 * An error as the API sends it (RFC 9457). The client reads problems
 * leniently (`S.ProblemSchema`: whatever is malformed is dropped); the
 * contract says what a server must send.
 */
const ProblemContract = v.object({
  type: v.pipe(v.string(), v.description('A URI that identifies the kind of problem, e.g. `…/problems/slot-taken`.')),
  title: v.pipe(v.string(), v.description('A short, human-readable summary of the kind of problem.')),
  status: v.pipe(v.number(), v.integer(), v.minValue(400), v.maxValue(599), v.description('The HTTP status code.')),
  detail: v.optional(v.pipe(v.string(), v.description('What went wrong this time, in plain words.'))),
  instance: v.optional(v.pipe(v.string(), v.description('A URI for this occurrence of the problem.'))),
  errors: v.optional(
    v.pipe(
      v.array(
        v.object({
          field: v.pipe(v.string(), v.description('The field, as a dotted path (`answers.0.score`).')),
          message: v.pipe(v.string(), v.description('What is wrong with it.')),
        }),
      ),
      v.description('Field errors of a 422 answer.'),
    ),
  ),
});

/** Named schemas, referenced as `#/components/schemas/<name>`. */
const DEFINITIONS = {
  Torg: S.TorgSchema,
  Service: S.ServiceSchema,
  OpeningHours: S.OpeningHoursSchema,
  WeeklyInterval: S.WeeklyIntervalSchema,
  Event: S.EventSchema,
  CommitteeSummary: S.CommitteeSummarySchema,
  Committee: S.CommitteeSchema,
  Member: S.MemberSchema,
  CompositionRules: S.CompositionRulesSchema,
  Meeting: S.MeetingSchema,
  AgendaItem: S.AgendaItemSchema,
  Document: S.DocumentSchema,
  StedskompassResponse: S.StedskompassResponseSchema,
  StedskompassAnswer: S.StedskompassAnswerSchema,
  StedskompassResults: S.StedskompassResultsSchema,
  Created: S.CreatedSchema,
  Resource: S.ResourceSchema,
  Availability: S.AvailabilitySchema,
  Slot: S.SlotSchema,
  BookingRequest: S.BookingRequestSchema,
  Booking: S.BookingSchema,
  Funds: S.FundsSchema,
  Grant: S.GrantSchema,
  Guidelines: S.GuidelinesSchema,
  BudgetLine: S.BudgetLineSchema,
  ApplicationRequest: S.ApplicationRequestSchema,
  ProposalRequest: S.ProposalRequestSchema,
  Received: S.ReceivedSchema,
  Problem: ProblemContract,
  Image: S.ImageSchema,
  Place: S.PlaceSchema,
};

/** What each named schema is (the OpenAPI document describes every one). */
const DESCRIPTIONS: Record<keyof typeof DEFINITIONS, string> = {
  Torg: 'An innbyggertorg (citizen square): where it is, its services and opening hours.',
  Service: 'A service offered at a torg (e.g. the library, NAV), with its own opening hours when they differ.',
  OpeningHours:
    'Regular weekly hours and exceptions (holidays, closures) in Europe/Oslo wall-clock time; `24:00` closes at midnight.',
  WeeklyInterval: 'One opening interval on a weekday (1 = Monday … 7 = Sunday), in Oslo wall-clock time.',
  Event: 'An event at a torg; a repeating event carries an RFC 5545 `rrule` and is sent once.',
  CommitteeSummary: 'A lokalsamfunnsutvalg (local community council) in a list.',
  Committee: 'A lokalsamfunnsutvalg with its members and the composition rules it must meet.',
  Member: 'A member or deputy of a committee, with the seat and group they represent.',
  CompositionRules: "The legal composition rules of a committee's seats (minimums per group, gender balance).",
  Meeting: 'A meeting of a committee; the agenda, documents and minutes when published.',
  AgendaItem: 'A case on a meeting’s agenda; closed items carry only their number and legal ground.',
  Document: 'A document attached to a meeting or an agenda item (a link; the API never sends HTML).',
  StedskompassResponse: 'One answer to the place survey (Place Standard): a score of 1–7 per theme answered.',
  StedskompassAnswer: 'The score (1–7) and optional comment for one theme of the place survey.',
  StedskompassResults: "An area's survey results: the mean score and number of answers per theme.",
  Created: 'The id of a stored submission.',
  Resource: 'Something bookable at a torg: a room, a case-officer slot or a digital meeting.',
  Availability: "A resource's slots in a date range, free or taken.",
  Slot: 'A bookable time slot [start, end).',
  BookingRequest: 'A booking as the user submits it; `consent` must be true.',
  Booking: 'A stored booking: `confirmed`, or `pending` until staff approve it.',
  Funds:
    "A committee's money for a year: the sum in the municipal budget, what it has granted (`allocated`, the sum of `grants`), its guidelines and criteria, and whether it takes applications.",
  Grant: 'A grant the committee decided: to whom, for what, how much, and in which meeting (a `Meeting` id).',
  Guidelines: "The committee's guidelines for its money (a link; the API never sends HTML).",
  BudgetLine: 'One line of an application’s budget.',
  ApplicationRequest: 'An application for a grant as the applicant submits it; `consent` must be true.',
  ProposalRequest:
    'A matter a citizen raises with the committee; `consent` must be true. Anonymous when neither `name` nor `email` is given.',
  Received: 'A submission stored for the committee to deal with.',
  Problem: 'An error (RFC 9457, `application/problem+json`).',
  Image: 'An image with its text alternative.',
  Place:
    'An address, a place name or a postcode with its position (WGS84), from the national address and place-name registers.',
};

type Json = Record<string, unknown>;

const ref = (name: keyof typeof DEFINITIONS | string): Json => ({ $ref: `#/components/schemas/${name}` });
const component = (kind: 'headers' | 'parameters' | 'responses', name: string): Json => ({
  $ref: `#/components/${kind}/${name}`,
});

const collection = (name: string): Json => ({
  type: 'object',
  description: `A collection of ${name} items.`,
  required: ['items'],
  properties: { items: { type: 'array', items: ref(name) } },
});

/** A JSON answer of a GET: may carry validators and caching headers. */
const read = (schema: Json, description: string): Json => ({
  description,
  headers: { ETag: component('headers', 'ETag'), 'Cache-Control': component('headers', 'Cache-Control') },
  content: { 'application/json': { schema } },
});
/** A JSON answer of a write: may be a replay of the stored answer. */
const created = (schema: Json, description: string): Json => ({
  description,
  headers: {
    'Cache-Control': component('headers', 'Cache-Control'),
    Location: component('headers', 'Location'),
    'Idempotent-Replayed': component('headers', 'Idempotent-Replayed'),
  },
  content: { 'application/json': { schema } },
});
/** A problem answer: never stored by a cache (`Cache-Control: no-store`). */
const problem = (description: string, headers: Json = {}): Json => ({
  description,
  headers: { 'Cache-Control': component('headers', 'Cache-Control'), ...headers },
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
/** A problem answer to a write, which a repeated key replays. */
const writeProblem = (description: string): Json =>
  problem(description, { 'Idempotent-Replayed': component('headers', 'Idempotent-Replayed') });

const pathParam = (name: string, description: string): Json => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});
const queryDate = (name: string, required: boolean, description: string): Json => ({
  name,
  in: 'query',
  required,
  description,
  schema: { type: 'string', format: 'date' },
});
const queryString = (name: string, description: string): Json => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type: 'string' },
});

/** Every GET: conditional with `If-None-Match`; 304 when nothing changed. */
const get = (operation: { parameters?: Json[]; responses: Json } & Json): Json => ({
  ...operation,
  parameters: [...(operation.parameters ?? []), component('parameters', 'If-None-Match')],
  responses: {
    ...operation.responses,
    '304': component('responses', 'NotModified'),
    ...errors,
  },
});
/** Every POST: `Idempotency-Key`; the stored answer of a repeated key. */
const post = (operation: { parameters?: Json[]; responses: Json } & Json): Json => ({
  ...operation,
  parameters: [...(operation.parameters ?? []), component('parameters', 'Idempotency-Key')],
  responses: { ...operation.responses, ...errors },
});
/**
 * An optional endpoint (api.md, v1.1): an API may not offer it and then
 * answers 404 (to GET and HEAD alike). Marked with `x-optional: true`.
 */
const optional = <T extends Json>(operation: T): T => ({
  ...operation,
  description: `${String(operation.description)} **Optional (v1.1):** an API that does not offer it answers 404; the widgets then leave out what depends on it.`,
  'x-optional': true,
});
/**
 * `HEAD` of an optional endpoint: how a widget learns, with one cheap request
 * and no body, whether the API offers it (anything but 404/410 and 5xx counts
 * as offered). CORS: a simple request, so the answer needs only
 * `Access-Control-Allow-Origin`.
 */
const probe = (operation: { parameters?: Json[] } & Json): Json =>
  optional({
    ...operation,
    parameters: operation.parameters ?? [],
    responses: {
      '200': {
        description: 'Offered (headers only, as for a GET).',
        headers: { ETag: component('headers', 'ETag'), 'Cache-Control': component('headers', 'Cache-Control') },
      },
      '404': { description: 'Not offered by this API (or, with an id, an unknown one).' },
      '500': { description: 'Server error: the widgets treat the endpoint as not offered for now.' },
    },
  });
/** An RFC 5545 calendar feed: text, with validators and caching headers like every GET. */
const calendarFeed = (description: string): Json => ({
  description,
  headers: { ETag: component('headers', 'ETag'), 'Cache-Control': component('headers', 'Cache-Control') },
  content: {
    'text/calendar': {
      schema: {
        type: 'string',
        description:
          'An iCalendar (RFC 5545) document: `REFRESH-INTERVAL` (RFC 7986) and `X-PUBLISHED-TTL`, Oslo time with a `VTIMEZONE`, a stable `UID` per event (a series once, with its `RRULE` and `EXDATE`s), cancelled ones with `STATUS:CANCELLED`.',
      },
    },
  },
});

const errors = {
  '400': component('responses', 'BadRequest'),
  '429': component('responses', 'TooManyRequests'),
  '500': component('responses', 'ServerError'),
  '503': component('responses', 'Unavailable'),
};

const TAGS = [
  { name: 'Torg', description: 'The innbyggertorg (citizen squares), their services and opening hours.' },
  { name: 'Events', description: 'Events at the torg: a list by date range, repeating events sent once.' },
  { name: 'Committees', description: 'The lokalsamfunnsutvalg (local community councils) and their members.' },
  { name: 'Meetings', description: 'Meetings of the committees: agendas, documents and minutes.' },
  { name: 'Stedskompass', description: 'The place survey (Place Standard): answers and results per area.' },
  { name: 'Bookings', description: 'Bookable resources of the torg, their free slots, and bookings.' },
  {
    name: 'Places',
    description:
      'Optional (v1.1): a place search (addresses, place names, postcodes), typically a thin proxy over the national registers, so the widgets still talk only to this API.',
  },
  {
    name: 'Funds',
    description: "The committees' money in the open: budget, grants decided, guidelines; applications for a grant.",
  },
  { name: 'Proposals', description: 'Matters citizens raise with a committee (anonymous allowed).' },
];

/** Builds the OpenAPI 3.1 document. */
export function buildOpenApi(version = '1.0.0'): Json {
  const schemas = toJsonSchemaDefs(DEFINITIONS, {
    target: 'draft-2020-12',
    errorMode: 'ignore',
    overrideRef: ({ referenceId }) => `#/components/schemas/${referenceId}`,
  }) as unknown as Record<string, Json>;
  for (const [name, schema] of Object.entries(schemas)) {
    delete schema.$schema;
    schema.description = DESCRIPTIONS[name as keyof typeof DEFINITIONS];
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'The municipal API of the innbyggertorg widgets',
      version,
      description:
        'The contract the torg-widgets read (shared/spec/api.md). JSON in UTF-8; collections are wrapped as `{ "items": [...] }`; dates `YYYY-MM-DD`; date-times RFC 3339 with an offset; wall-clock times `HH:MM` in Europe/Oslo (`24:00` allowed as a closing time); errors are `application/problem+json` (RFC 9457); range queries are half-open [from, to). Extra optional fields may be added by an implementation; clients ignore what they do not know. Endpoints marked `x-optional` (v1.1: the place search and the calendar feeds) may be left out: an API without them answers 404, and a widget learns it with one `HEAD` request. A public API: reading needs no credentials, and the widgets send no cookies. `npm run mock-api` serves an example implementation at `http://localhost:8787/v1`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      {
        url: 'https://api.asker.kommune.no/innbyggertorg/v1',
        description: 'Default base (configurable in every widget)',
      },
    ],
    // A public API: no operation needs credentials.
    security: [],
    tags: TAGS,
    paths: {
      '/torg': {
        get: get({
          tags: ['Torg'],
          operationId: 'listTorg',
          summary: 'All innbyggertorg',
          description: 'Every torg, open or planned, with its services and opening hours.',
          responses: { '200': read(collection('Torg'), 'The torg') },
        }),
      },
      '/torg/{torgId}': {
        get: get({
          tags: ['Torg'],
          operationId: 'getTorg',
          summary: 'One torg',
          description: 'One torg by its id.',
          parameters: [pathParam('torgId', 'The torg id, e.g. `tofte`')],
          responses: { '200': read(ref('Torg'), 'The torg'), '404': problem('Unknown torg') },
        }),
      },
      '/events': {
        get: get({
          tags: ['Events'],
          operationId: 'listEvents',
          summary: 'Events overlapping [from, to)',
          description: '`to` minus `from` is at most 366 days. A repeating event (`rrule`) is sent once.',
          parameters: [
            queryDate('from', true, 'First date, inclusive'),
            queryDate('to', true, 'Last date, exclusive'),
            queryString('torg', 'Only events at this torg'),
            queryString('category', 'Only events in this category'),
            queryString('audience', 'Only events for this audience'),
          ],
          responses: { '200': read(collection('Event'), 'The events') },
        }),
      },
      '/events.ics': {
        get: get(
          optional({
            tags: ['Events'],
            operationId: 'getEventsFeed',
            summary: 'The events as a calendar feed to subscribe to',
            description:
              'The same events as `GET /events`, every date the API holds (a series once), as an iCalendar feed that calendar apps subscribe to (`webcal://…`) and fetch again by themselves. The filters are those of `GET /events`.',
            parameters: [
              queryString('torg', 'Only events at this torg'),
              queryString('category', 'Only events in this category'),
              queryString('audience', 'Only events for this audience'),
            ],
            responses: { '200': calendarFeed('The feed'), '404': problem('Not offered by this API') },
          }),
        ),
        head: probe({
          tags: ['Events'],
          operationId: 'probeEventsFeed',
          summary: 'Whether the events feed is offered',
          description: 'Headers only: `<torg-events>` asks once before it offers "subscribe".',
        }),
      },
      '/committees': {
        get: get({
          tags: ['Committees'],
          operationId: 'listCommittees',
          summary: 'All lokalsamfunnsutvalg',
          description: 'Every committee, without its members.',
          responses: { '200': read(collection('CommitteeSummary'), 'The committees') },
        }),
      },
      '/committees/{committeeId}': {
        get: get({
          tags: ['Committees'],
          operationId: 'getCommittee',
          summary: 'A committee with its members and composition rules',
          description: 'A committee, its members and deputies, and the rules its composition must meet.',
          parameters: [pathParam('committeeId', 'The committee id, e.g. `tofte-lsu`')],
          responses: { '200': read(ref('Committee'), 'The committee'), '404': problem('Unknown committee') },
        }),
      },
      '/committees/{committeeId}/meetings': {
        get: get({
          tags: ['Meetings'],
          operationId: 'listMeetings',
          summary: "A committee's meetings",
          description:
            'The meetings of a committee in [from, to) (all when no range is given); agenda bodies may be omitted.',
          parameters: [
            pathParam('committeeId', 'The committee id, e.g. `tofte-lsu`'),
            queryDate('from', false, 'First date, inclusive'),
            queryDate('to', false, 'Last date, exclusive'),
          ],
          responses: {
            '200': read(collection('Meeting'), 'The meetings'),
            '404': problem('Unknown committee'),
          },
        }),
      },
      '/committees/{committeeId}/funds': {
        get: get({
          tags: ['Funds'],
          operationId: 'getFunds',
          summary: "A committee's funds for a year",
          description:
            'The budget, the grants decided so far (`allocated` is their sum), the guidelines and criteria, and whether applications are open. A year without funds is answered as an empty year (no budget, no grants).',
          parameters: [
            pathParam('committeeId', 'The committee id, e.g. `tofte-lsu`'),
            {
              name: 'year',
              in: 'query',
              required: false,
              description: 'The year (default: this year)',
              schema: { type: 'integer', minimum: 1900, maximum: 9999 },
            },
          ],
          responses: { '200': read(ref('Funds'), 'The funds'), '404': problem('Unknown committee') },
        }),
      },
      '/committees/{committeeId}/applications': {
        post: post({
          tags: ['Funds'],
          operationId: 'postApplication',
          summary: 'Apply for a grant',
          description:
            'Stores an application for the committee to decide on; it is counted in `applications` of this year’s funds until then.',
          parameters: [pathParam('committeeId', 'The committee id, e.g. `tofte-lsu`')],
          requestBody: {
            required: true,
            description: 'The application',
            content: { 'application/json': { schema: ref('ApplicationRequest') } },
          },
          responses: {
            '201': created(ref('Received'), 'Received'),
            '404': problem('Unknown committee'),
            '422': writeProblem(
              'Field errors (`errors`); applications closed (no `errors`); or an `Idempotency-Key` reused for another request',
            ),
          },
        }),
      },
      '/committees/{committeeId}/proposals': {
        post: post({
          tags: ['Proposals'],
          operationId: 'postProposal',
          summary: 'Raise a matter with the committee',
          description:
            'Stores a proposal for the committee, which decides whether to take it up. Without `name` and `email` it is anonymous.',
          parameters: [pathParam('committeeId', 'The committee id, e.g. `tofte-lsu`')],
          requestBody: {
            required: true,
            description: 'The proposal',
            content: { 'application/json': { schema: ref('ProposalRequest') } },
          },
          responses: {
            '201': created(ref('Received'), 'Received'),
            '404': problem('Unknown committee'),
            '422': writeProblem('Field errors (`errors`), or an `Idempotency-Key` reused for another request'),
          },
        }),
      },
      '/committees/{committeeId}/meetings.ics': {
        get: get(
          optional({
            tags: ['Meetings'],
            operationId: 'getMeetingsFeed',
            summary: "A committee's meetings as a calendar feed to subscribe to",
            description:
              'Every meeting of the committee, past and coming, as an iCalendar feed; a cancelled meeting (`avlyst`) stays in it with `STATUS:CANCELLED`, so subscribed calendars show it as cancelled.',
            parameters: [pathParam('committeeId', 'The committee id, e.g. `tofte-lsu`')],
            responses: {
              '200': calendarFeed('The feed'),
              '404': problem('Unknown committee, or not offered by this API'),
            },
          }),
        ),
        head: probe({
          tags: ['Meetings'],
          operationId: 'probeMeetingsFeed',
          summary: "Whether a committee's meetings feed is offered",
          description: 'Headers only: `<torg-agenda>` asks once before it offers "subscribe".',
          parameters: [pathParam('committeeId', 'The committee id, e.g. `tofte-lsu`')],
        }),
      },
      '/meetings/{meetingId}': {
        get: get({
          tags: ['Meetings'],
          operationId: 'getMeeting',
          summary: 'A meeting with its agenda, documents and minutes',
          description: 'One meeting in full.',
          parameters: [pathParam('meetingId', 'The meeting id')],
          responses: { '200': read(ref('Meeting'), 'The meeting'), '404': problem('Unknown meeting') },
        }),
      },
      '/places': {
        get: get(
          optional({
            tags: ['Places'],
            operationId: 'searchPlaces',
            summary: 'Addresses, place names and postcodes matching a text',
            description:
              'For "nearest to me" without the browser\'s position: the places whose name matches `q` (each word begins a word of the name), best first. Without `q`, or with one character, the answer is an empty list.',
            parameters: [
              queryString('q', 'What the person typed: "Vollen", "1390", "Slemmestadveien 1" (at most 100 characters)'),
              {
                name: 'limit',
                in: 'query',
                required: false,
                description: 'How many places at most',
                schema: { type: 'integer', minimum: 1, maximum: 20, default: 10 },
              },
            ],
            responses: { '200': read(collection('Place'), 'The places'), '404': problem('Not offered by this API') },
          }),
        ),
        head: probe({
          tags: ['Places'],
          operationId: 'probePlaces',
          summary: 'Whether the place search is offered',
          description: 'Headers only: `<torg-finder>` asks once before it offers the place field.',
        }),
      },
      '/stedskompass/responses': {
        post: post({
          tags: ['Stedskompass'],
          operationId: 'postStedskompassResponse',
          summary: 'Answer the place survey',
          description: 'Stores one answer to the survey; not every theme must be answered.',
          requestBody: {
            required: true,
            description: 'The answer',
            content: { 'application/json': { schema: ref('StedskompassResponse') } },
          },
          responses: {
            '201': created(ref('Created'), 'Stored'),
            '422': writeProblem('Field errors (`errors`)'),
          },
        }),
      },
      '/stedskompass/results': {
        get: get({
          tags: ['Stedskompass'],
          operationId: 'getStedskompassResults',
          summary: "An area's means per theme",
          description: 'The mean score and the number of answers per theme for one area.',
          parameters: [{ ...queryString('area', 'A torg id or an area id'), required: true }],
          responses: { '200': read(ref('StedskompassResults'), 'The results') },
        }),
      },
      '/torg/{torgId}/resources': {
        get: get({
          tags: ['Bookings'],
          operationId: 'listResources',
          summary: 'Bookable resources of a torg',
          description: 'Rooms, case-officer slots and digital meetings that can be booked at a torg.',
          parameters: [pathParam('torgId', 'The torg id, e.g. `borgen`')],
          responses: {
            '200': read(collection('Resource'), 'The resources'),
            '404': problem('Unknown torg'),
          },
        }),
      },
      '/resources/{resourceId}/availability': {
        get: get({
          tags: ['Bookings'],
          operationId: 'getAvailability',
          summary: 'Slots of a resource in [from, to)',
          description: "The resource's slots in the range, free or taken.",
          parameters: [
            pathParam('resourceId', 'The resource id'),
            queryDate('from', true, 'First date, inclusive'),
            queryDate('to', true, 'Last date, exclusive'),
          ],
          responses: { '200': read(ref('Availability'), 'The slots'), '404': problem('Unknown resource') },
        }),
      },
      '/bookings': {
        post: post({
          tags: ['Bookings'],
          operationId: 'postBooking',
          summary: 'Book a slot',
          description: 'Books a free slot; the booking is confirmed, or pending when the resource needs approval.',
          requestBody: {
            required: true,
            description: 'The booking',
            content: { 'application/json': { schema: ref('BookingRequest') } },
          },
          responses: {
            '201': created(ref('Booking'), 'Booked (`confirmed`) or waiting for approval (`pending`)'),
            '409': writeProblem('The slot was taken (`type` ends with `/slot-taken`)'),
            '422': writeProblem('Field errors (`errors`), or an `Idempotency-Key` reused for another request'),
          },
        }),
      },
      '/bookings/{bookingId}': {
        delete: {
          tags: ['Bookings'],
          operationId: 'cancelBooking',
          summary: 'Cancel a booking',
          description: 'Cancels a booking with the token of its cancellation link.',
          parameters: [
            pathParam('bookingId', 'The booking id'),
            {
              name: 'token',
              in: 'query',
              required: true,
              description: 'The token of the cancellation link',
              schema: { type: 'string' },
            },
          ],
          responses: {
            '204': { description: 'Cancelled' },
            '403': problem('Wrong token'),
            '404': problem('Unknown booking'),
            ...errors,
          },
        },
      },
    },
    components: {
      schemas,
      parameters: {
        'If-None-Match': {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description: 'The `ETag` of the copy the client has; a 304 answers when it is still current.',
          schema: { type: 'string' },
        },
        'Idempotency-Key': {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description:
            'A UUID made once per user submission and reused on every retry of it. A repeated key gets the stored response; 5xx answers are not stored, so a retry after one is executed again.',
          schema: { type: 'string', format: 'uuid' },
        },
      },
      headers: {
        ETag: {
          description: 'A validator of this version of the resource, for `If-None-Match`.',
          schema: { type: 'string' },
        },
        'Cache-Control': {
          description: 'How long the answer may be reused (e.g. `no-cache`: revalidate each time).',
          schema: { type: 'string' },
        },
        Location: {
          description: 'The URL of the stored resource.',
          schema: { type: 'string', format: 'uri-reference' },
        },
        'Idempotent-Replayed': {
          description: '`true` when this is the stored answer to an earlier request with the same `Idempotency-Key`.',
          schema: { type: 'string', enum: ['true'] },
        },
        'Retry-After': {
          description: 'Seconds to wait before trying again.',
          schema: { type: 'integer', minimum: 0 },
        },
      },
      responses: {
        NotModified: {
          description: 'Not modified: the copy with the `ETag` sent in `If-None-Match` is current.',
          headers: { ETag: component('headers', 'ETag'), 'Cache-Control': component('headers', 'Cache-Control') },
        },
        BadRequest: problem('Bad request (e.g. a malformed range).'),
        TooManyRequests: problem('Too many requests; try again after `Retry-After` seconds.', {
          'Retry-After': component('headers', 'Retry-After'),
        }),
        ServerError: problem('Server error.'),
        Unavailable: problem(
          'Temporarily unavailable; clients retry GETs with backoff (after `Retry-After` when sent).',
          {
            'Retry-After': component('headers', 'Retry-After'),
          },
        ),
      },
    },
  };
}
