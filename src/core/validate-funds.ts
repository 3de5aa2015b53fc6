/** A council's funds read leniently: its grants one by one (see `parseFunds`). */
import { FundsSchema, GrantSchema } from '../contract/schemas/council.js';
import type { Funds } from '../contract/schemas.js';
import { parseCollection, parseDocument } from './validate.js';

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
export async function parseFunds(data: unknown, what: string): Promise<FundsAnswer> {
  const { grants, ...rest } = (data && typeof data === 'object' ? data : {}) as { grants?: unknown };
  const funds = parseDocument(FundsSchema, { ...rest, grants: [] }, what);
  const { items, skipped } = await parseCollection(GrantSchema, { items: grants }, `${what}: grants`);
  funds.grants = items;
  return { funds, skipped };
}
