/** Booking: `GET /torg/{id}/resources`, `GET /resources/{id}/availability`, `POST /bookings`, `DELETE /bookings/{id}`. */
import { AvailabilitySchema, BookingSchema, ResourceSchema } from '../../contract/schemas/booking.js';
import type { Availability, Booking, BookingRequest, Resource } from '../../contract/schemas.js';
import { sendJson } from '../http-send.js';
import { parseDocument } from '../validate.js';
import {
  apiUrl,
  getDocument,
  getItems,
  seg,
  text,
  written,
  type ApiContext,
  type Collection,
  type WriteOptions,
} from './client.js';

// --- booking ---------------------------------------------------------------------

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

/**
 * `POST /bookings` → `{ id, status, cancelUrl? }`; 409 slot taken, 422 field errors.
 * An accepted booking whose answer cannot be read is `pending` (the safe
 * thing to tell a person), with the id when there is one.
 */
export async function postBooking(ctx: ApiContext, body: BookingRequest, options: WriteOptions): Promise<Booking> {
  const url = apiUrl(ctx.base, '/bookings');
  const request = sendJson('POST', url, body, { ...options, signal: ctx.signal });
  return written(
    request,
    (d) => parseDocument(BookingSchema, d, 'POST /bookings'),
    (d) => ({
      id: text(d.id),
      status: d.status === 'confirmed' ? 'confirmed' : 'pending',
      ...(text(d.cancelUrl) ? { cancelUrl: text(d.cancelUrl) } : {}),
    }),
  );
}

/** `DELETE /bookings/{bookingId}?token=…` → 204 */
export async function cancelBooking(ctx: ApiContext, bookingId: string, token: string): Promise<void> {
  const url = apiUrl(ctx.base, `/bookings/${seg(bookingId)}`, { token });
  await sendJson('DELETE', url, undefined, { signal: ctx.signal });
}
