/**
 * The lists the embed builder offers (torg, committees), fetched when it
 * first needs them. A module of its own, so the builder's dynamic import
 * lands on this chunk: importing `core/api/torg.js` itself would make the
 * bundler write a namespace object (and its runtime helper) into the chunks
 * the widgets share, which every widget would then load.
 */
export { getTorgList } from '../core/api/torg.js';
export { getCommittees } from '../core/api/committees.js';
