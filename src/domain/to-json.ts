/**
 * JSON for a request body (the writes', the idempotency key's, the structured data's):
 * `toJson()` serialises with the built-ins captured when this module loaded, and
 * ignores `toJSON` methods a host page put on `Array.prototype` or
 * `Object.prototype` (Prototype.js 1.6 turns every array into a JSON *string*
 * that way). A module of its own beside `encode.ts`, so no first screen carries it.
 */
import { wellFormed } from './encode.js';

// Captured at load: a script the page runs later cannot change how bodies are written.
const stringify = JSON.stringify;
const { isArray } = Array;
const { getPrototypeOf } = Object;
const objectPrototype = Object.prototype;

/** Plain data: an array or an object made by `{}` / `JSON.parse` / `Object.create(null)`. */
function isPlain(value: object): boolean {
  if (isArray(value)) return true;
  const proto: unknown = getPrototypeOf(value);
  return proto === objectPrototype || proto === null;
}

/**
 * JSON for a request body: arrays and plain objects are written as what
 * they hold (a `toJSON` they inherit from a patched prototype is ignored),
 * strings are made well-formed (line breaks kept). Own `toJSON` methods of
 * other objects (e.g. `Date`) still apply.
 */
export function toJson(value: unknown): string {
  return stringify(value, function (this: Record<string, unknown>, key: string, serialised: unknown) {
    const raw = this[key];
    if (typeof raw === 'string') return wellFormed(raw, { lines: true });
    if (raw !== null && typeof raw === 'object' && isPlain(raw)) return raw;
    return serialised;
  });
}
