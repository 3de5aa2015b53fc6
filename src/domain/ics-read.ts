/**
 * An iCalendar (RFC 5545) reader for calendar feeds (`<torg-events src>`):
 * content lines into components and properties, the values a feed's events
 * carry, and the feed's own time zones. Pure TypeScript, no DOM, no
 * library. The work is bounded for any text: no feed can make it hang.
 * (The writer is ics.ts; rules are expanded by recurrence.ts.)
 *
 * - Content lines (§3.1): CRLF, LF or CR line ends; a line that starts with
 *   a space or tab continues the one before (without that space or tab); a
 *   byte-order mark is skipped. `NAME;PARAM=a,"b;c":value`: names are
 *   case-insensitive, a parameter value may be quoted (`;`, `:` and `,` are
 *   then text) and may be a list; RFC 6868 `^n` `^'` `^^` are read. A line
 *   not of this form is skipped.
 * - Components (§3.4–3.6), read through garbage rather than failing on it:
 *   an END without its BEGIN is skipped; the END — or a new BEGIN — of a
 *   component that is open further out also ends those inside it (no
 *   component nests in itself, so a forgotten `END:VEVENT` does not swallow
 *   the next event); what is still open when the text ends is dropped (a
 *   download cut short), the calendar itself excepted. Components nested
 *   deeper than {@link MAX_DEPTH} are skipped; a text longer than
 *   {@link MAX_LENGTH} is refused.
 * - Values: TEXT unescaped (§3.3.11: `\n` `\N` `\,` `\;` `\\`; any other
 *   backslash stays, as in ical.js), lists split at unescaped commas; DATE
 *   and DATE-TIME (§3.3.4–5) told apart by their form, as most readers do
 *   (a `VALUE=DATE` that was forgotten does not matter); a PERIOD's start;
 *   DURATION (§3.3.6: weeks and days are calendar days, hours, minutes and
 *   seconds exact). A value that does not parse is left out.
 * - Instants: `…Z` is UTC; a `TZID` the calendar defines (VTIMEZONE, below)
 *   is read in that zone, `TZID=UTC` (or `GMT`, `Z`) as UTC; floating times
 *   and every other TZID — `Europe/Oslo` without a definition, an unknown or
 *   an unusable zone — are Oslo wall-clock time (oslo-time.ts); a DATE is
 *   the Oslo day.
 * - VTIMEZONE (§3.6.5): each STANDARD or DAYLIGHT observance begins at its
 *   DTSTART (local time at TZOFFSETFROM), at each occurrence of its RRULE
 *   (our recurrence engine, in that local time, UNTIL and COUNT kept) and at
 *   each RDATE. A local time that happens twice is the first; one that does
 *   not happen is read with the offset before the gap (§3.3.5); before the
 *   first change, TZOFFSETFROM holds. A zone is used only when every
 *   observance has a DTSTART and both offsets, and every RRULE is yearly and
 *   changes the clock in each of 20 years, as daylight-saving rules do
 *   (anything else is broken, and could not be expanded cheaply). The
 *   changes are worked out in blocks of 20 years, for the blocks the times
 *   read need: at most {@link MAX_CHANGES} a block, and at most
 *   {@link MAX_EXPANSIONS} rule expansions a calendar (a time beyond that
 *   budget is Oslo time).
 */
import { osloToInstant, type OsloParts } from './oslo-time.js';
import { expandRule } from './recurrence.js';
import { monthLength, parseRule, type Rule } from './rrule.js';

/** The longest text read (characters, about 10 MB): a feed longer than that is refused. */
export const MAX_LENGTH = 10_000_000;
/** Components nested deeper than this are skipped (iCalendar itself needs three levels). */
export const MAX_DEPTH = 16;
/** Changes of offset worked out for one time zone (in one block of years), at most. */
export const MAX_CHANGES = 10_000;
/**
 * Rule expansions one calendar may spend on its time zones, each over 20-odd
 * years (checking a rule, or working out its changes for one block of years):
 * a real feed spends a handful. A time that would need more is Oslo time.
 */
export const MAX_EXPANSIONS = 200;

/** Seconds in a day; wall-clock values are seconds since 1970-01-01 00:00 (floating), as in recurrence.ts. */
const DAY = 86_400;
/** The range of a `Date` (ms): an instant outside it has no ISO string. */
const MAX_INSTANT = 8.64e15;

/** One content line: `DTSTART;TZID=Europe/Oslo:20261202T100000`. */
export interface IcsProperty {
  /** Upper case. */
  name: string;
  /** Parameter values by upper-case name, unquoted and with RFC 6868 escapes read. */
  params: Map<string, string[]>;
  /** The value as written (unfolded, not unescaped). */
  value: string;
}

export interface IcsComponent {
  /** Upper case: `VCALENDAR`, `VEVENT`, … */
  name: string;
  properties: IcsProperty[];
  components: IcsComponent[];
}

const TOKEN = /^[A-Za-z0-9-]+$/;

/** RFC 6868: `^n` is a line break, `^'` a double quote, `^^` a caret. */
function caret(value: string): string {
  return value.includes('^')
    ? value.replace(/\^(['n^])/g, (_, c: string) => (c === 'n' ? '\n' : c === "'" ? '"' : '^'))
    : value;
}

/** One unfolded content line as a property, or `undefined` if it is not one. */
export function parseContentLine(line: string): IcsProperty | undefined {
  const n = line.length;
  const stop = (i: number): boolean => i >= n || line[i] === ',' || line[i] === ';' || line[i] === ':';
  let i = 0;
  while (i < n && line[i] !== ';' && line[i] !== ':') i++;
  const name = line.slice(0, i);
  if (!TOKEN.test(name)) return undefined;
  const params = new Map<string, string[]>();
  while (line[i] === ';') {
    const equals = line.indexOf('=', i + 1);
    const key = equals < 0 ? '' : line.slice(i + 1, equals).toUpperCase();
    if (!TOKEN.test(key)) return undefined;
    const values = params.get(key) ?? [];
    params.set(key, values);
    i = equals;
    do {
      const from = ++i;
      if (line[from] === '"') {
        const close = line.indexOf('"', from + 1);
        if (close < 0) return undefined;
        values.push(caret(line.slice(from + 1, close)));
        // Whatever stands between the closing quote and the next delimiter is dropped.
        for (i = close + 1; !stop(i);) i++;
      } else {
        while (!stop(i)) i++;
        values.push(caret(line.slice(from, i)));
      }
    } while (line[i] === ',');
  }
  return line[i] === ':' ? { name: name.toUpperCase(), params, value: line.slice(i + 1) } : undefined;
}

/**
 * The components of an iCalendar text (normally one `VCALENDAR`), read
 * through garbage as the module notes say. Throws only for a text longer
 * than {@link MAX_LENGTH}.
 */
export function readComponents(text: string): IcsComponent[] {
  if (text.length > MAX_LENGTH) throw new RangeError(`The iCalendar text is over ${MAX_LENGTH} characters`);
  const root: IcsComponent = { name: '', properties: [], components: [] };
  const open = [root];
  /** How deep inside skipped (too deeply nested) components the reader is. */
  let skipped = 0;
  const close = (): void => {
    const done = open.pop()!;
    open[open.length - 1]!.components.push(done);
  };
  /** Where a component of this name is open (0: nowhere). */
  const openAt = (name: string): number => {
    let at = open.length - 1;
    while (at > 0 && open[at]!.name !== name) at--;
    return at;
  };
  const handle = (line: string): void => {
    const property = parseContentLine(line);
    if (!property) return;
    const begin = property.name === 'BEGIN';
    if (!begin && property.name !== 'END') {
      if (!skipped) open[open.length - 1]!.properties.push(property);
      return;
    }
    const name = property.value.trim().toUpperCase();
    if (!TOKEN.test(name)) return;
    const at = openAt(name);
    // Skipping: the END of a component that is open ends it too.
    if (skipped && (begin || !at)) {
      skipped += begin ? 1 : -1;
      return;
    }
    skipped = 0;
    if (at > 0) while (open.length > at) close();
    if (!begin) return;
    if (open.length > MAX_DEPTH) skipped = 1;
    else open.push({ name, properties: [], components: [] });
  };
  let line: string | undefined;
  for (const physical of text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)) {
    if (physical[0] === ' ' || physical[0] === '\t') {
      if (line !== undefined) line += physical.slice(1);
      continue;
    }
    if (line) handle(line);
    line = physical;
  }
  if (line) handle(line);
  // Cut short: what is still open is dropped, but a calendar keeps what it has.
  while (open.length > 1) {
    const last = open.pop()!;
    if (open.length === 1) root.components.push(last);
  }
  return root.components;
}

// ---------------------------------------------------------------------------
// Values

/** A TEXT value unescaped (§3.3.11); a backslash before any other character stays. */
export function unescapeText(value: string): string {
  return value.includes('\\')
    ? value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))
    : value;
}

/** A list of TEXT values (CATEGORIES): split at the commas that are not escaped, each unescaped. */
export function textList(value: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\') i++;
    else if (value[i] === ',') {
      out.push(unescapeText(value.slice(from, i)));
      from = i + 1;
    }
  }
  out.push(unescapeText(value.slice(from)));
  return out;
}

/** A DATE or DATE-TIME as written: its date and clock reading (in the zone it names), and how it is to be read. */
export interface IcsTime extends Omit<OsloParts, 'weekday'> {
  /** A DATE: a whole day, no time. */
  date: boolean;
  /** Written in UTC (`…Z`). */
  utc: boolean;
  /** The property's TZID parameter. */
  tzid?: string | undefined;
}

const TIME = /^(\d{4})(\d\d)(\d\d)(?:T(\d\d)(\d\d)(\d\d)(Z)?)?$/i;

/** A DATE (`20261205`) or DATE-TIME (`20261205T100000`, `…Z`); `undefined` if it is neither, or no such day. */
export function parseTime(value: string, tzid?: string): IcsTime | undefined {
  const m = TIME.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) return undefined;
  // A leap second (60) is allowed (§3.3.12); it reads as the next minute.
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  return { year, month, day, hour, minute, second, date: m[4] === undefined, utc: m[7] !== undefined, tzid };
}

/** A DURATION (§3.3.6): calendar days (weeks included) and exact seconds, both signed. */
export function parseDuration(value: string): { days: number; seconds: number } | undefined {
  const m = /^([+-])?P(?:(\d{1,6})W)?(?:(\d{1,6})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,6})M)?(?:(\d{1,6})S)?)?$/i.exec(
    value.trim(),
  );
  if (!m || m.slice(2).every((part) => part === undefined)) return undefined;
  const [w, d, h, min, s] = m.slice(2).map((part) => Number(part ?? 0)) as [number, number, number, number, number];
  const sign = m[1] === '-' ? -1 : 1;
  return { days: sign * (7 * w + d), seconds: sign * (3600 * h + 60 * min + s) };
}

/** A UTC offset `±HHMM[SS]` in seconds. */
function parseOffset(value: string | undefined): number | undefined {
  const m = /^([+-])(\d\d)(\d\d)(\d\d)?$/.exec(value?.trim() ?? '');
  if (!m || +m[2]! > 23 || +m[3]! > 59 || +(m[4] ?? 0) > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (3600 * +m[2]! + 60 * +m[3]! + +(m[4] ?? 0));
}

/** Epoch ms of a calendar date and time read as UTC (days may run over the month). */
function utcMs(t: Omit<OsloParts, 'weekday'>): number {
  const time = ((t.hour * 60 + t.minute) * 60 + t.second) * 1000;
  // Date.UTC reads the years 0–99 as 1900–1999.
  return t.year < 100
    ? new Date(0).setUTCFullYear(t.year, t.month - 1, t.day) + time
    : Date.UTC(t.year, t.month - 1, t.day) + time;
}

/** The wall-clock value (seconds, floating) of a time. */
const wallOf = (t: IcsTime): number => utcMs(t) / 1000;

// ---------------------------------------------------------------------------
// Time zones

/** A change of a zone's offset: the instant (ms) and the offsets before and after (seconds). */
interface Change {
  at: number;
  from: number;
  to: number;
}

/** A STANDARD or DAYLIGHT observance. */
interface Observance {
  /** DTSTART, wall clock. */
  start: number;
  from: number;
  to: number;
  rules: Rule[];
  rdates: IcsTime[];
}

const first = (component: IcsComponent, name: string): IcsProperty | undefined =>
  component.properties.find((p) => p.name === name);
const all = (component: IcsComponent, name: string): IcsProperty[] =>
  component.properties.filter((p) => p.name === name);
const tzidOf = (property: IcsProperty): string | undefined => property.params.get('TZID')?.join(',');

/**
 * Whether a rule changes the clock every year, as daylight-saving rules do:
 * yearly, expandable, and with a date in each of 20 years from DTSTART
 * (COUNT and UNTIL left out). This is what makes a zone worth using.
 */
function changesYearly(text: string, start: number): boolean {
  const rule = parseRule(text.replace(/;?(COUNT|UNTIL)=[^;]*/gi, ''));
  if (typeof rule === 'string' || rule.freq !== 'YEARLY') return false;
  const end = start + 7305 * DAY;
  let years = 0;
  const refused = expandRule(
    rule,
    { wall: start, at: start * 1000 },
    -Infinity,
    Math.floor(end / DAY),
    (wall) => wall < end && ++years < 20,
    (wall) => wall * 1000,
  );
  return !refused && years >= 20;
}

/** Days of the blocks (20 years) in which a zone's changes are worked out, each when first needed. */
const BLOCK = 7305;

/** A VTIMEZONE the reader can use (see the module notes). */
class Zone {
  /** The changes by block of {@link BLOCK} days, each with the changes of the years around it. */
  private readonly blocks = new Map<number, Change[]>();

  private constructor(
    private readonly observances: Observance[],
    private readonly spend: Spend,
  ) {}

  /** The zone, or `undefined` when it cannot be used (or the calendar's budget is spent). */
  static read(component: IcsComponent, spend: Spend): Zone | undefined {
    const observances: Observance[] = [];
    for (const sub of component.components) {
      if (sub.name !== 'STANDARD' && sub.name !== 'DAYLIGHT') continue;
      const dtstart = parseTime(first(sub, 'DTSTART')?.value ?? '');
      const from = parseOffset(first(sub, 'TZOFFSETFROM')?.value);
      const to = parseOffset(first(sub, 'TZOFFSETTO')?.value);
      if (!dtstart || dtstart.date || from === undefined || to === undefined) return undefined;
      // DTSTART is local time, whatever it says (§3.8.2.4).
      const start = wallOf(dtstart);
      const rules: Rule[] = [];
      for (const { value } of all(sub, 'RRULE')) {
        const rule = parseRule(value);
        if (typeof rule === 'string' || !spend(1) || !changesYearly(value, start)) return undefined;
        rules.push(rule);
      }
      const rdates = all(sub, 'RDATE')
        .flatMap((p) => p.value.split(','))
        .slice(0, MAX_CHANGES)
        .map((v) => parseTime(v.split('/')[0]!))
        .filter((t) => t !== undefined);
      observances.push({ start, from, to, rules, rdates });
    }
    return observances.length ? new Zone(observances, spend) : undefined;
  }

  /**
   * The changes from `fromDay` to `lastDay` (day numbers), sorted, with
   * every DTSTART and RDATE (at most {@link MAX_CHANGES} in all). A rule
   * without COUNT starts at `fromDay`: a zone that begins in 1601, as
   * Outlook's do, costs no more than one that begins in 1970.
   */
  private expand(fromDay: number, lastDay: number): Change[] | undefined {
    let rules = 0;
    for (const observance of this.observances) rules += observance.rules.length;
    if (!this.spend(rules)) return undefined;
    const changes: Change[] = [];
    for (const { start, from, to, rules, rdates } of this.observances) {
      if (changes.length >= MAX_CHANGES) break;
      const instant = (wall: number): number => (wall - from) * 1000;
      const add = (at: number): boolean => {
        changes.push({ at, from, to });
        return changes.length < MAX_CHANGES;
      };
      add(instant(start));
      // The engine gives DTSTART first: it is in already.
      for (const rule of rules) {
        expandRule(
          rule,
          { wall: start, at: instant(start) },
          fromDay,
          lastDay,
          (w, at) => w === start || add(at),
          instant,
        );
      }
      for (const t of rdates) {
        // An RDATE is local time, a DATE at DTSTART's time of day; UTC only when it says so.
        if (changes.length >= MAX_CHANGES) break;
        if (t.utc && !t.date) add(utcMs(t));
        else add(instant(wallOf(t) + (t.date ? ((start % DAY) + DAY) % DAY : 0)));
      }
    }
    return changes.sort((a, b) => a.at - b.at);
  }

  /**
   * The instant (ms) of a wall-clock value in this zone (§3.3.5: the first of
   * two, the offset before a gap); `undefined` when the calendar's budget
   * does not cover working it out.
   */
  instant(wall: number): number | undefined {
    const block = Math.floor(wall / DAY / BLOCK);
    let changes = this.blocks.get(block);
    if (!changes) {
      // Two years before the block (the changes in force at its start) to one after.
      changes = this.expand(block * BLOCK - 800, (block + 1) * BLOCK + 400);
      if (!changes) return undefined;
      this.blocks.set(block, changes);
    }
    // Offsets are under a day: only the changes within a day of `wall` matter.
    const lo = firstAtOrAfter(changes, (wall - DAY) * 1000);
    const hi = firstAtOrAfter(changes, (wall + DAY) * 1000 + 1);
    let best: number | undefined;
    // Period p runs from change p (p = -1: before the first change) to change p + 1.
    for (let p = lo - 1; p < hi; p++) {
      const at = (wall - (p < 0 ? changes[0]!.from : changes[p]!.to)) * 1000;
      const inside = (p < 0 || changes[p]!.at <= at) && (p + 1 >= changes.length || at < changes[p + 1]!.at);
      if (inside && (best === undefined || at < best)) best = at;
    }
    if (best !== undefined) return best;
    // In a gap: read with the offset before it.
    for (let k = hi - 1; k >= lo; k--) {
      const at = (wall - changes[k]!.from) * 1000;
      if (at >= changes[k]!.at) return at;
    }
    return (wall - changes[0]!.from) * 1000;
  }
}

/** The index of the first change at or after `at` (binary search). */
function firstAtOrAfter(changes: Change[], at: number): number {
  let lo = 0;
  let hi = changes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (changes[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const UTC_NAMES = new Set(['UTC', 'GMT', 'Z']);

/** Takes `n` rule expansions from a calendar's budget ({@link MAX_EXPANSIONS}); false when it has not that many. */
type Spend = (n: number) => boolean;

/** A time's instant (epoch ms) and whether it is a UTC time. */
export interface Resolved {
  at: number;
  utc: boolean;
}

/** Reads the times of one calendar: its own VTIMEZONEs (each read once, when first needed), UTC and Oslo time. */
export function calendarTimes(calendar: IcsComponent): (time: IcsTime) => Resolved {
  const definitions = new Map<string, IcsComponent>();
  for (const zone of calendar.components) {
    const tzid = zone.name === 'VTIMEZONE' ? first(zone, 'TZID') : undefined;
    if (tzid && !definitions.has(unescapeText(tzid.value))) definitions.set(unescapeText(tzid.value), zone);
  }
  let budget = MAX_EXPANSIONS;
  const spend: Spend = (n) => n <= budget && (budget -= n) >= 0;
  const zones = new Map<string, Zone | undefined>();
  const zoneOf = (tzid: string): Zone | undefined => {
    if (!zones.has(tzid)) {
      const definition = definitions.get(tzid);
      zones.set(tzid, definition && Zone.read(definition, spend));
    }
    return zones.get(tzid);
  };
  // Oslo time by wall-clock value, once each (Intl is the slow part of reading a big feed).
  const oslo = new Map<number, number>();
  const osloAt = (t: IcsTime): number => {
    const wall = wallOf(t);
    let at = oslo.get(wall);
    if (at === undefined) oslo.set(wall, (at = osloToInstant(t, t.hour, t.minute) + t.second * 1000));
    return at;
  };
  return (t) => {
    if (t.date) return { at: osloAt({ ...t, hour: 0, minute: 0, second: 0 }), utc: false };
    const at = t.utc || t.tzid === undefined ? undefined : zoneOf(t.tzid)?.instant(wallOf(t));
    if (at !== undefined) return { at, utc: false };
    if (t.utc || UTC_NAMES.has(t.tzid ?? '')) return { at: utcMs(t), utc: true };
    return { at: osloAt(t), utc: false };
  };
}

// ---------------------------------------------------------------------------
// Events

/** A start or RECURRENCE-ID: the instant, whether it is a DATE, and how it reads (`2026-12-16T10:00:00`, `…Z` in UTC, `2026-12-16`). */
export interface IcsStamp {
  at: number;
  date: boolean;
  text: string;
}

/** A VEVENT as a feed gives it: what the reader found of what `<torg-events>` shows. */
export interface FeedEvent {
  uid?: string | undefined;
  summary?: string | undefined;
  description?: string | undefined;
  location?: string | undefined;
  /** As written (a URI is not TEXT: nothing is unescaped). */
  url?: string | undefined;
  status?: string | undefined;
  /** Every CATEGORIES value, unescaped. */
  categories: string[];
  /** DTSTART; an event without a readable one has none. */
  start?: IcsStamp | undefined;
  /** DTEND, else DTSTART + DURATION, else the next day for a DATE (§3.6.1); instant. */
  end?: number | undefined;
  /** The first RRULE as written (the recurrence engine reads it). */
  rrule?: string | undefined;
  /** RDATE instants (a PERIOD's start). */
  rdates: number[];
  /** EXDATE instants. */
  exdates: number[];
  /** The occurrence of the series this one replaces (a moved occurrence). */
  recurrenceId?: IcsStamp | undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The VEVENTs of every VCALENDAR in an iCalendar text, in order (those
 * without a readable DTSTART included, without `start`). Throws when the
 * text holds no VCALENDAR, or is over {@link MAX_LENGTH}.
 */
export function readEvents(text: string): FeedEvent[] {
  const calendars = readComponents(text).filter((c) => c.name === 'VCALENDAR');
  if (!calendars.length) throw new Error('No VCALENDAR in the text');
  return calendars.flatMap((calendar) => {
    const resolve = calendarTimes(calendar);
    return calendar.components.filter((c) => c.name === 'VEVENT').map((c) => readEvent(c, resolve));
  });
}

function readEvent(component: IcsComponent, resolve: (time: IcsTime) => Resolved): FeedEvent {
  const text = (name: string): string | undefined => {
    const property = first(component, name);
    return property && unescapeText(property.value);
  };
  const timeOf = (property: IcsProperty | undefined): IcsTime | undefined =>
    property && parseTime(property.value, tzidOf(property));
  const stamp = (t: IcsTime | undefined): IcsStamp | undefined => {
    if (!t) return undefined;
    const { at, utc } = resolve(t);
    const time = t.date ? '' : `T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${utc ? 'Z' : ''}`;
    return { at, date: t.date, text: `${t.year}-${pad(t.month)}-${pad(t.day)}${time}` };
  };
  /** The instants of a list of dates (RDATE, EXDATE): each value by itself, a PERIOD by its start. */
  const instants = (name: string): number[] =>
    all(component, name).flatMap((p) =>
      p.value
        .split(',')
        .map((value) => parseTime(value.split('/')[0]!, tzidOf(p)))
        .filter((t) => t !== undefined)
        .map((t) => resolve(t).at),
    );
  const startTime = timeOf(first(component, 'DTSTART'));
  const start = stamp(startTime);
  let end: number | undefined;
  const dtend = timeOf(first(component, 'DTEND'));
  const duration = parseDuration(first(component, 'DURATION')?.value ?? '');
  if (dtend) end = resolve(dtend).at;
  else if (startTime && duration) {
    const days = duration.days + (startTime.date ? Math.trunc(duration.seconds / DAY) : 0);
    end = resolve({ ...startTime, day: startTime.day + days }).at + (startTime.date ? 0 : duration.seconds * 1000);
  } else if (startTime?.date) end = resolve({ ...startTime, day: startTime.day + 1 }).at;
  return {
    uid: text('UID'),
    summary: text('SUMMARY'),
    description: text('DESCRIPTION'),
    location: text('LOCATION'),
    url: first(component, 'URL')?.value,
    status: text('STATUS'),
    categories: all(component, 'CATEGORIES').flatMap((p) => textList(p.value)),
    start,
    end: end !== undefined && Math.abs(end) <= MAX_INSTANT ? end : undefined,
    rrule: first(component, 'RRULE')?.value || undefined,
    rdates: instants('RDATE'),
    exdates: instants('EXDATE'),
    recurrenceId: stamp(timeOf(first(component, 'RECURRENCE-ID'))),
  };
}
