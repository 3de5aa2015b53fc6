/**
 * An iCalendar feed (`<torg-events src="…ics">`) read into events: fetched
 * without cookies, read by our own iCalendar reader (domain/ics-read.ts,
 * loaded only here). Each feed URL is fetched once per page; a failed fetch
 * is forgotten, so "try again" really tries again.
 *
 * - Times with a `TZID` the feed defines (`VTIMEZONE`), or in UTC, are read
 *   as instants; floating times, `TZID=Europe/Oslo` without a definition and
 *   zones that cannot be used are Oslo wall-clock time; dates are whole days.
 * - A moved occurrence of a series (`RECURRENCE-ID`) replaces the one it moves.
 * - A series' `RRULE` is kept as written and expanded, with its `RDATE`s and
 *   `EXDATE`s, by domain/recurrence.ts, which refuses what it cannot expand.
 *   `RDATE`s without a rule make a series of DTSTART alone plus those dates.
 */
import { TorgError, kindForStatus } from '../../contract/errors.js';
import { readEvents } from '../../domain/ics-read.js';
import type { SeriesEvent } from '../../domain/events.js';

const feeds = new Map<string, Promise<string>>();

function fetchFeed(url: string): Promise<string> {
  let text = feeds.get(url);
  if (!text) {
    text = fetch(url, { credentials: 'omit', headers: { Accept: 'text/calendar' } }).then(
      async (response) => {
        if (!response.ok) throw new TorgError(kindForStatus(response.status), `${response.status} for ${url}`);
        return response.text();
      },
      (error: unknown) => {
        throw new TorgError('network', `Network error for ${url}`, { cause: error });
      },
    );
    feeds.set(url, text);
    text.catch(() => feeds.delete(url));
  }
  return text;
}

/** The events of an iCalendar feed; `badUrl` is the message for a URL that cannot be used. */
export async function loadFeed(src: string, signal: AbortSignal, badUrl: string): Promise<SeriesEvent[]> {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    throw new TorgError('config', badUrl);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TorgError('config', badUrl);
  const text = await fetchFeed(url.href);
  signal.throwIfAborted();
  try {
    return parseFeed(text);
  } catch (error) {
    throw new TorgError('invalid-data', `Not an iCalendar feed: ${url.href}`, { cause: error });
  }
}

/** The events of an iCalendar document; throws when it is not one. */
export function parseFeed(text: string): SeriesEvent[] {
  const iso = (at: number): string => new Date(at).toISOString();
  const events = new Map<string, SeriesEvent>();
  const moved: { uid: string; original: string; event: SeriesEvent }[] = [];
  readEvents(text).forEach((event, index) => {
    const { start } = event;
    if (!start) return;
    const uid = event.uid || `feed-${index}`;
    const item: SeriesEvent = {
      id: uid,
      title: event.summary ?? '',
      start: iso(start.at),
      categories: event.categories.map((c) => c.trim().toLowerCase()).filter(Boolean),
    };
    if (event.end !== undefined && event.end > start.at) item.end = iso(event.end);
    if (start.date) item.allDay = true;
    if (event.description) item.description = event.description;
    if (event.location) item.location = { name: event.location };
    if (event.url) item.url = event.url;
    if (event.status?.toUpperCase() === 'CANCELLED') item.cancelled = true;
    const rdates = event.rdates.map(iso);
    const rrule = event.rrule ?? (rdates.length ? 'FREQ=YEARLY;COUNT=1' : undefined);
    if (rrule) {
      item.rrule = rrule;
      item.exdates = event.exdates.map(iso);
      if (rdates.length) item.rdates = rdates;
    }
    if (event.recurrenceId) {
      item.id = `${uid}@${event.recurrenceId.text}`;
      moved.push({ uid, original: iso(event.recurrenceId.at), event: item });
    } else {
      events.set(uid, item);
    }
  });
  for (const { uid, original, event } of moved) {
    const master = events.get(uid);
    if (master?.rrule) master.exdates = [...(master.exdates ?? []), original];
    events.set(event.id, event);
  }
  return [...events.values()];
}
