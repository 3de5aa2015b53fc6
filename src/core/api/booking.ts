/** Booking, what the first screens read: `GET /torg/{id}/resources`, `GET /resources/{id}/availability` (the writes: `bookings.ts`). */
import { AvailabilitySchema, ResourceSchema } from '../../contract/schemas/booking.js';
import type { Availability, Resource } from '../../contract/schemas.js';
import { getDocument, getItems, seg, type ApiContext, type Collection } from './client.js';

/** `GET /torg/{torgId}/resources` */
export async function getResources(ctx: ApiContext, torgId: string): Promise<Collection<Resource>> {
  return getItems(ctx, ResourceSchema, `/torg/${seg(torgId)}/resources`, 'GET /torg/{id}/resources');
}

/** `GET /resources/{resourceId}/availability?from&to` */
export async function getAvailability(
  ctx: ApiContext,
  resourceId: string,
  range: { from: string; to: string },
): Promise<Availability> {
  return getDocument(
    ctx,
    AvailabilitySchema,
    `/resources/${seg(resourceId)}/availability`,
    'GET /resources/{id}/availability',
    range,
  );
}
