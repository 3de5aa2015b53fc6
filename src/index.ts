/**
 * torg-widgets: all nine elements, defined on import.
 *
 * `dist/torg-widgets.js` is built from this file. Loading it twice, or next
 * to another version, is harmless: the first definition of each tag wins.
 */
export { VERSION } from './core/define.js';
export { DEFAULT_API_BASE, type Locale } from './core/config.js';
export { TorgError, type TorgErrorKind } from './contract/errors.js';
export type * from './core/events.js';
export type * from './contract/schemas.js';
// Each element's module defines it (guarded) and exports its class and types.
export * from './widgets/torg-finder/define.js';
export * from './widgets/torg-opening-hours/define.js';
export * from './widgets/torg-events/define.js';
export * from './widgets/torg-committee/define.js';
export * from './widgets/torg-agenda/define.js';
export * from './widgets/torg-stedskompass/define.js';
export * from './widgets/torg-booking/define.js';
export * from './widgets/torg-tilskudd/define.js';
export * from './widgets/torg-innspill/define.js';
