/**
 * "Nearest to me" in `<torg-finder>`'s rules: the torg `findTorg` shows,
 * nearest first from an origin (straight-line distance, `distance.ts`), each
 * with its distance. A module of its own: it comes with "nearest to me",
 * once used (the list is in alphabetical order until then).
 */
import { byDistance, type LatLon } from './distance.js';
import type { FinderResult, FinderRow } from './finder.js';

/** The rows nearest first from `origin`, each with its distance; equal distances keep their order. */
export function nearestFirst(result: FinderResult, origin: LatLon): FinderResult {
  return {
    ...result,
    rows: byDistance(result.rows, origin, (row) => row.torg.location).map(({ item, metres }): FinderRow => ({
      torg: item.torg,
      metres,
      // The row's own, worked out when first read (see `findTorg`).
      get statuses() {
        return item.statuses;
      },
      get open() {
        return item.open;
      },
    })),
  };
}
