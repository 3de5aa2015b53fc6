/**
 * HTTP for the municipal API: one place for fetch, time limits, retries,
 * `application/problem+json`, the shared GET cache and idempotent writes.
 * What an answer that is not 2xx says (its problem, `Retry-After`) is read by
 * `http-problem.ts`, a chunk fetched at the first such answer.
 *
 * - Time limits cover the whole answer: each attempt has one deadline that
 *   includes reading the body (the abort reaches the body reader, and the
 *   attempt gives up at its deadline even if a fetch ignores the abort), and
 *   a request with its retries and pauses is bounded as a whole (`totalMs`),
 *   so whatever the server does — headers then silence, a trickle, no answer
 *   at all, `Retry-After: 3600` — the caller has an answer or an error in
 *   time. A `Retry-After` longer than the time left is not waited for.
 * - GETs are simple CORS requests (no header that would need a preflight)
 *   and go through the browser's HTTP cache: a refresh revalidates with
 *   `cache: 'no-cache'`, so the browser sends the server's `ETag` back
 *   itself and a `304` costs no body and no preflight.
 * - Identical GETs (and HEADs) in flight are shared: ten widgets asking for
 *   `/torg` make one request. An answer is reused for `freshMs`. A failed request is never
 *   cached.
 * - Every caller's `AbortSignal` is honoured: it rejects that caller's
 *   promise at once; the shared request is cancelled only when every caller
 *   has gone.
 * - GETs are retried with backoff on network errors, time-outs and
 *   502/503/504; writes (`http-send.ts`) only when the caller asks (they
 *   carry an `Idempotency-Key`, so a retry is safe).
 * - No cookies or credentials are ever sent.
 */
import { TorgError, abortError, isAbortError, kindForStatus } from '../contract/errors.js';
import { pageShared } from './page.js';

export interface HttpSettings {
  /** Time limit of one attempt: from sending the request until its whole body is read. */
  timeoutMs: number;
  /** Time limit of a request as a whole: its attempts, retries and the pauses between them. */
  totalMs: number;
  /** Pause before each retry; its length is the number of retries. */
  retryDelaysMs: number[];
  /** How long a GET answer is reused without asking the server. */
  freshMs: number;
  /** How many answers the cache keeps. */
  maxEntries: number;
}

/**
 * With these, a widget shows its error (with "try again") at most ~14 s
 * after it asked, whatever the server does: within 20 s with room for lazy
 * chunks, rendering and a busy phone. 9 s is ample for a whole JSON answer.
 */
const DEFAULTS: HttpSettings = {
  timeoutMs: 9_000,
  totalMs: 14_000,
  retryDelaysMs: [500, 1_500, 4_000],
  freshMs: 60_000,
  maxEntries: 200,
};

export const httpSettings: HttpSettings = { ...DEFAULTS };

/** Changes the HTTP settings (tests shorten the delays); `reset` restores them. */
export function configureHttp(settings: Partial<HttpSettings> | 'reset'): void {
  Object.assign(httpSettings, settings === 'reset' ? DEFAULTS : settings);
}

const RETRY_GET_STATUSES = [502, 503, 504];

export interface GetOptions {
  signal?: AbortSignal | undefined;
  /** Ask the server even when a fresh answer is cached (through the HTTP cache: `cache: 'no-cache'`). */
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
  /** Wait for the browser to come back online before each attempt (that wait is not limited). */
  waitForOnline?: boolean;
}

interface CachedAnswer {
  data: unknown;
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
const cache = pageShared('torg-widgets.http-cache.v2', () => new Map<string, CacheEntry>());

/** Forgets every cached answer (tests; a page that knows data changed). */
export function clearHttpCache(): void {
  for (const entry of cache.values()) if (!entry.settled) entry.controller.abort();
  cache.clear();
}

/** GET a JSON document through the shared cache. */
export function getJson(url: string, options: GetOptions = {}): Promise<unknown> {
  return read('GET', url, options);
}

/**
 * HEAD: whether the server has a resource, without its body (a calendar
 * feed the API may or may not offer). Resolves on a 2xx answer; any other
 * status is a `TorgError` as for a GET. Shared and reused like a GET.
 */
export function head(url: string, options: GetOptions = {}): Promise<void> {
  return read('HEAD', url, options).then(() => undefined);
}

function read(method: 'GET' | 'HEAD', url: string, options: GetOptions): Promise<unknown> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  const key = method === 'GET' ? url : `${method} ${url}`;
  let entry = cache.get(key);
  const fresh =
    entry?.settled === true &&
    entry.answer !== undefined &&
    Date.now() - entry.answer.time < httpSettings.freshMs &&
    !options.revalidate;
  if (!entry || (entry.settled && !fresh)) {
    entry = startGet(key, url, method, options.revalidate === true);
  }
  return follow(key, entry, signal).then((answer) => answer.data);
}

function startGet(key: string, url: string, method: 'GET' | 'HEAD', revalidate: boolean): CacheEntry {
  const controller = new AbortController();
  // Only CORS-safelisted headers: a cross-origin GET or HEAD stays a simple request (no preflight).
  const init: RequestInit = {
    method,
    ...(method === 'GET' ? { headers: { Accept: 'application/json' } } : {}),
    // A refresh asks the server, through the HTTP cache: the browser sends its ETag itself.
    ...(revalidate ? { cache: 'no-cache' as const } : {}),
  };
  const promise = withRetries((ms) => attempt(url, init, ms, controller.signal), {
    retryStatuses: RETRY_GET_STATUSES,
    signal: controller.signal,
  }).then(
    (data) => {
      const answer = { data, time: Date.now() };
      entry.settled = true;
      entry.answer = answer;
      trimCache();
      return answer;
    },
    (error: unknown) => {
      entry.settled = true;
      if (cache.get(key) === entry) cache.delete(key);
      throw error;
    },
  );
  const entry: CacheEntry = { promise, settled: false, callers: 0, controller };
  // Nobody may be listening when the last caller aborted.
  promise.catch(() => undefined);
  cache.delete(key);
  cache.set(key, entry);
  return entry;
}

function follow(key: string, entry: CacheEntry, signal: AbortSignal | undefined): Promise<CachedAnswer> {
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
        if (cache.get(key) === entry) cache.delete(key);
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

/**
 * Runs attempts until one succeeds, an error is not worth retrying, the
 * retries are used up, or the request's time (`totalMs`) is: each attempt
 * gets the time left, up to `timeoutMs`.
 */
export async function withRetries<T>(
  run: (timeoutMs: number) => Promise<T>,
  options: Pick<SendOptions, 'retryStatuses' | 'onRetry' | 'signal'> & {
    /** Waited for before each attempt, outside the request's time (a write waits for the network: `http-send.ts`). */
    ready?: ((signal?: AbortSignal) => Promise<void>) | undefined;
  },
): Promise<T> {
  const statuses = options.retryStatuses;
  let deadline = Date.now() + httpSettings.totalMs;
  for (let attemptNo = 0; ; attemptNo++) {
    if (options.ready) {
      // Waiting for the network is not the server's time: the bound moves with it.
      const waitingSince = Date.now();
      await options.ready(options.signal);
      deadline += Date.now() - waitingSince;
    }
    try {
      return await run(Math.max(0, Math.min(httpSettings.timeoutMs, deadline - Date.now())));
    } catch (error) {
      const delays = httpSettings.retryDelaysMs;
      const retryable =
        error instanceof TorgError &&
        statuses !== undefined &&
        (error.kind === 'network' ||
          error.kind === 'timeout' ||
          (error.status !== undefined && statuses.includes(error.status)));
      if (!retryable || attemptNo >= delays.length) throw error;
      const delay = Math.max(delays[attemptNo] ?? 0, retryAfterMs(error) ?? 0);
      // No time left for the pause and another try (or the server asks for longer): give up now.
      if (Date.now() + delay >= deadline - MIN_ATTEMPT_MS) throw error;
      options.onRetry?.(attemptNo + 1, delay, error);
      await sleep(delay, options.signal);
    }
  }
}

/** An attempt with less time than this is not started. */
const MIN_ATTEMPT_MS = 250;

function retryAfterMs(error: TorgError): number | undefined {
  const seconds = error.retryAfterSeconds;
  return seconds !== undefined && seconds > 0 ? seconds * 1000 : undefined;
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

/**
 * One attempt, bounded as a whole: fetch, then read and parse the body,
 * within `timeoutMs`. At the deadline the request is aborted (which errors
 * the body stream) and the attempt fails with a `timeout` at once, even if
 * the fetch in use ignores the abort. Non-2xx answers become `TorgError`s.
 */
export async function attempt(
  url: string,
  init: RequestInit,
  timeoutMs: number,
  signal?: AbortSignal,
  lenient = false,
): Promise<unknown> {
  if (signal?.aborted) throw abortError();
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  // Settles at the deadline or when the caller aborts, whatever fetch does.
  const stopped = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new TorgError('timeout', `No complete answer from ${url} within ${timeoutMs} ms`));
    }, timeoutMs);
    onAbort = (): void => {
      controller.abort();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  const exchange = async (): Promise<unknown> => {
    try {
      const response = await fetch(url, {
        ...init,
        signal: controller.signal,
        credentials: 'omit',
        mode: 'cors',
        redirect: 'follow',
      });
      // An answer that is not 2xx: what the server says of it (a problem, `Retry-After`) is read by a chunk of
      // its own, fetched then; when that cannot come, the status alone says which error it is.
      if (!response.ok) {
        throw await import('./http-problem.js').then(
          (problem) => problem.problemError(url, response),
          () =>
            new TorgError(kindForStatus(response.status), `${response.status} for ${url}`, { status: response.status }),
        );
      }
      return await readBody(url, response, lenient);
    } catch (error) {
      if (error instanceof TorgError || isAbortError(error)) throw error;
      // No answer, or the connection broke while the body was read.
      throw new TorgError('network', `Network error for ${url}`, { cause: error });
    }
  };
  const work = exchange();
  // Whichever loses the race must not surface as an unhandled rejection.
  work.catch(() => undefined);
  stopped.catch(() => undefined);
  try {
    return await Promise.race([work, stopped]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}

/** The JSON of a body; malformed JSON is `invalid-data`, or `null` when `lenient` (the answer to a write). */
async function readBody(url: string, response: Response, lenient = false): Promise<unknown> {
  if (response.status === 204) return null;
  const text = await response.text();
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (lenient) return null;
    throw new TorgError('invalid-data', `Malformed JSON from ${url}`, {
      status: response.status,
      cause: error,
    });
  }
}
