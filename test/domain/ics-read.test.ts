import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { wellFormed } from '../../src/domain/encode.js';
import {
  MAX_DEPTH,
  MAX_LENGTH,
  parseContentLine,
  parseDuration,
  parseTime,
  readComponents,
  readEvents,
  textList,
  unescapeText,
  type IcsComponent,
} from '../../src/domain/ics-read.js';
import { toIcs, type IcsEvent } from '../../src/domain/ics.js';
import { checkAgainstIcaljs, compareFeed, textArb } from './ics-read-reference.js';

const CRLF = '\r\n';
const calendar = (...lines: string[]): string =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//NO', ...lines, 'END:VCALENDAR'].join(CRLF);
const vevent = (...lines: string[]): string[] => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];
/** The components as names, nested: `VCALENDAR(VEVENT(VALARM))`. */
const shape = (components: IcsComponent[]): string =>
  components.map((c) => `${c.name}${c.components.length ? `(${shape(c.components)})` : ''}`).join(',');
const iso = (at: number | undefined): string | undefined => (at === undefined ? undefined : new Date(at).toISOString());
/** The start of each event of a calendar, as ISO strings. */
const starts = (text: string): (string | undefined)[] => readEvents(text).map((e) => iso(e.start?.at));

const NEW_YORK = [
  'BEGIN:VTIMEZONE',
  'TZID:America/New_York',
  'BEGIN:DAYLIGHT',
  'DTSTART:20070311T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0400',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'DTSTART:20071104T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
  'TZOFFSETFROM:-0400',
  'TZOFFSETTO:-0500',
  'END:STANDARD',
  'END:VTIMEZONE',
];

describe('iCalendar reader (domain/ics-read.ts)', () => {
  describe('content lines', () => {
    it('unfolds CRLF, LF and CR line ends with a space or a tab, keeping every other space; skips a BOM', () => {
      const text = [
        '\uFEFFBEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'SUMMARY:Rolig',
        '  tur i',
        '\t nærområdet',
        'DESCRIPTION:a',
        ' b',
        'END:VEVENT',
        'END:VCALENDAR',
      ];
      for (const end of ['\r\n', '\n', '\r']) {
        const [event] = readComponents(text.join(end))[0]!.components;
        expect(
          event!.properties.map((p) => p.value),
          JSON.stringify(end),
        ).to.deep.equal(['Rolig tur i nærområdet', 'ab']);
      }
    });

    it('reads names and parameters in any case: quoted values (with ; : ,), lists, RFC 6868 escapes', () => {
      const property = parseContentLine(
        'dtStart;tzid="Europe/Oslo";X-Note="a;b:c",plain,"q";x-caret=^^^n^\':20261202T100000',
      );
      expect(property).to.deep.equal({
        name: 'DTSTART',
        params: new Map([
          ['TZID', ['Europe/Oslo']],
          ['X-NOTE', ['a;b:c', 'plain', 'q']],
          ['X-CARET', ['^\n"']],
        ]),
        value: '20261202T100000',
      });
      expect(parseContentLine('RRULE:FREQ=DAILY;COUNT=2')!.value).to.equal('FREQ=DAILY;COUNT=2');
      expect(parseContentLine('X-EMPTY:')!.value).to.equal('');
      expect(parseContentLine('URL;VALUE=URI:https://a.test/?x=1;y=2')!.value).to.equal('https://a.test/?x=1;y=2');
    });

    it('skips what is not a content line', () => {
      for (const line of [
        'no colon here',
        '<html lang="nb">',
        'SUMMARY',
        'SUM MARY:x',
        ':value',
        'DTSTART;TZID="Europe/Oslo:20261202T100000',
        'DTSTART;=x:20261202T100000',
        'DTSTART;TZID:20261202T100000',
      ]) {
        expect(parseContentLine(line), line).to.equal(undefined);
      }
    });

    it('reads a folded line wherever it is folded (property)', () => {
      fc.assert(
        fc.property(textArb, fc.array(fc.nat(100), { maxLength: 6 }), fc.boolean(), (text, cuts, tab) => {
          const line = `DESCRIPTION;LANGUAGE=nb:${text.replace(/\n/g, '\\n')}`;
          const positions = [...new Set(cuts.map((c) => 1 + (c % line.length)))].sort((a, b) => a - b);
          const folded = positions
            .map((at, i) => line.slice(positions[i - 1] ?? 0, at))
            .concat(line.slice(positions.at(-1) ?? 0))
            .join(tab ? '\r\n\t' : '\r\n ');
          const [event] = readComponents(calendar(...vevent(folded)))[0]!.components;
          expect(event!.properties).to.deep.equal([parseContentLine(line)]);
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('components', () => {
    it("nests components: a VALARM's DESCRIPTION is not the event's, unknown components are skipped", () => {
      const text = calendar(
        ...vevent(
          'SUMMARY:Møte',
          'BEGIN:VALARM',
          'DESCRIPTION:Påminnelse',
          'END:VALARM',
          'BEGIN:X-VENDOR',
          'DESCRIPTION:Nope',
          'END:X-VENDOR',
          'DTSTART:20261202T100000Z',
        ),
      );
      expect(shape(readComponents(text))).to.equal('VCALENDAR(VEVENT(VALARM,X-VENDOR))');
      const [event] = readEvents(text);
      expect(event!.summary).to.equal('Møte');
      expect(event!.description).to.equal(undefined);
      expect(iso(event!.start!.at)).to.equal('2026-12-02T10:00:00.000Z');
    });

    it('reads through unbalanced BEGIN and END: a stray END, a forgotten END:VEVENT, a text cut short', () => {
      const text = [
        'END:VEVENT',
        'SUMMARY:outside',
        'BEGIN:VCALENDAR',
        'END:VTODO',
        ...vevent('UID:a', 'DTSTART:20261202T100000Z').slice(0, -1),
        ...vevent('UID:b', 'DTSTART:20261203T100000Z').slice(0, -1),
        'BEGIN:VALARM',
        'END:VCALENDAR',
        'BEGIN:VCALENDAR',
        ...vevent('UID:c', 'DTSTART:20261204T100000Z'),
        'BEGIN:VEVENT',
        'UID:cut short',
      ].join(CRLF);
      expect(shape(readComponents(text))).to.equal('VCALENDAR(VEVENT,VEVENT(VALARM)),VCALENDAR(VEVENT)');
      expect(readEvents(text).map((e) => e.uid)).to.deep.equal(['a', 'b', 'c']);
    });

    it('skips components nested too deep, and reads on', () => {
      const deep = Array.from({ length: 20_000 }, (_, i) => `BEGIN:X-${i}`);
      const text = calendar(...deep, ...vevent('UID:inside'), 'END:X-1', ...vevent('UID:after'));
      const [root] = readComponents(calendar(...Array.from({ length: 40 }, (_, i) => `BEGIN:X-${i}`)));
      let depth = 0;
      for (let c: IcsComponent | undefined = root; c; c = c.components[0]) depth++;
      expect(depth).to.equal(MAX_DEPTH);
      // 20 000 BEGINs without an END: read, bounded; the calendar is there, if not what is nested in it.
      expect(readComponents(text).map((c) => c.name)).to.deep.equal(['VCALENDAR']);
    });

    it('refuses a text over the size limit, and a text without a calendar', () => {
      expect(() => readComponents(' '.repeat(MAX_LENGTH + 1))).to.throw(RangeError);
      expect(() => readEvents('not a calendar')).to.throw('No VCALENDAR');
      expect(() => readEvents('<!doctype html><html><body>Not found</body></html>')).to.throw('No VCALENDAR');
      expect(() => readEvents(vevent('UID:x', 'DTSTART:20261202T100000Z').join(CRLF))).to.throw('No VCALENDAR');
    });
  });

  describe('values', () => {
    it('unescapes TEXT: \\n \\N \\, \\; \\\\, and leaves any other backslash', () => {
      expect(unescapeText('a\\nb\\Nc\\,d\\;e\\\\f\\:g\\t')).to.equal('a\nb\nc,d;e\\f\\:g\\t');
      expect(unescapeText('\\\\n')).to.equal('\\n');
    });

    it('splits a list at the commas that are not escaped (a backslash escaped before a comma is not)', () => {
      expect(textList('Trening,Friluft')).to.deep.equal(['Trening', 'Friluft']);
      expect(textList('a\\,b,c')).to.deep.equal(['a,b', 'c']);
      // ical.js reads this as one value, "a\,b": RFC 5545 says "a\" and "b".
      expect(textList('a\\\\,b')).to.deep.equal(['a\\', 'b']);
      expect(textList('')).to.deep.equal(['']);
    });

    it('reads DATE and DATE-TIME values by their form, and refuses days and times that do not exist', () => {
      expect(parseTime('20261205')).to.include({ year: 2026, month: 12, day: 5, date: true, utc: false });
      expect(parseTime('20261205T173000Z')).to.include({ hour: 17, minute: 30, date: false, utc: true });
      expect(parseTime(' 20261205t173000 ', 'Europe/Oslo')).to.include({ utc: false, tzid: 'Europe/Oslo' });
      expect(parseTime('20240229')).to.include({ day: 29 });
      for (const bad of ['20250229', '20261301', '20261200', '20261205T240000', '20261205T1730', '2026-12-05', '']) {
        expect(parseTime(bad), bad).to.equal(undefined);
      }
    });

    it('reads DURATION values', () => {
      expect(parseDuration('PT1H30M')).to.deep.equal({ days: 0, seconds: 5400 });
      expect(parseDuration('P1W')).to.deep.equal({ days: 7, seconds: 0 });
      expect(parseDuration('-P2DT15S')).to.deep.equal({ days: -2, seconds: -15 });
      for (const bad of ['P', 'PT', '1H', 'P1H', 'PT1D', 'P9999999D'])
        expect(parseDuration(bad), bad).to.equal(undefined);
    });
  });

  describe('times and time zones', () => {
    it('reads UTC, floating (Oslo), unknown TZIDs (Oslo), TZID=UTC and dates (the Oslo day), seconds kept', () => {
      const text = calendar(
        ...['DTSTART:20261203T170000Z', 'DTSTART:20261203T180015', 'DTSTART;TZID=Europe/Oslo:20260703T180000']
          .concat(['DTSTART;TZID=Mars/Olympus:20261203T180000', 'DTSTART;TZID=UTC:20261203T180000'])
          .concat(['DTSTART;VALUE=DATE:20261205', 'DTSTART:20260705'])
          .flatMap((line) => vevent(line)),
      );
      expect(starts(text)).to.deep.equal([
        '2026-12-03T17:00:00.000Z',
        '2026-12-03T17:00:15.000Z',
        '2026-07-03T16:00:00.000Z',
        '2026-12-03T17:00:00.000Z',
        '2026-12-03T18:00:00.000Z',
        '2026-12-04T23:00:00.000Z',
        '2026-07-04T22:00:00.000Z',
      ]);
    });

    it('reads a zone the feed defines as RFC 5545 says: a repeated time is the first, a skipped one moves on', () => {
      // The examples of RFC 5545 §3.3.5.
      const text = calendar(
        ...NEW_YORK,
        ...['20071104T013000', '20070311T023000', '20070701T120000', '20071224T120000'].flatMap((t) =>
          vevent(`DTSTART;TZID=America/New_York:${t}`),
        ),
      );
      expect(starts(text)).to.deep.equal([
        '2007-11-04T05:30:00.000Z', // 01:30 EDT, the first of the two
        '2007-03-11T07:30:00.000Z', // 03:30 EDT
        '2007-07-01T16:00:00.000Z',
        '2007-12-24T17:00:00.000Z',
      ]);
    });

    it('reads a time before a zone begins with its first TZOFFSETFROM (ical.js: UTC)', () => {
      expect(starts(calendar(...NEW_YORK, ...vevent('DTSTART;TZID=America/New_York:20000101T120000')))).to.deep.equal([
        '2000-01-01T17:00:00.000Z',
      ]);
    });

    it('reads RDATE observances, rules with UNTIL and a zone from 1601 (as Outlook writes them)', () => {
      const zone = (tzid: string, ...observances: string[][]): string[] => [
        'BEGIN:VTIMEZONE',
        `TZID:${tzid}`,
        ...observances.flat(),
        'END:VTIMEZONE',
      ];
      const observance = (kind: string, from: string, to: string, ...lines: string[]): string[] => [
        `BEGIN:${kind}`,
        `TZOFFSETFROM:${from}`,
        `TZOFFSETTO:${to}`,
        ...lines,
        `END:${kind}`,
      ];
      const text = calendar(
        ...zone(
          'Historic',
          observance('STANDARD', '+0100', '+0100', 'DTSTART:19800101T000000', 'RDATE:19800101T000000'),
          observance('DAYLIGHT', '+0100', '+0200', 'DTSTART:19800406T020000', 'RDATE:19800406T020000'),
          observance('DAYLIGHT', '+0100', '+0200', 'DTSTART:19810329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'),
          observance(
            'STANDARD',
            '+0200',
            '+0100',
            'DTSTART:19800928T030000',
            'RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU;UNTIL=19950924T010000Z',
          ),
          observance(
            'STANDARD',
            '+0200',
            '+0100',
            'DTSTART:19961027T030000',
            'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
          ),
        ),
        ...zone(
          'W. Europe Standard Time',
          observance(
            'STANDARD',
            '+0200',
            '+0100',
            'DTSTART:16010101T030000',
            'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
          ),
          observance('DAYLIGHT', '+0100', '+0200', 'DTSTART:16010101T020000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3'),
        ),
        ...['19800501T120000', '19801015T120000', '19951015T120000', '19961015T120000'].flatMap((t) =>
          vevent(`DTSTART;TZID=Historic:${t}`),
        ),
        ...['20260701T120000', '20261201T120000', '20261025T023000'].flatMap((t) =>
          vevent(`DTSTART;TZID="W. Europe Standard Time":${t}`),
        ),
      );
      expect(starts(text)).to.deep.equal([
        '1980-05-01T10:00:00.000Z',
        '1980-10-15T11:00:00.000Z', // summer time ended in September until 1995
        '1995-10-15T11:00:00.000Z',
        '1996-10-15T10:00:00.000Z',
        '2026-07-01T10:00:00.000Z',
        '2026-12-01T11:00:00.000Z',
        '2026-10-25T00:30:00.000Z', // the first 02:30
      ]);
    });

    it('reads times in a zone it cannot use as Oslo time, without hanging on its rules', () => {
      const zone = (tzid: string, ...lines: string[]): string[] => [
        'BEGIN:VTIMEZONE',
        `TZID:${tzid}`,
        'BEGIN:STANDARD',
        ...lines,
        'END:STANDARD',
        'END:VTIMEZONE',
      ];
      const offsets = ['TZOFFSETFROM:+0500', 'TZOFFSETTO:+0500'];
      const zones = [
        zone(
          'Daily',
          'DTSTART:20000212T020000',
          'RRULE:FREQ=DAILY;INTERVAL=3;BYMONTHDAY=-18;BYSETPOS=-2;COUNT=3',
          ...offsets,
        ),
        zone('Never', 'DTSTART:20000212T020000', 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', ...offsets),
        zone('Every second year', 'DTSTART:20000212T020000', 'RRULE:FREQ=YEARLY;INTERVAL=2', ...offsets),
        zone('Malformed', 'DTSTART:20000212T020000', 'RRULE:FREQ=YEARLY;BYDAY=XX', ...offsets),
        zone('No offsets', 'DTSTART:20000212T020000'),
        zone('No start', ...offsets),
        ['BEGIN:VTIMEZONE', 'TZID:Empty', 'END:VTIMEZONE'],
      ];
      const tzids = ['Daily', 'Never', 'Every second year', 'Malformed', 'No offsets', 'No start', 'Empty'];
      const text = calendar(
        ...zones.flat(),
        ...zone('Fine', 'DTSTART:20000212T020000', 'RRULE:FREQ=YEARLY;BYMONTH=2;BYDAY=2SU', ...offsets),
        ...[...tzids, 'Fine'].flatMap((tzid) => vevent(`DTSTART;TZID="${tzid}":20261203T120000`)),
      );
      expect(starts(text)).to.deep.equal([...tzids.map(() => '2026-12-03T11:00:00.000Z'), '2026-12-03T07:00:00.000Z']);
    });

    it('works out a zone with thousands of changes, and times in any year, within bounds', () => {
      const rdates = Array.from({ length: 30_000 }, (_, i) => `RDATE:${2000 + (i % 100)}0101T0${i % 10}0000`);
      const text = calendar(
        'BEGIN:VTIMEZONE',
        'TZID:Busy',
        'BEGIN:DAYLIGHT',
        'DTSTART:19700101T000000',
        'TZOFFSETFROM:+0100',
        'TZOFFSETTO:+0200',
        'RRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYDAY=SU',
        ...rdates,
        'END:DAYLIGHT',
        'END:VTIMEZONE',
        ...['00010101T120000', '19700615T120000', '25000615T120000', '99991231T120000'].flatMap((t) =>
          vevent(`DTSTART;TZID=Busy:${t}`),
        ),
      );
      const found = readEvents(text).map((e) => e.start?.at);
      expect(found.every((at) => Number.isFinite(at))).to.equal(true);
      expect(iso(found[1])).to.equal('1970-06-15T10:00:00.000Z');
    });

    it('spends a bounded effort on zones, however many a feed defines and uses: past the budget, Oslo time', () => {
      const rules = [1, 2, 3, 4].flatMap((m) => [
        'BEGIN:DAYLIGHT',
        'DTSTART:19700101T020000',
        'TZOFFSETFROM:+0500',
        'TZOFFSETTO:+0500',
        `RRULE:FREQ=YEARLY;BYMONTH=${m},${m + 4},${m + 8};BYDAY=SU`,
        'END:DAYLIGHT',
      ]);
      const zones = Array.from({ length: 1000 }, (_, i) => [
        'BEGIN:VTIMEZONE',
        `TZID:Z${i}`,
        ...rules,
        'END:VTIMEZONE',
      ]);
      // Each zone used in five blocks of years: unbounded, some 24 000 rule expansions.
      const events = zones.flatMap((_, i) =>
        [2026, 2126, 2226, 2326, 2426].flatMap((year) => vevent(`DTSTART;TZID=Z${i}:${year}0615T120000`)),
      );
      const found = readEvents(calendar(...zones.flat(), ...events));
      expect(found).to.have.length(5000);
      expect(found.every((e) => Number.isFinite(e.start?.at))).to.equal(true);
      expect(iso(found[0]!.start!.at)).to.equal('2026-06-15T07:00:00.000Z');
      expect(iso(found[4995]!.start!.at)).to.equal('2026-06-15T10:00:00.000Z');
    });

    it('adds a DURATION in calendar days and exact hours (across DST), and a day to a DATE without an end', () => {
      const oslo = [
        'BEGIN:VTIMEZONE',
        'TZID:Europe/Oslo',
        'BEGIN:DAYLIGHT',
        'DTSTART:19700329T020000',
        'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
        'TZOFFSETFROM:+0100',
        'TZOFFSETTO:+0200',
        'END:DAYLIGHT',
        'BEGIN:STANDARD',
        'DTSTART:19701025T030000',
        'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
        'TZOFFSETFROM:+0200',
        'TZOFFSETTO:+0100',
        'END:STANDARD',
        'END:VTIMEZONE',
      ];
      const start = 'DTSTART;TZID=Europe/Oslo:20270327T180000';
      const text = calendar(
        ...oslo,
        ...vevent(start, 'DURATION:P1D'),
        ...vevent(start, 'DURATION:PT24H'),
        ...vevent(start, 'DURATION:-PT1H'),
        ...vevent('DTSTART;VALUE=DATE:20261231', 'DURATION:P2D'),
        ...vevent('DTSTART;VALUE=DATE:20261231'),
        ...vevent('DTSTART:20261231T100000Z'),
        ...vevent(start, 'DTEND;TZID=Europe/Oslo:20270328T190000', 'DURATION:PT1H'),
      );
      expect(readEvents(text).map((e) => iso(e.end))).to.deep.equal([
        '2027-03-28T16:00:00.000Z', // 18:00 the next day, summer time
        '2027-03-28T17:00:00.000Z', // 24 hours later: 19:00
        '2027-03-27T16:00:00.000Z',
        '2027-01-01T23:00:00.000Z',
        '2026-12-31T23:00:00.000Z',
        undefined,
        '2027-03-28T17:00:00.000Z', // DTEND first
      ]);
    });
  });

  describe('events', () => {
    it('reads what a feed event needs', () => {
      const text = calendar(
        ...vevent(
          'UID:turgruppe@frivilligsentral.example',
          'DTSTART:20261202T090000Z',
          'DTEND:20261202T110000Z',
          'SUMMARY:Tur\\, rolig',
          'DESCRIPTION:Ta med matpakke.\\nVi møtes ved inngangen.',
          'LOCATION:Torvveien 5\\; inngang B',
          'URL:https://frivilligsentral.example/tur?a=1\\,2',
          'STATUS:CANCELLED',
          'CATEGORIES:Trening,Friluft',
          'CATEGORIES:Kultur\\, lokal',
          'RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20270331T225959Z',
          'RRULE:FREQ=DAILY',
          'RDATE:20261205T120000Z,20261206T120000Z',
          'RDATE;VALUE=PERIOD:20261207T120000Z/PT1H,20261208T120000Z/20261208T130000Z',
          'EXDATE;TZID=Europe/Oslo:20261209T100000,20261216T100000',
          'EXDATE:20261223T090000Z,not a date,20261230T090000Z',
        ),
      );
      expect(readEvents(text)).to.deep.equal([
        {
          uid: 'turgruppe@frivilligsentral.example',
          summary: 'Tur, rolig',
          description: 'Ta med matpakke.\nVi møtes ved inngangen.',
          location: 'Torvveien 5; inngang B',
          url: 'https://frivilligsentral.example/tur?a=1\\,2',
          status: 'CANCELLED',
          categories: ['Trening', 'Friluft', 'Kultur, lokal'],
          start: { at: Date.parse('2026-12-02T09:00:00Z'), date: false, text: '2026-12-02T09:00:00Z' },
          end: Date.parse('2026-12-02T11:00:00Z'),
          rrule: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20270331T225959Z',
          rdates: ['2026-12-05T12', '2026-12-06T12', '2026-12-07T12', '2026-12-08T12'].map((t) =>
            Date.parse(`${t}:00:00Z`),
          ),
          exdates: ['2026-12-09', '2026-12-16', '2026-12-23', '2026-12-30'].map((d) => Date.parse(`${d}T09:00:00Z`)),
          recurrenceId: undefined,
        },
      ]);
    });

    it('reads a moved occurrence, and an event without a readable start as one without `start`', () => {
      const text = calendar(
        ...vevent('UID:s', 'RECURRENCE-ID;TZID=Europe/Oslo:20261216T100000', 'DTSTART:20261217T100000Z'),
        ...vevent('UID:d', 'RECURRENCE-ID;VALUE=DATE:20261216', 'DTSTART:20261217'),
        ...vevent('UID:u', 'RECURRENCE-ID;TZID=UTC:20261216T100000', 'DTSTART:20261217T100000Z'),
        ...vevent('UID:bad', 'DTSTART:2026-12-17T10:00', 'SUMMARY:x'),
      );
      const events = readEvents(text);
      expect(events.map((e) => e.recurrenceId?.text)).to.deep.equal([
        '2026-12-16T10:00:00',
        '2026-12-16',
        '2026-12-16T10:00:00Z',
        undefined,
      ]);
      expect(iso(events[0]!.recurrenceId!.at)).to.equal('2026-12-16T09:00:00.000Z');
      expect(events[3]).to.include({ uid: 'bad', start: undefined, summary: 'x' });
    });
  });

  describe('against ical.js (an independent parser)', () => {
    it('reads property names, parameters and raw values as ical.js does (property)', () => {
      const paramValue = fc.oneof(
        fc.stringMatching(/^[A-Za-z0-9 /=.+^'-]{0,12}$/),
        fc.stringMatching(/^[A-Za-z0-9 ;:,/=^'-]{0,12}$/).map((v) => `"${v}"`),
      );
      const line = fc.record({
        name: fc.stringMatching(/^X-[A-Za-z0-9-]{1,10}$/),
        params: fc.uniqueArray(fc.tuple(fc.stringMatching(/^X-[A-Za-z0-9-]{1,8}$/), paramValue), {
          maxLength: 3,
          selector: ([name]) => name.toLowerCase(),
        }),
        value: fc.stringMatching(/^[^\r\n]{0,30}$/),
      });
      fc.assert(
        fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), (lines) => {
          const text = calendar(
            ...lines.map((l) => `${l.name}${l.params.map(([k, v]) => `;${k}=${v}`).join('')}:${l.value}`),
          );
          const ours = readComponents(text)[0]!.properties.slice(2);
          const theirs = new ICAL.Component(ICAL.parse(text)).getAllProperties().slice(2);
          expect(ours.map((p) => p.name)).to.deep.equal(theirs.map((p) => p.name.toUpperCase()));
          expect(ours.map((p) => p.value)).to.deep.equal(theirs.map((p) => p.getFirstValue()));
          ours.forEach((p, i) => {
            expect([...p.params.keys()].map((k) => k.toLowerCase())).to.deep.equal(Object.keys(theirs[i]!.toJSON()[1]));
            for (const [key, values] of p.params) {
              expect(values.join(','), key).to.equal(theirs[i]!.getParameter(key.toLowerCase()));
            }
          });
        }),
        { numRuns: 200 },
      );
    });

    it('reads generated feeds as ical.js does, and finds the TEXT that was written (property)', () => {
      // About 50 ms a feed on a busy machine; thousands: `npm run test:ics-read`.
      expect(checkAgainstIcaljs(60)).to.be.at.least(60);
    });

    it('parts from ical.js where RFC 5545 says otherwise: the first of two equal local times (and the check can fail)', () => {
      const written = { lines: [], summary: 'x', description: 'y', categories: [] };
      const text = calendar(
        ...NEW_YORK,
        ...vevent('DTSTART;TZID=America/New_York:20071104T013000', 'SUMMARY:x', 'DESCRIPTION:y'),
      );
      // 01:30 EDT (05:30Z), the first of the two; ical.js reads 01:30 EST (06:30Z).
      expect(() => compareFeed({ text, reference: text, events: [written] })).to.throw(
        /reader: [^]*"at": 1194154200000[^]*ical\.js: [^]*"at": 1194157800000/,
      );
      const utc = calendar(...vevent('DTSTART:20071104T053000Z', 'SUMMARY:x', 'DESCRIPTION:y'));
      expect(compareFeed({ text: utc, reference: utc, events: [written] })).to.equal(1);
      expect(() => compareFeed({ text: utc, reference: utc, events: [{ ...written, summary: 'z' }] })).to.throw(
        /written/,
      );
    });
  });

  it('reads back what the .ics writer wrote, across every DST night 1980–2040 (property)', () => {
    const instant = fc.oneof(
      fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2040, 0, 1) }),
      // The DST nights: around 01:00Z on the last Sundays of March, September and October.
      fc
        .tuple(fc.integer({ min: 1980, max: 2039 }), fc.constantFrom(2, 8, 9), fc.integer({ min: -7200, max: 7200 }))
        .map(([y, m, s]) => {
          const last = new Date(Date.UTC(y, m + 1, 0));
          return Date.UTC(y, m, last.getUTCDate() - last.getUTCDay(), 1) + s * 1000;
        }),
    );
    const plain = (text: string): string => wellFormed(text, { lines: true }).replace(/\r\n?/g, '\n');
    fc.assert(
      fc.property(
        fc.array(fc.record({ start: instant, minutes: fc.integer({ min: 1, max: 600 }), summary: textArb }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.string({ maxLength: 120 }),
        (list, description) => {
          const events: IcsEvent[] = list.map(({ start, minutes, summary }, i) => ({
            uid: `e${i}`,
            start: start - (start % 1000),
            end: start - (start % 1000) + minutes * 60_000,
            summary,
            description,
          }));
          const read = readEvents(toIcs(events, { now: 0 }));
          expect(read.map((e) => [e.uid, e.start?.at, e.end, e.summary, e.description])).to.deep.equal(
            events.map((e) => [e.uid, e.start, e.end, plain(e.summary) || undefined, plain(description) || undefined]),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
