/**
 * "Nearest to me" from a place the person types — an address, a place name
 * or a postcode — instead of the browser's position: the rules of the place
 * search in `<torg-finder>`, pure and language-independent.
 *
 * - A query is sent once it has two characters ("Vo", "13"); spaces are
 *   trimmed and collapsed, the text made well-formed (`encode.ts`) and cut
 *   at 100 characters, so what is typed and what is asked stay close.
 * - Suggestions are shown in the API's order (it ranks them), each place
 *   once: the same kind and name (folded as the finder's search folds them)
 *   at practically the same spot (within 50 m) is one place, whatever the
 *   API sent twice.
 * - The arrow keys move through the suggestions and wrap around (the ARIA
 *   combobox pattern); with none active, down goes to the first and up to the
 *   last.
 */
import type { Place } from '../contract/schemas.js';
import { distanceMetres } from './distance.js';
import { wellFormed } from './encode.js';
import { fold } from './search.js';

/** The shortest query worth sending: "Vo", "13". */
export const PLACE_QUERY_MIN = 2;
/** The longest query sent (a whole address with its postcode fits). */
export const PLACE_QUERY_MAX = 100;
/** Two places of the same kind and name closer than this are one. */
const SAME_PLACE_METRES = 50;

/** The query to send for a typed text, or `undefined` when it is too short to search. */
export function placeQuery(text: string): string | undefined {
  const query = [...wellFormed(text).replace(/\s+/gu, ' ').trim()].slice(0, PLACE_QUERY_MAX).join('').trim();
  return [...query].length >= PLACE_QUERY_MIN ? query : undefined;
}

/** The places in the API's order, each once (see the module's description). */
export function uniquePlaces(places: readonly Place[]): Place[] {
  const kept: Place[] = [];
  for (const place of places) {
    const name = fold(place.name);
    const same = kept.some(
      (other) =>
        other.kind === place.kind &&
        fold(other.name) === name &&
        distanceMetres(other.location, place.location) < SAME_PLACE_METRES,
    );
    if (!same) kept.push(place);
  }
  return kept;
}

export type ActiveMove = 'next' | 'previous' | 'first' | 'last';

/**
 * The suggestion that becomes active (an index, or -1 for none when there are
 * none): `next` and `previous` wrap around; from none, `next` goes to the
 * first and `previous` to the last.
 */
export function moveActive(active: number, count: number, move: ActiveMove): number {
  if (count <= 0) return -1;
  const current = Number.isInteger(active) && active >= 0 && active < count ? active : -1;
  switch (move) {
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    case 'next':
      return current === -1 ? 0 : (current + 1) % count;
    case 'previous':
      return current === -1 ? count - 1 : (current - 1 + count) % count;
  }
}

/** How the place field asks: once typing pauses this long, for this many places at most. */
export const PLACE_SEARCH = { debounceMs: 250, limit: 8 } as const;
