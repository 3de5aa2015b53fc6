/**
 * An iCalendar (RFC 5545) writer: "add to calendar" for one event, meeting or
 * booking ({@link toIcs}), and calendar feeds people subscribe to
 * ({@link toIcsFeed}). Pure TypeScript, no DOM; never throws.
 *
 * - Lines end with CRLF and are folded at 75 octets (UTF-8, never inside a
 *   character).
 * - Every value is escaped or checked: TEXT is escaped (`\\`, `;`, `,`,
 *   newlines) after lone UTF-16 surrogates are replaced (U+FFFD) and control
 *   characters removed; URLs must be http(s) URLs; an RRULE is parsed by
 *   domain/recurrence.ts and written from its parts (a rule that does not
 *   parse is left out, with its RDATEs and EXDATEs). No value can put CR or
 *   LF into a line.
 * - Times are Oslo wall-clock time with `TZID=Europe/Oslo` and a
 *   `VTIMEZONE` that is right from 1980 on (EU rules: summer time ended in
 *   September until 1995, in October since 1996), so a repeating 18:00
 *   event stays 18:00 across DST in every calendar app. An instant in the
 *   repeated autumn hour (02:00–02:59 local happens twice) or before 1980 is
 *   written in UTC instead — except a series' DTSTART, which must be local
 *   for the rule to follow Oslo time: in the repeated hour it is written
 *   local (which RFC 5545 reads as the first instant) and, when it is the
 *   second, replaced by an EXDATE and an RDATE of the exact instant.
 *   Whole-day events use `VALUE=DATE`, and their series a DATE `UNTIL`.
 * - Each event has a stable `UID` (given by the caller) and a `DTSTAMP`.
 */
import { wellFormed } from './encode.js';
import { addDays, osloDate, osloToInstant, toOsloParts, type OsloParts } from './oslo-time.js';
import { formatRule, parseRule } from './rrule.js';

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
  /** An RFC 5545 RRULE value (with or without the `RRULE:` prefix); checked and rewritten. */
  rrule?: string | undefined;
  /** Occurrences left out of the series. */
  exdates?: (number | Date)[] | undefined;
  /** Occurrences added to the series. */
  rdates?: (number | Date)[] | undefined;
  /** `SEQUENCE`: raise it when the event changes, so subscribed calendars update it. */
  sequence?: number | undefined;
  /** `LAST-MODIFIED`. */
  updated?: number | Date | undefined;
}

export interface IcsOptions {
  /** `DTSTAMP`; default now. */
  now?: number;
  /** The calendar's name (`X-WR-CALNAME` and RFC 7986 `NAME`). */
  name?: string;
}

export interface IcsFeedOptions extends IcsOptions {
  name: string;
  /** How often a subscribed calendar should fetch the feed again, in minutes (default 60). */
  refreshMinutes?: number;
  /** What the calendar holds (`X-WR-CALDESC` and RFC 7986 `DESCRIPTION`). */
  description?: string;
  /** Where the feed is published (RFC 7986 `SOURCE`). */
  source?: string;
}

const CRLF = '\r\n';
const TZID = 'Europe/Oslo';
/** From here on the VTIMEZONE below is right; earlier instants are written in UTC. */
const FIRST_LOCAL = Date.UTC(1980, 0, 1);

/** Europe/Oslo since 1980 (EU rules; summer time ended on the last Sunday of September until 1995). */
const OSLO_VTIMEZONE = (
  'BEGIN:VTIMEZONE,TZID:Europe/Oslo,' +
  [
    ['STANDARD', '0100', '0100', 'CET', '19800101T000000', 'RDATE:19800101T000000'],
    ['DAYLIGHT', '0100', '0200', 'CEST', '19800406T020000', 'RDATE:19800406T020000'],
    ['DAYLIGHT', '0100', '0200', 'CEST', '19810329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'],
    [
      'STANDARD',
      '0200',
      '0100',
      'CET',
      '19800928T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU;UNTIL=19950924T010000Z',
    ],
    ['STANDARD', '0200', '0100', 'CET', '19961027T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'],
  ]
    .map(
      ([kind, from, to, name, start, rule]) =>
        `BEGIN:${kind},TZOFFSETFROM:+${from},TZOFFSETTO:+${to},TZNAME:${name},DTSTART:${start},${rule},END:${kind}`,
    )
    .join(',') +
  ',END:VTIMEZONE'
).split(',');

// Control characters are what this matches.
/* eslint-disable no-control-regex */
/** What may never stand in a content line: C0 controls but tab (line breaks included), DEL. */
const NOT_IN_LINE = /[\0-\x08\n-\x1f\x7f]/g;
/* eslint-enable no-control-regex */

/** Text as it can be written: well-formed (domain/encode.ts), line breaks as LF, other control characters removed. */
function plain(text: unknown): string {
  return wellFormed(text, { lines: true }).replace(/\r\n?/g, '\n');
}

/** Escapes a TEXT value (RFC 5545 §3.3.11), well-formed first. */
export function escapeText(text: string): string {
  return plain(text)
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\n/g, '\\n');
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
const dateValue = (date: string): string => date.replaceAll('-', '');
const instant = (value: number | Date | undefined): number => (value === undefined ? NaN : +value);

/** `20261203T170000Z`. */
function utcStamp(at: number): string {
  return new Date(at).toISOString().slice(0, 19).replace(/[-:]/g, '') + 'Z';
}

function wallStamp(p: OsloParts): string {
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

/** Whether an instant's Oslo wall-clock time happens twice (the repeated autumn hour). */
function ambiguous(p: OsloParts): boolean {
  return osloToInstant(p, p.hour, p.minute, 'earlier') !== osloToInstant(p, p.hour, p.minute, 'later');
}

/** A URL fit for a `URI` value: http(s), absolute; else undefined. */
function uri(value: string | undefined): string | undefined {
  try {
    const url = new URL(plain(value ?? ''));
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An iCalendar DURATION of whole minutes: `PT1H`, `PT15M`, `P1D`. */
function duration(minutes: number): string {
  const m = Math.max(1, Math.round(minutes) || 60);
  if (m % 1440 === 0) return `P${m / 1440}D`;
  return `PT${m >= 60 ? `${Math.floor(m / 60)}H` : ''}${m % 60 ? `${m % 60}M` : ''}`;
}

/** Writes the lines of one calendar; `zone` says whether a time was written in Oslo time. */
class Writer {
  readonly lines: string[] = [];
  zone = false;

  add(name: string, value: string | undefined): void {
    if (value) this.lines.push(`${name}:${value}`);
  }

  text(name: string, value: string | undefined): void {
    if (value) this.add(name, escapeText(value));
  }

  /** `NAME;TZID=Europe/Oslo:…` in Oslo time, or `NAME:…Z` where Oslo time cannot say it (see the module notes). */
  time(name: string, at: number, local = false): void {
    const p = toOsloParts(at);
    if (at >= FIRST_LOCAL && (local || !ambiguous(p))) {
      this.zone = true;
      this.lines.push(`${name};TZID=${TZID}:${wallStamp(p)}`);
    } else {
      this.lines.push(`${name}:${utcStamp(at)}`);
    }
  }

  date(name: string, at: number): void {
    this.lines.push(`${name};VALUE=DATE:${dateValue(osloDate(at))}`);
  }

  event(event: IcsEvent, stamp: string): void {
    const start = instant(event.start);
    if (!Number.isFinite(start)) return;
    const end = instant(event.end);
    const allDay = event.allDay === true;
    const rrule = event.rrule ? rule(event.rrule, allDay) : undefined;
    this.lines.push('BEGIN:VEVENT');
    this.text('UID', event.uid);
    this.add('DTSTAMP', stamp);
    if (allDay) {
      const first = osloDate(start);
      const last = end > start ? osloDate(end) : first;
      this.date('DTSTART', start);
      this.add('DTEND;VALUE=DATE', dateValue(last > first ? last : addDays(first, 1)));
    } else {
      this.time('DTSTART', start, rrule !== undefined);
      if (end > start) this.time('DTEND', end);
    }
    if (rrule) {
      this.add('RRULE', rrule);
      const p = toOsloParts(start);
      const exdates = (event.exdates ?? []).map(instant);
      const rdates = (event.rdates ?? []).map(instant);
      // DTSTART at the second of two equal wall-clock times reads as the first: swap in the exact instant.
      if (
        !allDay &&
        start >= FIRST_LOCAL &&
        osloToInstant(p, p.hour, p.minute) + p.second * 1000 !== start - (start % 1000)
      ) {
        exdates.unshift(start - 3_600_000);
        rdates.unshift(start);
      }
      for (const [name, list] of [
        ['EXDATE', exdates],
        ['RDATE', rdates],
      ] as const) {
        for (const at of list.filter(Number.isFinite)) {
          if (allDay) this.date(name, at);
          else this.time(name, at);
        }
      }
    }
    this.text('SUMMARY', event.summary);
    this.text('DESCRIPTION', event.description);
    this.text('LOCATION', event.location);
    this.add('CATEGORIES', event.categories?.map(escapeText).filter(Boolean).join(','));
    this.add('URL', uri(event.url));
    this.add(
      'STATUS',
      ['CONFIRMED', 'TENTATIVE', 'CANCELLED'].find((s) => s === event.status),
    );
    if (Number.isInteger(event.sequence) && event.sequence! >= 0) this.add('SEQUENCE', String(event.sequence));
    const updated = instant(event.updated);
    if (Number.isFinite(updated)) this.add('LAST-MODIFIED', utcStamp(updated));
    this.lines.push('END:VEVENT');
  }
}

/**
 * An RRULE value checked and written from its parts: UNTIL a DATE for a
 * whole-day series, else UTC (RFC 5545 §3.3.10); `undefined` if it does not parse.
 */
function rule(text: string, allDay: boolean): string | undefined {
  const parsed = parseRule(plain(text));
  if (typeof parsed === 'string') return undefined;
  const m = parsed.until?.match(/^(\d{4})(\d\d)(\d\d)(?:T(\d\d)(\d\d)(\d\d)(Z?))?$/);
  let until = parsed.until;
  if (m) {
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    const utc = m[7] ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : undefined;
    until = allDay
      ? dateValue(utc === undefined ? date : osloDate(utc))
      : utcStamp(
          utc ??
            (m[4] === undefined
              ? osloToInstant(addDays(date, 1)) - 1000
              : osloToInstant(date, +m[4], +m[5]!) + +m[6]! * 1000),
        );
  }
  return formatRule(parsed, until);
}

function calendar(events: IcsEvent[], options: IcsOptions, extra: string[] = []): string {
  const stamp = utcStamp(Number.isFinite(options.now) ? options.now! : Date.now());
  const writer = new Writer();
  for (const event of events) writer.event(event, stamp);
  const head = new Writer();
  head.text('X-WR-CALNAME', options.name);
  head.text('NAME', options.name);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Asker kommune//torg-widgets//NO',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...head.lines,
    ...extra,
    ...(writer.zone ? OSLO_VTIMEZONE : []),
    ...writer.lines,
    'END:VCALENDAR',
  ];
  // Belt and braces: no value can hold a line break or a control character by now.
  return lines.map((line) => foldLine(line.replace(NOT_IN_LINE, ''))).join(CRLF) + CRLF;
}

/** A complete iCalendar document with the given events (for "add to calendar"). */
export function toIcs(events: IcsEvent[], options: IcsOptions = {}): string {
  return calendar(events, options);
}

/**
 * A calendar feed to subscribe to: the events (stable UIDs, cancelled ones
 * with `STATUS:CANCELLED`), the calendar's name, and how often to fetch it
 * again (`REFRESH-INTERVAL`, RFC 7986, and `X-PUBLISHED-TTL` for the apps
 * that read only that).
 */
export function toIcsFeed(events: IcsEvent[], options: IcsFeedOptions): string {
  const head = new Writer();
  const refresh = duration(options.refreshMinutes ?? 60);
  head.add('REFRESH-INTERVAL;VALUE=DURATION', refresh);
  head.add('X-PUBLISHED-TTL', refresh);
  head.text('X-WR-CALDESC', options.description);
  head.text('DESCRIPTION', options.description);
  head.add('SOURCE;VALUE=URI', uri(options.source));
  head.add('X-WR-TIMEZONE', TZID);
  return calendar(events, options, head.lines);
}

/** A `data:` URL of an iCalendar document, for `<a download="….ics" href="…">` (no script, CSP-safe). */
export function icsDataUrl(ics: string): string {
  // Well-formed first: a lone surrogate from the API would make encodeURIComponent throw a URIError.
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(wellFormed(ics, { lines: true }))}`;
}

/** A safe file name for a download: "Språkkafé" → "sprakkafe.ics". */
export function icsFileName(title: string): string {
  const base = plain(title)
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
