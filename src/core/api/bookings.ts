/**
 * Bookings, the writes of `<torg-booking>`: `POST /bookings`, `DELETE /bookings/{id}`. A module of its own
 * (with the write transport, `http-send.ts`): the element fetches it when the person is about to book, not
 * with its first screen.
 */
import { BookingSchema } from '../../contract/schemas/booking.js';
import type { Booking, BookingRequest } from '../../contract/schemas.js';
import { sendJson, text, written, type WriteOptions } from '../http-send.js';
import { parseDocument } from '../validate.js';
import { apiUrl, seg, type ApiContext } from './client.js';

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
