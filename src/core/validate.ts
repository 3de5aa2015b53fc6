/**
 * Runtime validation of API answers (valibot). Loaded on demand by the
 * client (`api.ts`), in parallel with the request it checks.
 *
 * - A document of the wrong shape throws `TorgError('invalid-data')`.
 * - In a collection, items that fail validation are left out and counted
 *   (`skipped`); when items were sent but none is valid, it throws.
 */
import * as v from 'valibot';
import { TorgError } from '../contract/errors.js';
import {
  CollectionSchema,
  CommitteeSchema,
  FundsSchema,
  GrantSchema,
  MemberSchema,
  type Committee,
  type Funds,
} from '../contract/schemas.js';

export * from '../contract/schemas.js';

/** A validated collection. `skipped` counts items left out as unreadable. */
export interface Collection<T> {
  items: T[];
  skipped: number;
}

type AnySchema = v.GenericSchema;

/** Validates a document; a wrong shape becomes a typed error. */
export function parseDocument<S extends AnySchema>(schema: S, data: unknown, what: string): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  throw new TorgError('invalid-data', `${what}: ${describeIssues(result.issues)}`);
}

/** Validates `{ items: [...] }` item by item. */
export function parseCollection<S extends AnySchema>(
  itemSchema: S,
  data: unknown,
  what: string,
): Collection<v.InferOutput<S>> {
  const { items: raw } = parseDocument(CollectionSchema, data, what);
  const items: v.InferOutput<S>[] = [];
  const problems: string[] = [];
  // An index loop: a host page's `Array.prototype.entries` may not be the native one (Prototype.js 1.6).
  for (let index = 0; index < raw.length; index++) {
    const result = v.safeParse(itemSchema, raw[index]);
    if (result.success) items.push(result.output);
    else problems.push(`#${index}: ${describeIssues(result.issues)}`);
  }
  if (raw.length > 0 && items.length === 0) {
    throw new TorgError('invalid-data', `${what}: no readable item (${problems.slice(0, 3).join('; ')})`);
  }
  return { items, skipped: raw.length - items.length };
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** A committee read leniently: its members one by one, like a collection. */
export interface CommitteeAnswer {
  committee: Committee;
  /** Members left out as unreadable. */
  skipped: number;
}

/**
 * Reads a committee: a committee of the wrong shape, or with members of
 * which none is readable, is an error; unreadable members are left out and
 * counted (the composition check then says it may be incomplete).
 */
export function parseCommittee(data: unknown, what: string): CommitteeAnswer {
  const { members, ...rest } = (data && typeof data === 'object' ? data : {}) as { members?: unknown };
  const committee = parseDocument(CommitteeSchema, { ...rest, members: [] }, what);
  const { items, skipped } = parseCollection(MemberSchema, { items: members }, `${what}: members`);
  committee.members = items;
  return { committee, skipped };
}

/** A committee's funds read leniently: its grants one by one, like a collection. */
export interface FundsAnswer {
  funds: Funds;
  /** Grants left out as unreadable. */
  skipped: number;
}

/**
 * Reads a committee's funds: funds of the wrong shape are an error; grants
 * that cannot be read are left out and counted (the sums are the API's own
 * `budget` and `allocated`, so they stay right).
 */
export function parseFunds(data: unknown, what: string): FundsAnswer {
  const { grants, ...rest } = (data && typeof data === 'object' ? data : {}) as { grants?: unknown };
  const funds = parseDocument(FundsSchema, { ...rest, grants: [] }, what);
  const { items, skipped } = parseCollection(GrantSchema, { items: grants }, `${what}: grants`);
  funds.grants = items;
  return { funds, skipped };
}
