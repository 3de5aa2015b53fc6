/**
 * Open now, in the same words as `<torg-opening-hours>`: the finder uses
 * that widget's opening-hours engine, status line and texts (one piece of
 * code per idea). Re-exported here so the view names its dependency once.
 */
export { openingState, type OpeningState } from '../../domain/opening-hours.js';
export { openingStatusCatalog as openingHoursCatalog, statusLine } from '../../shared/opening-status/opening-status.js';
