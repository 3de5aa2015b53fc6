/**
 * The municipal API contract (api.md) as an OpenAPI 3.1 document, built from
 * the same valibot schemas the client validates with — one source of truth.
 * `npm run openapi` writes it to `openapi.json`; a test checks that the file
 * is up to date and that every mock fixture validates against it.
 */
import { toJsonSchemaDefs } from '@valibot/to-json-schema';
import * as S from '../src/contract/schemas.js';

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
  Problem: S.ProblemSchema,
  Image: S.ImageSchema,
};

type Json = Record<string, unknown>;

const ref = (name: keyof typeof DEFINITIONS | string): Json => ({ $ref: `#/components/schemas/${name}` });
const collection = (name: string): Json => ({
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', items: ref(name) } },
});
const json = (schema: Json, description: string): Json => ({
  description,
  content: { 'application/json': { schema } },
});
const problem = (description: string): Json => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
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
const idempotencyKey: Json = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description:
    'A UUID made once per user submission and reused on every retry of it. A repeated key gets the stored response; 5xx answers are not stored.',
  schema: { type: 'string', format: 'uuid' },
};
const errors = {
  '400': problem('Bad request (e.g. a malformed range).'),
  '500': problem('Server error.'),
  '503': problem('Temporarily unavailable; clients retry GETs with backoff.'),
};

/** Builds the OpenAPI 3.1 document. */
export function buildOpenApi(version = '1.0.0'): Json {
  const schemas = toJsonSchemaDefs(DEFINITIONS, {
    target: 'draft-2020-12',
    errorMode: 'ignore',
    overrideRef: ({ referenceId }) => `#/components/schemas/${referenceId}`,
  }) as unknown as Record<string, Json>;
  for (const schema of Object.values(schemas)) delete schema.$schema;

  return {
    openapi: '3.1.0',
    info: {
      title: 'The municipal API of the innbyggertorg widgets',
      version,
      description:
        'The contract the torg-widgets read (shared/spec/api.md). JSON in UTF-8; collections are wrapped as `{ "items": [...] }`; dates `YYYY-MM-DD`; date-times RFC 3339 with an offset; wall-clock times `HH:MM` in Europe/Oslo (`24:00` allowed as a closing time); errors are `application/problem+json` (RFC 9457); range queries are half-open [from, to). Extra optional fields may be added by an implementation; clients ignore what they do not know.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      {
        url: 'https://api.asker.kommune.no/innbyggertorg/v1',
        description: 'Default base (configurable in every widget)',
      },
      { url: 'http://localhost:8787/v1', description: '`npm run mock-api`' },
    ],
    paths: {
      '/torg': {
        get: {
          operationId: 'listTorg',
          summary: 'All innbyggertorg',
          responses: {
            '200': json(collection('Torg'), 'The torg'),
            '304': { description: 'Not modified (If-None-Match)' },
            ...errors,
          },
        },
      },
      '/torg/{torgId}': {
        get: {
          operationId: 'getTorg',
          summary: 'One torg',
          parameters: [pathParam('torgId', 'e.g. `tofte`')],
          responses: { '200': json(ref('Torg'), 'The torg'), '404': problem('Unknown torg'), ...errors },
        },
      },
      '/events': {
        get: {
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
          responses: { '200': json(collection('Event'), 'The events'), ...errors },
        },
      },
      '/committees': {
        get: {
          operationId: 'listCommittees',
          summary: 'All lokalsamfunnsutvalg',
          responses: { '200': json(collection('CommitteeSummary'), 'The committees'), ...errors },
        },
      },
      '/committees/{committeeId}': {
        get: {
          operationId: 'getCommittee',
          summary: 'A committee with its members and composition rules',
          parameters: [pathParam('committeeId', 'e.g. `tofte-lsu`')],
          responses: { '200': json(ref('Committee'), 'The committee'), '404': problem('Unknown committee'), ...errors },
        },
      },
      '/committees/{committeeId}/meetings': {
        get: {
          operationId: 'listMeetings',
          summary: "A committee's meetings (agenda bodies may be omitted)",
          parameters: [
            pathParam('committeeId', 'e.g. `tofte-lsu`'),
            queryDate('from', false, 'First date, inclusive'),
            queryDate('to', false, 'Last date, exclusive'),
          ],
          responses: {
            '200': json(collection('Meeting'), 'The meetings'),
            '404': problem('Unknown committee'),
            ...errors,
          },
        },
      },
      '/meetings/{meetingId}': {
        get: {
          operationId: 'getMeeting',
          summary: 'A meeting with its agenda, documents and minutes',
          parameters: [pathParam('meetingId', 'The meeting id')],
          responses: { '200': json(ref('Meeting'), 'The meeting'), '404': problem('Unknown meeting'), ...errors },
        },
      },
      '/stedskompass/responses': {
        post: {
          operationId: 'postStedskompassResponse',
          summary: 'Answer the place survey',
          parameters: [idempotencyKey],
          requestBody: { required: true, content: { 'application/json': { schema: ref('StedskompassResponse') } } },
          responses: {
            '201': json(ref('Created'), 'Stored'),
            '422': problem('Field errors (`errors`)'),
            ...errors,
          },
        },
      },
      '/stedskompass/results': {
        get: {
          operationId: 'getStedskompassResults',
          summary: "An area's means per theme",
          parameters: [{ ...queryString('area', 'A torg id or an area id'), required: true }],
          responses: { '200': json(ref('StedskompassResults'), 'The results'), ...errors },
        },
      },
      '/torg/{torgId}/resources': {
        get: {
          operationId: 'listResources',
          summary: 'Bookable resources of a torg',
          parameters: [pathParam('torgId', 'e.g. `borgen`')],
          responses: {
            '200': json(collection('Resource'), 'The resources'),
            '404': problem('Unknown torg'),
            ...errors,
          },
        },
      },
      '/resources/{resourceId}/availability': {
        get: {
          operationId: 'getAvailability',
          summary: 'Slots of a resource in [from, to)',
          parameters: [
            pathParam('resourceId', 'The resource id'),
            queryDate('from', true, 'First date, inclusive'),
            queryDate('to', true, 'Last date, exclusive'),
          ],
          responses: { '200': json(ref('Availability'), 'The slots'), '404': problem('Unknown resource'), ...errors },
        },
      },
      '/bookings': {
        post: {
          operationId: 'postBooking',
          summary: 'Book a slot',
          parameters: [idempotencyKey],
          requestBody: { required: true, content: { 'application/json': { schema: ref('BookingRequest') } } },
          responses: {
            '201': json(ref('Booking'), 'Booked (`confirmed`) or waiting for approval (`pending`)'),
            '409': problem('The slot was taken (`type` ends with `/slot-taken`)'),
            '422': problem('Field errors (`errors`)'),
            ...errors,
          },
        },
      },
      '/bookings/{bookingId}': {
        delete: {
          operationId: 'cancelBooking',
          summary: 'Cancel a booking',
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
    components: { schemas },
  };
}
