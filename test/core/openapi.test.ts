/**
 * The contract, executable: `openapi.json` is what the schemas say, and every
 * answer of the mock API — all fixtures, every endpoint — validates against it.
 */
import { Validator, type Schema } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import { db } from '../../mocks/db.js';
import { buildOpenApi } from '../../mocks/openapi.js';
import { MOCK_API_BASE, useTestEnv } from '../helpers/env.js';

interface Response {
  $ref?: string;
  headers?: Record<string, { $ref?: string }>;
  content?: Record<string, { schema: Schema }>;
}
type Doc = ReturnType<typeof buildOpenApi> & {
  components: { schemas: Record<string, Schema>; responses: Record<string, Response> };
  paths: Record<string, Record<string, { responses: Record<string, Response> }>>;
};

const doc = buildOpenApi() as Doc;

/** A validator for a schema inside the document (its `$ref`s resolve against the document). */
function validator(schema: Schema): Validator {
  return new Validator({ ...schema, components: doc.components } as Schema, '2020-12', false);
}

/** A documented response (`$ref`s to shared responses followed). */
function documented(path: string, method: string, status: number): Response {
  let response = doc.paths[path]?.[method]?.responses[String(status)];
  if (response?.$ref) response = doc.components.responses[response.$ref.split('/').pop()!];
  if (!response) throw new Error(`${method.toUpperCase()} ${path} documents no ${status} answer`);
  return response;
}

function responseSchema(path: string, method: string, status: number): Schema {
  const response = documented(path, method, status);
  const content = response.content?.['application/json'] ?? response.content?.['application/problem+json'];
  if (!content) throw new Error(`${method.toUpperCase()} ${path} documents no ${status} body`);
  return content.schema;
}

interface Answer {
  status: number;
  json: unknown;
  headers: Headers;
}

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { 'Idempotency-Key': crypto.randomUUID() },
): Promise<Answer> {
  const response = await fetch(`${MOCK_API_BASE}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = response.status === 204 || response.status === 304 ? null : await response.json();
  return { status: response.status, json, headers: response.headers };
}

/** Headers of the HTTP machinery itself; every other header an answer carries must be documented. */
const TRANSPORT = new Set(['content-type', 'content-length', 'date', 'connection', 'x-powered-by']);

function expectDocumentedHeaders(path: string, method: string, answer: Answer): void {
  const declared = Object.keys(documented(path, method, answer.status).headers ?? {}).map((h) => h.toLowerCase());
  const sent = [...answer.headers.keys()].filter((h) => !TRANSPORT.has(h));
  expect(
    sent.filter((h) => !declared.includes(h)),
    `${method.toUpperCase()} ${path} → ${answer.status} sends undocumented headers`,
  ).to.deep.equal([]);
}

function expectValid(path: string, method: string, status: number, json: unknown, answer?: Answer): void {
  const result = validator(responseSchema(path, method, status)).validate(json);
  const errors = result.errors.slice(0, 5).map((e) => `${e.instanceLocation} ${e.error}`);
  expect(errors, `${method.toUpperCase()} ${path} → ${status}`).to.deep.equal([]);
  if (answer) expectDocumentedHeaders(path, method, answer);
}

describe('the OpenAPI document', () => {
  useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  it('is up to date with the schemas (run `npm run openapi` after changing them)', async () => {
    const committed: unknown = await (await fetch('/openapi.json')).json();
    expect(committed).to.deep.equal(JSON.parse(JSON.stringify(doc)));
  });

  it('documents every path of the contract', () => {
    expect(Object.keys(doc.paths).sort()).to.deep.equal(
      [
        '/bookings',
        '/bookings/{bookingId}',
        '/committees',
        '/committees/{committeeId}',
        '/committees/{committeeId}/meetings',
        '/committees/{committeeId}/meetings.ics',
        '/committees/{committeeId}/funds',
        '/committees/{committeeId}/applications',
        '/committees/{committeeId}/proposals',
        '/events',
        '/events.ics',
        '/meetings/{meetingId}',
        '/places',
        '/resources/{resourceId}/availability',
        '/stedskompass/responses',
        '/stedskompass/results',
        '/torg',
        '/torg/{torgId}',
        '/torg/{torgId}/resources',
      ].sort(),
    );
  });

  it('rejects data that breaks the contract (the check can fail)', () => {
    const torg = validator({ $ref: '#/components/schemas/Torg' });
    expect(torg.validate({ id: 'x' }).valid).to.equal(false);
    expect(torg.validate({ ...db().torg[0], status: 'closed' }).valid).to.equal(false);
  });

  describe('every answer of the mock API validates', () => {
    it('torg: the list and each torg', async () => {
      const list = await call('GET', '/torg');
      expectValid('/torg', 'get', 200, list.json, list);
      const etag = list.headers.get('ETag');
      expect(etag, 'the torg list carries an ETag').to.be.a('string');
      const again = await call('GET', '/torg', undefined, { 'If-None-Match': etag! });
      expect(again.status).to.equal(304);
      expectDocumentedHeaders('/torg', 'get', again);
      for (const torg of db().torg) {
        const one = await call('GET', `/torg/${torg.id}`);
        expectValid('/torg/{torgId}', 'get', 200, one.json);
      }
      const missing = await call('GET', '/torg/atlantis');
      expect(missing.status).to.equal(404);
      expectValid('/torg/{torgId}', 'get', 404, missing.json);
    });

    it('events: every fixture, over the whole generated period', async () => {
      const { json } = await call('GET', '/events?from=2026-10-01&to=2027-06-30');
      expect((json as { items: unknown[] }).items.length).to.be.at.least(60);
      expectValid('/events', 'get', 200, json);
      const bad = await call('GET', '/events?from=2026-01-01&to=2028-01-01');
      expect(bad.status).to.equal(400);
      expectValid('/events', 'get', 400, bad.json, bad);
    });

    it('committees, their meetings and every meeting', async () => {
      expectValid('/committees', 'get', 200, (await call('GET', '/committees')).json);
      for (const committee of db().committees) {
        expectValid('/committees/{committeeId}', 'get', 200, (await call('GET', `/committees/${committee.id}`)).json);
        const meetings = await call('GET', `/committees/${committee.id}/meetings`);
        expectValid('/committees/{committeeId}/meetings', 'get', 200, meetings.json);
      }
      for (const meeting of db().meetings) {
        expectValid('/meetings/{meetingId}', 'get', 200, (await call('GET', `/meetings/${meeting.id}`)).json);
      }
    });

    it('places (optional): searches, the empty answer without q, a 400, and the HEAD', async () => {
      for (const q of ['Vollen', '1390', 'slemmestadveien 1', 'saetre', 'Drammen']) {
        const found = await call('GET', `/places?q=${encodeURIComponent(q)}&limit=5`);
        expectValid('/places', 'get', 200, found.json, found);
      }
      const vollen = (await call('GET', '/places?q=Vollen')).json as { items: { name: string }[] };
      expect(vollen.items.map((p) => p.name)).to.deep.equal([
        'Vollen',
        '1390 Vollen',
        'Vollenveien 10',
        'Vollenveien 30',
      ]);
      expect((await call('GET', '/places')).json).to.deep.equal({ items: [] });
      const bad = await call('GET', '/places?q=Vollen&limit=500');
      expect(bad.status).to.equal(400);
      expectValid('/places', 'get', 400, bad.json, bad);
      const head = await fetch(`${MOCK_API_BASE}/places`, { method: 'HEAD' });
      expect(head.status).to.equal(200);
      expectDocumentedHeaders('/places', 'head', { status: 200, json: null, headers: head.headers });
      expect(doc.paths['/places']!.get).to.include({ 'x-optional': true });
    });

    it('calendar feeds (optional): documented headers on GET and HEAD, text/calendar', async () => {
      for (const [path, url] of [
        ['/events.ics', '/events.ics?category=kultur'],
        ['/committees/{committeeId}/meetings.ics', '/committees/tofte-lsu/meetings.ics'],
      ] as const) {
        for (const method of ['GET', 'HEAD']) {
          const response = await fetch(`${MOCK_API_BASE}${url}`, { method, cache: 'no-store' });
          expect(response.status, `${method} ${url}`).to.equal(200);
          expectDocumentedHeaders(path, method.toLowerCase(), { status: 200, json: null, headers: response.headers });
        }
        expect(Object.keys(documented(path, 'get', 200).content ?? {})).to.deep.equal(['text/calendar']);
      }
      const missing = await call('GET', '/committees/atlantis/meetings.ics');
      expectValid('/committees/{committeeId}/meetings.ics', 'get', 404, missing.json, missing);
    });

    it('stedskompass: results of every area, a response, a 422', async () => {
      for (const area of Object.keys(db().stedskompass)) {
        expectValid(
          '/stedskompass/results',
          'get',
          200,
          (await call('GET', `/stedskompass/results?area=${area}`)).json,
        );
      }
      const response = { area: 'tofte', answers: [{ theme: 'feeling-safe', score: 5 }] };
      const key = { 'Idempotency-Key': crypto.randomUUID() };
      const created = await call('POST', '/stedskompass/responses', response, key);
      expect(created.status).to.equal(201);
      expectValid('/stedskompass/responses', 'post', 201, created.json, created);
      const replayed = await call('POST', '/stedskompass/responses', response, key);
      expect(replayed.headers.get('Idempotent-Replayed')).to.equal('true');
      expectValid('/stedskompass/responses', 'post', 201, replayed.json, replayed);
      const invalid = await call('POST', '/stedskompass/responses', { area: 'tofte', answers: [] });
      expect(invalid.status).to.equal(422);
      expectValid('/stedskompass/responses', 'post', 422, invalid.json);
    });

    it("committees' funds of every year, an application, a proposal, their 422s and 404s", async () => {
      for (const funds of db().funds) {
        const answer = await call('GET', `/committees/${funds.committeeId}/funds?year=${funds.year}`);
        expectValid('/committees/{committeeId}/funds', 'get', 200, answer.json, answer);
      }
      const empty = await call('GET', '/committees/tofte-lsu/funds?year=1990');
      expect(empty.json).to.include({ budget: 0, allocated: 0 });
      expectValid('/committees/{committeeId}/funds', 'get', 200, empty.json);
      const unknown = await call('GET', '/committees/atlantis-lsu/funds');
      expect(unknown.status).to.equal(404);
      expectValid('/committees/{committeeId}/funds', 'get', 404, unknown.json, unknown);

      const application = {
        applicant: 'Kari Nordmann',
        organisation: 'Tofte vel',
        email: 'kari@example.no',
        title: 'Benker ved badeplassen',
        description: 'To nye benker.',
        amount: 12_000,
        budget: [{ item: 'Benker', amount: 12_000 }],
        consent: true,
      };
      const applied = await call('POST', '/committees/tofte-lsu/applications', application);
      expect(applied.status).to.equal(201);
      expectValid('/committees/{committeeId}/applications', 'post', 201, applied.json, applied);
      const refused = await call('POST', '/committees/tofte-lsu/applications', { ...application, email: 'kari' });
      expect(refused.status).to.equal(422);
      expectValid('/committees/{committeeId}/applications', 'post', 422, refused.json, refused);
      // Slemmestad's round has closed.
      const closed = await call('POST', '/committees/slemmestad-lsu/applications', application);
      expect(closed.status).to.equal(422);
      expectValid('/committees/{committeeId}/applications', 'post', 422, closed.json, closed);

      const proposal = { title: 'Gatelys i Kirkeveien', description: 'Det er mørkt om kvelden.', consent: true };
      const proposed = await call('POST', '/committees/heggedal-lsu/proposals', proposal);
      expect(proposed.status).to.equal(201);
      expectValid('/committees/{committeeId}/proposals', 'post', 201, proposed.json, proposed);
      const noConsent = await call('POST', '/committees/heggedal-lsu/proposals', { ...proposal, consent: false });
      expect(noConsent.status).to.equal(422);
      expectValid('/committees/{committeeId}/proposals', 'post', 422, noConsent.json, noConsent);
      const nowhere = await call('POST', '/committees/atlantis-lsu/proposals', proposal);
      expect(nowhere.status).to.equal(404);
      expectValid('/committees/{committeeId}/proposals', 'post', 404, nowhere.json, nowhere);
    });

    it('booking: resources, availability of every resource, a booking, a 409, a cancellation', async () => {
      for (const torg of db().torg) {
        expectValid('/torg/{torgId}/resources', 'get', 200, (await call('GET', `/torg/${torg.id}/resources`)).json);
      }
      let free: { resourceId: string; start: string; end: string } | undefined;
      for (const resource of db().resources) {
        const { json } = await call('GET', `/resources/${resource.id}/availability?from=2026-12-01&to=2027-01-01`);
        expectValid('/resources/{resourceId}/availability', 'get', 200, json);
        const slot = (json as { slots: { start: string; end: string; available: boolean }[] }).slots.find(
          (s) => s.available,
        );
        if (slot && !free) free = { resourceId: resource.id, start: slot.start, end: slot.end };
      }
      const body = { ...free!, name: 'Ola', email: 'ola@example.no', consent: true };
      const booked = await call('POST', '/bookings', body);
      expect(booked.status).to.equal(201);
      expectValid('/bookings', 'post', 201, booked.json, booked);
      const taken = await call('POST', '/bookings', body);
      expect(taken.status).to.equal(409);
      expectValid('/bookings', 'post', 409, taken.json, taken);
      const { id, cancelUrl } = booked.json as { id: string; cancelUrl: string };
      const cancelled = await call('DELETE', `/bookings/${id}?token=${new URL(cancelUrl).searchParams.get('token')}`);
      expect(cancelled.status).to.equal(204);
    });
  });
});
