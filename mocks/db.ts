/**
 * The mock API's state — what a real API would remember between requests:
 * bookings (a booked slot is taken; a second booking of it gets 409),
 * stedskompass answers (they move the results), the committees' funds
 * (a grant decided moves what is granted and left; an application received
 * is counted until it is decided), citizens' proposals, and idempotent
 * replays (a repeated `Idempotency-Key` gets the first answer back).
 * `resetMockDb()` starts over (each test does).
 */
import { committeeFixtures } from './fixtures/committees.js';
import { eventFixtures } from './fixtures/events.js';
import { fundsFixtures, type StoredFunds } from './fixtures/funds.js';
import { meetingFixtures } from './fixtures/meetings.js';
import { placeFixtures } from './fixtures/places.js';
import { resourceFixtures } from './fixtures/resources.js';
import { stedskompassFixtures, type AreaTally } from './fixtures/stedskompass.js';
import { today } from './fixtures/time.js';
import { torgFixtures } from './fixtures/torg.js';
import type {
  ApplicationRequest,
  Committee,
  Grant,
  Meeting,
  Place,
  ProposalRequest,
  Resource,
  Torg,
  TorgEvent,
} from '../src/contract/schemas.js';

export type { StoredFunds };

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

/** An application received, not decided yet. */
export interface StoredApplication extends ApplicationRequest {
  id: string;
  committeeId: string;
  /** The year whose funds it applies for (the year it came in). */
  year: number;
}

export interface StoredProposal extends ProposalRequest {
  id: string;
  committeeId: string;
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
  /** Each committee's funds per year (`id`: `committee:year`); `allocated` is the sum of the grants. */
  funds: StoredFunds[];
  applications: StoredApplication[];
  proposals: StoredProposal[];
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
    funds: fundsFixtures(reference),
    applications: [],
    proposals: [],
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

/**
 * A grant decided (as a meeting would): it joins the committee's funds of its
 * year, which are created empty when the year had none; what is granted and
 * left follow. For stories and tests that show funds changing.
 */
export function decideGrant(committeeId: string, grant: Grant): void {
  const year = Number(grant.decided.slice(0, 4));
  const store = db();
  const id = `${committeeId}:${year}`;
  let funds = store.funds.find((f) => f.id === id);
  if (!funds) {
    funds = { id, committeeId, year, currency: 'NOK', budget: 0, applicationsOpen: false, grants: [] };
    store.funds.push(funds);
  }
  funds.grants = [...funds.grants.filter((g) => g.id !== grant.id), grant];
}
