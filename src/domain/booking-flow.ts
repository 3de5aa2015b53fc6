/**
 * The steps of a booking as a pure state machine (no DOM, no requests):
 *
 *   resource → day → slot → details → review → result
 *
 * `reduce(state, event, context)` gives the next state; `<torg-booking>`
 * holds the state, sends the request and renders what the state says. The
 * rules it keeps:
 *
 * - The steps and their order; without the resource step when the page
 *   preselected the resource (`resource` attribute).
 * - What each step needs before it can be shown ({@link canEnter}): a
 *   resource for the day, a day for the time, a time for the details, checked
 *   details for the review, a booking for the result.
 * - Every choice and every typed detail is kept when going back and forth,
 *   after a failed submission, after a time was taken (409) or refused
 *   (422), and when the page changes the torg or resource. Only a new
 *   booking after a made one asks for the consent again.
 * - 409, the time was taken meanwhile: back to the time step, the lost time
 *   remembered (never offered again), the next free times offered from fresh
 *   availability ({@link refreshesAvailability}), and a new time goes straight
 *   to the review.
 * - 422: field errors go to the details step, at their fields; a refused
 *   time (`start`/`end`) goes to the time step like a 409; anything else is
 *   said on the review.
 * - One idempotency key per submission: a retry of the same booking keeps
 *   its key; a changed booking (another time, corrected details) gets a new
 *   one — offered with the `send` event, or with `keyed` once the code that
 *   makes keys is there (it comes with the code that sends, fetched when the
 *   person is about to book).
 * - A `send` while sending is ignored: a double click books once.
 * - `attention` says where a person is taken after a change (the step's
 *   heading, the "time taken" notice, the error summary, a field).
 *
 * What follows "Bekreft" (`send`, `keyed`, `booked`, `failed`, `again`: the
 * keys, 409 and 422) is in booking-submit.ts, which comes with the review's
 * code and reaches `reduce` as `FlowContext.submit`.
 */
import type { Booking, BookingRequest, Resource, Slot } from '../contract/schemas.js';
import {
  bookingWindow,
  emptyDetails,
  freeSlots,
  type BookingDetails,
  type BookingWindow,
  type DetailField,
  type DetailProblems,
  type FreeSlot,
} from './booking.js';
import type { CheckDetails } from './booking-details.js';
import { addMonths } from './oslo-time.js';

export type Step = 'resource' | 'day' | 'slot' | 'details' | 'review' | 'result';

/** The steps counted in "Steg 3 av 5" (the result is not one). */
export type FormStep = Exclude<Step, 'result'>;

/** All steps in order, the resource step first. */
export const STEPS: readonly FormStep[] = ['resource', 'day', 'slot', 'details', 'review'];

/**
 * Where a person is taken after a change. Each transition that moves focus
 * makes a new object (compare by identity: the same target is focused again).
 */
export type Attention =
  /** The shown step's heading (it says "Steg 3 av 5"). */
  | { to: 'step' }
  /** The notice that the chosen time was taken or refused. */
  | { to: 'lost' }
  /** The summary of what is wrong in the details. */
  | { to: 'problems' }
  /** A field of the details (from "Endre" on the review). */
  | { to: 'field'; field: DetailField };

/** A time that was taken meanwhile (409) or refused by the server (422 on `start`/`end`). */
export interface LostSlot {
  slot: FreeSlot;
  refused: boolean;
}

/** What was sent: the request with its idempotency key, and the choices it was made from. */
export interface Submission {
  /** Its idempotency key; none until the code that sends has made one (`keyed`). */
  key: string | undefined;
  body: BookingRequest;
  resource: Resource;
  slot: FreeSlot;
}

/** A booking made: the server's answer and what was sent. */
export interface Done {
  booking: Booking;
  request: BookingRequest;
  resource: Resource;
  slot: FreeSlot;
}

export interface BookingFlow {
  step: Step;
  resourceId: string | undefined;
  /** The resource came from the page (`resource` attribute): there is no resource step. */
  preselected: boolean;
  /** The page's resource was looked for in the loaded list (once per start). */
  preselectTried: boolean;
  /** The month shown in the day step (`YYYY-MM`). */
  month: string | undefined;
  /** The month was not chosen by the person: it may move on to the first month with free times. */
  autoMonth: boolean;
  day: string | undefined;
  slot: FreeSlot | undefined;
  /** What the person typed, as typed. */
  details: BookingDetails;
  problems: DetailProblems;
  /** The server's own words for fields it refused (422), shown after ours. */
  serverMessages: Partial<Record<DetailField, string>>;
  /** The details passed the checks: a new time goes straight to the review. */
  detailsDone: boolean;
  /** The last submission (its key is reused while the booking stays the same). */
  submission: Submission | undefined;
  sending: boolean;
  /** Why the last submission failed, when it is not about a field or the time. */
  sendError: Error | undefined;
  lost: LostSlot | undefined;
  done: Done | undefined;
  attention: Attention | undefined;
}

/** What the machine reads besides its state. */
export interface FlowContext {
  /** The torg's resources, as loaded. */
  resources: readonly Resource[];
  /** Now (epoch ms): the bookable window starts today. */
  now: number;
  /** The dates of the shown month with a free time. */
  freeDays: ReadonlySet<string>;
  /**
   * The contact details' checks (`booking-details.ts`), which come with the details step's code: every event
   * that needs them comes from that step or after it. Without them the details are not checked, so "Gå videre"
   * does not go on, and a problem stays until they are there.
   */
  checkDetails?: CheckDetails | undefined;
  /**
   * What follows "Bekreft" (`booking-submit.ts`: sending, its answer — made, 409, 422, failed — and "Book en ny
   * tid"), which comes with the review's code: every such event comes from the review or after it. Without it
   * those events change nothing.
   */
  submit?: Submit | undefined;
}

/** The events that follow "Bekreft" (see {@link FlowContext.submit}). */
export type SubmitEvent = Extract<FlowEvent, { type: 'send' | 'keyed' | 'booked' | 'failed' | 'again' }>;

/** What the transitions of {@link SubmitEvent}s read besides the state. */
export interface SubmitContext {
  /** The chosen resource, when it is among the loaded ones ({@link chosenResource}). */
  resource: Resource | undefined;
  /** The step shown ({@link shownStep}): a booking is sent from the review only. */
  step: Step;
  checkDetails?: CheckDetails | undefined;
}

/**
 * The transitions of {@link SubmitEvent}s: the next state, the same object when the event changes nothing. Each
 * makes a new `attention` object when it moves focus, as `reduce` does.
 */
export type Submit = (state: BookingFlow, event: SubmitEvent, context: SubmitContext) => BookingFlow;

export type FlowEvent =
  /** The page changed the torg, the resource or the data: back to the start, typed details kept. */
  | { type: 'restart' }
  /** The resources are loaded and the page asked for this one: it is chosen, without its step. */
  | { type: 'preselect'; id: string }
  | { type: 'resource'; id: string }
  /** The person moved the day step to another month. */
  | { type: 'month'; month: string }
  /** The shown month has no free time. */
  | { type: 'empty-month' }
  | { type: 'day'; date: string }
  | { type: 'slot'; slot: FreeSlot }
  | { type: 'input'; field: 'consent'; value: boolean }
  | { type: 'input'; field: Exclude<DetailField, 'consent'>; value: string }
  /** "Gå videre" on the details. */
  | { type: 'details' }
  | { type: 'back' }
  /** To a step (the review's "Endre", "Velg en annen dag"), and to one of its fields. */
  | { type: 'go'; step: Step; field?: DetailField }
  /**
   * "Bekreft": `key` is a fresh idempotency key, used when the booking is not the one sent before; without one
   * (its code is still on the way) a new booking gets its key with `keyed`.
   */
  | { type: 'send'; key?: string | undefined }
  /** The key for a submission that has none yet (made by the code that sends, once it is there). */
  | { type: 'keyed'; key: string }
  | { type: 'booked'; booking: Booking }
  | { type: 'failed'; error: unknown }
  /** "Book en ny tid" after a booking was made. */
  | { type: 'again' };

export function initialFlow(): BookingFlow {
  return {
    step: 'resource',
    resourceId: undefined,
    preselected: false,
    preselectTried: false,
    month: undefined,
    autoMonth: false,
    day: undefined,
    slot: undefined,
    details: emptyDetails(),
    problems: {},
    serverMessages: {},
    detailsDone: false,
    submission: undefined,
    sending: false,
    sendError: undefined,
    lost: undefined,
    done: undefined,
    attention: undefined,
  };
}

// --- what the state says --------------------------------------------------------------

/** The chosen resource, when it is among the loaded ones. */
export function chosenResource(state: BookingFlow, resources: readonly Resource[]): Resource | undefined {
  return state.resourceId === undefined ? undefined : resources.find((r) => r.id === state.resourceId);
}

/** The chosen resource's bookable dates (from today). */
export function flowWindow(
  state: BookingFlow,
  context: Pick<FlowContext, 'resources' | 'now'>,
): BookingWindow | undefined {
  const resource = chosenResource(state, context.resources);
  return resource && bookingWindow(context.now, resource.maxDaysAhead);
}

/** The free times offered in the day and time steps: those of the shown month, never the one just lost. */
export function offeredSlots(
  state: BookingFlow,
  slots: readonly Slot[],
  context: Pick<FlowContext, 'resources' | 'now'>,
): FreeSlot[] {
  const window = flowWindow(state, context);
  const month = state.month;
  if (!window || !month) return [];
  return freeSlots(slots, context.now, window).filter(
    (slot) => slot.date.startsWith(month) && slot.startMs !== state.lost?.slot.startMs,
  );
}

/** The steps this person goes through: without the resource step when it was preselected. */
export function stepsOf(state: BookingFlow): readonly FormStep[] {
  return state.preselected ? STEPS.slice(1) : STEPS;
}

/** Whether a step has what it needs to be shown. */
export function canEnter(state: BookingFlow, step: Step, resources: readonly Resource[]): boolean {
  switch (step) {
    case 'resource':
      return !state.preselected;
    case 'day':
      return chosenResource(state, resources) !== undefined;
    case 'slot':
      // A day chosen, or a time lost: the next free times are offered.
      return canEnter(state, 'day', resources) && (state.day !== undefined || state.lost !== undefined);
    case 'details':
      return canEnter(state, 'day', resources) && state.slot !== undefined;
    case 'review':
      return canEnter(state, 'details', resources) && state.detailsDone;
    case 'result':
      return state.done !== undefined;
  }
}

/**
 * The step shown: the state's step when it has what it needs, else the
 * nearest earlier one that does (e.g. the resource step when the chosen
 * resource is no longer offered).
 */
export function shownStep(state: BookingFlow, resources: readonly Resource[]): Step {
  if (state.step === 'result' && state.done) return 'result';
  const steps = stepsOf(state);
  const at = state.step === 'result' ? steps.length - 1 : steps.indexOf(state.step);
  for (let i = at; i > 0; i--) {
    if (canEnter(state, steps[i]!, resources)) return steps[i]!;
  }
  // The first step: the resource list, or (preselected) the day once the resource is there.
  return state.preselected && !canEnter(state, 'day', resources) ? 'resource' : steps[0]!;
}

/** "Steg 3 av 5": the shown step's number and how many there are (`undefined` for the result). */
export function progress(
  state: BookingFlow,
  resources: readonly Resource[],
): { step: number; total: number } | undefined {
  const shown = shownStep(state, resources);
  const steps = stepsOf(state);
  const index = steps.indexOf(shown as FormStep);
  return index < 0 ? undefined : { step: index + 1, total: steps.length };
}

/** Whether the shown step has a way back (every step but the first). */
export function canGoBack(state: BookingFlow, resources: readonly Resource[]): boolean {
  return stepsOf(state).indexOf(shownStep(state, resources) as FormStep) > 0;
}

/**
 * Whether the free times must be asked for again, past any cache, after a
 * change: a time was just taken or refused, or a new booking starts after
 * one was made.
 */
export function refreshesAvailability(previous: BookingFlow, next: BookingFlow): boolean {
  const lost = next.lost !== undefined && next.lost !== previous.lost;
  const again = previous.done !== undefined && next.done === undefined && next.resourceId !== undefined;
  return lost || again;
}

// --- the transitions --------------------------------------------------------------------

/** Attention to the step's heading: a new object each time, so the same target is focused again. */
const toStep = (): Attention => ({ to: 'step' });

/** The next state; the same object when the event changes nothing (e.g. a `send` while sending). */
export function reduce(state: BookingFlow, event: FlowEvent, context: FlowContext): BookingFlow {
  switch (event.type) {
    case 'restart':
      return {
        ...initialFlow(),
        // What the person typed survives; so does a request on its way (its answer still counts).
        details: state.details,
        sending: state.sending,
        submission: state.sending ? state.submission : undefined,
      };

    case 'preselect': {
      if (state.preselectTried) return state;
      const tried = { ...state, preselectTried: true };
      if (!context.resources.some((r) => r.id === event.id)) return tried;
      // The page just loaded: no focus moves.
      const chosen = chooseResource({ ...tried, preselected: true }, event.id, context);
      return chosen === tried ? tried : { ...chosen, attention: undefined };
    }

    case 'resource':
      return chooseResource(state, event.id, context);

    case 'month':
      if (state.month === event.month && !state.autoMonth) return state;
      return { ...state, month: event.month, autoMonth: false };

    case 'empty-month': {
      // When the first month shown has no free time, show the next one that may (once, on entering the step).
      const window = flowWindow(state, context);
      if (!state.autoMonth || state.step !== 'day' || !window || !state.month) return state;
      if (state.month >= window.last.slice(0, 7)) return { ...state, autoMonth: false };
      return { ...state, month: addMonths(`${state.month}-01`, 1).slice(0, 7) };
    }

    case 'day':
      if (!canEnter(state, 'day', context.resources) || !context.freeDays.has(event.date)) return state;
      return {
        ...state,
        day: event.date,
        slot: event.date === state.day ? state.slot : undefined,
        lost: undefined,
        step: 'slot',
        attention: toStep(),
      };

    case 'slot':
      if (!canEnter(state, 'day', context.resources)) return state;
      return {
        ...state,
        slot: event.slot,
        day: event.slot.date,
        lost: undefined,
        sendError: undefined,
        step: state.detailsDone ? 'review' : 'details',
        attention: toStep(),
      };

    case 'input': {
      const details: BookingDetails = { ...state.details, [event.field]: event.value };
      // A corrected field loses its error at once; new errors wait for "Gå videre".
      let problems = state.problems;
      const check = context.checkDetails;
      if (problems[event.field] && check && !check(details, capacity(state, context))[event.field]) {
        problems = { ...problems };
        delete problems[event.field];
      }
      return { ...state, details, problems, detailsDone: false };
    }

    case 'details': {
      if (!context.checkDetails) return state;
      const problems = context.checkDetails(state.details, capacity(state, context));
      if (Object.keys(problems).length > 0) {
        return { ...state, problems, serverMessages: {}, step: 'details', attention: { to: 'problems' } };
      }
      return { ...state, problems, serverMessages: {}, detailsDone: true, step: 'review', attention: toStep() };
    }

    case 'back': {
      const steps = stepsOf(state);
      const previous = steps[steps.indexOf(shownStep(state, context.resources) as FormStep) - 1];
      return previous ? { ...state, step: previous, attention: toStep() } : state;
    }

    case 'go':
      if (!canEnter(state, event.step, context.resources)) return state;
      return {
        ...state,
        step: event.step,
        attention: event.field ? { to: 'field', field: event.field } : toStep(),
      };

    case 'send':
    case 'keyed':
    case 'booked':
    case 'failed':
    case 'again':
      // What follows "Bekreft" comes with the review's code (see `FlowContext.submit`).
      return context.submit
        ? context.submit(state, event, {
            resource: chosenResource(state, context.resources),
            step: shownStep(state, context.resources),
            checkDetails: context.checkDetails,
          })
        : state;
  }
}

function capacity(state: BookingFlow, context: FlowContext): number | undefined {
  return chosenResource(state, context.resources)?.capacity;
}

function chooseResource(state: BookingFlow, id: string, context: FlowContext): BookingFlow {
  const resource = context.resources.find((r) => r.id === id);
  if (!resource) return state;
  const same = id === state.resourceId;
  const day = same ? state.day : undefined;
  const window = bookingWindow(context.now, resource.maxDaysAhead);
  return {
    ...state,
    resourceId: id,
    day,
    slot: same ? state.slot : undefined,
    lost: same ? state.lost : undefined,
    detailsDone: same ? state.detailsDone : false,
    month: (day ?? window.first).slice(0, 7),
    autoMonth: true,
    step: 'day',
    attention: toStep(),
  };
}
