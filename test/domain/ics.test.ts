import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { escapeText, foldLine, icsDataUrl, icsFileName, toIcs } from '../../src/domain/ics.js';

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
});
