/**
 * torg-widgets: all seven elements, defined on import.
 *
 * `dist/torg-widgets.js` is built from this file. Loading it twice, or next
 * to another version, is harmless: the first definition of each tag wins.
 */
export { VERSION } from './core/define.js';
export { DEFAULT_API_BASE, type Locale } from './core/config.js';
export { TorgError, type TorgErrorKind } from './core/errors.js';
export type * from './core/events.js';
export type * from './core/schemas.js';
import './widgets/torg-booking/define.js';
export { TorgBooking, type TorgBookingData } from './widgets/torg-booking/torg-booking.js';
import './widgets/torg-opening-hours/define.js';
export { TorgOpeningHours } from './widgets/torg-opening-hours/torg-opening-hours.js';
export * from './widgets/torg-committee/define.js';
export { TorgAgenda } from './widgets/torg-agenda/define.js';
export { TorgFinder } from './widgets/torg-finder/define.js';
export { TorgStedskompass, type SubmitPhase } from './widgets/torg-stedskompass/define.js';
