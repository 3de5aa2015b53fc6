/**
 * One idempotency key per user submission. A retry of the same submission
 * reuses its key; a changed payload (another slot after a 409, corrected
 * fields after a 422) is a new submission with a new key.
 */
import { toJson } from '../domain/to-json.js';

/** A random UUID v4 (also on plain-http pages, where `crypto.randomUUID` is missing). */
export function createIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface Submission<T> {
  readonly key: string;
  readonly body: T;
}

/**
 * The submission for `body`: the previous one when its payload is the same
 * (a retry), else a new one with a fresh key.
 */
export function submissionFor<T>(previous: Submission<T> | undefined, body: T): Submission<T> {
  if (previous && stableJson(previous.body) === stableJson(body)) return previous;
  return { key: createIdempotencyKey(), body };
}

function stableJson(value: unknown): string {
  return toJson(sortKeys(value));
}

/** A copy of plain data with every object's keys in order. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!value || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.getOwnPropertyNames(value).sort())
    sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
}
