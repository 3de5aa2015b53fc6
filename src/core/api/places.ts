/** The place search `GET /places` (optional, v1.1); the calendar feeds' addresses are in `feeds.ts`. */
import type { Place } from '../../contract/schemas.js';
import { PlaceSchema } from '../../contract/schemas/places.js';
import { getItems, type ApiContext, type Collection } from './client.js';

/** `GET /places?q=…&limit=n` (optional): addresses, place names and postcodes matching `q`. */
export async function searchPlaces(ctx: ApiContext, q: string, limit?: number): Promise<Collection<Place>> {
  return getItems(ctx, PlaceSchema, '/places', 'GET /places', { q, limit });
}
