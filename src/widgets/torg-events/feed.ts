/**
 * An iCalendar feed (`<torg-events src="…ics">`) read into events: fetched
 * without cookies, parsed with ical.js (a well-kept RFC 5545 library,
 * loaded only here). Each feed URL is fetched once per page; a failed fetch
 * is forgotten, so "try again" really tries again.
 *
 * - Times with a `TZID` the feed defines (`VTIMEZONE`), or in UTC, are read
 *   as instants; floating times and `TZID=Europe/Oslo` without a
 *   definition are Oslo wall-clock times; dates are whole days.
 * - A moved occurrence of a series (`RECURRENCE-ID`) replaces the one it moves.
 * - ical.js only parses: a series' `RRULE` is kept as written (renamed before
 *   parsing, so a rule ical.js cannot read does not fail the whole feed) and
 *   expanded, with its `RDATE`s and `EXDATE`s, by domain/recurrence.ts,
 *   which refuses what it cannot expand. `RDATE`s without a rule make a
 *   series of DTSTART alone plus those dates.
 */
import { TorgError, kindForStatus } from '../../contract/errors.js';
import { osloToInstant } from '../../domain/oslo-time.js';
import { expandSeries } from '../../domain/recurrence.js';
import type ICALModule from 'ical.js';
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
  const [text, { default: ICAL }] = await Promise.all([fetchFeed(url.href), import('ical.js')]);
  signal.throwIfAborted();
  try {
    return parseFeed(ICAL, text);
  } catch (error) {
    throw new TorgError('invalid-data', `Not an iCalendar feed: ${url.href}`, { cause: error });
  }
}

type IcalModule = typeof ICALModule;
type IcalTime = InstanceType<IcalModule['Time']>;

/** The text with each event's `RRULE` renamed `X-TORG-RRULE`, so ical.js keeps it as written (time zones keep theirs). */
function keepRules(text: string): string {
  let inEvent = false;
  return text
    .split(/\r?\n/)
    .map((line) => {
      if (/^(BEGIN|END):VEVENT\s*$/i.test(line)) inEvent = /^B/i.test(line);
      else if (inEvent && /^RRULE[;:]/i.test(line)) return `X-TORG-${line}`;
      return line;
    })
    .join('\r\n');
}

/**
 * Whether ical.js can use a time zone the feed defines without searching for
 * ever (it looks for a rule's next date until it finds one): every
 * observance's RRULE is yearly and gives a date in each of 20 years, as
 * daylight-saving rules do. Times in a zone left out are read as Oslo time.
 */
function safeZone(zone: InstanceType<IcalModule['Component']>): boolean {
  return zone.getAllSubcomponents().every((observance) => {
    const dtstart = observance.getFirstPropertyValue('dtstart') as IcalTime | null;
    const start = dtstart ? Date.UTC(dtstart.year, dtstart.month - 1, dtstart.day, 12) : NaN;
    return observance.getAllProperties('rrule').every((property) => {
      const rrule = String(property.getFirstValue()).replace(/;?(COUNT|UNTIL)=[^;]*/gi, '');
      const { occurrences, refused } = expandSeries({ start, rrule }, start, start + 20 * 365.25 * 86_400_000, 40);
      return !refused && /FREQ=YEARLY/i.test(rrule) && occurrences.length >= 20;
    });
  });
}

/** The events of an iCalendar document. */
export function parseFeed(ICAL: IcalModule, text: string): SeriesEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(keepRules(text)));
  if (calendar.name !== 'vcalendar') throw new Error('no VCALENDAR');
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    // Removed, not only left unregistered: ical.js also finds a zone by its TZID in the calendar itself.
    if (safeZone(zone)) ICAL.TimezoneService.register(zone);
    else calendar.removeSubcomponent(zone);
  }
  const iso = (time: IcalTime): string => new Date(instant(ICAL, time)).toISOString();
  const events = new Map<string, SeriesEvent>();
  const moved: { uid: string; original: string; event: SeriesEvent }[] = [];
  calendar.getAllSubcomponents('vevent').forEach((component, index) => {
    const event = new ICAL.Event(component);
    const start = event.startDate;
    if (!start) return;
    const uid = event.uid || `feed-${index}`;
    const value = (name: string): string | undefined => {
      const v = component.getFirstPropertyValue(name);
      return v === null || v === undefined ? undefined : String(v);
    };
    const item: SeriesEvent = {
      id: uid,
      title: event.summary ?? '',
      start: iso(start),
      categories: component
        .getAllProperties('categories')
        .flatMap((p) => p.getValues())
        .map((c) => String(c).trim().toLowerCase()),
    };
    const end = event.endDate;
    if (end && end.compare(start) > 0) item.end = iso(end);
    if (start.isDate) item.allDay = true;
    if (event.description) item.description = event.description;
    if (event.location) item.location = { name: event.location };
    const url = value('url');
    if (url) item.url = url;
    if (value('status')?.toUpperCase() === 'CANCELLED') item.cancelled = true;
    const rdates = component
      .getAllProperties('rdate')
      .flatMap((p) => p.getValues() as (IcalTime | InstanceType<IcalModule['Period']>)[])
      .map((v) => iso(v instanceof ICAL.Period ? v.start : v));
    const rrule = value('x-torg-rrule') ?? (rdates.length ? 'FREQ=YEARLY;COUNT=1' : undefined);
    if (rrule) {
      item.rrule = rrule;
      item.exdates = component
        .getAllProperties('exdate')
        .flatMap((p) => p.getValues() as IcalTime[])
        .map(iso);
      if (rdates.length) item.rdates = rdates;
    }
    const recurrenceId = component.getFirstPropertyValue('recurrence-id') as IcalTime | null;
    if (recurrenceId) {
      item.id = `${uid}@${recurrenceId.toString()}`;
      moved.push({ uid, original: iso(recurrenceId), event: item });
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

/** The instant of an iCalendar time (see the module's notes on zones). */
function instant(ICAL: IcalModule, time: IcalTime): number {
  if (time.isDate) return osloToInstant({ year: time.year, month: time.month, day: time.day });
  const zone = time.zone;
  const known = zone && zone !== ICAL.Timezone.localTimezone && zone.tzid !== 'floating';
  if (known) return time.toUnixTime() * 1000;
  return osloToInstant({ year: time.year, month: time.month, day: time.day }, time.hour, time.minute);
}
