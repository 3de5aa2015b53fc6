/** The optional endpoints of v1.1: the place search `GET /places` and the calendar feeds' addresses. */
import type { Place } from '../../contract/schemas.js';
import { PlaceSchema } from '../../contract/schemas/places.js';
import { apiUrl, getItems, seg, type ApiContext, type Collection } from './client.js';

/** `GET /places?q=…&limit=n` (optional): addresses, place names and postcodes matching `q`. */
export async function searchPlaces(ctx: ApiContext, q: string, limit?: number): Promise<Collection<Place>> {
  return getItems(ctx, PlaceSchema, '/places', 'GET /places', { q, limit });
}

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
