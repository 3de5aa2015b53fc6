import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import ICAL from 'ical.js';
import {
  escapeText,
  foldLine,
  icsDataUrl,
  icsFileName,
  toIcs,
  toIcsFeed,
  type IcsEvent,
} from '../../src/domain/ics.js';
import { osloToInstant } from '../../src/domain/oslo-time.js';
import { expandSeries } from '../../src/domain/recurrence-series.js';

const NOW = Date.parse('2026-11-26T12:00:00Z');

describe('ics writer', () => {
  it('writes a valid calendar with CRLF line ends, UID, DTSTAMP and Oslo times', () => {
    const ics = toIcs(
      [
        {
          uid: 'ev-1@torg.test',
          start: Date.parse('2026-12-03T18:00:00+01:00'),
          end: Date.parse('2026-12-03T19:30:00+01:00'),
          summary: 'Språkkafé',
          location: 'Borgen innbyggertorg',
        },
      ],
      { now: NOW },
    );
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.split('\r\n').every((line) => !line.includes('\n'))).to.equal(true);
    expect(ics).to.contain('\r\nUID:ev-1@torg.test\r\n');
    expect(ics).to.contain('\r\nDTSTAMP:20261126T120000Z\r\n');
    expect(ics).to.contain('\r\nDTSTART;TZID=Europe/Oslo:20261203T180000\r\n');
    expect(ics).to.contain('\r\nDTEND;TZID=Europe/Oslo:20261203T193000\r\n');
    expect(ics).to.contain('BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo');
    const component = new ICAL.Component(ICAL.parse(ics));
    const event = new ICAL.Event(component.getFirstSubcomponent('vevent')!);
    expect(event.summary).to.equal('Språkkafé');
    expect(event.location).to.equal('Borgen innbyggertorg');
  });

  it('keeps a weekly 18:00 series at 18:00 Oslo time across the DST change', () => {
    const ics = toIcs(
      [
        {
          uid: 'series@torg.test',
          start: Date.parse('2027-03-17T18:00:00+01:00'),
          end: Date.parse('2027-03-17T19:00:00+01:00'),
          summary: 'Weekly',
          rrule: 'FREQ=WEEKLY;COUNT=4',
          exdates: [Date.parse('2027-03-24T18:00:00+01:00')],
        },
      ],
      { now: NOW },
    );
    expect(ics).to.contain('\r\nRRULE:FREQ=WEEKLY;COUNT=4\r\n');
    expect(ics).to.contain('\r\nEXDATE;TZID=Europe/Oslo:20270324T180000\r\n');
    const component = new ICAL.Component(ICAL.parse(ics));
    const vtimezone = component.getFirstSubcomponent('vtimezone')!;
    const event = new ICAL.Event(component.getFirstSubcomponent('vevent')!);
    const zone = new ICAL.Timezone(vtimezone);
    const iterator = event.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next && starts.length < 4; next = iterator.next()) {
      if (event.isRecurrenceException()) continue;
      next.zone = zone;
      starts.push(next.toJSDate().toISOString());
    }
    // 18:00 in winter time (UTC+1) before the switch on 28 March, 18:00 in summer time (UTC+2) after.
    expect(starts[0]).to.equal('2027-03-17T17:00:00.000Z');
    expect(starts).to.include('2027-03-31T16:00:00.000Z');
  });

  it('writes whole-day events as DATE values with an exclusive end', () => {
    const ics = toIcs(
      [
        {
          uid: 'x',
          start: Date.parse('2026-12-07T00:00:00+01:00'),
          end: Date.parse('2026-12-14T00:00:00+01:00'),
          allDay: true,
          summary: 'Utstilling',
        },
      ],
      { now: NOW },
    );
    expect(ics).to.contain('\r\nDTSTART;VALUE=DATE:20261207\r\nDTEND;VALUE=DATE:20261214\r\n');
    expect(ics).not.to.contain('VTIMEZONE');
  });

  it('marks cancelled events and escapes text', () => {
    const ics = toIcs(
      [{ uid: 'x', start: NOW, summary: 'A; B, C\\D\nE', status: 'CANCELLED', description: 'Linje 1\r\nLinje 2' }],
      { now: NOW },
    );
    expect(ics).to.contain('SUMMARY:A\\; B\\, C\\\\D\\nE\r\n');
    expect(ics).to.contain('DESCRIPTION:Linje 1\\nLinje 2\r\n');
    expect(ics).to.contain('STATUS:CANCELLED\r\n');
    expect(escapeText('a,b')).to.equal('a\\,b');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const long = `SUMMARY:${'æøå'.repeat(40)}`;
    const folded = foldLine(long);
    const encoder = new TextEncoder();
    const lines = folded.split('\r\n');
    expect(lines.length).to.be.greaterThan(1);
    for (const line of lines) expect(encoder.encode(line).length).to.be.at.most(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).to.equal(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).to.equal(long);
  });

  it('makes a data URL and a safe file name', () => {
    expect(icsDataUrl('BEGIN:VCALENDAR\r\n')).to.equal('data:text/calendar;charset=utf-8,BEGIN%3AVCALENDAR%0D%0A');
    expect(icsFileName('Språkkafé på Sætre!')).to.equal('sprakkafe-pa-saetre.ics');
    expect(icsFileName('<<>>')).to.equal('kalender.ics');
  });

  describe('times that Oslo time cannot say, and the VTIMEZONE', () => {
    /** The calendar's events as ical.js (an independent parser) reads them: UID and start instant. */
    function readBack(ics: string): { uid: string; start: string; end?: string }[] {
      const component = new ICAL.Component(ICAL.parse(ics));
      const zone = component.getFirstSubcomponent('vtimezone');
      if (zone) ICAL.TimezoneService.register(zone);
      try {
        return component.getAllSubcomponents('vevent').map((vevent) => {
          const event = new ICAL.Event(vevent);
          return {
            uid: event.uid,
            start: event.startDate.toJSDate().toISOString(),
            ...(vevent.hasProperty('dtend') ? { end: event.endDate.toJSDate().toISOString() } : {}),
          };
        });
      } finally {
        if (zone) ICAL.TimezoneService.remove('Europe/Oslo');
      }
    }
    const event = (uid: string, start: number, end?: number): IcsEvent => ({ uid, start, end, summary: uid });

    it('writes both instants of the repeated autumn hour in UTC, so they read back apart', () => {
      const first = Date.parse('2026-10-25T00:30:00Z');
      const second = Date.parse('2026-10-25T01:30:00Z');
      const ics = toIcs([event('first', first, second), event('second', second, second + 3_600_000)], { now: NOW });
      expect(ics).to.contain('\r\nDTSTART:20261025T003000Z\r\nDTEND:20261025T013000Z\r\n');
      expect(ics).to.contain('\r\nDTSTART:20261025T013000Z\r\nDTEND;TZID=Europe/Oslo:20261025T033000\r\n');
      expect(readBack(ics)).to.deep.equal([
        { uid: 'first', start: '2026-10-25T00:30:00.000Z', end: '2026-10-25T01:30:00.000Z' },
        { uid: 'second', start: '2026-10-25T01:30:00.000Z', end: '2026-10-25T02:30:00.000Z' },
      ]);
    });

    it('has a VTIMEZONE that is right back to 1980 (summer time ended in September until 1995), UTC before', () => {
      const ics = toIcs(
        [
          event('1990', Date.parse('1990-09-30T12:00:00Z')),
          event('1980', Date.parse('1980-09-27T12:00:00Z')),
          event('1979', Date.parse('1979-06-01T12:00:00Z')),
        ],
        { now: NOW },
      );
      expect(ics).to.contain('DTSTART;TZID=Europe/Oslo:19900930T130000');
      expect(ics).to.contain('DTSTART;TZID=Europe/Oslo:19800927T140000');
      expect(ics).to.contain('DTSTART:19790601T120000Z');
      expect(readBack(ics).map((e) => e.start)).to.deep.equal([
        '1990-09-30T12:00:00.000Z',
        '1980-09-27T12:00:00.000Z',
        '1979-06-01T12:00:00.000Z',
      ]);
    });

    it('writes every instant 1970–2040 so that ical.js reads the same instant back (property)', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2040, 0, 1) }),
            // The DST nights: around 01:00Z on the last Sundays of March, September and October.
            fc
              .tuple(
                fc.integer({ min: 1980, max: 2039 }),
                fc.constantFrom(2, 8, 9),
                fc.integer({ min: -7200, max: 7200 }),
              )
              .map(([y, m, s]) => {
                const last = new Date(Date.UTC(y, m + 1, 0));
                return Date.UTC(y, m, last.getUTCDate() - last.getUTCDay(), 1) + s * 1000;
              }),
          ),
          (at) => {
            const start = at - (at % 1000);
            expect(readBack(toIcs([event('x', start)], { now: NOW }))[0]!.start).to.equal(
              new Date(start).toISOString(),
            );
          },
        ),
        { numRuns: 100 },
      );
    });
  });

  describe('repeating events', () => {
    /** ical.js's expansion of the file's first event, as instants. */
    function icalStarts(ics: string, max: number): string[] {
      const component = new ICAL.Component(ICAL.parse(ics));
      const zone = component.getFirstSubcomponent('vtimezone');
      if (zone) ICAL.TimezoneService.register(zone);
      try {
        const iterator = new ICAL.Event(component.getFirstSubcomponent('vevent')!).iterator();
        const out: string[] = [];
        for (let next = iterator.next(); next && out.length < max; next = iterator.next()) {
          out.push(next.toJSDate().toISOString());
        }
        return out;
      } finally {
        if (zone) ICAL.TimezoneService.remove('Europe/Oslo');
      }
    }

    it('writes a DATE UNTIL for a whole-day series, and a UTC UNTIL for a timed one', () => {
      const allDay = toIcs(
        [
          {
            uid: 'a',
            start: Date.parse('2027-02-01T00:00:00+01:00'),
            allDay: true,
            summary: 'A',
            rrule: 'FREQ=WEEKLY;UNTIL=20270301T225959Z',
          },
        ],
        { now: NOW },
      );
      expect(allDay).to.contain('\r\nRRULE:FREQ=WEEKLY;UNTIL=20270301\r\n');
      const dated = toIcs(
        [
          {
            uid: 'b',
            start: Date.parse('2027-02-01T18:00:00+01:00'),
            summary: 'B',
            rrule: 'FREQ=WEEKLY;UNTIL=20270329',
          },
        ],
        { now: NOW },
      );
      // The whole of 29 March (Oslo summer time by then): until 21:59:59Z.
      expect(dated).to.contain('\r\nRRULE:FREQ=WEEKLY;UNTIL=20270329T215959Z\r\n');
      expect(icalStarts(dated, 20)).to.have.length(9);
      const floating = toIcs(
        [
          {
            uid: 'c',
            start: Date.parse('2027-02-01T18:00:00+01:00'),
            summary: 'C',
            rrule: 'FREQ=WEEKLY;UNTIL=20270222T180000',
          },
        ],
        { now: NOW },
      );
      expect(floating).to.contain('\r\nRRULE:FREQ=WEEKLY;UNTIL=20270222T170000Z\r\n');
    });

    it('writes the rule from its parts, never as sent; a rule that does not parse is left out with its dates', () => {
      const ics = (rrule: string): string =>
        toIcs(
          [{ uid: 'r', start: NOW, summary: 'R', rrule, exdates: [NOW + 7 * 86_400_000], rdates: [NOW + 86_400_000] }],
          { now: NOW },
        );
      expect(ics('rrule:freq=weekly;byday=mo,we;')).to.contain('\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE\r\n');
      for (const bad of [
        'FREQ=WEEKLY\r\nATTACH:https://evil.example/x',
        'FREQ=WEEKLY;BYDAY=MO\nBEGIN:VALARM',
        'FREQ=FORTNIGHTLY',
      ]) {
        const text = ics(bad);
        expect(text.slice(text.indexOf('BEGIN:VEVENT')), bad).not.to.match(/RRULE|EXDATE|RDATE|ATTACH|VALARM/);
        expect(text).to.contain('\r\nSUMMARY:R\r\n');
      }
    });

    it('starts a series at the second 02:30 of the autumn night exactly (EXDATE and RDATE around the local DTSTART)', () => {
      // RFC 5545 §3.3.5 reads the local DTSTART 02:30 as the first 02:30 (00:30Z): that one is excluded and
      // the exact instant added. (ical.js reads an ambiguous local time as the second, unlike the RFC.)
      const start = Date.parse('2026-10-25T01:30:00Z');
      const ics = toIcs([{ uid: 's', start, summary: 'S', rrule: 'FREQ=WEEKLY;COUNT=3' }], { now: NOW });
      expect(ics).to.contain(
        '\r\nDTSTART;TZID=Europe/Oslo:20261025T023000\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\nEXDATE:20261025T003000Z\r\nRDATE:20261025T013000Z\r\n',
      );
      // At the first 02:30 the local DTSTART says it all.
      const first = toIcs([{ uid: 's', start: start - 3_600_000, summary: 'S', rrule: 'FREQ=WEEKLY' }], { now: NOW });
      expect(first).to.contain('\r\nDTSTART;TZID=Europe/Oslo:20261025T023000\r\nRRULE:FREQ=WEEKLY\r\nSUMMARY:S\r\n');
    });

    it('is expanded by ical.js as the engine expands it, across DST (property)', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1981, max: 2038 }),
          fc.constantFrom(2, 9),
          fc.integer({ min: -10, max: 3 }),
          // Not 02:00–02:59, which the DST nights skip or repeat: ical.js reads a repeated local time as the second
          // instant (RFC 5545 §3.3.5: the first); the engine's tests cover those hours.
          fc.integer({ min: 0, max: 23 * 4 }).filter((q) => q < 8 || q >= 12),
          fc.constantFrom(
            'FREQ=DAILY;COUNT=8',
            'FREQ=WEEKLY;COUNT=4',
            'FREQ=WEEKLY;INTERVAL=2;COUNT=4',
            'FREQ=MONTHLY;COUNT=3',
          ),
          fc.boolean(),
          (y, m, days, quarter, rrule, exclude) => {
            const last = new Date(Date.UTC(y, m + 1, 0));
            const date = new Date(Date.UTC(y, m, last.getUTCDate() - last.getUTCDay() + days))
              .toISOString()
              .slice(0, 10);
            const hour = Math.floor(quarter / 4);
            const start = osloToInstant(date, hour, (quarter % 4) * 15);
            const all = expandSeries({ start, rrule }, 0, Infinity).occurrences.map((o) => o.start);
            const exdates = exclude ? all.filter((_, i) => i % 3 === 2) : [];
            const ours = expandSeries({ start, rrule, exdates }, 0, Infinity).occurrences.map((o) =>
              new Date(o.start).toISOString(),
            );
            const ics = toIcs([{ uid: 'p', start, summary: 'P', rrule, exdates }], { now: NOW });
            expect(icalStarts(ics, 20), `${rrule} from ${new Date(start).toISOString()}`).to.deep.equal(ours);
          },
        ),
        { numRuns: 50 },
      );
    });
  });

  describe('hostile text (issue 17)', () => {
    it('removes control characters and replaces lone surrogates; the data URL never throws', () => {
      const ics = toIcs(
        [
          {
            uid: 'a\u0000b',
            start: NOW,
            summary: 'Kafé \ud83d og \u0007klokke\u001b[31m',
            description: 'x\udc00y\u0085',
          },
        ],
        { now: NOW },
      );
      expect(ics).to.contain('\r\nUID:ab\r\n');
      expect(ics).to.contain('\r\nSUMMARY:Kafé \ufffd og klokke[31m\r\n');
      expect(ics).to.contain('\r\nDESCRIPTION:x\ufffdy\r\n');
      expect(() => icsDataUrl(ics)).not.to.throw();
      expect(icsDataUrl('a\ud800')).to.equal('data:text/calendar;charset=utf-8,a%EF%BF%BD');
      expect(icsFileName('\ud800Kafé')).to.equal('kafe.ics');
    });

    it('keeps every value on its own line, whatever the event holds (property)', () => {
      const hostile = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.constantFrom(
          'x\r\nATTACH:https://evil.example',
          'y\nBEGIN:VALARM\nTRIGGER:-PT5M',
          '\ud800\r',
          'FREQ=DAILY\r\nX:1',
        ),
      );
      fc.assert(
        fc.property(
          fc.record({
            uid: hostile,
            summary: hostile,
            description: hostile,
            location: hostile,
            url: fc.oneof(hostile, fc.constant('https://example.org/a b\r\nc')),
            categories: fc.array(hostile, { maxLength: 3 }),
            rrule: hostile,
            name: hostile,
          }),
          fc.boolean(),
          ({ name, ...fields }, allDay) => {
            const ics = toIcsFeed([{ ...fields, start: NOW, end: NOW + 3_600_000, allDay, exdates: [NaN, NOW] }], {
              now: NOW,
              name,
            });
            expect(ics.endsWith('\r\n')).to.equal(true);
            const lines = ics
              .slice(0, -2)
              .replace(/\r\n[ ]/g, '')
              .split('\r\n');
            for (const line of lines) {
              expect(line, JSON.stringify(line)).to.match(/^[A-Z][A-Z0-9-]*[;:]/);
              // eslint-disable-next-line no-control-regex -- control characters are the point
              expect(line).not.to.match(/[\0-\x08\n-\x1f\x7f]/);
            }
            const open: string[] = [];
            for (const line of lines) {
              if (line.startsWith('BEGIN:')) open.push(line.slice(6));
              else if (line.startsWith('END:')) expect(open.pop()).to.equal(line.slice(4));
            }
            expect(open).to.deep.equal([]);
            expect(lines.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(1);
            expect(lines.some((l) => /^(ATTACH|BEGIN:VALARM|TRIGGER|X:)/.test(l))).to.equal(false);
            const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
            expect(event.summary ?? '').to.equal(
              fields.summary
                .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
                .replace(/\r\n?/g, '\n')
                // eslint-disable-next-line no-control-regex -- control characters are the point
                .replace(/[\0-\x08\v-\x1f\x7f-\x9f]/g, ''),
            );
          },
        ),
        { numRuns: 100 },
      );
    });

    it('writes only http(s) URLs, encoded; and only known statuses', () => {
      const ics = toIcs(
        [
          { uid: 'a', start: NOW, summary: 'A', url: 'javascript:alert(1)', status: 'BOGUS' as never },
          { uid: 'b', start: NOW, summary: 'B', url: 'https://example.org/a b?q=æ' },
        ],
        { now: NOW },
      );
      expect(ics).not.to.contain('javascript');
      expect(ics).not.to.contain('BOGUS');
      expect(ics).to.contain('\r\nURL:https://example.org/a%20b?q=%C3%A6\r\n');
    });

    it('leaves out an event without a usable start instead of throwing', () => {
      const ics = toIcs(
        [
          { uid: 'bad', start: NaN, summary: 'X' },
          { uid: 'good', start: NOW, summary: 'Y', end: NaN },
        ],
        { now: NOW },
      );
      expect(ics).not.to.contain('UID:bad');
      expect(ics).to.contain('UID:good');
      expect(ics).not.to.contain('DTEND');
    });
  });

  describe('calendar feeds (issue 15)', () => {
    it('writes many events into one subscribable calendar: name, refresh interval, stable UIDs, cancelled ones', () => {
      const events: IcsEvent[] = [
        {
          uid: 'event-1@innbyggertorg.asker.kommune.no',
          start: Date.parse('2026-12-03T18:00:00+01:00'),
          summary: 'Kafé',
          sequence: 2,
          updated: NOW,
        },
        {
          uid: 'event-2@innbyggertorg.asker.kommune.no',
          start: Date.parse('2026-12-04T18:00:00+01:00'),
          summary: 'Konsert',
          status: 'CANCELLED',
        },
        {
          uid: 'event-3@innbyggertorg.asker.kommune.no',
          start: Date.parse('2026-12-02T10:00:00+01:00'),
          end: Date.parse('2026-12-02T12:00:00+01:00'),
          summary: 'Tur',
          rrule: 'FREQ=WEEKLY;BYDAY=WE',
          exdates: [Date.parse('2026-12-30T10:00:00+01:00')],
        },
      ];
      const ics = toIcsFeed(events, {
        now: NOW,
        name: 'Arrangementer, Asker',
        description: 'Alt på innbyggertorgene',
        refreshMinutes: 90,
        source: 'https://api.example/events.ics?torg=tofte',
      });
      for (const line of [
        'X-WR-CALNAME:Arrangementer\\, Asker',
        'NAME:Arrangementer\\, Asker',
        'REFRESH-INTERVAL;VALUE=DURATION:PT1H30M',
        'X-PUBLISHED-TTL:PT1H30M',
        'X-WR-CALDESC:Alt på innbyggertorgene',
        'SOURCE;VALUE=URI:https://api.example/events.ics?torg=tofte',
        'STATUS:CANCELLED',
        'SEQUENCE:2',
        'LAST-MODIFIED:20261126T120000Z',
        'RRULE:FREQ=WEEKLY;BYDAY=WE',
        'EXDATE;TZID=Europe/Oslo:20261230T100000',
      ]) {
        expect(ics).to.contain(`\r\n${line}\r\n`);
      }
      const calendar = new ICAL.Component(ICAL.parse(ics));
      expect(calendar.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))).to.deep.equal(
        events.map((e) => e.uid),
      );
      expect(toIcsFeed([], { name: 'Tom', now: NOW })).to.contain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n');
      expect(toIcsFeed([], { name: 'Dag', refreshMinutes: 1440, now: NOW })).to.contain('\r\nX-PUBLISHED-TTL:P1D\r\n');
    });
  });
});
