/**
 * Which torg someone looking for one is shown, and in what order — the rules
 * of `<torg-finder>`, pure and language-independent:
 *
 * - the free-text search matches the name, the address (street, postcode,
 *   place) and the services' names, forgivingly (see `search.ts`);
 * - with services chosen, a torg offering at least one of them;
 * - "open now": the torg is open; with services chosen, one of those services
 *   is (by its own hours, else the torg's). A planned torg is never open;
 * - Norwegian alphabetical order of the names; nearest first (straight-line
 *   distance) from an origin with `finder-nearest.ts`, which comes with
 *   "nearest to me".
 *
 * Whether some hours are open is asked of a function (`stateOf`), so a caller
 * can keep the opening states for as long as they hold.
 */
import type { OpeningHours, Service, Torg } from '../contract/schemas.js';
import type { OpeningState } from './opening-hours.js';
import { foldFields, queryTerms, termsIn } from './search.js';

/** What the person asked for. */
export interface FinderCriteria {
  /** Free text: a name, a place, a postcode, a service. */
  query: string;
  /** Service ids; a torg offering any of them matches (none chosen: every torg). */
  services: ReadonlySet<string>;
  /** Only the torg (or the chosen services) open now. */
  openNow: boolean;
}

/** An opening state; `service` when it is a service's own hours. */
export interface FinderStatus {
  service?: Service;
  state: OpeningState;
}

/** One torg as shown. */
export interface FinderRow {
  torg: Torg;
  /** Straight-line distance from the origin, when there is one. */
  metres?: number;
  /**
   * An open torg's own status, then one per chosen service with hours of its own (a planned torg: none).
   * Worked out when first read.
   */
  readonly statuses: FinderStatus[];
  /** Open now (see the module's description). Worked out when first read. */
  readonly open: boolean;
}

export interface FinderResult {
  /** The torg to show, in order. */
  rows: FinderRow[];
  /** How many match the search and the services, before "open now". */
  matching: number;
}

/** Why nothing is shown: none open now, nothing matches the search, or no torg offers the services. */
export type NoneReason = 'open-now' | 'query' | 'services';

/** A service offered somewhere, with the name most torg give it. */
export interface ServiceOption {
  id: string;
  name: string;
}

const collator = new Intl.Collator('nb');

/** The ids in an attribute's value, separated by spaces or commas, each once. */
export function parseIds(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(/[\s,]+/).filter(Boolean))];
}

/** The texts the search looks in: the name, the address and the services' names. */
export function searchFields(torg: Torg): string[] {
  const { street, postalCode, city } = torg.address;
  return [torg.name, street, postalCode, city, ...torg.services.map((s) => s.name)];
}

/** Per list of torg (worked out once, kept while the list is): the services offered, and each torg's search text. */
const offeredByList = new WeakMap<readonly Torg[], ServiceOption[]>();
const searchTexts = new WeakMap<Torg, string>();

/** The folded text the search looks in (see `searchFields`), once per torg. */
function searchText(torg: Torg): string {
  let text = searchTexts.get(torg);
  if (text === undefined) {
    text = foldFields(searchFields(torg));
    searchTexts.set(torg, text);
  }
  return text;
}

/**
 * The services offered anywhere, each once, named as most torg name it, in
 * alphabetical order; then the ids of `chosen` that no torg offers (named by
 * their id), so a choice is never lost from sight.
 */
export function serviceOptions(torgs: readonly Torg[], chosen: Iterable<string> = []): ServiceOption[] {
  let offered = offeredByList.get(torgs);
  if (!offered) {
    const names = new Map<string, Map<string, number>>();
    for (const torg of torgs) {
      for (const { id, name } of torg.services) {
        const counts = names.get(id) ?? new Map<string, number>();
        counts.set(name, (counts.get(name) ?? 0) + 1);
        names.set(id, counts);
      }
    }
    offered = [...names]
      .map(([id, counts]) => ({ id, name: [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] || id }))
      .sort((a, b) => collator.compare(a.name, b.name));
    offeredByList.set(torgs, offered);
  }
  const options = [...offered];
  for (const id of chosen) if (!offered.some((o) => o.id === id)) options.push({ id, name: id });
  return options;
}

/** A torg's statuses and whether it counts as open now, given the chosen services. */
function statusesOf(
  torg: Torg,
  chosen: ReadonlySet<string>,
  stateOf: (hours: OpeningHours | undefined) => OpeningState,
): Pick<FinderRow, 'statuses' | 'open'> {
  if (torg.status !== 'open') return { statuses: [], open: false };
  // Without hours the state is "unknown" (the status line says so).
  const own: FinderStatus = { state: stateOf(torg.openingHours) };
  const statuses = [own];
  const services = torg.services.filter((s) => chosen.has(s.id));
  for (const service of services) {
    if (service.openingHours) statuses.push({ service, state: stateOf(service.openingHours) });
  }
  const open =
    services.length === 0
      ? own.state.open
      : services.some((s) => (s.openingHours ? stateOf(s.openingHours) : own.state).open);
  return { statuses, open };
}

/**
 * A row whose statuses (and whether it is open) are worked out when first
 * asked: of thousands of rows only those shown — or, with "open now", those
 * filtered — cost an opening state.
 */
function rowOf(
  torg: Torg,
  chosen: ReadonlySet<string>,
  stateOf: (hours: OpeningHours | undefined) => OpeningState,
): FinderRow {
  let worked: Pick<FinderRow, 'statuses' | 'open'> | undefined;
  const work = (): Pick<FinderRow, 'statuses' | 'open'> => (worked ??= statusesOf(torg, chosen, stateOf));
  return {
    torg,
    get statuses() {
      return work().statuses;
    },
    get open() {
      return work().open;
    },
  };
}

/** The torg in Norwegian alphabetical order, sorted once per list (a search filters the sorted list). */
const sortedLists = new WeakMap<readonly Torg[], readonly Torg[]>();

function byName(torgs: readonly Torg[]): readonly Torg[] {
  let sorted = sortedLists.get(torgs);
  if (!sorted) {
    sorted = [...torgs].sort((a, b) => collator.compare(a.name, b.name));
    sortedLists.set(torgs, sorted);
  }
  return sorted;
}

/** The torg to show for the criteria: filtered, by name (nearest first from an origin: `finder-nearest.ts`). */
export function findTorg(
  torgs: readonly Torg[],
  criteria: FinderCriteria,
  stateOf: (hours: OpeningHours | undefined) => OpeningState,
): FinderResult {
  const terms = queryTerms(criteria.query);
  const chosen = criteria.services;
  const rows = byName(torgs)
    .filter(
      (torg) =>
        (chosen.size === 0 || torg.services.some((s) => chosen.has(s.id))) &&
        (terms.length === 0 || termsIn(terms, searchText(torg))),
    )
    .map((torg) => rowOf(torg, chosen, stateOf));
  return { rows: criteria.openNow ? rows.filter((row) => row.open) : rows, matching: rows.length };
}

/** Why a search shows nothing: the filter that ruled the last torg out. */
export function noneReason(criteria: FinderCriteria, matching: number): NoneReason {
  if (criteria.openNow && matching > 0) return 'open-now';
  return criteria.query.trim() ? 'query' : 'services';
}
