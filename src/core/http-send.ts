/**
 * Writes to the municipal API (POST, PUT, DELETE) through the transport of
 * `http.ts` (time limits, problem answers): retried only when the caller
 * asks (a write carries an `Idempotency-Key`, so a retry is safe), one
 * request for a double click, bodies written with `toJson` (immune to a
 * page's patched `toJSON`). A module of its own: only the widgets that write
 * carry it.
 */
import { toJson } from '../domain/encode.js';
import { attempt, withRetries, type SendOptions } from './http.js';

export type { SendOptions };

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
  const promise = withRetries((ms) => attempt(url, init, ms, options.signal, true), options).finally(() => {
    if (key) inFlightWrites.delete(key);
  });
  if (key) inFlightWrites.set(key, promise);
  return promise;
}
