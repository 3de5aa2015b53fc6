/** Committees and their meetings: `GET /committees[/{id}[/meetings]]`, `GET /meetings/{id}`. */
import type { CommitteeSummary, Meeting } from '../../contract/schemas.js';
import { CommitteeSummarySchema } from '../../contract/schemas/committees.js';
import { MeetingSchema } from '../../contract/schemas/meetings.js';
import { parseCommittee, type CommitteeAnswer } from '../validate-committee.js';
import { get, getDocument, getItems, seg, type ApiContext, type Collection } from './client.js';

export type { CommitteeAnswer };

/** Like `checkDocument` for a committee, whose members are read one by one. */
export async function checkCommittee(data: unknown, what = 'data'): Promise<CommitteeAnswer> {
  return parseCommittee(data, what);
}

// --- committees and meetings ----------------------------------------------------

/** `GET /committees` */
export async function getCommittees(ctx: ApiContext): Promise<Collection<CommitteeSummary>> {
  return getItems(ctx, CommitteeSummarySchema, '/committees', 'GET /committees');
}

/** `GET /committees/{committeeId}`; unreadable members are left out and counted. */
export async function getCommittee(ctx: ApiContext, committeeId: string): Promise<CommitteeAnswer> {
  return parseCommittee(await get(ctx, `/committees/${seg(committeeId)}`), 'GET /committees/{id}');
}

/** `GET /committees/{committeeId}/meetings[?from&to]` */
export async function getMeetings(
  ctx: ApiContext,
  committeeId: string,
  range: { from?: string; to?: string } = {},
): Promise<Collection<Meeting>> {
  return getItems(
    ctx,
    MeetingSchema,
    `/committees/${seg(committeeId)}/meetings`,
    'GET /committees/{id}/meetings',
    range,
  );
}

/** `GET /meetings/{meetingId}` */
export async function getMeeting(ctx: ApiContext, meetingId: string): Promise<Meeting> {
  return getDocument(ctx, MeetingSchema, `/meetings/${seg(meetingId)}`, 'GET /meetings/{id}');
}
