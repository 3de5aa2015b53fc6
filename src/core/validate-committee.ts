/** A committee answer read leniently: its members one by one (see `parseCommittee`). */
import { CommitteeSchema, MemberSchema } from '../contract/schemas/committees.js';
import type { Committee } from '../contract/schemas.js';
import { parseCollection, parseDocument } from './validate.js';

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
export async function parseCommittee(data: unknown, what: string): Promise<CommitteeAnswer> {
  const { members, ...rest } = (data && typeof data === 'object' ? data : {}) as { members?: unknown };
  const committee = parseDocument(CommitteeSchema, { ...rest, members: [] }, what);
  const { items, skipped } = await parseCollection(MemberSchema, { items: members }, `${what}: members`);
  committee.members = items;
  return { committee, skipped };
}
