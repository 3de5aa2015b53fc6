/**
 * When a meeting is, by the clock (domain.md, "Meetings and agendas"): what
 * `<torg-agenda>` lists as upcoming or past and `<torg-innspill>` names as
 * the next meeting. Pure TypeScript, no DOM.
 *
 * Upcoming or past is decided by the clock, not by `status`: a meeting is
 * upcoming until it ends (its `end`, else its start), so a meeting that is
 * going on right now is still listed as upcoming. Upcoming meetings are
 * sorted soonest first, past ones latest first.
 */
import type { Meeting } from '../contract/schemas.js';

/** When a meeting ends (epoch ms): its `end` when it is a real time after the start, else its start. */
export function meetingEnd(meeting: Pick<Meeting, 'start' | 'end'>): number {
  const start = Date.parse(meeting.start);
  const end = meeting.end === undefined ? Number.NaN : Date.parse(meeting.end);
  return end > start ? end : start;
}

/** Whether a meeting has begun and not yet ended at `now`. */
export function isOngoing(meeting: Pick<Meeting, 'start' | 'end'>, now: number): boolean {
  return Date.parse(meeting.start) <= now && now < meetingEnd(meeting);
}

export interface MeetingGroups<M> {
  /** Not yet ended at `now`, soonest first. */
  upcoming: M[];
  /** Ended at `now`, latest first. */
  past: M[];
}

/** Splits meetings around `now` into upcoming (soonest first) and past (latest first). Ties keep the input order. */
export function splitMeetings<M extends Pick<Meeting, 'start' | 'end'>>(meetings: M[], now: number): MeetingGroups<M> {
  const byStart = (a: M, b: M): number => Date.parse(a.start) - Date.parse(b.start);
  const upcoming = meetings.filter((m) => meetingEnd(m) > now).sort(byStart);
  const past = meetings
    .filter((m) => meetingEnd(m) <= now)
    .sort(byStart)
    .reverse();
  return { upcoming, past };
}

/** The next meeting that will be held: not ended at `now` (one in progress counts) and not cancelled. */
export function nextMeeting<M extends Pick<Meeting, 'start' | 'end' | 'status'>>(
  meetings: M[],
  now: number,
): M | undefined {
  return splitMeetings(meetings, now).upcoming.find((m) => m.status !== 'avlyst');
}
