import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Resource, Slot } from '../../src/contract/schemas.js';
import {
  RESOURCE_KINDS,
  bookingWindow,
  emptyDetails,
  freeDays,
  freeSlots,
  groupResources,
  monthRange,
  nextFreeSlots,
  slotsOn,
  type BookingDetails,
} from '../../src/domain/booking.js';
import { parseAttendees, validateDetails } from '../../src/domain/booking-details.js';
import { bookingRequest, sortServerErrors } from '../../src/domain/booking-submit.js';
import { addDays, osloDate } from '../../src/domain/oslo-time.js';

const NOW = Date.parse('2026-12-03T10:00:00+01:00');

function resource(overrides: Partial<Resource> = {}): Resource {
  return {
    id: 'r',
    torgId: 't',
    name: 'Rom',
    kind: 'rom',
    slotMinutes: 60,
    maxDaysAhead: 30,
    ...overrides,
  };
}

const details = (overrides: Partial<BookingDetails> = {}): BookingDetails => ({
  ...emptyDetails(),
  name: 'Kari Nordmann',
  email: 'kari@eksempel.no',
  consent: true,
  ...overrides,
});

/** A slot of `minutes` starting at an Oslo date and time (winter: +01:00). */
function slot(date: string, time: string, minutes = 60, available = true): Slot {
  const start = Date.parse(`${date}T${time}:00+01:00`);
  return {
    start: new Date(start).toISOString(),
    end: new Date(start + minutes * 60_000).toISOString(),
    available,
  };
}

describe('booking rules', () => {
  describe('groupResources', () => {
    it('groups by kind in the order rooms, guidance, digital meetings, keeping the API order in a group', () => {
      const list = [
        resource({ id: 'd', kind: 'digitalt-mote' }),
        resource({ id: 'r1' }),
        resource({ id: 'v', kind: 'veiledning' }),
        resource({ id: 'r2' }),
      ];
      const groups = groupResources(list);
      expect(groups.map((g) => g.kind)).to.deep.equal(['rom', 'veiledning', 'digitalt-mote']);
      expect(groups[0]!.resources.map((r) => r.id)).to.deep.equal(['r1', 'r2']);
    });

    it('leaves out kinds without resources', () => {
      expect(groupResources([resource({ kind: 'veiledning' })]).map((g) => g.kind)).to.deep.equal(['veiledning']);
      expect(groupResources([])).to.deep.equal([]);
    });

    it('keeps every resource exactly once (property)', () => {
      const kind = fc.constantFrom(...RESOURCE_KINDS);
      fc.assert(
        fc.property(fc.array(fc.record({ id: fc.uuid(), kind }), { maxLength: 30 }), (items) => {
          const list = items.map((item) => resource(item));
          const grouped = groupResources(list).flatMap((g) => g.resources);
          expect(grouped).to.have.length(list.length);
          expect(list.every((r) => grouped.includes(r))).to.be.true;
          for (const group of groupResources(list))
            expect(group.resources.every((r) => r.kind === group.kind)).to.be.true;
        }),
      );
    });
  });

  describe('bookingWindow', () => {
    it('runs from today to maxDaysAhead days later in Oslo', () => {
      expect(bookingWindow(NOW, 21)).to.deep.equal({ first: '2026-12-03', last: '2026-12-24' });
      // 23:30 UTC on 31 December is already 1 January in Oslo.
      expect(bookingWindow(Date.parse('2026-12-31T23:30:00Z'), 0)).to.deep.equal({
        first: '2027-01-01',
        last: '2027-01-01',
      });
    });
  });

  describe('freeSlots', () => {
    const window = bookingWindow(NOW, 21);

    it('keeps available future slots inside the window, sorted, one per start', () => {
      const slots = [
        slot('2026-12-08', '11:00'),
        slot('2026-12-08', '10:00'),
        slot('2026-12-08', '10:00'),
        slot('2026-12-08', '12:00', 60, false),
        slot('2026-12-03', '09:00'), // already begun
        slot('2026-12-03', '11:00'),
        slot('2026-12-25', '10:00'), // beyond maxDaysAhead
      ];
      const free = freeSlots(slots, NOW, window);
      expect(free.map((s) => `${s.date} ${new Date(s.startMs).toISOString()}`)).to.deep.equal([
        '2026-12-03 2026-12-03T10:00:00.000Z',
        '2026-12-08 2026-12-08T09:00:00.000Z',
        '2026-12-08 2026-12-08T10:00:00.000Z',
      ]);
      expect(free[1]!.minutes).to.equal(60);
    });

    it('drops slots whose end is not after their start', () => {
      const broken = { start: '2026-12-08T10:00:00+01:00', end: '2026-12-08T10:00:00+01:00', available: true };
      expect(freeSlots([broken], NOW, window)).to.deep.equal([]);
    });

    it('reads any RFC 3339 offset and gives the Oslo date (a slot at 23:30 UTC is the next Oslo day)', () => {
      const late = { start: '2026-12-07T23:30:00Z', end: '2026-12-08T00:00:00Z', available: true };
      expect(freeSlots([late], NOW, window)[0]!.date).to.equal('2026-12-08');
    });

    it('only ever returns free, future, in-window, sorted slots (property)', () => {
      const arbitrarySlot = fc
        .record({
          day: fc.integer({ min: -5, max: 40 }),
          minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
          length: fc.integer({ min: -30, max: 240 }),
          available: fc.boolean(),
        })
        .map(({ day, minute, length, available }) => {
          const start = NOW + day * 86_400_000 + minute * 60_000;
          return {
            start: new Date(start).toISOString(),
            end: new Date(start + length * 60_000).toISOString(),
            available,
          };
        });
      fc.assert(
        fc.property(fc.array(arbitrarySlot, { maxLength: 60 }), fc.integer({ min: 0, max: 60 }), (slots, ahead) => {
          const w = bookingWindow(NOW, ahead);
          const free = freeSlots(slots, NOW, w);
          for (const [i, s] of free.entries()) {
            expect(s.startMs).to.be.greaterThan(NOW);
            expect(s.endMs).to.be.greaterThan(s.startMs);
            expect(s.date >= w.first && s.date <= w.last).to.be.true;
            expect(s.date).to.equal(osloDate(s.startMs));
            if (i > 0) expect(s.startMs).to.be.greaterThan(free[i - 1]!.startMs);
          }
          // Nothing bookable is lost.
          const bookable = new Set(
            slots
              .filter((s) => s.available && Date.parse(s.end) > Date.parse(s.start) && Date.parse(s.start) > NOW)
              .filter((s) => osloDate(Date.parse(s.start)) <= w.last)
              .map((s) => Date.parse(s.start)),
          );
          expect(free.length).to.equal(bookable.size);
        }),
      );
    });
  });

  describe('days and next slots', () => {
    const free = freeSlots(
      [
        slot('2026-12-08', '10:00'),
        slot('2026-12-08', '11:00'),
        slot('2026-12-10', '09:00'),
        slot('2026-12-11', '09:00', 60, false),
      ],
      NOW,
      bookingWindow(NOW, 30),
    );

    it('lists the dates with a free slot', () => {
      expect([...freeDays(free)].sort()).to.deep.equal(['2026-12-08', '2026-12-10']);
    });

    it('lists a date’s free slots', () => {
      expect(slotsOn(free, '2026-12-08')).to.have.length(2);
      expect(slotsOn(free, '2026-12-11')).to.deep.equal([]);
    });

    it('offers the next free slots after a taken one, across days', () => {
      const taken = Date.parse('2026-12-08T10:00:00+01:00');
      expect(nextFreeSlots(free, taken, 5).map((s) => s.date)).to.deep.equal(['2026-12-08', '2026-12-10']);
      expect(nextFreeSlots(free, taken, 1)).to.have.length(1);
      expect(nextFreeSlots(free, Date.parse('2026-12-31T00:00:00Z'), 3)).to.deep.equal([]);
    });

    it('every day in freeDays has slots and next slots all come later (property)', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 40 }).map((d) => NOW + d * 3_600_000 * 7),
          fc.nat(6),
          (after, n) => {
            for (const day of freeDays(free)) expect(slotsOn(free, day)).to.not.be.empty;
            const next = nextFreeSlots(free, after, n);
            expect(next.length).to.be.at.most(n);
            expect(next.every((s) => s.startMs > after)).to.be.true;
          },
        ),
      );
    });
  });

  describe('monthRange', () => {
    it('is the half-open month, across the year end', () => {
      expect(monthRange('2026-12')).to.deep.equal({ from: '2026-12-01', to: '2027-01-01' });
      expect(monthRange('2027-02-14')).to.deep.equal({ from: '2027-02-01', to: '2027-03-01' });
    });
  });

  describe('validateDetails', () => {
    it('finds nothing wrong with complete details', () => {
      expect(validateDetails(details({ phone: '912 34 567', attendees: '12' }), 12)).to.deep.equal({});
    });

    it('requires name, e-mail and consent', () => {
      expect(validateDetails(emptyDetails())).to.deep.equal({
        name: 'required',
        email: 'required',
        consent: 'required',
      });
      expect(validateDetails(details({ name: '   ' })).name).to.equal('required');
    });

    it('checks the e-mail, an optional phone and the attendees against the capacity', () => {
      const problems = validateDetails(details({ email: 'kari@', phone: '12', attendees: '13' }), 12);
      expect(problems).to.deep.equal({ email: 'invalid', phone: 'invalid', attendees: 'tooMany' });
      expect(validateDetails(details({ attendees: '2.5' })).attendees).to.equal('invalid');
      expect(validateDetails(details({ attendees: '0' })).attendees).to.equal('invalid');
      expect(validateDetails(details({ attendees: '400' })).attendees).to.equal(undefined);
    });

    it('limits long texts', () => {
      expect(validateDetails(details({ purpose: 'x'.repeat(1001) })).purpose).to.equal('tooLong');
      expect(validateDetails(details({ purpose: 'x'.repeat(1000) })).purpose).to.equal(undefined);
    });

    it('never accepts more attendees than the capacity (property)', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), (capacity, attendees) => {
          const problem = validateDetails(details({ attendees: String(attendees) }), capacity).attendees;
          expect(problem).to.equal(attendees > capacity ? 'tooMany' : undefined);
        }),
      );
    });
  });

  describe('parseAttendees', () => {
    it('reads whole positive numbers', () => {
      expect(parseAttendees('')).to.equal(undefined);
      expect(parseAttendees(' 8 ')).to.equal(8);
      expect(parseAttendees('-1')).to.be.NaN;
      expect(parseAttendees('åtte')).to.be.NaN;
    });
  });

  describe('bookingRequest', () => {
    const room = resource({ id: 'borgen-fjorden', capacity: 12 });
    const [free] = freeSlots([slot('2026-12-08', '10:00')], NOW, bookingWindow(NOW, 30));

    it('sends the slot as the API gave it, trimmed texts and consent', () => {
      const body = bookingRequest(room, free!, details({ name: '  Kari ', phone: ' 912 34 567 ', attendees: '8' }));
      expect(body).to.deep.equal({
        resourceId: 'borgen-fjorden',
        start: free!.start,
        end: free!.end,
        name: 'Kari',
        email: 'kari@eksempel.no',
        phone: '912 34 567',
        attendees: 8,
        consent: true,
      });
    });

    it('leaves out empty optional fields', () => {
      const body = bookingRequest(room, free!, details({ organisation: '  ', purpose: '' }));
      expect(Object.keys(body).sort()).to.deep.equal(['consent', 'email', 'end', 'name', 'resourceId', 'start']);
    });
  });

  describe('sortServerErrors', () => {
    it('maps field errors to the form, spots a refused slot and keeps the rest', () => {
      const sorted = sortServerErrors([
        { field: 'email', message: 'Not a valid e-mail address.' },
        { field: '/attendees', message: 'At most 12.' },
        { field: 'start', message: 'Not a bookable slot.' },
        { field: 'resourceId', message: 'Unknown resource.' },
      ]);
      expect(sorted.fields).to.deep.equal({ email: 'Not a valid e-mail address.', attendees: 'At most 12.' });
      expect(sorted.slot).to.be.true;
      expect(sorted.other).to.deep.equal(['Unknown resource.']);
    });

    it('finds nothing in no errors', () => {
      expect(sortServerErrors([])).to.deep.equal({ fields: {}, slot: false, other: [] });
    });
  });

  it('keeps the window and the dates consistent with addDays', () => {
    const w = bookingWindow(NOW, 60);
    expect(w.last).to.equal(addDays(w.first, 60));
  });
});
