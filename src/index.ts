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
export { TorgEvents, type EventsView } from './widgets/torg-events/define.js';
