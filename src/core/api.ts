/**
 * The typed client of the municipal API: one function per endpoint of
 * `api.md`, each validating the answer at runtime with its own schema.
 *
 * - A document of the wrong shape throws `TorgError('invalid-data')`.
 * - In a collection, items that fail validation are left out and counted
 *   (`skipped`); when items were sent but none is valid, it throws.
 *
 * This module gathers them; the code is one module per resource in `api/`
 * (with `api/client.ts` for what they share), and widgets import from there,
 * so an element's code carries only the endpoints it calls.
 */
export * from './api/client.js';
export * from './api/torg.js';
export * from './api/events.js';
export * from './api/committees.js';
export * from './api/stedskompass.js';
export * from './api/booking.js';
export * from './api/bookings.js';
export * from './api/places.js';
export * from './api/feeds.js';
export * from './api/funds.js';
export * from './api/council.js';
