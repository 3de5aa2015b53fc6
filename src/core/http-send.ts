/**
 * Writes to the municipal API (POST, PUT, DELETE) through the transport of
 * `http.ts` (time limits, problem answers): retried only when the caller
 * asks (a write carries an `Idempotency-Key`, so a retry is safe), one
 * request for a double click, bodies written with `toJson` (immune to a
 * page's patched `toJSON`). A module of its own: only the widgets that write
 * carry it.
 */
import { abortError } from '../contract/errors.js';
import { toJson } from '../domain/to-json.js';
import { attempt, withRetries, type SendOptions } from './http.js';
import { createLogger } from './logger.js';

export type { SendOptions };

/** How a write is sent: its idempotency key, and what to retry. */
export type WriteOptions = Omit<SendOptions, 'signal'> & { idempotencyKey: string };

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
    cache: 'no-store',
    ...(body === undefined ? {} : { body: toJson(body) }),
  };
  // The server accepted the write once it answers 2xx: a body we cannot parse does not undo that.
  const promise = withRetries((ms) => attempt(url, init, ms, options.signal, true), {
    ...options,
    ready: options.waitForOnline ? untilOnline : undefined,
  }).finally(() => {
    if (key) inFlightWrites.delete(key);
  });
  if (key) inFlightWrites.set(key, promise);
  return promise;
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

/**
 * A write's outcome is the server's answer alone: once it accepted the write
 * (2xx), nothing after it — an answer of an unexpected shape — turns it into
 * a failure. The answer is then read leniently (`fallback`) and a warning
 * logged.
 */
export async function written<T>(
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

/** A string field of an answer read leniently, else `''`. */
export const text = (value: unknown): string => (typeof value === 'string' ? value : '');
