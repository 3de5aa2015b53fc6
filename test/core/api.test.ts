import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { worker } from '../../mocks/browser.js';
import { db, decideGrant } from '../../mocks/db.js';
import {
  apiUrl,
  cancelBooking,
  checkItems,
  eventsFeedUrl,
  meetingsFeedPath,
  meetingsFeedUrl,
  offers,
  searchPlaces,
  getAvailability,
  getCommittee,
  getCommittees,
  getEvents,
  getFunds,
  getMeeting,
  getMeetings,
  getResources,
  getStedskompassResults,
  getTorg,
  getTorgList,
  postApplication,
  postBooking,
  postProposal,
  postStedskompassResponse,
} from '../../src/core/api.js';
import { TorgError, isAbortError } from '../../src/contract/errors.js';
import { TorgSchema } from '../../src/contract/schemas/torg.js';
import { configureHttp, getJson } from '../../src/core/http.js';
import { createIdempotencyKey, submissionFor } from '../../src/core/idempotency.js';
import { MOCK_API_BASE, nextFrame, useTestEnv, waitFor } from '../helpers/env.js';

const ctx = { base: MOCK_API_BASE };

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('API client', () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  describe('every endpoint, against the mock', () => {
    it('GET /torg and /torg/{id}', async () => {
      const list = await getTorgList(ctx);
      expect(list.items.map((t) => t.id)).to.include.members(['tofte', 'borgen', 'saetre', 'holmen']);
      expect(list.skipped).to.equal(0);
      const borgen = await getTorg(ctx, 'borgen');
      expect(borgen.address.street).to.equal('Søndre Borgen 11');
      expect(env.requests().map((r) => r.url.pathname)).to.deep.equal(['/v1/torg', '/v1/torg/borgen']);
    });

    it('GET /events with the range and filters as query parameters', async () => {
      const events = await getEvents(ctx, { from: '2026-12-01', to: '2027-01-01', torg: 'borgen', category: 'kultur' });
      expect(events.items.length).to.be.greaterThan(0);
      expect(events.items.every((e) => e.torgId === 'borgen' && e.categories.includes('kultur'))).to.equal(true);
      const query = env.requests()[0]!.url.searchParams;
      expect(Object.fromEntries(query)).to.deep.equal({
        from: '2026-12-01',
        to: '2027-01-01',
        torg: 'borgen',
        category: 'kultur',
      });
    });

    it('GET /committees, /committees/{id}, its meetings and /meetings/{id}', async () => {
      expect((await getCommittees(ctx)).items).to.have.length(3);
      const { committee, skipped } = await getCommittee(ctx, 'tofte-lsu');
      expect(committee.members.length).to.be.greaterThan(5);
      expect(skipped).to.equal(0);
      const meetings = await getMeetings(ctx, 'tofte-lsu');
      expect(meetings.items.every((m) => m.agenda === undefined)).to.equal(true);
      const meeting = await getMeeting(ctx, meetings.items[0]!.id);
      expect(meeting.agenda?.length).to.be.greaterThan(0);
    });

    it('GET /stedskompass/results and POST /stedskompass/responses (which moves the results)', async () => {
      const before = await getStedskompassResults(ctx, 'tofte');
      const created = await postStedskompassResponse(
        ctx,
        { area: 'tofte', answers: [{ theme: 'feeling-safe', score: 1 }] },
        { idempotencyKey: createIdempotencyKey() },
      );
      expect(created.id).to.match(/^svar-/);
      const after = await getStedskompassResults({ ...ctx, revalidate: true }, 'tofte');
      expect(after.responses).to.equal(before.responses + 1);
      const safeBefore = before.themes.find((t) => t.theme === 'feeling-safe')!;
      const safeAfter = after.themes.find((t) => t.theme === 'feeling-safe')!;
      expect(safeAfter.n).to.equal(safeBefore.n + 1);
      expect(safeAfter.mean).to.be.lessThan(safeBefore.mean);
    });

    it('GET resources and availability, POST /bookings, DELETE /bookings/{id}', async () => {
      const resources = await getResources(ctx, 'borgen');
      const room = resources.items.find((r) => r.id === 'borgen-fjorden')!;
      const availability = await getAvailability(ctx, room.id, { from: '2026-12-07', to: '2026-12-14' });
      const slot = availability.slots.find((s) => s.available)!;
      const booking = await postBooking(
        ctx,
        {
          resourceId: room.id,
          start: slot.start,
          end: slot.end,
          name: 'Kari',
          email: 'kari@example.no',
          consent: true,
        },
        { idempotencyKey: createIdempotencyKey() },
      );
      expect(booking.status).to.equal('confirmed');
      const token = new URL(booking.cancelUrl!).searchParams.get('token')!;
      await cancelBooking(ctx, booking.id, token);
      expect(db().bookings.get(booking.id)!.cancelled).to.equal(true);
      expect(env.requests({ method: 'DELETE' })).to.have.length(1);
    });
    it("GET a committee's funds (this year, another year), POST an application (counted) and a proposal", async () => {
      const { funds, skipped } = await getFunds(ctx, 'tofte-lsu');
      expect(skipped).to.equal(0);
      expect(funds).to.include({ committeeId: 'tofte-lsu', year: 2026, budget: 250_000, applicationsOpen: true });
      expect(funds.allocated).to.equal(funds.grants.reduce((sum, g) => sum + g.amount, 0));
      expect(funds.applications).to.equal(0);
      expect(env.requests()[0]!.url.searchParams.has('year')).to.equal(false);
      const last = await getFunds(ctx, 'tofte-lsu', 2025);
      expect(last.funds.year).to.equal(2025);
      expect(env.requests()[1]!.url.searchParams.get('year')).to.equal('2025');

      const received = await postApplication(
        ctx,
        'tofte-lsu',
        {
          applicant: 'Kari Nordmann',
          email: 'kari@example.no',
          title: 'Benker',
          description: 'To benker ved brygga.',
          amount: 9_000,
          consent: true,
        },
        { idempotencyKey: createIdempotencyKey() },
      );
      expect(received.status).to.equal('received');
      expect((await getFunds({ ...ctx, revalidate: true }, 'tofte-lsu')).funds.applications).to.equal(1);

      // A grant decided moves what is granted (and so what is left).
      decideGrant('tofte-lsu', {
        id: 'ny',
        recipient: 'Tofte vel',
        purpose: 'Lys',
        amount: 5_000,
        decided: '2026-12-02',
      });
      const after = await getFunds({ ...ctx, revalidate: true }, 'tofte-lsu');
      expect(after.funds.allocated).to.equal(funds.allocated + 5_000);

      const proposal = await postProposal(
        ctx,
        'heggedal-lsu',
        { title: 'Gatelys', description: 'Mørkt i Kirkeveien.', consent: true },
        { idempotencyKey: createIdempotencyKey() },
      );
      expect(proposal.id).to.match(/^I-/);
      expect(db().proposals.map((p) => p.title)).to.deep.equal(['Gatelys']);
    });
  });

  describe('the optional endpoints (v1.1)', () => {
    it('GET /places with q and limit; unreadable places are left out and counted', async () => {
      const places = await searchPlaces(ctx, 'Vollen', 3);
      expect(places.items.map((p) => p.name)).to.deep.equal(['Vollen', '1390 Vollen', 'Vollenveien 10']);
      expect(places.items[0]).to.deep.include({ kind: 'stedsnavn', municipality: 'Asker' });
      expect(Object.fromEntries(env.requests()[0]!.url.searchParams)).to.deep.equal({ q: 'Vollen', limit: '3' });
      env.scenario('partly-invalid');
      const partly = await searchPlaces(ctx, 'Asker');
      expect(partly.skipped).to.be.greaterThan(0);
      expect(partly.items.length).to.be.greaterThan(0);
    });

    it('asks with one HEAD whether an endpoint is offered: anything but 404, 410 and 5xx counts as offered', async () => {
      expect(await offers(ctx, '/places')).to.equal(true);
      expect(await offers(ctx, '/events.ics')).to.equal(true);
      expect(await offers(ctx, meetingsFeedPath('tofte-lsu'))).to.equal(true);
      expect(await offers(ctx, meetingsFeedPath('atlantis'))).to.equal(false);
      expect(env.requests().map((r) => `${r.method} ${r.url.pathname}`)).to.deep.equal([
        'HEAD /v1/places',
        'HEAD /v1/events.ics',
        'HEAD /v1/committees/tofte-lsu/meetings.ics',
        'HEAD /v1/committees/atlantis/meetings.ics',
      ]);
      const answers: [number, boolean][] = [
        [400, true],
        [405, true],
        [410, false],
        [404, false],
        [500, false],
      ];
      for (const [status, offered] of answers) {
        worker.use(http.head(`${MOCK_API_BASE}/probe-${status}`, () => new HttpResponse(null, { status })));
        expect(await offers(ctx, `/probe-${status}`), String(status)).to.equal(offered);
      }
      env.scenario('network-error');
      expect(await offers(ctx, '/torg')).to.equal(false);
    });

    it('shares one HEAD between widgets that ask at once, and reuses its answer', async () => {
      const answers = await Promise.all([offers(ctx, '/events.ics'), offers(ctx, '/events.ics')]);
      expect(answers).to.deep.equal([true, true]);
      expect(await offers(ctx, '/events.ics')).to.equal(true);
      expect(env.requests({ method: 'HEAD' })).to.have.length(1);
      env.scenario('without-optional');
      expect(await offers({ ...ctx, revalidate: true }, '/events.ics')).to.equal(false);
    });

    it('rejects only when its caller aborts', async () => {
      const controller = new AbortController();
      const asked = offers({ ...ctx, signal: controller.signal }, '/places');
      controller.abort();
      expect(isAbortError(await rejection(asked))).to.equal(true);
    });

    it('writes the feeds’ URLs with every value encoded, empty filters left out', () => {
      expect(eventsFeedUrl(MOCK_API_BASE, { torg: 'borgen', category: '', audience: 'barn' })).to.equal(
        `${MOCK_API_BASE}/events.ics?torg=borgen&audience=barn`,
      );
      expect(eventsFeedUrl(`${MOCK_API_BASE}/`, { category: 'a&b=c#d\uD800' })).to.equal(
        `${MOCK_API_BASE}/events.ics?category=a%26b%3Dc%23d%EF%BF%BD`,
      );
      expect(meetingsFeedUrl(MOCK_API_BASE, '../x?y#z')).to.equal(
        `${MOCK_API_BASE}/committees/..%2Fx%3Fy%23z/meetings.ics`,
      );
    });
  });

  describe('validation', () => {
    it('turns a document of the wrong shape into an invalid-data error', async () => {
      env.scenario('invalid-shape');
      const error = await rejection(getTorg(ctx, 'borgen'));
      expect(error).to.be.instanceOf(TorgError);
      expect((error as TorgError).kind).to.equal('invalid-data');
    });

    it('turns malformed JSON into an invalid-data error', async () => {
      env.scenario('malformed-json');
      const error = (await rejection(getTorgList(ctx))) as TorgError;
      expect(error.kind).to.equal('invalid-data');
    });

    it('leaves invalid items of a collection out and counts them', async () => {
      env.scenario('partly-invalid');
      const list = await getTorgList(ctx);
      expect(list.items).to.have.length(5);
      expect(list.skipped).to.equal(3);
    });

    it('fails a collection when no item is readable', async () => {
      worker.use(http.get(`${MOCK_API_BASE}/torg`, () => HttpResponse.json({ items: [{ id: 1 }, { nope: true }] })));
      const error = (await rejection(getTorgList(ctx))) as TorgError;
      expect(error.kind).to.equal('invalid-data');
    });

    it('checks a long collection in slices: the page draws frames before 10 000 torg are checked', async () => {
      const items = Array.from({ length: 10_000 }, (_, i) => ({ ...db().torg[i % db().torg.length]!, id: `t${i}` }));
      let checked = false;
      const checking = checkItems(TorgSchema, items).then((list) => {
        checked = true;
        return list;
      });
      // Checked in one go, the list would be done before any frame (the call would return only then).
      let frames = 0;
      while (!checked) {
        await nextFrame();
        if (!checked) frames++;
      }
      expect((await checking).items).to.have.length(10_000);
      expect(frames).to.be.at.least(2);
    });

    it('accepts every RFC 3339 offset form and rejects impossible dates', async () => {
      const event = (start: string) => ({ id: 'e', title: 't', start, categories: [] });
      worker.use(
        http.get(`${MOCK_API_BASE}/events`, () =>
          HttpResponse.json({
            items: [
              event('2026-12-03T18:00:00Z'),
              event('2026-12-03T18:00:00+01:00'),
              event('2026-12-03t18:00:00.250-05:30'),
              event('2026-02-30T18:00:00+01:00'),
              event('2026-12-03 18:00'),
            ],
          }),
        ),
      );
      const events = await getEvents(ctx, { from: '2026-12-01', to: '2026-12-31' });
      expect(events.items).to.have.length(3);
      expect(events.skipped).to.equal(2);
    });
  });

  describe('errors', () => {
    it('maps a 404 problem+json to not-found with the problem', async () => {
      const error = (await rejection(getTorg(ctx, 'atlantis'))) as TorgError;
      expect(error.kind).to.equal('not-found');
      expect(error.status).to.equal(404);
      expect(error.problem?.title).to.equal('Not Found');
      expect(error.problem?.detail).to.contain('atlantis');
    });

    it('maps a 422 problem with field errors', async () => {
      const error = (await rejection(
        postStedskompassResponse(
          ctx,
          { area: 'tofte', answers: [{ theme: 'feeling-safe', score: 9 }] },
          { idempotencyKey: createIdempotencyKey() },
        ),
      )) as TorgError;
      expect(error.kind).to.equal('validation');
      expect(error.fieldErrors.map((e) => e.field)).to.deep.equal(['answers.0.score']);
    });

    it('maps a 409 slot-taken problem', async () => {
      const { slots } = await getAvailability(ctx, 'borgen-fjorden', { from: '2026-12-07', to: '2026-12-08' });
      const slot = slots.find((s) => s.available)!;
      const body = {
        resourceId: 'borgen-fjorden',
        start: slot.start,
        end: slot.end,
        name: 'A',
        email: 'a@b.no',
        consent: true as const,
      };
      await postBooking(ctx, body, { idempotencyKey: createIdempotencyKey() });
      const error = (await rejection(postBooking(ctx, body, { idempotencyKey: createIdempotencyKey() }))) as TorgError;
      expect(error.kind).to.equal('conflict');
      expect(error.slotTaken).to.equal(true);
    });

    it('gives a 500 without retrying, and a retry by the user really asks again (failures are not cached)', async () => {
      env.scenario('server-error');
      const error = (await rejection(getTorgList(ctx))) as TorgError;
      expect(error.kind).to.equal('server');
      expect(env.requests()).to.have.length(1);
      env.scenario('default');
      const list = await getTorgList(ctx);
      expect(list.items).to.have.length(8);
      expect(env.requests()).to.have.length(2);
    });

    it('retries 503 with backoff, then gives the error', async () => {
      env.scenario('unavailable');
      const error = (await rejection(getTorgList(ctx))) as TorgError;
      expect(error.kind).to.equal('server');
      expect(error.status).to.equal(503);
      expect(env.requests()).to.have.length(3); // the first try and two retries
    });

    it('retries a 503 and succeeds when the next answer is good', async () => {
      env.scenario('flaky');
      const list = await getTorgList(ctx);
      expect(list.items).to.have.length(8);
      expect(env.requests()).to.have.length(2);
    });

    it('tells a network failure from a time-out', async () => {
      env.scenario('network-error');
      const network = (await rejection(getTorgList(ctx))) as TorgError;
      expect(network.kind).to.equal('network');
      env.scenario('slow', { delayMs: 400 });
      configureHttp({ timeoutMs: 100, retryDelaysMs: [] });
      const timeout = (await rejection(getTorg(ctx, 'borgen'))) as TorgError;
      expect(timeout.kind).to.equal('timeout');
    });

    it('does not retry a 4xx', async () => {
      await rejection(getTorg(ctx, 'atlantis'));
      expect(env.requests()).to.have.length(1);
    });
  });

  describe('the shared cache', () => {
    it('makes one request for concurrent identical GETs', async () => {
      const results = await Promise.all(Array.from({ length: 10 }, () => getTorgList(ctx)));
      expect(results.every((r) => r.items.length === 8)).to.equal(true);
      expect(env.requests()).to.have.length(1);
    });

    it('reuses a fresh answer, and revalidates through the HTTP cache when asked (a simple request)', async () => {
      await getTorgList(ctx);
      await getTorgList(ctx);
      expect(env.requests()).to.have.length(1);
      const again = await getTorgList({ ...ctx, revalidate: true });
      expect(again.items).to.have.length(8);
      const [first, second] = env.requests();
      expect([first!.cache, second!.cache]).to.deep.equal(['default', 'no-cache']);
      // Only CORS-safelisted request headers: no If-None-Match (or anything else) from script, so no preflight.
      for (const request of [first!, second!]) {
        const names = [...request.headers.keys()].filter(
          (name) => !['accept', 'user-agent', 'referer'].includes(name) && !name.startsWith('sec-'),
        );
        expect(names, names.join()).to.deep.equal([]);
      }
    });

    it('asks again once the answer is no longer fresh', async () => {
      await getTorgList(ctx);
      env.clock!.jump(5 * 60_000);
      await getTorgList(ctx);
      expect(env.requests()).to.have.length(2);
    });

    it('honours an AbortSignal: the aborted caller gets an AbortError, the others their data', async () => {
      env.scenario('slow', { delayMs: 150 });
      const controller = new AbortController();
      const aborted = getJson(apiUrl(MOCK_API_BASE, '/torg'), { signal: controller.signal });
      const other = getJson(apiUrl(MOCK_API_BASE, '/torg'));
      controller.abort();
      expect(isAbortError(await rejection(aborted))).to.equal(true);
      expect(((await other) as { items: unknown[] }).items).to.have.length(8);
      expect(env.requests()).to.have.length(1);
    });

    it('cancels the request when every caller has aborted, and does not cache it', async () => {
      env.scenario('slow', { delayMs: 300 });
      const controller = new AbortController();
      const aborted = getTorgList({ ...ctx, signal: controller.signal });
      await waitFor(() => env.requests().length === 1, 'the request went out');
      controller.abort();
      expect(isAbortError(await rejection(aborted))).to.equal(true);
      env.scenario('default');
      expect((await getTorgList(ctx)).items).to.have.length(8);
      expect(env.requests()).to.have.length(2);
    });

    it('rejects at once for a signal that is already aborted, without a request', async () => {
      const error = await rejection(getTorgList({ ...ctx, signal: AbortSignal.abort() }));
      expect(isAbortError(error)).to.equal(true);
      expect(env.requests()).to.have.length(0);
    });
  });

  describe('writes', () => {
    const answer = { area: 'tofte', answers: [{ theme: 'natural-space' as const, score: 6 as const }] };

    it('sends an Idempotency-Key and reuses it on the retry after a 503', async () => {
      env.scenario('flaky');
      const key = createIdempotencyKey();
      const retries: number[] = [];
      const created = await postStedskompassResponse(ctx, answer, {
        idempotencyKey: key,
        retryStatuses: [500, 502, 503, 504],
        onRetry: (attempt) => retries.push(attempt),
      });
      expect(created.id).to.match(/^svar-/);
      const posts = env.requests({ method: 'POST' });
      expect(posts).to.have.length(2);
      expect(posts.map((p) => p.headers.get('Idempotency-Key'))).to.deep.equal([key, key]);
      expect(retries).to.deep.equal([1]);
    });

    it('sends one request for a double submit with the same key', async () => {
      const key = createIdempotencyKey();
      const [a, b] = await Promise.all([
        postStedskompassResponse(ctx, answer, { idempotencyKey: key }),
        postStedskompassResponse(ctx, answer, { idempotencyKey: key }),
      ]);
      expect(a.id).to.equal(b.id);
      expect(env.requests({ method: 'POST' })).to.have.length(1);
    });

    it('gets the first answer back when a key is replayed', async () => {
      const key = createIdempotencyKey();
      const first = await postStedskompassResponse(ctx, answer, { idempotencyKey: key });
      const replay = await postStedskompassResponse(ctx, answer, { idempotencyKey: key });
      expect(replay.id).to.equal(first.id);
      expect(env.requests({ method: 'POST' })).to.have.length(2);
    });

    it('does not retry a write unless asked', async () => {
      env.scenario('unavailable');
      await rejection(postStedskompassResponse(ctx, answer, { idempotencyKey: createIdempotencyKey() }));
      expect(env.requests({ method: 'POST' })).to.have.length(1);
    });

    it('a write the server accepted (2xx) is a success, even when its answer cannot be read', async () => {
      const booking = {
        resourceId: 'borgen-fjorden',
        start: '2026-12-07T10:00:00+01:00',
        end: '2026-12-07T11:00:00+01:00',
        name: 'Kari',
        email: 'kari@example.no',
        consent: true as const,
      };
      const answers = [
        new HttpResponse('{"id": "B-1", "status": "approved"', { status: 201 }),
        HttpResponse.json({ id: 42, status: 'approved' }, { status: 201 }),
        HttpResponse.json({ id: 'B-7', status: 'confirmed', cancelUrl: 5 }, { status: 201 }),
      ];
      worker.use(
        http.post(`${MOCK_API_BASE}/bookings`, () => answers.shift()),
        http.post(`${MOCK_API_BASE}/stedskompass/responses`, () => HttpResponse.json({ id: 7 }, { status: 201 })),
        http.post(`${MOCK_API_BASE}/committees/tofte-lsu/applications`, () =>
          HttpResponse.json({ id: 'S-9', status: 'approved' }, { status: 201 }),
        ),
        http.post(`${MOCK_API_BASE}/committees/tofte-lsu/proposals`, () => new HttpResponse('{"id":', { status: 201 })),
      );
      const key = () => ({ idempotencyKey: createIdempotencyKey() });
      expect(await postBooking(ctx, booking, key())).to.deep.equal({ id: '', status: 'pending' });
      expect(await postBooking(ctx, booking, key())).to.deep.equal({ id: '', status: 'pending' });
      expect(await postBooking(ctx, booking, key())).to.deep.equal({ id: 'B-7', status: 'confirmed' });
      expect(await postStedskompassResponse(ctx, answer, key())).to.deep.equal({ id: '' });
      const application = { applicant: 'K', email: 'k@example.no', title: 'T', description: 'D', amount: 1 };
      expect(await postApplication(ctx, 'tofte-lsu', { ...application, consent: true }, key())).to.deep.equal({
        id: 'S-9',
        status: 'received',
      });
      expect(
        await postProposal(ctx, 'tofte-lsu', { title: 'T', description: 'D', consent: true }, key()),
      ).to.deep.equal({ id: '', status: 'received' });
    });

    it('keeps the key for the same payload and makes a new one for a changed payload', () => {
      const first = submissionFor(undefined, { a: 1, b: [1, 2] });
      expect(submissionFor(first, { b: [1, 2], a: 1 })).to.equal(first);
      const changed = submissionFor(first, { a: 2, b: [1, 2] });
      expect(changed.key).not.to.equal(first.key);
      expect(changed.key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });
  });

  it('sends no cookies or credentials', async () => {
    document.cookie = 'tracking=1; path=/';
    try {
      await getTorgList(ctx);
      expect(env.requests()[0]!.headers.get('cookie')).to.equal(null);
    } finally {
      document.cookie = 'tracking=; max-age=0; path=/';
    }
  });
});
