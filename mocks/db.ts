/**
 * The mock API's state — what a real API would remember between requests:
 * bookings (a booked slot is taken; a second booking of it gets 409),
 * stedskompass answers (they move the results), and idempotent replays (a
 * repeated `Idempotency-Key` gets the first answer back). `resetMockDb()`
 * starts over (each test does).
 */
import { committeeFixtures } from './fixtures/committees.js';
import { eventFixtures } from './fixtures/events.js';
import { meetingFixtures } from './fixtures/meetings.js';
import { placeFixtures } from './fixtures/places.js';
import { resourceFixtures } from './fixtures/resources.js';
import { stedskompassFixtures, type AreaTally } from './fixtures/stedskompass.js';
import { today } from './fixtures/time.js';
import { torgFixtures } from './fixtures/torg.js';
import type { Committee, Meeting, Place, Resource, Torg, TorgEvent } from '../src/contract/schemas.js';

export interface StoredAnswer {
  status: number;
  body: unknown;
  /** The request body it answered, to tell a replay from a reused key. */
  request: string;
}

export interface StoredBooking {
  id: string;
  resourceId: string;
  start: string;
  end: string;
  status: 'confirmed' | 'pending';
  token: string;
  cancelled: boolean;
}

export interface MockDb {
  /** The date the generated fixtures are placed around. */
  reference: string;
  torg: Torg[];
  events: TorgEvent[];
  committees: Committee[];
  meetings: Meeting[];
  resources: Resource[];
  /** What `GET /places` searches. */
  places: Place[];
  stedskompass: Record<string, AreaTally>;
  bookings: Map<string, StoredBooking>;
  /** Slot keys (see `slotKey`) that are booked. */
  bookedSlots: Set<string>;
  idempotency: Map<string, StoredAnswer>;
  /** Requests seen per path, for scenarios that fail only the first time. */
  seen: Map<string, number>;
  nextId: number;
}

function fresh(): MockDb {
  const reference = today();
  return {
    reference,
    torg: structuredClone(torgFixtures),
    events: eventFixtures(reference),
    committees: structuredClone(committeeFixtures),
    meetings: meetingFixtures(reference),
    resources: structuredClone(resourceFixtures),
    places: structuredClone(placeFixtures),
    stedskompass: stedskompassFixtures(),
    bookings: new Map(),
    bookedSlots: new Set(),
    idempotency: new Map(),
    seen: new Map(),
    nextId: 1,
  };
}

let current: MockDb | undefined;

/** The mock's state (created on first use, around today's date). */
export function db(): MockDb {
  current ??= fresh();
  return current;
}

/** Forgets every booking, answer and replay; fixtures are placed around today (or a faked clock's today). */
export function resetMockDb(): MockDb {
  current = fresh();
  return current;
}
