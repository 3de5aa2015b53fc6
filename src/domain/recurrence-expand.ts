/**
 * The recurrence engine as the events list loads it (`events.ts` imports this
 * module dynamically, when there is a series to expand). A module of its own,
 * so that import lands on this module: importing `recurrence.js` itself, which
 * other modules import statically, makes the bundler write a namespace object
 * and its runtime helper into the events' first screen.
 */
export { expandParsed, readSimpleRule } from './recurrence.js';
