/**
 * The time limits of `http.ts` on a fake clock, against a scripted `fetch`:
 * whatever the server does, a request ends within its bound. (The real
 * browser's fetch against a real server that holds a body open is checked in
 * `test/hostile/`.)
 */
import { expect } from '@open-wc/testing';
import type { TorgError } from '../../src/contract/errors.js';
import { isAbortError } from '../../src/contract/errors.js';
import { clearHttpCache, configureHttp, getJson, httpSettings } from '../../src/core/http.js';
import { sendJson } from '../../src/core/http-send.js';
import { installFakeTimers, type FakeTimers } from '../helpers/clock.js';

const URL_A = 'https://api.example.test/v1/torg';

interface Call {
  url: string;
  init: RequestInit;
  /** Fake time when the request was made. */
  at: number;
}

type Server = (call: Call, signal: AbortSignal) => Promise<Response>;

/** Installs a scripted `fetch`; it rejects with an AbortError when its signal aborts, like the real one. */
function scriptFetch(server: Server): { calls: Call[]; restore(): void } {
  const original = globalThis.fetch;
  const calls: Call[] = [];
  globalThis.fetch = ((input: RequestInfo | URL, init: RequestInit = {}) => {
    const call = { url: String(input), init, at: Date.now() };
    calls.push(call);
    const signal = init.signal!;
    return new Promise<Response>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
      server(call, signal).then(resolve, reject);
    });
  }) as typeof fetch;
  return { calls, restore: () => (globalThis.fetch = original) };
}

const encoder = new TextEncoder();

/** A body that sends `start` and then whatever `more` enqueues; the abort errors it, like a real body. */
function body(signal: AbortSignal, start: string, more?: (chunk: (text: string) => void) => void): ReadableStream {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(start));
      signal.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')), {
        once: true,
      });
      more?.((text) => controller.enqueue(encoder.encode(text)));
    },
  });
}

const json = { 'Content-Type': 'application/json' };

/** Records when (in fake time) a promise settled, and how. */
function track(promise: Promise<unknown>, clock: FakeTimers) {
  const result: { done: boolean; at?: number; value?: unknown; error?: unknown } = { done: false };
  promise.then(
    (value) => Object.assign(result, { done: true, at: clock.now(), value }),
    (error: unknown) => Object.assign(result, { done: true, at: clock.now(), error }),
  );
  return result;
}

describe('http time limits (fake clock)', () => {
  let clock: FakeTimers;
  let fetchStub: { calls: Call[]; restore(): void } | undefined;
  let start: number;

  // What a non-2xx answer says (`http-problem.ts`) is a chunk fetched at the first such answer: loaded here
  // up front, so the fake clock's ticks time the request, not the test server serving that module.
  before(() => import('../../src/core/http-problem.js'));

  beforeEach(() => {
    clock = installFakeTimers('2026-12-03T10:00:00Z');
    start = clock.now();
    configureHttp('reset');
    clearHttpCache();
  });

  afterEach(() => {
    fetchStub?.restore();
    fetchStub = undefined;
    clock.uninstall();
    configureHttp('reset');
    clearHttpCache();
  });

  it('bounds the whole request, within 20 s, when the headers come and the body never ends', async () => {
    fetchStub = scriptFetch(async (_call, signal) => new Response(body(signal, '{"items": ['), { headers: json }));
    const result = track(getJson(URL_A), clock);
    await clock.tick(30_000);
    expect(result.done).to.equal(true);
    expect((result.error as TorgError).kind).to.equal('timeout');
    expect(result.at! - start).to.equal(httpSettings.totalMs);
    expect(result.at! - start).to.be.at.most(20_000);
    // The first attempt had its full time; the retry the time that was left.
    expect(fetchStub.calls.map((c) => c.at - start)).to.deep.equal([0, httpSettings.timeoutMs + 500]);
  });

  it('counts the time to read the body in the deadline of an attempt (a trickle of a byte every 400 ms)', async () => {
    configureHttp({ retryDelaysMs: [] });
    fetchStub = scriptFetch(
      async (_call, signal) =>
        new Response(
          body(signal, '{"items": [', (send) => {
            const timer = setInterval(() => send(' '), 400);
            signal.addEventListener('abort', () => clearInterval(timer));
          }),
          { headers: json },
        ),
    );
    const result = track(getJson(URL_A), clock);
    await clock.tick(httpSettings.timeoutMs - 1);
    expect(result.done).to.equal(false);
    await clock.tick(1);
    expect((result.error as TorgError).kind).to.equal('timeout');
    expect(result.at! - start).to.equal(httpSettings.timeoutMs);
  });

  it('gives a time-out within the bound when no headers come at all', async () => {
    fetchStub = scriptFetch(() => new Promise<Response>(() => {}));
    const result = track(getJson(URL_A), clock);
    await clock.tick(30_000);
    expect((result.error as TorgError).kind).to.equal('timeout');
    expect(result.at! - start).to.be.at.most(httpSettings.totalMs);
  });

  it('ends an attempt at its deadline even when fetch ignores the abort (a page that replaced fetch)', async () => {
    const original = globalThis.fetch;
    globalThis.fetch = (() => new Promise<Response>(() => {})) as typeof fetch;
    try {
      configureHttp({ retryDelaysMs: [] });
      const result = track(getJson(URL_A), clock);
      await clock.tick(httpSettings.timeoutMs);
      expect((result.error as TorgError).kind).to.equal('timeout');
    } finally {
      globalThis.fetch = original;
    }
  });

  it('does not wait for a Retry-After longer than the time left: a 503 with Retry-After: 3600 fails at once', async () => {
    fetchStub = scriptFetch(
      async () =>
        new Response('{"title":"Service Unavailable","status":503}', {
          status: 503,
          headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '3600' },
        }),
    );
    const result = track(getJson(URL_A), clock);
    await clock.tick(0);
    expect(result.done).to.equal(true);
    const error = result.error as TorgError;
    expect([error.kind, error.status, error.retryAfterSeconds]).to.deep.equal(['server', 503, 3600]);
    expect(fetchStub.calls).to.have.length(1);
  });

  it('honours a Retry-After that fits in the bound (seconds or an HTTP date)', async () => {
    let n = 0;
    fetchStub = scriptFetch(async () => {
      n++;
      if (n === 1) return new Response(null, { status: 503, headers: { 'Retry-After': '3' } });
      if (n === 2) {
        const date = new Date(Date.now() + 5_000).toUTCString();
        return new Response(null, { status: 503, headers: { 'Retry-After': date } });
      }
      return new Response('{"items":[]}', { headers: json });
    });
    const result = track(getJson(URL_A), clock);
    await clock.tick(15_000);
    expect(result.value).to.deep.equal({ items: [] });
    const times = fetchStub.calls.map((c) => c.at - start);
    expect(times[1]).to.equal(3_000);
    // An HTTP date has a resolution of a second.
    expect(times[2]! - times[1]!).to.be.within(4_000, 5_000);
  });

  it('retries a broken connection while the body is read, then succeeds', async () => {
    let n = 0;
    fetchStub = scriptFetch(async (_call, signal) => {
      n++;
      if (n > 1) return new Response('{"items":[1]}', { headers: json });
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode('{"it'));
          setTimeout(() => controller.error(new TypeError('network error')), 50);
          signal.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return new Response(stream, { headers: json });
    });
    const result = track(getJson(URL_A), clock);
    await clock.tick(2_000);
    expect(result.value).to.deep.equal({ items: [1] });
    expect(fetchStub.calls).to.have.length(2);
  });

  it('an aborted caller is answered at once, also while the body is being read', async () => {
    fetchStub = scriptFetch(async (_call, signal) => new Response(body(signal, '{'), { headers: json }));
    const controller = new AbortController();
    const result = track(getJson(URL_A, { signal: controller.signal }), clock);
    await clock.tick(1_000);
    controller.abort();
    await clock.flush();
    expect(isAbortError(result.error)).to.equal(true);
    expect(result.at! - start).to.equal(1_000);
    // The shared request was cancelled: its signal is aborted.
    expect(fetchStub.calls[0]!.init.signal!.aborted).to.equal(true);
  });

  it('bounds a write too, retried only when asked; the time offline is not counted', async () => {
    fetchStub = scriptFetch(async (_call, signal) => new Response(body(signal, '{"id'), { headers: json }));
    const once = track(sendJson('POST', URL_A, { a: 1 }), clock);
    await clock.tick(httpSettings.timeoutMs);
    expect((once.error as TorgError).kind).to.equal('timeout');
    expect(fetchStub.calls).to.have.length(1);

    const retried = track(sendJson('POST', URL_A, { a: 1 }, { retryStatuses: [503] }), clock);
    await clock.tick(30_000);
    expect((retried.error as TorgError).kind).to.equal('timeout');
    expect(retried.at! - once.at!).to.equal(httpSettings.totalMs);
  });
});
