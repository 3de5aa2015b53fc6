/**
 * Text from the API, isolated from the widget's own words: a name written
 * right to left, or one with a stray U+202E (RIGHT-TO-LEFT OVERRIDE), never
 * reorders or reverses the label, the date or the punctuation next to it.
 * The one way every widget shows API text next to its own words:
 *
 *   html`${bdi(member.name)} <span class="role">${t.roles.leder}</span>`
 *   host.heading(0, isolated(m.title(place), place))      // a message with API text in it
 *   marker.title = isolate(`${torg.name} (${m.planned})`) // a string that cannot hold markup
 *
 * `<bdi>` (HTML's `unicode-bidi: isolate` with `dir="auto"`) in markup; in
 * plain strings (a tooltip) the same isolation with U+2068 FIRST STRONG
 * ISOLATE … U+2069 POP DIRECTIONAL ISOLATE. Text that sits alone in its own
 * block (a paragraph holding just a description) needs neither: nothing of
 * ours follows it there.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** API text in markup, isolated (`<bdi>`); nothing for no text. */
export function bdi(text: string | null | undefined): TemplateResult | typeof nothing {
  return text ? html`<bdi>${text}</bdi>` : nothing;
}

/**
 * A message that has API text in it (`m.title(place)`, with `place`), each
 * of those values isolated where the message put it. A value the message
 * changed (lower-cased, looked up) is not found and needs no isolation: it
 * is then the widget's own word.
 */
export function isolated(message: string, ...values: (string | null | undefined)[]): TemplateResult | string {
  let parts: (string | { api: string })[] = [message];
  // The longest first: a value inside another is found inside that one's <bdi>, not split out of it.
  for (const value of values.filter((v): v is string => !!v).sort((a, b) => b.length - a.length)) {
    parts = parts.flatMap((part) =>
      typeof part === 'string'
        ? part.split(value).flatMap((text, i) => (i === 0 ? [text] : [{ api: value }, text]))
        : [part],
    );
  }
  if (parts.length === 1) return message;
  return html`${parts.map((part) => (typeof part === 'string' ? part : html`<bdi>${part.api}</bdi>`))}`;
}

/** API text inside a plain string (a tooltip, a `title`): U+2068 … U+2069 around it. */
export function isolate(text: string): string {
  return text ? `\u2068${text}\u2069` : text;
}
