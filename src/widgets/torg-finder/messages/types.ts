/** The texts of `<torg-finder>`, in every language. */
export interface FinderMessages {
  /** Label of the free-text search. */
  searchLabel: string;
  /** Examples under the search field. */
  searchHint: string;
  /** Legend of the service filter. */
  servicesLegend: string;
  /** How the service filter combines several services. */
  servicesHint: string;
  /** How many services are chosen ("2 valgt"). */
  chosen: (count: number) => string;
  /** The "open now" filter. */
  openNow: string;
  /** The "nearest to me" button. */
  nearest: string;
  /** The button while the position is being found. */
  locating: string;
  /** Next to the button: what happens with the position. */
  privacy: string;
  /** Why there is no position, with what still works. */
  geo: Record<'denied' | 'unavailable' | 'timeout' | 'unsupported', string>;
  /** Why there is no position, when the place field is offered: type a place instead (focus moves there). */
  geoPlace: Record<'denied' | 'unavailable' | 'timeout' | 'unsupported', string>;
  /** Back to alphabetical order. */
  sortByName: string;
  /** The place search's label: "Adresse, sted eller postnummer". */
  placeLabel: string;
  /** Examples under the place field. */
  placeHint: string;
  /** The accessible name of its list of suggestions. */
  suggestions: string;
  /** How many suggestions there are, and how to reach them (read out). */
  placeCount: (count: number) => string;
  /** No place matches what was typed. */
  placeNone: (query: string) => string;
  /** The place search failed. */
  placeError: string;
  /** The kinds of place, after a suggestion's name. */
  placeKinds: Record<'adresse' | 'stedsnavn' | 'postnummer', string>;
  /** Where distances are measured from: a chosen place ("Avstand fra Vollen"), or the person's position. */
  distanceFrom: (place: string) => string;
  distanceFromYou: string;
  /** "8 torg", "Viser 3 av 8 torg". */
  count: (shown: number, total: number) => string;
  /** Under a long list: how many of the torg found are listed so far ("Viser 50 av 10 000 torg"). */
  listed: (listed: number, total: number) => string;
  /** The button that lists the next ones ("Vis 50 til"). */
  more: (count: number) => string;
  /** After the count when sorted by distance from the person's position. */
  byDistance: string;
  /** After the count when sorted by distance from a chosen place. */
  byDistanceFrom: (place: string) => string;
  /** Read out when sorted by distance. */
  nearestIs: (name: string, distance: string) => string;
  /** No torg offers the chosen services ("Kulturskole eller Byggesak"). */
  noneForServices: (services: string) => string;
  /** No torg matches the search. */
  noneForQuery: (query: string) => string;
  /** None of the matching torg is open now. */
  noneOpen: string;
  /** Clears the search and the filters. */
  clear: string;
  /** Badge of a planned torg. */
  planned: string;
  /** Status line of a planned torg. */
  notOpenYet: string;
  /** "2,4 km unna". */
  away: (distance: string) => string;
  /** Labels in an entry. */
  services: string;
  accessibility: string;
  phone: string;
  email: string;
  website: string;
  /** The map's accessible name. */
  mapLabel: string;
  /** How to use the map with the keyboard. */
  mapHint: string;
  /** The map could not be shown. */
  mapError: string;
  /** The map's zoom buttons. */
  zoomIn: string;
  zoomOut: string;
  /** No torg at all. */
  empty: string;
}

/** What only "nearest to me" says once it is used (`parts/nearest-part.ts`): their bokmål comes with it. */
type NearestKey =
  | 'geo'
  | 'geoPlace'
  | 'sortByName'
  | 'placeCount'
  | 'placeNone'
  | 'placeError'
  | 'placeKinds'
  | 'distanceFrom'
  | 'distanceFromYou'
  | 'byDistance'
  | 'byDistanceFrom'
  | 'nearestIs'
  | 'away';

/** The first screen's texts: their bokmål comes in the element's file. */
export type FinderFirstMessages = Omit<FinderMessages, NearestKey>;

/** What "nearest to me" says once it is used: its bokmål comes with its chunk. */
export type FinderNearestMessages = Pick<FinderMessages, NearestKey>;
