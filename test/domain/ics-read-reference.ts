/**
 * ical.js (a well-kept RFC 5545 library, a dev dependency only) as the
 * independent reference for the iCalendar reader (src/domain/ics-read.ts),
 * and generated feeds to compare them on. Used by test/domain/ics-read.test.ts
 * (a few dozen feeds in `npm test`) and by `npm run test:ics-read`
 * (thousands). Plain TypeScript without mocha or chai, so Node can run it too.
 *
 * The feeds vary what a reader can get wrong: folding anywhere (space or
 * tab, CRLF or LF), TEXT with every character that must be escaped,
 * parameters quoted or not, in any case, with unknown ones beside them,
 * unknown properties and components (a VALARM with its own DESCRIPTION),
 * and times in UTC, floating, in zones the feed defines (New York, Sydney,
 * Kolkata, an Outlook zone, a zone whose TZID must be quoted),
 * with an unknown TZID, or `TZID=UTC`.
 *
 * Where ical.js and RFC 5545 part, the generated feeds stay out of the way
 * (the reader follows the RFC, and its unit tests show it there):
 * - A local time in a DST change (the repeated or skipped hour): ical.js
 *   reads the repeated one as the second; RFC 5545 says the first. And it
 *   adds a duration's hours on the clock; RFC 5545 says exact hours. Local
 *   times are 06:00–19:59, durations in hours at most 4 h 59 min forward.
 * - A time before a zone's first change: ical.js reads it as UTC; the
 *   reader uses the first TZOFFSETFROM. Every zone here begins by 1970.
 * - A list value ending in a backslash (`a\\,b`): ical.js takes the comma as
 *   escaped. Not generated.
 * - An empty CATEGORIES value: kept by both here, dropped by the feed.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { readEvents, type FeedEvent, type IcsStamp } from '../../src/domain/ics-read.js';
import { osloToInstant } from '../../src/domain/oslo-time.js';

type IcalTime = InstanceType<typeof ICAL.Time>;

/** The instant of an ical.js time, with the reader's policy: a zone ical.js does not know, and floating times, are Oslo time. */
function instant(time: IcalTime): number {
  if (time.isDate) return osloToInstant({ year: time.year, month: time.month, day: time.day });
  const known = time.zone && time.zone !== ICAL.Timezone.localTimezone && time.zone.tzid !== 'floating';
  if (known) return time.toUnixTime() * 1000;
  return osloToInstant(time, time.hour, time.minute) + time.second * 1000;
}

/**
 * A feed's events as ical.js reads them, in the reader's shape (see the
 * module notes). Each event's RRULE must be written `X-TORG-RRULE`, so that
 * ical.js keeps it as written ({@link Feed.reference}).
 */
export function icalEvents(text: string): FeedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const value = (name: string): string | undefined => {
      const v = component.getFirstPropertyValue(name);
      return v === null || v === undefined ? undefined : String(v);
    };
    const stamp = (time: IcalTime | null): IcsStamp | undefined =>
      time ? { at: instant(time), date: time.isDate, text: time.toString() } : undefined;
    const times = (name: string): number[] =>
      component
        .getAllProperties(name)
        .flatMap((p) => p.getValues() as (IcalTime | InstanceType<typeof ICAL.Period>)[])
        .map((v) => instant(v instanceof ICAL.Period ? v.start : v));
    const start = component.getFirstPropertyValue('dtstart') as IcalTime | null;
    const ends = start && (component.hasProperty('dtend') || component.hasProperty('duration') || start.isDate);
    return {
      uid: value('uid'),
      summary: value('summary'),
      description: value('description'),
      location: value('location'),
      url: value('url'),
      status: value('status'),
      categories: component
        .getAllProperties('categories')
        .flatMap((p) => p.getValues())
        .map(String),
      start: stamp(start),
      end: ends ? instant(new ICAL.Event(component).endDate) : undefined,
      rrule: value('x-torg-rrule'),
      rdates: times('rdate'),
      exdates: times('exdate'),
      recurrenceId: stamp(component.getFirstPropertyValue('recurrence-id') as IcalTime | null),
    };
  });
}

// ---------------------------------------------------------------------------
// Generated feeds

const observance = (kind: string, start: string, from: string, to: string, rule?: string): string[] => [
  `BEGIN:${kind}`,
  `DTSTART:${start}`,
  `TZOFFSETFROM:${from}`,
  `TZOFFSETTO:${to}`,
  ...(rule ? [`RRULE:${rule}`] : []),
  `END:${kind}`,
];

/** Zones as feeds define them: the TZID as the VTIMEZONE writes it (TEXT), and its lines. */
export const ZONES: { tzid: string; lines: string[] }[] = [
  {
    tzid: 'America/New_York',
    lines: [
      ...observance('DAYLIGHT', '19700308T020000', '-0500', '-0400', 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU'),
      ...observance('STANDARD', '19701101T020000', '-0400', '-0500', 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU'),
    ],
  },
  {
    tzid: 'Australia/Sydney',
    lines: [
      ...observance('STANDARD', '19700405T030000', '+1100', '+1000', 'FREQ=YEARLY;BYMONTH=4;BYDAY=1SU'),
      ...observance('DAYLIGHT', '19701004T020000', '+1000', '+1100', 'FREQ=YEARLY;BYMONTH=10;BYDAY=1SU'),
    ],
  },
  { tzid: 'Asia/Kolkata', lines: observance('STANDARD', '19700101T000000', '+0530', '+0530') },
  {
    // As Outlook writes zones, DTSTART off the rule (Outlook's begin in 1601, which costs ical.js
    // four centuries of expansion in every run: the unit tests have one).
    tzid: 'W. Europe Standard Time',
    lines: [
      ...observance('STANDARD', '19700101T030000', '+0200', '+0100', 'FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10'),
      ...observance('DAYLIGHT', '19700101T020000', '+0100', '+0200', 'FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3'),
    ],
  },
  {
    // A TZID that must be quoted in a parameter.
    tzid: '(UTC+01:00) Amsterdam, Berlin; Bern',
    lines: [
      ...observance('DAYLIGHT', '19810329T020000', '+0100', '+0200', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'),
      ...observance('STANDARD', '19961027T030000', '+0200', '+0100', 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'),
      // An RDATE-only observance (as tzurl.org writes history).
      ...observance('STANDARD', '19700101T000000', '+0100', '+0100').flatMap((line) =>
        line === 'END:STANDARD' ? ['RDATE:19700101T000000', line] : [line],
      ),
    ],
  },
];

/** TZIDs no generated feed defines. */
const UNKNOWN_ZONES = ['Europe/Oslo', 'Mars/Olympus', 'Europe/Berlin'];

/** TEXT as a feed writes it; `\N` for some line breaks. */
const escape = (text: string, upperN: boolean): string =>
  text.replace(/[\\;,]/g, '\\$&').replace(/\n/g, upperN ? '\\N' : '\\n');

/** Text with every character TEXT escapes, and others a reader may trip on (no control characters but LF and tab). */
export const textArb = fc
  .array(
    fc.constantFrom('a', 'Z', 'æ', 'Ø', ' ', ',', ';', ':', '\\', '"', '\n', '\t', '=', '^', 'n', 'N', '🎉', 'é'),
    {
      maxLength: 24,
    },
  )
  .map((chars) => chars.join(''));

/** A time as the generator writes it. */
interface Time {
  kind: 'utc' | 'floating' | 'zone' | 'unknown-zone' | 'utc-alias' | 'date';
  value: string;
  tzid?: string | undefined;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** Times of one kind (a list shares its TZID); local times 06:00–19:59 (see the module notes). */
function timesArb(zones: string[], maxLength = 1): fc.Arbitrary<Time[]> {
  const kinds: Time['kind'][] = ['utc', 'floating', 'unknown-zone', 'utc-alias', 'date'];
  if (zones.length) kinds.push('zone', 'zone');
  const clock = fc.record({
    year: fc.integer({ min: 1990, max: 2035 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
  });
  return fc
    .record({
      kind: fc.constantFrom(...kinds),
      zone: fc.constantFrom(...(zones.length ? zones : ['-'])),
      unknown: fc.constantFrom(...UNKNOWN_ZONES),
      clocks: fc.array(clock, { minLength: 1, maxLength }),
    })
    .map(({ kind, zone, unknown, clocks }) =>
      clocks.map(({ year, month, day, hour, minute, second }) => {
        const date = `${year}${two(month)}${two(day)}`;
        // UTC at any hour; a local time (Oslo's too: durations) not in the night of a DST change.
        const h = kind === 'utc' || kind === 'utc-alias' ? hour : 6 + (hour % 14);
        const time = `${date}T${two(h)}${two(minute)}${two(second)}`;
        if (kind === 'date') return { kind, value: date };
        if (kind === 'utc') return { kind, value: `${time}Z` };
        if (kind === 'floating') return { kind, value: time };
        const tzid = kind === 'zone' ? zone : kind === 'unknown-zone' ? unknown : 'UTC';
        return { kind, value: time, tzid };
      }),
    );
}

/** How the generator writes a property's parameters. */
interface Style {
  /** Upper, lower or mixed case names. */
  caseOf: (name: string) => string;
  /** Quote a TZID that need not be. */
  quote: boolean;
  /** An unknown parameter before the others. */
  extra: boolean;
}

const param = (name: string, value: string, style: Style): string =>
  `;${style.caseOf(name)}=${style.quote || /[;:,]/.test(value) ? `"${value}"` : value}`;

function timeLine(name: string, times: Time[], style: Style, value?: string): string {
  const [t] = times;
  const params = [
    style.extra ? param('X-TORG-NOTE', 'a;b:c', style) : '',
    // ical.js needs VALUE=DATE for a date (the reader does not), but in an RDATE.
    value
      ? param('VALUE', value, style)
      : t!.kind === 'date' && (name !== 'RDATE' || style.quote)
        ? param('VALUE', 'DATE', style)
        : '',
    t!.tzid ? param('TZID', t!.tzid, style) : '',
  ].join('');
  return `${style.caseOf(name)}${params}:${times.map((x) => x.value).join(',')}`;
}

/** A generated event: the lines it is written as, and what the reader must find in its TEXT. */
interface Event {
  lines: string[];
  summary: string;
  description: string;
  categories: string[];
}

function eventArb(zones: string[]): fc.Arbitrary<Event> {
  const time = timesArb(zones).map(([t]) => t!);
  const list = timesArb(zones, 3);
  const style: fc.Arbitrary<Style> = fc.record({
    caseOf: fc.constantFrom(
      (s: string) => s,
      (s: string) => s.toLowerCase(),
      (s: string) => s[0] + s.slice(1).toLowerCase(),
    ),
    quote: fc.boolean(),
    extra: fc.boolean(),
  });
  return fc
    .record({
      uid: fc.option(textArb, { nil: undefined }),
      summary: textArb,
      description: textArb,
      location: fc.option(textArb, { nil: undefined }),
      upperN: fc.boolean(),
      categories: fc.array(
        fc.array(
          textArb.filter((c) => c.length > 0 && !c.endsWith('\\')),
          { minLength: 1, maxLength: 3 },
        ),
        { maxLength: 2 },
      ),
      url: fc.option(fc.constantFrom('https://example.org/a?b=1,2;c', 'http://x.test/'), { nil: undefined }),
      status: fc.option(fc.constantFrom('CANCELLED', 'cancelled', 'CONFIRMED'), { nil: undefined }),
      start: time,
      end: fc.oneof(
        fc.constant(undefined),
        time.map((t) => ({ dtend: t })),
        fc.record({ weeks: fc.nat(2), days: fc.nat(3), hours: fc.nat(4), minutes: fc.nat(59), minus: fc.boolean() }),
      ),
      rrule: fc.option(
        fc.constantFrom('FREQ=WEEKLY;COUNT=3', 'FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20301231T225959Z', 'FREQ=FORTNIGHTLY'),
        { nil: undefined },
      ),
      rdates: fc.array(fc.tuple(list, fc.boolean()), { maxLength: 2 }),
      exdates: fc.array(list, { maxLength: 2 }),
      recurrenceId: fc.option(time, { nil: undefined }),
      alarm: fc.boolean(),
      style,
    })
    .map((e) => {
      const s = e.style;
      const text = (name: string, value: string): string =>
        `${s.caseOf(name)}${s.extra ? param('LANGUAGE', 'nb', s) : ''}:${escape(value, e.upperN)}`;
      const lines = ['BEGIN:VEVENT'];
      if (e.uid !== undefined) lines.push(text('UID', e.uid));
      lines.push('DTSTAMP:20261101T090000Z', timeLine('DTSTART', [e.start], s));
      if (e.end && 'dtend' in e.end) lines.push(timeLine('DTEND', [e.end.dtend], s));
      else if (e.end) {
        const { weeks, days, hours, minutes, minus } = e.end;
        // Whole days for a DATE (RFC 5545 §3.8.2.5); hours only forward (back from 06:00 they reach a DST night).
        const clock =
          e.start.kind === 'date' || minus || !(hours || minutes)
            ? ''
            : `T${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}`;
        lines.push(
          `DURATION:${minus ? '-' : ''}P${weeks ? `${weeks}W` : ''}${days || (!weeks && !clock) ? `${days}D` : ''}${clock}`,
        );
      }
      lines.push(text('SUMMARY', e.summary), text('DESCRIPTION', e.description));
      if (e.location !== undefined) lines.push(text('LOCATION', e.location));
      for (const list of e.categories)
        lines.push(`${s.caseOf('CATEGORIES')}:${list.map((c) => escape(c, e.upperN)).join(',')}`);
      if (e.url) lines.push(`URL:${e.url}`);
      if (e.status) lines.push(`STATUS:${e.status}`);
      if (e.rrule) lines.push(`RRULE:${e.rrule}`);
      for (const [list, period] of e.rdates) {
        lines.push(
          period && list[0]!.kind !== 'date'
            ? timeLine(
                'RDATE',
                list.map((t) => ({ ...t, value: `${t.value}/PT1H` })),
                s,
                'PERIOD',
              )
            : timeLine('RDATE', list, s),
        );
      }
      for (const list of e.exdates) lines.push(timeLine('EXDATE', list, s));
      if (e.recurrenceId) lines.push(timeLine('RECURRENCE-ID', [e.recurrenceId], s));
      if (e.alarm)
        lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:Not the event', 'TRIGGER:-PT15M', 'END:VALARM');
      lines.push('X-UNKNOWN;X-P="quoted: yes":value\\, raw', 'END:VEVENT');
      return { lines, summary: e.summary, description: e.description, categories: e.categories.flat() };
    });
}

/** A generated feed: the text, and the events' TEXT as the reader must find it. */
export interface Feed {
  text: string;
  /** The same text for ical.js: RRULE written X-TORG-RRULE (see {@link icalEvents}). */
  reference: string;
  events: Event[];
}

/** Folds every line at the given positions (cycled), with a space or a tab. */
function fold(line: string, cuts: number[], tab: boolean): string {
  if (!cuts.length) return line;
  const parts: string[] = [];
  let rest = line;
  for (let i = 0; rest.length > 1 && i < cuts.length; i++) {
    const at = 1 + (cuts[i]! % (rest.length - 1));
    parts.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  return [...parts, rest].join(tab ? '\r\n\t' : '\r\n ');
}

export const feedArb: fc.Arbitrary<Feed> = fc
  .subarray(ZONES.map((_, i) => i))
  .chain((defined) =>
    fc.record({
      defined: fc.constant(defined),
      events: fc.array(eventArb(defined.map((i) => ZONES[i]!.tzid)), { minLength: 1, maxLength: 4 }),
      cuts: fc.array(fc.nat(200), { maxLength: 3 }),
      tab: fc.boolean(),
      lf: fc.boolean(),
    }),
  )
  .map(({ defined, events, cuts, tab, lf }) => {
    const lines = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//torg-widgets tests//NO',
      ...defined.flatMap((i) => {
        const zone = ZONES[i]!;
        return ['BEGIN:VTIMEZONE', `TZID:${escape(zone.tzid, false)}`, ...zone.lines, 'END:VTIMEZONE'];
      }),
      ...events.flatMap((e) => e.lines),
      'END:VCALENDAR',
    ];
    const eventLines = events.reduce((n, e) => n + e.lines.length, 1);
    const write = (list: string[]): string => {
      const text = list.map((line) => fold(line, cuts, tab)).join('\r\n') + '\r\n';
      return lf ? text.replace(/\r\n/g, '\n') : text;
    };
    const reference = lines.map((line, i) =>
      i >= lines.length - eventLines ? line.replace(/^RRULE:/, 'X-TORG-RRULE:') : line,
    );
    return { text: write(lines), reference: write(reference), events };
  });

/**
 * Compares the reader with ical.js on one feed, and with the TEXT the feed
 * was written with; throws on a difference, with the feed and both readings.
 * Returns how many events were compared.
 */
export function compareFeed({ text, reference, events }: Feed): number {
  const ours = JSON.stringify(readEvents(text), null, 1);
  const theirs = JSON.stringify(icalEvents(reference), null, 1);
  const written = JSON.stringify(events.map((e) => [e.summary, e.description, e.categories]));
  const found = JSON.stringify(JSON.parse(ours).map((e: FeedEvent) => [e.summary, e.description, e.categories]));
  if (ours !== theirs || found !== written) {
    throw new Error(
      `The reader and ical.js part on this feed:\n${text}\nreader: ${ours}\nical.js: ${theirs}\nwritten: ${written}`,
    );
  }
  return events.length;
}

/** Compares the reader with ical.js on `runs` generated feeds; throws on the first difference. Returns the events compared. */
export function checkAgainstIcaljs(runs: number, seed?: number): number {
  let compared = 0;
  fc.assert(
    fc.property(feedArb, (feed) => {
      compared += compareFeed(feed);
    }),
    { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
  );
  return compared;
}
