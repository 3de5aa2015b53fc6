/**
 * Well-formed text for everything the widgets encode — URLs, `data:` URLs,
 * JSON-LD, request bodies — whatever the API or the host page hands in.
 *
 * - `wellFormed()` replaces lone UTF-16 surrogates (what a backend leaves
 *   when it cuts a string in the middle of an emoji) with U+FFFD and removes
 *   control characters. It never throws, so `encodeURIComponent` on its
 *   result cannot throw a `URIError` either.
 *
 * JSON for a request body is written by `to-json.ts` (the writes' and the
 * structured data's), so no first screen carries it.
 */

/* eslint-disable no-control-regex -- removing control characters is the point */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** C0 and C1 controls and DEL. */
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;
/** The same, but tab, line feed and carriage return stay (text a person typed on several lines). */
const CONTROLS_BUT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/* eslint-enable no-control-regex */

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
