/**
 * What the server says of an answer that is not 2xx (`http.ts` fetches this module then, so no first render
 * carries it): its RFC 9457 problem and its `Retry-After`, as a `TorgError`.
 */
import { TorgError, isAbortError, kindForStatus } from '../contract/errors.js';
import type { Problem } from '../contract/schemas.js';

export async function problemError(url: string, response: Response): Promise<TorgError> {
  let problem: Problem | undefined;
  const type = response.headers.get('Content-Type') ?? '';
  if (/json/i.test(type)) {
    try {
      problem = readProblem(JSON.parse(await response.text()));
    } catch (error) {
      // The body was cut off by the deadline or the caller: that is not "no problem body".
      if (isAbortError(error)) throw error;
      // A body that is not JSON: the status says enough.
    }
  }
  const status = response.status;
  const message = `${status} ${problem?.title ?? response.statusText} for ${url}`;
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  return new TorgError(kindForStatus(status), message, {
    status,
    ...(problem ? { problem } : {}),
    ...(retryAfter !== undefined ? { retryAfterSeconds: retryAfter } : {}),
  });
}

/** `Retry-After` in seconds: a number of seconds or an HTTP date. */
function parseRetryAfter(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, (date - Date.now()) / 1000) : undefined;
}

/** The useful fields of an RFC 9457 problem; anything malformed is dropped. */
function readProblem(body: unknown): Problem | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const own = (key: string): unknown => (Object.hasOwn(body, key) ? (body as Record<string, unknown>)[key] : undefined);
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  const problem: Problem = {};
  const type = text(own('type'));
  const title = text(own('title'));
  const detail = text(own('detail'));
  const errors = own('errors');
  if (type) problem.type = type;
  if (title) problem.title = title;
  if (detail) problem.detail = detail;
  if (Array.isArray(errors)) {
    problem.errors = [];
    for (const e of errors as unknown[]) {
      const { field, message } = (e ?? {}) as { field?: unknown; message?: unknown };
      if (typeof field === 'string' && typeof message === 'string') problem.errors.push({ field, message });
    }
  }
  return problem;
}
