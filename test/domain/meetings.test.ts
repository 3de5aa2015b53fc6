import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import ICAL from 'ical.js';
import type { AgendaItem, Meeting } from '../../src/contract/schemas.js';
import { toIcs } from '../../src/domain/ics.js';
import { isOngoing, meetingEnd, nextMeeting, splitMeetings } from '../../src/domain/meeting-times.js';
import { meetingToIcsEvent } from '../../src/domain/meetings-ics.js';
import { documentType, publicAgendaItem, publicMeeting } from '../../src/domain/meetings.js';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-12-03T10:00:00+01:00');

const iso = (ms: number): string => new Date(ms).toISOString();

function meeting(id: string, start: number, end?: number, extra: Partial<Meeting> = {}): Meeting {
  return {
    id,
    committeeId: 'c',
    title: 'Møte',
    start: iso(start),
    ...(end === undefined ? {} : { end: iso(end) }),
    status: 'planlagt',
    location: { name: 'Borgen innbyggertorg' },
    ...extra,
  };
}

/** Meetings within a year either side of NOW, some without an end, some with an end before their start (bad data). */
const meetingsArb = fc
  .array(
    fc.record({
      start: fc.integer({ min: NOW - 365 * 24 * HOUR, max: NOW + 365 * 24 * HOUR }),
      duration: fc.option(fc.integer({ min: -3 * HOUR, max: 6 * HOUR }), { nil: undefined }),
    }),
    { maxLength: 30 },
  )
  .map((rows) =>
    rows.map((row, i) =>
      meeting(`m${i}`, row.start, row.duration === undefined ? undefined : row.start + row.duration),
    ),
  );

const documentArb = fc.record({
  title: fc.string(),
  url: fc.webUrl(),
  mediaType: fc.option(fc.constantFrom('application/pdf', 'image/png', 'text/plain'), { nil: undefined }),
  size: fc.option(fc.nat(), { nil: undefined }),
});

const itemArb: fc.Arbitrary<AgendaItem> = fc.record(
  {
    id: fc.string({ minLength: 1 }),
    number: fc.string(),
    kind: fc.constantFrom('PS', 'RS', 'orientering', 'eventuelt'),
    title: fc.string(),
    closed: fc.boolean(),
    exemption: fc.string(),
    documents: fc.array(documentArb, { maxLength: 3 }),
    decision: fc.string(),
  },
  { requiredKeys: ['id', 'number', 'kind', 'title'] },
);

describe('meetings (domain)', () => {
  describe('meetingEnd and isOngoing', () => {
    it('ends at its end, or at its start when the end is missing or not after the start', () => {
      const start = NOW;
      expect(meetingEnd(meeting('a', start, start + 2 * HOUR))).to.equal(start + 2 * HOUR);
      expect(meetingEnd(meeting('a', start))).to.equal(start);
      expect(meetingEnd(meeting('a', start, start - HOUR))).to.equal(start);
    });

    it('is ongoing from its start until (not including) its end', () => {
      const m = meeting('a', NOW, NOW + 2 * HOUR);
      expect(isOngoing(m, NOW - 1)).to.equal(false);
      expect(isOngoing(m, NOW)).to.equal(true);
      expect(isOngoing(m, NOW + 2 * HOUR - 1)).to.equal(true);
      expect(isOngoing(m, NOW + 2 * HOUR)).to.equal(false);
    });

    it('reads any RFC 3339 offset as the same instant', () => {
      const a = { start: '2026-12-03T18:00:00+01:00', end: '2026-12-03T20:00:00+01:00' };
      const b = { start: '2026-12-03T17:00:00Z', end: '2026-12-03T21:00:00+02:00' };
      expect(meetingEnd(a)).to.equal(meetingEnd(b));
    });
  });

  describe('splitMeetings', () => {
    it('puts a meeting in progress among the upcoming, soonest first; past latest first', () => {
      const ongoing = meeting('ongoing', NOW - HOUR, NOW + HOUR);
      const next = meeting('next', NOW + 24 * HOUR);
      const later = meeting('later', NOW + 48 * HOUR);
      const ended = meeting('ended', NOW - 3 * HOUR, NOW - HOUR);
      const old = meeting('old', NOW - 48 * HOUR);
      const { upcoming, past } = splitMeetings([later, old, next, ended, ongoing], NOW);
      expect(upcoming.map((m) => m.id)).to.deep.equal(['ongoing', 'next', 'later']);
      expect(past.map((m) => m.id)).to.deep.equal(['ended', 'old']);
    });

    it('a meeting without an end is past from its start', () => {
      const { upcoming, past } = splitMeetings([meeting('a', NOW)], NOW);
      expect(upcoming).to.have.length(0);
      expect(past.map((m) => m.id)).to.deep.equal(['a']);
    });

    it('partitions every list: each meeting once, upcoming not ended and ascending, past ended and descending', () => {
      fc.assert(
        fc.property(
          meetingsArb,
          fc.integer({ min: NOW - 400 * 24 * HOUR, max: NOW + 400 * 24 * HOUR }),
          (list, now) => {
            const { upcoming, past } = splitMeetings(list, now);
            expect([...upcoming, ...past].map((m) => m.id).sort()).to.deep.equal(list.map((m) => m.id).sort());
            expect(upcoming.every((m) => meetingEnd(m) > now)).to.equal(true);
            expect(past.every((m) => meetingEnd(m) <= now)).to.equal(true);
            const starts = (ms: Meeting[]): number[] => ms.map((m) => Date.parse(m.start));
            expect(starts(upcoming)).to.deep.equal([...starts(upcoming)].sort((a, b) => a - b));
            expect(starts(past)).to.deep.equal([...starts(past)].sort((a, b) => b - a));
          },
        ),
      );
    });

    it('does not change its input', () => {
      fc.assert(
        fc.property(meetingsArb, (list) => {
          const before = JSON.stringify(list);
          splitMeetings(list, NOW);
          expect(JSON.stringify(list)).to.equal(before);
        }),
      );
    });
  });

  describe('nextMeeting', () => {
    it('is the soonest meeting not ended and not cancelled (one in progress counts)', () => {
      const cancelled = meeting('cancelled', NOW + HOUR, undefined, { status: 'avlyst' });
      const next = meeting('next', NOW + 24 * HOUR);
      const ended = meeting('ended', NOW - 3 * HOUR, NOW - HOUR);
      expect(nextMeeting([next, cancelled, ended], NOW)?.id).to.equal('next');
      expect(nextMeeting([next, meeting('ongoing', NOW - HOUR, NOW + HOUR)], NOW)?.id).to.equal('ongoing');
      expect(nextMeeting([cancelled, ended], NOW)).to.equal(undefined);
      expect(nextMeeting([], NOW)).to.equal(undefined);
    });
  });

  describe('publicAgendaItem and publicMeeting', () => {
    it('keeps an open item as it is', () => {
      fc.assert(
        fc.property(itemArb, (item) => {
          const open = { ...item, closed: false };
          expect(publicAgendaItem(open)).to.deep.equal(open);
        }),
      );
    });

    it('drops the documents of a closed item and keeps the rest of it', () => {
      fc.assert(
        fc.property(itemArb, (item) => {
          const closed = publicAgendaItem({ ...item, closed: true });
          expect(closed.documents).to.equal(undefined);
          const { documents: _documents, ...rest } = { ...item, closed: true };
          expect(closed).to.deep.equal(rest);
        }),
      );
    });

    it('strips every closed item of a meeting and leaves the rest', () => {
      fc.assert(
        fc.property(fc.array(itemArb, { maxLength: 8 }), (agenda) => {
          const result = publicMeeting(meeting('m', NOW, undefined, { agenda }));
          expect(result.agenda).to.have.length(agenda.length);
          result.agenda!.forEach((item, i) => {
            const original = agenda[i]!;
            if (original.closed) {
              expect(item.documents).to.equal(undefined);
              expect(item.title).to.equal(original.title);
            } else {
              expect(item).to.equal(original);
            }
          });
        }),
      );
    });

    it('leaves a meeting without an agenda as it is', () => {
      const m = meeting('m', NOW);
      expect(publicMeeting(m)).to.equal(m);
    });
  });

  describe('documentType', () => {
    it('names the type from the media type', () => {
      expect(documentType({ url: 'https://x.test/a', mediaType: 'application/pdf' })).to.equal('PDF');
      expect(documentType({ url: 'https://x.test/a', mediaType: 'Application/PDF; charset=binary' })).to.equal('PDF');
      expect(documentType({ url: 'https://x.test/a', mediaType: 'image/png' })).to.equal('PNG');
      expect(documentType({ url: 'https://x.test/a', mediaType: 'image/jpeg' })).to.equal('JPG');
      expect(
        documentType({
          url: 'https://x.test/a',
          mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        }),
      ).to.equal('DOCX');
    });

    it('falls back to the file extension, and says nothing when neither tells', () => {
      expect(documentType({ url: 'https://x.test/sak/vedlegg.docx?v=2#side=3' })).to.equal('DOCX');
      expect(documentType({ url: 'https://x.test/sak/12', mediaType: 'application/octet-stream' })).to.equal(undefined);
      expect(documentType({ url: 'https://x.test/sak.d/12' })).to.equal(undefined);
    });
  });

  describe('meetingToIcsEvent', () => {
    const m = meeting('tofte-1', Date.parse('2027-03-27T18:00:00+01:00'), Date.parse('2027-03-27T20:30:00+01:00'), {
      location: { name: 'Tofte innbyggertorg', address: 'Hurumveien 1185, 3482 Tofte' },
      title: 'Møte; med, tegn',
    });

    it('writes a valid event with a stable UID, Oslo times, place and the checked link', () => {
      const ics = toIcs([meetingToIcsEvent(m, { url: 'https://video.test/x' })], { now: NOW });
      expect(ics).to.contain('\r\nUID:meeting-tofte-1@innbyggertorg.asker.kommune.no\r\n');
      expect(ics).to.contain('\r\nDTSTART;TZID=Europe/Oslo:20270327T180000\r\n');
      expect(ics).to.contain('\r\nDTEND;TZID=Europe/Oslo:20270327T203000\r\n');
      expect(ics).to.contain('\r\nSUMMARY:Møte\\; med\\, tegn\r\n');
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
      expect(event.summary).to.equal('Møte; med, tegn');
      expect(event.location).to.equal('Tofte innbyggertorg, Hurumveien 1185, 3482 Tofte');
      expect(event.component.getFirstPropertyValue('url')).to.equal('https://video.test/x');
      expect(event.component.getFirstPropertyValue('status')).to.equal('CONFIRMED');
    });

    it('marks a cancelled meeting CANCELLED, leaves out a missing end and never takes digitalUrl unchecked', () => {
      const cancelled = meeting('c', NOW, undefined, { status: 'avlyst', digitalUrl: 'javascript:alert(1)' });
      const event = meetingToIcsEvent(cancelled);
      expect(event.status).to.equal('CANCELLED');
      expect(event.end).to.equal(undefined);
      expect(event.url).to.equal(undefined);
      expect(toIcs([event])).not.to.contain('DTEND');
    });

    it('cannot be made to write extra lines through a meeting id', () => {
      const ics = toIcs([meetingToIcsEvent(meeting('x\r\nATTACH:https://evil.test', NOW))], { now: NOW });
      expect(ics).not.to.match(/\r\nATTACH/);
      expect(ics).to.contain('UID:meeting-x%0D%0AATTACH%3Ahttps%3A%2F%2Fevil.test@');
    });

    it('keeps the same UID for the same meeting, and distinct UIDs for distinct ids', () => {
      fc.assert(
        fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
          const ua = meetingToIcsEvent(meeting(a, NOW)).uid;
          expect(meetingToIcsEvent(meeting(a, NOW + HOUR)).uid).to.equal(ua);
          if (a !== b) expect(meetingToIcsEvent(meeting(b, NOW)).uid).not.to.equal(ua);
        }),
      );
    });
  });
});
