/**
 * Well-formed text for everything the widgets encode — URLs, `data:` URLs,
 * JSON-LD, request bodies — whatever the API or the host page hands in.
 *
 * - `wellFormed()` replaces lone UTF-16 surrogates (what a backend leaves
 *   when it cuts a string in the middle of an emoji) with U+FFFD and removes
 *   control characters. It never throws, so `encodeURIComponent` on its
 *   result cannot throw a `URIError` either.
 * - `toJson()` serialises a request body with the built-ins captured when
 *   this module loaded, and ignores `toJSON` methods a host page put on
 *   `Array.prototype` or `Object.prototype` (Prototype.js 1.6 turns every
 *   array into a JSON *string* that way).
 */

/* eslint-disable no-control-regex -- removing control characters is the point */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** C0 and C1 controls and DEL. */
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;
/** The same, but tab, line feed and carriage return stay (text a person typed on several lines). */
const CONTROLS_BUT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/* eslint-enable no-control-regex */

// Captured at load: a script the page runs later cannot change how bodies are written.
const stringify = JSON.stringify;
const { isArray } = Array;
const { getPrototypeOf } = Object;
const objectPrototype = Object.prototype;

export interface WellFormedOptions {
  /** Keep tab, line feed and carriage return (multi-line text typed by a person). */
  lines?: boolean;
  /** Keep every control character: only lone surrogates are replaced (an id that must stay distinct). */
  controls?: boolean;
}

/**
 * `text` as well-formed Unicode without control characters: lone surrogates
 * become U+FFFD, controls are removed. Anything that is not a string is
 * turned into one (`null`/`undefined` into `''`). Never throws.
 */
export function wellFormed(text: unknown, options: WellFormedOptions = {}): string {
  try {
    const value = typeof text === 'string' ? text : text === null || text === undefined ? '' : String(text);
    const whole = value.replace(LONE_SURROGATE, '\uFFFD');
    return options.controls ? whole : whole.replace(options.lines ? CONTROLS_BUT_LINES : CONTROLS, '');
  } catch {
    return '';
  }
}

/** `encodeURIComponent` of well-formed text: never a `URIError`. */
export function encodeSegment(text: unknown): string {
  return encodeURIComponent(wellFormed(text));
}

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
