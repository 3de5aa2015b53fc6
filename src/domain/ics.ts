/**
 * An iCalendar (RFC 5545) writer for "add to calendar": events, meetings and
 * bookings. Pure TypeScript, no DOM.
 *
 * - Lines end with CRLF and are folded at 75 octets (UTF-8, never inside a
 *   character); TEXT values are escaped (`\\`, `;`, `,`, newlines).
 * - Times are written in Oslo wall-clock time with `TZID=Europe/Oslo` and a
 *   `VTIMEZONE`, so a repeating 18:00 event stays 18:00 across DST in every
 *   calendar app; all-day events use `VALUE=DATE`.
 * - Each event has a stable `UID` and a `DTSTAMP` (UTC).
 */
import { wellFormed } from './encode.js';
import { addDays, osloDate, toOsloParts } from './oslo-time.js';

export interface IcsEvent {
  /** Stable and globally unique, e.g. `event-42@innbyggertorg.asker.kommune.no`. */
  uid: string;
  start: number | Date;
  end?: number | Date | undefined;
  /** A whole-day event: `start` and `end` (exclusive) are read as Oslo dates. */
  allDay?: boolean | undefined;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  url?: string | undefined;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED' | undefined;
  categories?: string[] | undefined;
  /** An RFC 5545 RRULE value (without the `RRULE:` prefix). */
  rrule?: string | undefined;
  /** Occurrences left out of the series. */
  exdates?: (number | Date)[] | undefined;
}

export interface IcsOptions {
  /** `DTSTAMP`; default now. */
  now?: number;
  /** The calendar's name (`X-WR-CALNAME`). */
  name?: string;
}

const CRLF = '\r\n';

/** A VTIMEZONE for Europe/Oslo (CET/CEST, EU rules since 1996). */
const OSLO_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Oslo',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets; continuation lines start with a space (§3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; the others 74 after their leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `20261203T180000` in Oslo wall-clock time. */
function osloStamp(instant: number | Date): string {
  const p = toOsloParts(instant);
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

/** `20261203T170000Z`. */
function utcStamp(instant: number | Date): string {
  const d = new Date(instant);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function dateValue(date: string): string {
  return date.replaceAll('-', '');
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${stamp}`];
  if (event.allDay) {
    const first = osloDate(event.start);
    const end = event.end === undefined ? addDays(first, 1) : osloDate(event.end);
    lines.push(
      `DTSTART;VALUE=DATE:${dateValue(first)}`,
      `DTEND;VALUE=DATE:${dateValue(end > first ? end : addDays(first, 1))}`,
    );
  } else {
    lines.push(`DTSTART;TZID=Europe/Oslo:${osloStamp(event.start)}`);
    if (event.end !== undefined) lines.push(`DTEND;TZID=Europe/Oslo:${osloStamp(event.end)}`);
  }
  if (event.rrule) lines.push(`RRULE:${event.rrule.replace(/^RRULE:/i, '')}`);
  for (const exdate of event.exdates ?? []) {
    lines.push(
      event.allDay
        ? `EXDATE;VALUE=DATE:${dateValue(osloDate(exdate))}`
        : `EXDATE;TZID=Europe/Oslo:${osloStamp(exdate)}`,
    );
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.status) lines.push(`STATUS:${event.status}`);
  lines.push('END:VEVENT');
  return lines;
}

/** A complete iCalendar document with the given events. */
export function toIcs(events: IcsEvent[], options: IcsOptions = {}): string {
  const stamp = utcStamp(options.now ?? Date.now());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Asker kommune//torg-widgets//NO',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name ? [`X-WR-CALNAME:${escapeText(options.name)}`] : []),
    ...(events.some((e) => !e.allDay) ? OSLO_VTIMEZONE : []),
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A `data:` URL of an iCalendar document, for `<a download="….ics" href="…">` (no script, CSP-safe). */
export function icsDataUrl(ics: string): string {
  // Well-formed first: a lone surrogate from the API would make encodeURIComponent throw a URIError.
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(wellFormed(ics, { lines: true }))}`;
}

/** A safe file name for a download: "Språkkafé" → "sprakkafe.ics". */
export function icsFileName(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'kalender'}.ics`;
}
