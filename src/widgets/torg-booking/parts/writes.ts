/**
 * What "Bekreft" needs and the first screen does not: the writes (`POST /bookings`, with the write transport)
 * and a submission's idempotency key. A chunk of its own, fetched when the person is about to book
 * (`loadWrites`, the view) and waited for by "Bekreft".
 */
export { postBooking } from '../../../core/api/bookings.js';
export { createIdempotencyKey } from '../../../core/idempotency.js';
