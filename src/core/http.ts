/**
 * HTTP for the municipal API: one place for fetch, time limits, retries,
 * `application/problem+json`, the shared GET cache and idempotent writes.
 *
 * - Identical GETs in flight are shared: ten widgets asking for `/torg` make
 *   one request. An answer is reused for `freshMs`; after that the next ask
 *   revalidates (with `If-None-Match` when the server sent an `ETag`). A
 *   failed request is never cached.
 * - Every caller's `AbortSignal` is honoured: it rejects that caller's
 *   promise at once; the shared request is cancelled only when every caller
 *   has gone.
 * - GETs are retried with backoff on network errors, time-outs and
 *   502/503/504; writes only when the caller asks (they carry an
 *   `Idempotency-Key`, so a retry is safe).
 * - No cookies or credentials are ever sent.
 */
import { TorgError, abortError, isAbortError, kindForStatus } from '../contract/errors.js';
import type { Problem } from '../contract/schemas.js';

export interface HttpSettings {
  /** Time limit of one attempt. */
  timeoutMs: number;
  /** Pause before each retry; its length is the number of retries. */
  retryDelaysMs: number[];
  /** How long a GET answer is reused without asking the server. */
  freshMs: number;
  /** How many answers the cache keeps. */
  maxEntries: number;
}

const DEFAULTS: HttpSettings = {
  timeoutMs: 15_000,
  retryDelaysMs: [500, 1_500, 4_000],
  freshMs: 60_000,
  maxEntries: 200,
};

export const httpSettings: HttpSettings = { ...DEFAULTS };

/** Changes the HTTP settings (tests shorten the delays); `reset` restores them. */
export function configureHttp(settings: Partial<HttpSettings> | 'reset'): void {
  Object.assign(httpSettings, settings === 'reset' ? DEFAULTS : settings);
}

const RETRY_GET_STATUSES = new Set([502, 503, 504]);

export interface GetOptions {
  signal?: AbortSignal | undefined;
  /** Ask the server even when a fresh answer is cached. */
  revalidate?: boolean;
}

export interface SendOptions {
  signal?: AbortSignal | undefined;
  /** The submission's key, reused on every retry of it. */
  idempotencyKey?: string;
  /** Retry network errors, time-outs and these statuses (default: none). */
  retryStatuses?: number[];
  /** Called before each retry (for a visible "trying again" state). */
  onRetry?: (attempt: number, delayMs: number, error: TorgError) => void;
  /** Wait for the browser to come back online before each attempt. */
  waitForOnline?: boolean;
}

interface CachedAnswer {
  data: unknown;
  etag: string | null;
  time: number;
}

interface CacheEntry {
  promise: Promise<CachedAnswer>;
  settled: boolean;
  answer?: CachedAnswer;
  callers: number;
  controller: AbortController;
}

/**
 * One cache per page, shared by every copy of the library on it (a second
 * bundle, another version): it holds raw JSON, each copy validates its own.
 */
const CACHE_KEY = Symbol.for('torg-widgets.http-cache.v1');
type Cache = Map<string, CacheEntry>;
const globalStore = globalThis as unknown as Record<symbol, Cache | undefined>;
const cache: Cache = (globalStore[CACHE_KEY] ??= new Map());

/** Forgets every cached answer (tests; a page that knows data changed). */
export function clearHttpCache(): void {
  for (const entry of cache.values()) if (!entry.settled) entry.controller.abort();
  cache.clear();
}

/** GET a JSON document through the shared cache. */
export function getJson(url: string, options: GetOptions = {}): Promise<unknown> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  let entry = cache.get(url);
  const fresh =
    entry?.settled === true &&
    entry.answer !== undefined &&
    Date.now() - entry.answer.time < httpSettings.freshMs &&
    !options.revalidate;
  if (!entry || (entry.settled && !fresh)) {
    entry = startGet(url, entry?.answer);
  }
  return follow(url, entry, signal).then((answer) => answer.data);
}

function startGet(url: string, previous: CachedAnswer | undefined): CacheEntry {
  const controller = new AbortController();
  const entry: CacheEntry = {
    promise: Promise.resolve() as unknown as Promise<CachedAnswer>,
    settled: false,
    callers: 0,
    controller,
  };
  entry.promise = withRetries(
    async () => {
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (previous?.etag) headers['If-None-Match'] = previous.etag;
      const response = await attempt(url, { method: 'GET', headers }, controller.signal);
      if (response.status === 304 && previous) {
        return { ...previous, time: Date.now() };
      }
      const data = await readBody(response);
      return { data, etag: response.headers.get('ETag'), time: Date.now() };
    },
    { retryStatuses: [...RETRY_GET_STATUSES], signal: controller.signal },
  ).then(
    (answer) => {
      entry.settled = true;
      entry.answer = answer;
      trimCache();
      return answer;
    },
    (error: unknown) => {
      entry.settled = true;
      if (cache.get(url) === entry) cache.delete(url);
      throw error;
    },
  );
  // Nobody may be listening when the last caller aborted.
  entry.promise.catch(() => undefined);
  cache.delete(url);
  cache.set(url, entry);
  return entry;
}

function follow(url: string, entry: CacheEntry, signal: AbortSignal | undefined): Promise<CachedAnswer> {
  entry.callers++;
  return new Promise<CachedAnswer>((resolve, reject) => {
    let left = false;
    const leave = (): void => {
      if (left) return;
      left = true;
      entry.callers--;
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      leave();
      reject(abortError());
      // The last caller gone: cancel the request itself.
      if (entry.callers === 0 && !entry.settled) {
        entry.controller.abort();
        if (cache.get(url) === entry) cache.delete(url);
      }
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(
      (answer) => {
        leave();
        resolve(answer);
      },
      (error: unknown) => {
        leave();
        reject(error);
      },
    );
  });
}

function trimCache(): void {
  while (cache.size > httpSettings.maxEntries) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
}

const inFlightWrites = new Map<string, Promise<unknown>>();

/**
 * Sends a JSON body (POST, PUT, DELETE). A repeated call with the same
 * idempotency key while the first is in flight gets the first call's promise:
 * a double click sends one request.
 */
export function sendJson(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body: unknown,
  options: SendOptions = {},
): Promise<unknown> {
  const key = options.idempotencyKey;
  const shared = key ? inFlightWrites.get(key) : undefined;
  if (shared) return shared;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (key) headers['Idempotency-Key'] = key;
  const init: RequestInit = {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
  const promise = withRetries(async () => readBody(await attempt(url, init, options.signal)), options).finally(() => {
    if (key) inFlightWrites.delete(key);
  });
  if (key) inFlightWrites.set(key, promise);
  return promise;
}

async function withRetries<T>(
  run: () => Promise<T>,
  options: Pick<SendOptions, 'retryStatuses' | 'onRetry' | 'signal' | 'waitForOnline'>,
): Promise<T> {
  const statuses = options.retryStatuses;
  for (let attemptNo = 0; ; attemptNo++) {
    if (options.waitForOnline) await untilOnline(options.signal);
    try {
      return await run();
    } catch (error) {
      const delays = httpSettings.retryDelaysMs;
      const retryable =
        error instanceof TorgError &&
        statuses !== undefined &&
        (error.kind === 'network' ||
          error.kind === 'timeout' ||
          (error.status !== undefined && statuses.includes(error.status)));
      if (!retryable || attemptNo >= delays.length) throw error;
      const base = delays[attemptNo] ?? 0;
      const delay = Math.max(base, retryAfterMs(error) ?? 0);
      options.onRetry?.(attemptNo + 1, delay, error);
      await sleep(delay, options.signal);
    }
  }
}

function retryAfterMs(error: TorgError): number | undefined {
  const seconds = error.retryAfterSeconds;
  return seconds !== undefined && seconds > 0 ? Math.min(seconds, 30) * 1000 : undefined;
}

/** Resolves once the browser reports being online (at once when it is). */
export function untilOnline(signal?: AbortSignal): Promise<void> {
  if (typeof navigator === 'undefined' || navigator.onLine !== false) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (): void => {
      window.removeEventListener('online', done);
      signal?.removeEventListener('abort', aborted);
      resolve();
    };
    const aborted = (): void => {
      window.removeEventListener('online', done);
      reject(abortError());
    };
    window.addEventListener('online', done);
    signal?.addEventListener('abort', aborted, { once: true });
  });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const TIMEOUT = Symbol('timeout');

/** One attempt: fetch with a time limit; non-2xx answers become `TorgError`s. */
async function attempt(url: string, init: RequestInit, signal?: AbortSignal): Promise<Response> {
  if (signal?.aborted) throw abortError();
  const controller = new AbortController();
  const onAbort = (): void => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(TIMEOUT), httpSettings.timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        ...init,
        signal: controller.signal,
        credentials: 'omit',
        mode: 'cors',
        redirect: 'follow',
      });
    } catch (error) {
      if (controller.signal.reason === TIMEOUT) {
        throw new TorgError('timeout', `No answer from ${url} within ${httpSettings.timeoutMs} ms`);
      }
      if (signal?.aborted || isAbortError(error)) throw abortError();
      throw new TorgError('network', `Network error for ${url}`, { cause: error });
    }
    if (response.ok || response.status === 304) return response;
    throw await problemError(url, response);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

async function problemError(url: string, response: Response): Promise<TorgError> {
  let problem: Problem | undefined;
  const type = response.headers.get('Content-Type') ?? '';
  if (/json/i.test(type)) {
    try {
      problem = readProblem(await response.json());
    } catch {
      // A body that is not JSON: the status says enough.
    }
  }
  const status = response.status;
  const message = `${status} ${problem?.title ?? response.statusText} for ${url}`;
  const retryAfter = Number(response.headers.get('Retry-After') ?? Number.NaN);
  return new TorgError(kindForStatus(status), message, {
    status,
    ...(problem ? { problem } : {}),
    ...(Number.isFinite(retryAfter) ? { retryAfterSeconds: retryAfter } : {}),
  });
}

/** The useful fields of an RFC 9457 problem; anything malformed is dropped. */
function readProblem(body: unknown): Problem | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const { type, title, detail, errors } = body as Record<string, unknown>;
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  const problem: Problem = {};
  if (text(type)) problem.type = text(type);
  if (text(title)) problem.title = text(title);
  if (text(detail)) problem.detail = text(detail);
  if (Array.isArray(errors)) {
    problem.errors = errors
      .filter(
        (e): e is { field: string; message: string } => typeof e?.field === 'string' && typeof e?.message === 'string',
      )
      .map(({ field, message }) => ({ field, message }));
  }
  return problem;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return null;
  const text = await response.text();
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new TorgError('invalid-data', `Malformed JSON from ${response.url}`, {
      status: response.status,
      cause: error,
    });
  }
}
