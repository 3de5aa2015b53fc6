/**
 * The calendar feeds' addresses (optional, v1.1): `GET /events.ics` and
 * `GET /committees/{id}/meetings.ics`, offered by `<torg-events>` and
 * `<torg-agenda>` when the API has them (see `offers()` in `client.ts`).
 */
import { apiUrl, seg } from './client.js';

/** The path of the events feed with these filters (empty ones left out): `/events.ics?category=kultur`. */
export function eventsFeedUrl(base: string, filters: { torg?: string; category?: string; audience?: string }): string {
  const { torg, category, audience } = filters;
  return apiUrl(base, '/events.ics', { torg, category, audience });
}

/** The URL of a committee's meetings feed: `/committees/{committeeId}/meetings.ics`. */
export function meetingsFeedUrl(base: string, committeeId: string): string {
  return apiUrl(base, meetingsFeedPath(committeeId));
}

/** The path of a committee's meetings feed (the id encoded). */
export function meetingsFeedPath(committeeId: string): string {
  return `/committees/${seg(committeeId)}/meetings.ics`;
}
