/**
 * The calendar feeds the mock API serves (`GET /events.ics`,
 * `GET /committees/{id}/meetings.ics`, written by `toIcsFeed`), read back
 * with independent parsers: ical.js reads the documents and expands the
 * series, rrule.js parses every rule. And the optional endpoints' `HEAD`s,
 * and the API without them.
 */
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { RRule } from 'rrule';
import { db } from '../../mocks/db.js';
import type { TorgEvent } from '../../src/contract/schemas.js';
import { osloDate, toOsloParts } from '../../src/domain/oslo-time.js';
import { MOCK_API_BASE, useTestEnv } from '../helpers/env.js';

const DOMAIN = '@innbyggertorg.asker.kommune.no';

interface Feed {
  calendar: ICAL.Component;
  events: ICAL.Event[];
  text: string;
}

async function fetchFeed(path: string): Promise<{ response: Response; feed: Feed }> {
  // Not from the browser's cache: each fetch is written anew.
  const response = await fetch(`${MOCK_API_BASE}${path}`, { cache: 'no-store' });
  const text = await response.text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { response, feed: { calendar, events, text } };
}

/** Runs `read` with the feed's Europe/Oslo VTIMEZONE known to ical.js. */
function withZone<T>(feed: Feed, read: () => T): T {
  const zone = feed.calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  try {
    return read();
  } finally {
    if (zone) ICAL.TimezoneService.remove('Europe/Oslo');
  }
}

/** The first `max` starts of an event as ical.js expands it. */
function starts(event: ICAL.Event, max: number): number[] {
  const iterator = event.iterator();
  const out: number[] = [];
  for (let next = iterator.next(); next && out.length < max; next = iterator.next()) out.push(+next.toJSDate());
  return out;
}

function expectFeedHeader(feed: Feed): void {
  const calendar = feed.calendar;
  expect(calendar.name).to.equal('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
  expect(calendar.getFirstPropertyValue('prodid')).to.be.a('string');
  // RFC 7986: how often a subscribed calendar fetches it again; and the older apps' X-PUBLISHED-TTL.
  expect(String(calendar.getFirstPropertyValue('refresh-interval'))).to.equal('PT1H');
  expect(String(calendar.getFirstPropertyValue('x-published-ttl'))).to.equal('PT1H');
  expect(calendar.getFirstPropertyValue('x-wr-calname')).to.be.a('string').and.not.equal('');
  for (const event of feed.events) {
    for (const property of ['uid', 'dtstamp', 'dtstart', 'summary']) {
      expect(event.component.hasProperty(property), `${event.uid} ${property}`).to.equal(true);
    }
  }
  const uids = feed.events.map((e) => e.uid);
  expect(new Set(uids).size, 'UIDs are unique').to.equal(uids.length);
}

/** The feed's text without the lines that change with every fetch. */
const stable = (text: string): string => text.replace(/^DTSTAMP:.*\r\n/gm, '');

describe('the calendar feeds of the mock API, read with ical.js and rrule.js', () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  describe('GET /events.ics', () => {
    it('holds every event once, with its UID, times, status and rule, as a feed to subscribe to', async () => {
      const { response, feed } = await fetchFeed('/events.ics');
      expect(response.status).to.equal(200);
      expect(response.headers.get('Content-Type')).to.match(/^text\/calendar/);
      expect(response.headers.get('ETag')).to.be.a('string');
      expectFeedHeader(feed);
      const events = db().events;
      expect(events.length).to.be.greaterThan(40);
      expect(feed.events.map((e) => e.uid).sort()).to.deep.equal(events.map((e) => `${e.id}${DOMAIN}`).sort());
      withZone(feed, () => {
        for (const fixture of events) {
          const event = feed.events.find((e) => e.uid === `${fixture.id}${DOMAIN}`)!;
          expect(event.summary).to.equal(fixture.title);
          const status = event.component.getFirstPropertyValue('status');
          expect(status, fixture.id).to.equal(fixture.cancelled ? 'CANCELLED' : 'CONFIRMED');
          if (fixture.allDay) {
            expect(event.startDate.isDate, fixture.id).to.equal(true);
            expect(event.startDate.toString()).to.equal(osloDate(Date.parse(fixture.start)));
          } else {
            expect(+event.startDate.toJSDate(), fixture.id).to.equal(Date.parse(fixture.start));
          }
          if (fixture.end && !fixture.allDay) expect(+event.endDate.toJSDate()).to.equal(Date.parse(fixture.end));
        }
      });
    });

    it('writes each series once with a rule rrule.js reads, expanded by ical.js at the same Oslo time, without its left-out dates', async () => {
      const { feed } = await fetchFeed('/events.ics');
      const series = db().events.filter((e): e is TorgEvent & { rrule: string } => !!e.rrule);
      expect(series.length).to.be.at.least(4);
      withZone(feed, () => {
        for (const fixture of series) {
          const event = feed.events.find((e) => e.uid === `${fixture.id}${DOMAIN}`)!;
          expect(event.isRecurring(), fixture.id).to.equal(true);
          const rule = String(event.component.getFirstPropertyValue('rrule'));
          // rrule.js (another implementation) reads the rule as written, part for part.
          const parsed = RRule.parseString(rule);
          expect(parsed.freq, rule).to.equal(RRule.WEEKLY);
          expect(rule.replace(/;UNTIL=[^;]*/, '')).to.equal(fixture.rrule.replace(/;UNTIL=[^;]*/, ''));
          const found = starts(event, 30);
          expect(found.length, fixture.id).to.be.greaterThan(3);
          const wall = (at: number): string => {
            const p = toOsloParts(at);
            return `${p.hour}:${p.minute}`;
          };
          // Every occurrence at the series' Oslo wall-clock time, across the change to and from summer time.
          for (const at of found)
            expect(wall(at), `${fixture.id} ${new Date(at).toISOString()}`).to.equal(wall(found[0]!));
          expect(found[0]).to.equal(Date.parse(fixture.start));
          for (const left of fixture.exdates ?? []) expect(found).to.not.include(Date.parse(left));
        }
      });
    });

    it('is the same feed when fetched again, but for when it was written (stable UIDs)', async () => {
      const first = await fetchFeed('/events.ics');
      env.clock!.jump(3_600_000);
      const again = await fetchFeed('/events.ics');
      expect(again.feed.text, 'written anew').to.not.equal(first.feed.text);
      expect(stable(again.feed.text) === stable(first.feed.text), 'the same but for DTSTAMP').to.equal(true);
    });

    it('follows the filters of GET /events', async () => {
      const { feed } = await fetchFeed('/events.ics?torg=borgen&category=kultur');
      const expected = db().events.filter((e) => e.torgId === 'borgen' && e.categories.includes('kultur'));
      expect(expected.length).to.be.greaterThan(0);
      expect(feed.events.map((e) => e.uid).sort()).to.deep.equal(expected.map((e) => `${e.id}${DOMAIN}`).sort());
      for (const event of feed.events) {
        expect(event.component.getFirstProperty('categories')!.getValues()).to.include('kultur');
        expect(event.location).to.contain('Borgen');
      }
      const { feed: young } = await fetchFeed('/events.ics?audience=ungdom');
      const ids = db()
        .events.filter((e) => e.audience?.includes('ungdom'))
        .map((e) => `${e.id}${DOMAIN}`);
      expect(young.events.map((e) => e.uid).sort()).to.deep.equal(ids.sort());
    });

    it('keeps API text as text: a title with line breaks and iCalendar syntax stays one event', async () => {
      const title = 'Møte\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil; «kafé», 100 %';
      db().events.unshift({
        id: 'x\r\nATTACH:y',
        title,
        start: '2026-12-10T18:00:00+01:00',
        categories: ['kultur'],
        torgId: 'borgen',
      });
      const { feed } = await fetchFeed('/events.ics');
      expect(feed.events).to.have.length(db().events.length);
      const event = feed.events.find((e) => e.summary.startsWith('Møte'))!;
      expect(event.summary).to.equal(title.replace(/\r\n/g, '\n'));
      expect(event.uid).to.equal(`x%0D%0AATTACH%3Ay${DOMAIN}`);
    });

    it('answers HEAD with the headers only', async () => {
      const response = await fetch(`${MOCK_API_BASE}/events.ics`, { method: 'HEAD' });
      expect(response.status).to.equal(200);
      expect(response.headers.get('Content-Type')).to.match(/^text\/calendar/);
      expect(await response.text()).to.equal('');
    });
  });

  describe('GET /committees/{id}/meetings.ics', () => {
    it("holds each committee's meetings, cancelled ones as cancelled", async () => {
      for (const committee of db().committees) {
        const { response, feed } = await fetchFeed(`/committees/${committee.id}/meetings.ics`);
        expect(response.status).to.equal(200);
        expectFeedHeader(feed);
        const meetings = db().meetings.filter((m) => m.committeeId === committee.id);
        expect(meetings.length).to.be.greaterThan(0);
        expect(feed.events.map((e) => e.uid).sort()).to.deep.equal(
          meetings.map((m) => `meeting-${m.id}${DOMAIN}`).sort(),
        );
        withZone(feed, () => {
          for (const meeting of meetings) {
            const event = feed.events.find((e) => e.uid === `meeting-${meeting.id}${DOMAIN}`)!;
            expect(+event.startDate.toJSDate()).to.equal(Date.parse(meeting.start));
            expect(event.summary).to.equal(meeting.title);
            expect(event.location).to.contain(meeting.location.name);
            expect(event.component.getFirstPropertyValue('status')).to.equal(
              meeting.status === 'avlyst' ? 'CANCELLED' : 'CONFIRMED',
            );
          }
        });
      }
      expect(db().meetings.some((m) => m.status === 'avlyst')).to.equal(true);
    });

    it('answers 404 for a committee that does not exist, to GET and HEAD', async () => {
      expect((await fetch(`${MOCK_API_BASE}/committees/atlantis/meetings.ics`)).status).to.equal(404);
      const head = await fetch(`${MOCK_API_BASE}/committees/atlantis/meetings.ics`, { method: 'HEAD' });
      expect(head.status).to.equal(404);
    });
  });

  describe('an API without the optional endpoints (contract v1.0)', () => {
    it('answers 404 to the place search and both feeds, GET and HEAD, and serves the rest', async () => {
      env.scenario('without-optional');
      for (const path of ['/places?q=Vollen', '/places', '/events.ics', '/committees/tofte-lsu/meetings.ics']) {
        for (const method of ['GET', 'HEAD']) {
          expect((await fetch(`${MOCK_API_BASE}${path}`, { method })).status, `${method} ${path}`).to.equal(404);
        }
      }
      expect((await fetch(`${MOCK_API_BASE}/events?from=2026-12-01&to=2027-01-01`)).status).to.equal(200);
      expect((await fetch(`${MOCK_API_BASE}/committees/tofte-lsu/meetings`)).status).to.equal(200);
    });
  });
});
