import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { TorgError } from '../../src/contract/errors.js';
import type { Booking, Resource, Slot } from '../../src/contract/schemas.js';
import { freeSlots, bookingWindow, type FreeSlot } from '../../src/domain/booking.js';
import { validateDetails } from '../../src/domain/booking-details.js';
import {
  STEPS,
  canEnter,
  canGoBack,
  initialFlow,
  offeredSlots,
  progress,
  reduce,
  refreshesAvailability,
  shownStep,
  stepsOf,
  type BookingFlow,
  type FlowContext,
  type FlowEvent,
} from '../../src/domain/booking-flow.js';
import { bookingRequest, sameBooking, submit } from '../../src/domain/booking-submit.js';

const NOW = Date.parse('2026-12-03T10:00:00+01:00');

function resource(overrides: Partial<Resource> = {}): Resource {
  return {
    id: 'fjorden',
    torgId: 'borgen',
    name: 'Fjorden',
    kind: 'rom',
    slotMinutes: 60,
    maxDaysAhead: 60,
    ...overrides,
  };
}

const FJORDEN = resource({ capacity: 12 });
const KIME = resource({ id: 'kime', name: 'KIME', maxDaysAhead: 10 });
const RESOURCES = [FJORDEN, KIME];

/** A free slot at an Oslo date and time (winter: +01:00). */
function free(date: string, time: string, minutes = 60): FreeSlot {
  const startMs = Date.parse(`${date}T${time}:00+01:00`);
  const endMs = startMs + minutes * 60_000;
  return {
    start: `${date}T${time}:00+01:00`,
    end: new Date(endMs).toISOString(),
    startMs,
    endMs,
    date,
    minutes,
  };
}

const TEN = free('2026-12-08', '10:00');
const ELEVEN = free('2026-12-08', '11:00');
const FREE_DAYS = new Set(['2026-12-08', '2026-12-10']);

const CONTEXT: FlowContext = {
  resources: RESOURCES,
  now: NOW,
  freeDays: FREE_DAYS,
  checkDetails: validateDetails,
  submit,
};

/** The state after `events`, from the start. */
function run(events: FlowEvent[], context: FlowContext = CONTEXT, from: BookingFlow = initialFlow()): BookingFlow {
  return events.reduce((state, event) => reduce(state, event, context), from);
}

const KARI: FlowEvent[] = [
  { type: 'input', field: 'name', value: 'Kari Nordmann' },
  { type: 'input', field: 'email', value: 'kari@eksempel.no' },
  { type: 'input', field: 'purpose', value: 'Styremøte' },
  { type: 'input', field: 'consent', value: true },
];

/** To the review of Fjorden at 10.00 on 8 December, with Kari's details. */
const TO_REVIEW: FlowEvent[] = [
  { type: 'resource', id: 'fjorden' },
  { type: 'day', date: '2026-12-08' },
  { type: 'slot', slot: TEN },
  ...KARI,
  { type: 'details' },
];

const BOOKING: Booking = { id: 'B-1', status: 'confirmed' };

function problem(status: number, body: Record<string, unknown>): TorgError {
  const kind = status === 409 ? 'conflict' : 'validation';
  return new TorgError(kind, `HTTP ${status}`, { status, problem: { status, ...body } });
}

const TAKEN = problem(409, { type: 'https://api.example/problems/slot-taken', title: 'Taken' });

describe('the booking flow', () => {
  describe('steps and what each needs', () => {
    it('goes resource → day → slot → details → review, five steps counted', () => {
      const states = TO_REVIEW.map((_, i) => run(TO_REVIEW.slice(0, i + 1)));
      expect(stepsOf(initialFlow())).to.deep.equal(STEPS);
      expect(shownStep(initialFlow(), RESOURCES)).to.equal('resource');
      expect(progress(initialFlow(), RESOURCES)).to.deep.equal({ step: 1, total: 5 });
      expect(states.map((s) => shownStep(s, RESOURCES))).to.deep.equal([
        'day',
        'slot',
        'details',
        'details',
        'details',
        'details',
        'details',
        'review',
      ]);
      expect(progress(states.at(-1)!, RESOURCES)).to.deep.equal({ step: 5, total: 5 });
      expect(canGoBack(initialFlow(), RESOURCES)).to.be.false;
      expect(canGoBack(states[0]!, RESOURCES)).to.be.true;
    });

    it('has no resource step when the page preselected the resource, and moves no focus for it', () => {
      const state = run([{ type: 'preselect', id: 'kime' }]);
      expect(state.preselected).to.be.true;
      expect(state.resourceId).to.equal('kime');
      expect(stepsOf(state)).to.deep.equal(['day', 'slot', 'details', 'review']);
      expect(shownStep(state, RESOURCES)).to.equal('day');
      expect(progress(state, RESOURCES)).to.deep.equal({ step: 1, total: 4 });
      expect(canGoBack(state, RESOURCES)).to.be.false;
      expect(state.attention).to.equal(undefined);
      expect(run([{ type: 'back' }], CONTEXT, state)).to.equal(state);
      expect(run([{ type: 'go', step: 'resource' }], CONTEXT, state)).to.equal(state);
    });

    it('tries the preselection once, and keeps the resource step for an unknown resource', () => {
      const unknown = run([{ type: 'preselect', id: 'finnes-ikke' }]);
      expect(unknown.preselectTried).to.be.true;
      expect(unknown.preselected).to.be.false;
      expect(shownStep(unknown, RESOURCES)).to.equal('resource');
      expect(run([{ type: 'preselect', id: 'kime' }], CONTEXT, unknown)).to.equal(unknown);
      // Another torg, resource or data starts again.
      expect(run([{ type: 'restart' }, { type: 'preselect', id: 'kime' }], CONTEXT, unknown).preselected).to.be.true;
    });

    it('does not enter a step without what it needs', () => {
      const start = initialFlow();
      expect(canEnter(start, 'day', RESOURCES)).to.be.false;
      expect(run([{ type: 'day', date: '2026-12-08' }], CONTEXT, start)).to.equal(start);
      expect(run([{ type: 'go', step: 'review' }], CONTEXT, start)).to.equal(start);
      const atDay = run([{ type: 'resource', id: 'fjorden' }]);
      expect(canEnter(atDay, 'slot', RESOURCES)).to.be.false;
      expect(run([{ type: 'go', step: 'details' }], CONTEXT, atDay)).to.equal(atDay);
      const atDetails = run(
        [
          { type: 'day', date: '2026-12-08' },
          { type: 'slot', slot: TEN },
        ],
        CONTEXT,
        atDay,
      );
      expect(canEnter(atDetails, 'details', RESOURCES)).to.be.true;
      expect(canEnter(atDetails, 'review', RESOURCES)).to.be.false;
      expect(canEnter(atDetails, 'result', RESOURCES)).to.be.false;
    });

    it('chooses only days with a free time', () => {
      const atDay = run([{ type: 'resource', id: 'fjorden' }]);
      expect(run([{ type: 'day', date: '2026-12-09' }], CONTEXT, atDay)).to.equal(atDay);
      expect(run([{ type: 'day', date: '2026-12-10' }], CONTEXT, atDay).step).to.equal('slot');
    });

    it('shows the nearest earlier step that has what it needs when a choice went away', () => {
      const review = run(TO_REVIEW);
      // The resource is no longer offered (the list was refreshed).
      expect(shownStep(review, [KIME])).to.equal('resource');
      expect(shownStep({ ...review, slot: undefined }, RESOURCES)).to.equal('slot');
      expect(shownStep({ ...review, step: 'result' }, RESOURCES)).to.equal('review');
    });

    it('opens the day step on the first bookable month, or the chosen day’s', () => {
      const atDay = run([{ type: 'resource', id: 'fjorden' }]);
      expect(atDay).to.include({ month: '2026-12', autoMonth: true, step: 'day' });
      const january = run([{ type: 'resource', id: 'fjorden' }], {
        ...CONTEXT,
        now: Date.parse('2026-12-31T23:30:00Z'),
      });
      expect(january.month).to.equal('2027-01');
    });

    it('moves once to the next month when the first has no free time, up to the last bookable month', () => {
      // KIME: 10 days ahead, 3 to 13 December.
      const kime = run([{ type: 'resource', id: 'kime' }, { type: 'empty-month' }]);
      expect(kime).to.include({ month: '2026-12', autoMonth: false });
      const fjorden = run([{ type: 'resource', id: 'fjorden' }, { type: 'empty-month' }]);
      expect(fjorden).to.include({ month: '2027-01', autoMonth: true });
      const last = run([{ type: 'empty-month' }, { type: 'empty-month' }], CONTEXT, fjorden);
      expect(last).to.include({ month: '2027-02', autoMonth: false });
      // A month the person chose stays.
      const chosen = run([
        { type: 'resource', id: 'fjorden' },
        { type: 'month', month: '2027-01' },
        { type: 'empty-month' },
      ]);
      expect(chosen).to.include({ month: '2027-01', autoMonth: false });
    });
  });

  describe('back and forth', () => {
    it('keeps every choice and every typed detail', () => {
      const review = run(TO_REVIEW);
      const back = run([{ type: 'back' }, { type: 'back' }, { type: 'back' }, { type: 'back' }], CONTEXT, review);
      expect(shownStep(back, RESOURCES)).to.equal('resource');
      expect(back).to.include({ resourceId: 'fjorden', day: '2026-12-08', slot: TEN });
      expect(back.details).to.deep.equal(review.details);
      // Forward through the same choices: a new time goes straight to the review.
      const again = run(
        [
          { type: 'resource', id: 'fjorden' },
          { type: 'day', date: '2026-12-08' },
          { type: 'slot', slot: TEN },
        ],
        CONTEXT,
        back,
      );
      expect(again.step).to.equal('review');
      expect(again.details).to.deep.equal(review.details);
    });

    it('forgets the day and time (never the details) when another resource is chosen', () => {
      const other = run(
        [
          { type: 'go', step: 'resource' },
          { type: 'resource', id: 'kime' },
        ],
        CONTEXT,
        run(TO_REVIEW),
      );
      expect(other).to.include({ resourceId: 'kime', day: undefined, slot: undefined, detailsDone: false });
      expect(other.details.name).to.equal('Kari Nordmann');
    });

    it('forgets the time when another day is chosen', () => {
      const atDetails = run(TO_REVIEW.slice(0, 3));
      expect(
        run([{ type: 'back' }, { type: 'back' }, { type: 'day', date: '2026-12-08' }], CONTEXT, atDetails).slot,
      ).to.equal(TEN);
      expect(
        run([{ type: 'back' }, { type: 'back' }, { type: 'day', date: '2026-12-10' }], CONTEXT, atDetails).slot,
      ).to.equal(undefined);
    });

    it('changes a line of the review with focus on its field, and takes focus to each step’s heading', () => {
      const review = run(TO_REVIEW);
      const email = run([{ type: 'go', step: 'details', field: 'email' }], CONTEXT, review);
      expect(email.step).to.equal('details');
      expect(email.attention).to.deep.equal({ to: 'field', field: 'email' });
      const back = run([{ type: 'back' }], CONTEXT, review);
      expect(back.attention).to.deep.equal({ to: 'step' });
      // The same target again is a new attention (focus moves again).
      expect(run([{ type: 'back' }], CONTEXT, back).attention).to.not.equal(back.attention);
    });
  });

  describe('the details', () => {
    it('checks on "Gå videre", with focus on the summary; a corrected field loses its error at once', () => {
      const atDetails = run(TO_REVIEW.slice(0, 3));
      const checked = run(
        [
          { type: 'input', field: 'email', value: 'kari@' },
          { type: 'input', field: 'attendees', value: '20' },
          { type: 'details' },
        ],
        CONTEXT,
        atDetails,
      );
      expect(checked.step).to.equal('details');
      expect(checked.attention).to.deep.equal({ to: 'problems' });
      expect(checked.problems).to.deep.equal({
        name: 'required',
        email: 'invalid',
        attendees: 'tooMany',
        consent: 'required',
      });
      const corrected = run([{ type: 'input', field: 'name', value: 'Kari' }], CONTEXT, checked);
      expect(corrected.problems).to.deep.equal({ email: 'invalid', attendees: 'tooMany', consent: 'required' });
      // A new problem waits for "Gå videre".
      expect(run([{ type: 'input', field: 'phone', value: '12' }], CONTEXT, corrected).problems).to.not.have.property(
        'phone',
      );
      const done = run(
        [...KARI, { type: 'input', field: 'attendees', value: '8' }, { type: 'details' }],
        CONTEXT,
        corrected,
      );
      expect(done).to.include({ step: 'review', detailsDone: true });
      expect(done.problems).to.deep.equal({});
    });

    it('without the details’ checks (their code not there yet) does not go on, and keeps a problem', () => {
      const { checkDetails: _, ...unchecked } = CONTEXT;
      const atDetails = run(TO_REVIEW.slice(0, 3));
      const typed = run([...KARI], unchecked, atDetails);
      expect(run([{ type: 'details' }], unchecked, typed)).to.equal(typed);
      const checked = run([{ type: 'input', field: 'email', value: 'kari@' }, { type: 'details' }], CONTEXT, typed);
      expect(checked.problems).to.have.property('email', 'invalid');
      const corrected = run([{ type: 'input', field: 'email', value: 'kari@eksempel.no' }], unchecked, checked);
      expect(corrected.problems).to.have.property('email', 'invalid');
      expect(
        run([{ type: 'input', field: 'email', value: 'kari@eksempel.no' }], CONTEXT, checked).problems,
      ).to.not.have.property('email');
    });

    it('needs checking again after a change', () => {
      const review = run(TO_REVIEW);
      const changed = run(
        [
          { type: 'go', step: 'details' },
          { type: 'input', field: 'name', value: 'Ola' },
        ],
        CONTEXT,
        review,
      );
      expect(changed.detailsDone).to.be.false;
      expect(canEnter(changed, 'review', RESOURCES)).to.be.false;
    });
  });

  describe('sending', () => {
    it('sends once while sending (a double click books once)', () => {
      const sending = run([{ type: 'send', key: 'k1' }], CONTEXT, run(TO_REVIEW));
      expect(sending.sending).to.be.true;
      expect(sending.submission).to.include({ key: 'k1', resource: FJORDEN, slot: TEN });
      expect(sending.submission!.body).to.deep.equal(bookingRequest(FJORDEN, TEN, sending.details));
      expect(run([{ type: 'send', key: 'k2' }], CONTEXT, sending)).to.equal(sending);
    });

    it('without what follows "Bekreft" (its code not there yet) changes nothing', () => {
      const { submit: _, ...before } = CONTEXT;
      const review = run(TO_REVIEW);
      expect(run([{ type: 'send', key: 'k1' }], before, review)).to.equal(review);
      const sending = run([{ type: 'send', key: 'k1' }], CONTEXT, review);
      for (const event of [
        { type: 'keyed', key: 'k2' },
        { type: 'booked', booking: BOOKING },
        { type: 'failed', error: new Error('x') },
      ] satisfies FlowEvent[]) {
        expect(run([event], before, sending)).to.equal(sending);
      }
      const done = run([{ type: 'booked', booking: BOOKING }], CONTEXT, sending);
      expect(done.step).to.equal('result');
      expect(run([{ type: 'again' }], before, done)).to.equal(done);
    });

    it('sends only from the review', () => {
      const atDetails = run(TO_REVIEW.slice(0, 3));
      expect(run([{ type: 'send', key: 'k1' }], CONTEXT, atDetails)).to.equal(atDetails);
    });

    it('shows the result of a booking made, and a new booking keeps the details but asks for consent', () => {
      const done = run(
        [
          { type: 'send', key: 'k1' },
          { type: 'booked', booking: BOOKING },
        ],
        CONTEXT,
        run(TO_REVIEW),
      );
      expect(shownStep(done, RESOURCES)).to.equal('result');
      expect(progress(done, RESOURCES)).to.equal(undefined);
      expect(done.done).to.deep.include({ booking: BOOKING, resource: FJORDEN, slot: TEN });
      expect(done.sending).to.be.false;
      const again = run([{ type: 'again' }], CONTEXT, done);
      expect(again).to.include({
        step: 'resource',
        done: undefined,
        submission: undefined,
        slot: undefined,
        day: undefined,
      });
      expect(again.details).to.deep.equal({ ...done.details, consent: false });
      expect(refreshesAvailability(done, again)).to.be.true;
      // Preselected: back to the day.
      const preselected = run([
        { type: 'preselect', id: 'fjorden' },
        ...TO_REVIEW.slice(1),
        { type: 'send', key: 'k' },
        { type: 'booked', booking: BOOKING },
        { type: 'again' },
      ]);
      expect(preselected.step).to.equal('day');
    });

    it('takes its key once the code that makes one is there (keyed), and a retry keeps it', () => {
      const review = run(TO_REVIEW);
      const sending = run([{ type: 'send' }], CONTEXT, review);
      expect(sending).to.include({ sending: true });
      expect(sending.submission!.key).to.equal(undefined);
      const keyed = run([{ type: 'keyed', key: 'k1' }], CONTEXT, sending);
      expect(keyed.submission!.key).to.equal('k1');
      // A key is given once: a later one changes nothing.
      expect(run([{ type: 'keyed', key: 'k2' }], CONTEXT, keyed)).to.equal(keyed);
      const failed = run([{ type: 'failed', error: new TorgError('network', 'offline') }], CONTEXT, keyed);
      const retry = run([{ type: 'send' }, { type: 'keyed', key: 'k3' }], CONTEXT, failed);
      expect(retry.submission!.key).to.equal('k1');
      // Failed before it had a key (its code could not be fetched): the retry's key is the first it gets.
      const unkeyed = run([{ type: 'failed', error: new Error('x') }], CONTEXT, sending);
      expect(unkeyed.sendError?.message).to.equal('x');
      expect(run([{ type: 'send' }, { type: 'keyed', key: 'k4' }], CONTEXT, unkeyed).submission!.key).to.equal('k4');
      expect(run([{ type: 'send', key: 'k5' }], CONTEXT, unkeyed).submission!.key).to.equal('k5');
      // Not while nothing is being sent.
      expect(run([{ type: 'keyed', key: 'k6' }], CONTEXT, review)).to.equal(review);
    });

    it('keeps the key for a retry of the same booking and takes a new one for a changed booking', () => {
      const review = run(TO_REVIEW);
      const failed = run(
        [
          { type: 'send', key: 'k1' },
          { type: 'failed', error: new TorgError('network', 'offline') },
        ],
        CONTEXT,
        review,
      );
      expect(failed).to.include({ step: 'review', sending: false });
      expect(failed.sendError?.message).to.equal('offline');
      const retry = run([{ type: 'send', key: 'k2' }], CONTEXT, failed);
      expect(retry.submission!.key).to.equal('k1');
      expect(retry.sendError).to.equal(undefined);
      // Another time: a new booking.
      const other = run(
        [
          { type: 'failed', error: new Error('x') },
          { type: 'go', step: 'slot' },
          { type: 'slot', slot: ELEVEN },
          { type: 'send', key: 'k3' },
        ],
        CONTEXT,
        retry,
      );
      expect(other.submission!.key).to.equal('k3');
    });

    it('after a 409 goes back to the time, remembers the lost time, keeps the details and asks for fresh free times', () => {
      const review = run(TO_REVIEW);
      const sending = run([{ type: 'send', key: 'k1' }], CONTEXT, review);
      const taken = run([{ type: 'failed', error: TAKEN }], CONTEXT, sending);
      expect(shownStep(taken, RESOURCES)).to.equal('slot');
      expect(taken.lost).to.deep.equal({ slot: TEN, refused: false });
      expect(taken.slot).to.equal(undefined);
      expect(taken.attention).to.deep.equal({ to: 'lost' });
      expect(taken.details).to.deep.equal(review.details);
      expect(refreshesAvailability(sending, taken)).to.be.true;
      // The lost time is not offered again.
      const slots: Slot[] = [TEN, ELEVEN].map((s) => ({ start: s.start, end: s.end, available: true }));
      expect(offeredSlots(taken, slots, CONTEXT).map((s) => s.startMs)).to.deep.equal([ELEVEN.startMs]);
      // A new time goes straight to the review, and is a new booking with a new key.
      const next = run([{ type: 'slot', slot: ELEVEN }], CONTEXT, taken);
      expect(next).to.include({ step: 'review', lost: undefined });
      expect(run([{ type: 'send', key: 'k2' }], CONTEXT, next).submission!.key).to.equal('k2');
      // "Velg en annen dag" keeps the lost time out of the offer until a day is chosen.
      const otherDay = run([{ type: 'go', step: 'day' }], CONTEXT, taken);
      expect(otherDay.lost).to.deep.equal(taken.lost);
      expect(run([{ type: 'day', date: '2026-12-10' }], CONTEXT, otherDay).lost).to.equal(undefined);
    });

    it('after a 422 on the time goes to the time step; on fields to the details, at the fields', () => {
      const sending = run([{ type: 'send', key: 'k1' }], CONTEXT, run(TO_REVIEW));
      const refused = run(
        [{ type: 'failed', error: problem(422, { errors: [{ field: 'start', message: 'No.' }] }) }],
        CONTEXT,
        sending,
      );
      expect(refused.lost).to.deep.equal({ slot: TEN, refused: true });
      expect(refused.step).to.equal('slot');

      const fields = run(
        [
          {
            type: 'failed',
            error: problem(422, {
              errors: [
                { field: 'attendees', message: 'At most 12.' },
                { field: '/email', message: 'Bad.' },
              ],
            }),
          },
        ],
        CONTEXT,
        sending,
      );
      expect(fields).to.include({ step: 'details', detailsDone: false });
      expect(fields.attention).to.deep.equal({ to: 'problems' });
      expect(fields.problems).to.deep.equal({ attendees: 'rejected', email: 'rejected' });
      expect(fields.serverMessages).to.deep.equal({ attendees: 'At most 12.', email: 'Bad.' });
      expect(fields.details).to.deep.equal(sending.details);

      const other = run(
        [{ type: 'failed', error: problem(422, { errors: [{ field: 'resourceId', message: 'Unknown.' }] }) }],
        CONTEXT,
        sending,
      );
      expect(other).to.include({ step: 'review', lost: undefined });
      expect(other.sendError).to.be.instanceOf(TorgError);
    });

    it('takes a booking made while the page restarted the flow (a write that succeeded is shown)', () => {
      const sending = run([{ type: 'send', key: 'k1' }], CONTEXT, run(TO_REVIEW));
      const restarted = run([{ type: 'restart' }], CONTEXT, sending);
      expect(restarted).to.include({ step: 'resource', resourceId: undefined, sending: true });
      expect(restarted.details).to.deep.equal(sending.details);
      const done = run([{ type: 'booked', booking: BOOKING }], CONTEXT, restarted);
      expect(shownStep(done, RESOURCES)).to.equal('result');
    });
  });

  describe('sameBooking', () => {
    it('compares every field, whatever the order', () => {
      const body = bookingRequest(FJORDEN, TEN, {
        ...initialFlow().details,
        name: 'Kari',
        email: 'k@e.no',
        consent: true,
      });
      expect(sameBooking(body, { ...body })).to.be.true;
      expect(sameBooking(body, Object.fromEntries(Object.entries(body).reverse()) as typeof body)).to.be.true;
      expect(sameBooking(body, { ...body, purpose: 'x' })).to.be.false;
      expect(sameBooking(body, { ...body, start: ELEVEN.start })).to.be.false;
    });
  });

  describe('offeredSlots', () => {
    it('offers the free times of the shown month inside the window', () => {
      const atDay = run([{ type: 'resource', id: 'kime' }]);
      const slots: Slot[] = [
        { start: '2026-12-03T09:00:00+01:00', end: '2026-12-03T10:00:00+01:00', available: true },
        { start: '2026-12-04T10:00:00+01:00', end: '2026-12-04T11:00:00+01:00', available: true },
        { start: '2026-12-05T10:00:00+01:00', end: '2026-12-05T11:00:00+01:00', available: false },
        { start: '2026-12-20T10:00:00+01:00', end: '2026-12-20T11:00:00+01:00', available: true },
      ];
      expect(offeredSlots(atDay, slots, CONTEXT).map((s) => s.date)).to.deep.equal(['2026-12-04']);
      expect(offeredSlots(initialFlow(), slots, CONTEXT)).to.deep.equal([]);
    });
  });

  describe('properties', () => {
    const FIELDS = ['name', 'email', 'phone', 'organisation', 'purpose', 'attendees'] as const;
    const slotArb = fc.constantFrom(TEN, ELEVEN, free('2026-12-10', '09:00'));
    const errorArb = fc.constantFrom<unknown>(
      TAKEN,
      problem(422, { errors: [{ field: 'start', message: 'No.' }] }),
      problem(422, { errors: [{ field: 'attendees', message: 'No.' }] }),
      problem(422, { errors: [{ field: 'resourceId', message: 'No.' }] }),
      new TorgError('network', 'offline'),
      'not an error',
    );
    /** Every event but typing. */
    const stepArb: fc.Arbitrary<FlowEvent> = fc.oneof(
      fc.constant<FlowEvent>({ type: 'restart' }),
      fc.constantFrom('fjorden', 'kime', 'nope').map((id): FlowEvent => ({ type: 'preselect', id })),
      fc.constantFrom('fjorden', 'kime', 'nope').map((id): FlowEvent => ({ type: 'resource', id })),
      fc.constantFrom('2026-12', '2027-01').map((month): FlowEvent => ({ type: 'month', month })),
      fc.constant<FlowEvent>({ type: 'empty-month' }),
      fc.constantFrom('2026-12-08', '2026-12-09', '2026-12-10').map((date): FlowEvent => ({ type: 'day', date })),
      slotArb.map((slot): FlowEvent => ({ type: 'slot', slot })),
      fc.constant<FlowEvent>({ type: 'details' }),
      fc.constant<FlowEvent>({ type: 'back' }),
      fc
        .record({
          step: fc.constantFrom(...STEPS, 'result' as const),
          field: fc.option(fc.constantFrom(...FIELDS), { nil: undefined }),
        })
        .map((go): FlowEvent => ({ type: 'go', ...go })),
      fc.uuid().map((key): FlowEvent => ({ type: 'send', key })),
      fc.constant<FlowEvent>({ type: 'booked', booking: BOOKING }),
      errorArb.map((error): FlowEvent => ({ type: 'failed', error })),
      fc.constant<FlowEvent>({ type: 'again' }),
    );
    const typedArb = fc.record({
      name: fc.string(),
      email: fc.string(),
      phone: fc.string(),
      organisation: fc.string(),
      purpose: fc.string(),
      attendees: fc.string(),
    });

    /** Typed details that pass the checks, so the flow gets past the details step. */
    const validArb = fc.record({
      name: fc.string({ maxLength: 20 }).map((s) => `Kari ${s}`),
      email: fc.constantFrom('kari@eksempel.no', 'ola@asker.kommune.no'),
      phone: fc.constantFrom('', '912 34 567', '+47 22 12 34 56'),
      organisation: fc.string({ maxLength: 50 }),
      purpose: fc.string({ maxLength: 50 }),
      attendees: fc.constantFrom('', '1', '8', '12'),
      consent: fc.constant(true),
    });
    /** Where the random events start: the beginning, the review, sending, the result. */
    const ON_THE_WAY: FlowEvent[] = [
      { type: 'resource', id: 'fjorden' },
      { type: 'day', date: '2026-12-08' },
      { type: 'slot', slot: TEN },
      { type: 'details' },
    ];
    const startArb = fc.constantFrom<FlowEvent[]>(
      [],
      ON_THE_WAY,
      [...ON_THE_WAY, { type: 'send', key: 'k0' }],
      [...ON_THE_WAY, { type: 'send', key: 'k0' }, { type: 'booked', booking: BOOKING }],
    );

    it('no sequence of events loses typed details (only a new booking asks for the consent again)', () => {
      let reachedAgain = 0;
      fc.assert(
        fc.property(
          fc.oneof(
            fc.record({ typed: typedArb, consent: fc.boolean() }),
            validArb.map(({ consent, ...typed }) => ({ typed, consent })),
          ),
          startArb,
          fc.array(stepArb, { maxLength: 40 }),
          ({ typed, consent }, start, events) => {
            const typing: FlowEvent[] = FIELDS.map((field) => ({ type: 'input', field, value: typed[field] }));
            const first = run([...typing, { type: 'input', field: 'consent', value: consent }, ...start]);
            let state = first;
            for (const event of events) {
              const next = reduce(state, event, CONTEXT);
              const { consent: c, ...rest } = next.details;
              const { consent: before, ...was } = state.details;
              expect(rest).to.deep.equal(was);
              // Only "again" (a new booking after one was made) resets the consent.
              if (c !== before) expect(event.type === 'again' && !c).to.be.true;
              if (event.type === 'again' && next !== state) reachedAgain++;
              state = next;
            }
            expect({ ...state.details, consent: first.details.consent }).to.deep.equal(first.details);
          },
        ),
        { numRuns: 300 },
      );
      // The property went through a new booking after a made one, not only the easy paths.
      expect(reachedAgain).to.be.greaterThan(0);
    });

    it('always shows a step that has what it needs, and the progress counts it', () => {
      fc.assert(
        fc.property(fc.array(fc.oneof(stepArb, ...KARI.map((e) => fc.constant(e))), { maxLength: 40 }), (events) => {
          const state = run(events);
          const step = shownStep(state, RESOURCES);
          if (step !== 'resource') expect(canEnter(state, step, RESOURCES), step).to.be.true;
          const counted = progress(state, RESOURCES);
          if (step === 'result') expect(counted).to.equal(undefined);
          else expect(counted!.step).to.be.within(1, counted!.total);
        }),
      );
    });

    it('a send while sending changes nothing (one request per submission)', () => {
      fc.assert(
        fc.property(
          fc.array(fc.oneof(stepArb, ...KARI.map((e) => fc.constant(e))), { maxLength: 30 }),
          fc.uuid(),
          (events, key) => {
            const state = run(events);
            if (state.sending) expect(reduce(state, { type: 'send', key }, CONTEXT)).to.equal(state);
          },
        ),
      );
    });

    it('a retry keeps its key exactly when the booking is the same', () => {
      fc.assert(
        fc.property(typedArb, typedArb, slotArb, slotArb, (first, second, a, b) => {
          const details = (typed: typeof first): FlowEvent[] => [
            ...FIELDS.map((field): FlowEvent => ({ type: 'input', field, value: typed[field] })),
            { type: 'input', field: 'consent', value: true },
          ];
          // Valid details, so the review can be reached whatever was typed.
          const valid = (typed: typeof first) => ({
            ...typed,
            name: `N${typed.name.trim()}`.slice(0, 200),
            email: 'k@e.no',
            phone: '',
            attendees: '',
          });
          const context = { ...CONTEXT, freeDays: new Set([a.date, b.date]) };
          const toReview = (typed: typeof first, slot: FreeSlot): FlowEvent[] => [
            { type: 'go', step: 'day' },
            { type: 'day', date: slot.date },
            { type: 'slot', slot },
            { type: 'go', step: 'details' },
            ...details(valid(typed)),
            { type: 'details' },
          ];
          const sent = run(
            [
              { type: 'resource', id: 'fjorden' },
              ...toReview(first, a),
              { type: 'send', key: 'k1' },
              { type: 'failed', error: new TorgError('network', 'offline') },
            ],
            context,
          );
          const again = run([...toReview(second, b), { type: 'send', key: 'k2' }], context, sent);
          if (!sent.submission || !again.sending) return; // a detail too long for the checks: not sent
          const same = sameBooking(sent.submission.body, again.submission!.body);
          expect(again.submission!.key).to.equal(same ? 'k1' : 'k2');
        }),
      );
    });
  });
});

describe('offeredSlots and freeSlots', () => {
  it('offers only free times of the shown month (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 24 * 40 }), { maxLength: 30 }), (hours) => {
        const slots: Slot[] = hours.map((h) => ({
          start: new Date(NOW + h * 3_600_000).toISOString(),
          end: new Date(NOW + (h + 1) * 3_600_000).toISOString(),
          available: true,
        }));
        const state = run([{ type: 'resource', id: 'fjorden' }]);
        const all = freeSlots(slots, NOW, bookingWindow(NOW, FJORDEN.maxDaysAhead)).map((s) => s.startMs);
        for (const slot of offeredSlots(state, slots, CONTEXT)) {
          expect(all).to.include(slot.startMs);
          expect(slot.date.startsWith('2026-12')).to.be.true;
        }
      }),
    );
  });
});
