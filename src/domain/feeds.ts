/**
 * Calendar feeds people subscribe to (`/events.ics`, a committee's
 * `/meetings.ics`): the two forms of a feed's address a widget offers.
 *
 * - `webcal://…` opens the calendar app on the device with "subscribe"
 *   (Apple Calendar, Outlook, Thunderbird, most phones).
 * - `https://…`, the same address, is what a web calendar (Google
 *   Calendar, Outlook on the web) wants pasted under "add from URL".
 *
 * Only an http(s) URL has a webcal form; anything else is refused, so a
 * configured base of another scheme never becomes a link.
 */

export interface FeedLinks {
  /** The address to subscribe to in a calendar app. */
  webcal: string;
  /** The same feed over http(s), for web calendars. */
  https: string;
}

/** The webcal and http(s) forms of a feed's absolute http(s) URL, or `undefined` for any other URL. */
export function feedLinks(url: string): FeedLinks | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  // Credentials in a base URL never go into a link.
  if (parsed.username || parsed.password) return undefined;
  const href = parsed.href;
  return { webcal: `webcal://${href.slice(parsed.protocol.length + 2)}`, https: href };
}
