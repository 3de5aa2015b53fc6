import { pluralize } from '../../../core/i18n.js';
import type { FinderMessages } from './types.js';

const messages: FinderMessages = {
  searchLabel: 'Search by name, place or service',
  searchHint: 'For example “Sætre”, “1388” or “bibliotek” (library).',
  servicesLegend: 'Services',
  servicesHint: 'Shows the citizen squares that offer at least one of the services you choose.',
  chosen: (count) => `${count} selected`,
  openNow: 'Only those open now',
  nearest: 'Find the nearest',
  locating: 'Finding your position …',
  privacy: 'Your position is only used here in your browser and is not stored.',
  geo: {
    denied:
      'You have not given access to your position, so we cannot find the nearest citizen square. You can still search by name or place.',
    unavailable: 'We could not find your position just now. Try again, or search by name or place.',
    timeout: 'Finding your position took too long. Try again, or search by name or place.',
    unsupported: 'Your browser cannot find your position. Search by name or place instead.',
  },
  geoPlace: {
    denied:
      'You have not given access to your position. Type an address, a place or a postcode instead, and we sort the citizen squares by distance from there.',
    unavailable: 'We could not find your position just now. Try again, or type an address, a place or a postcode.',
    timeout: 'Finding your position took too long. Try again, or type an address, a place or a postcode.',
    unsupported: 'Your browser cannot find your position. Type an address, a place or a postcode instead.',
  },
  sortByName: 'Sort by name',
  placeLabel: 'Address, place or postcode',
  placeHint:
    'For example “Vollen”, “1390” or “Slemmestadveien 1”. Choose a suggestion to sort the citizen squares by distance from there.',
  suggestions: 'Suggestions',
  placeCount: (count) =>
    `${count} ${pluralize(count, 'suggestion', 'suggestions')}. Use the up and down arrow keys to choose.`,
  placeNone: (query) => `No address, place or postcode matches “${query}”.`,
  placeError: 'The place search is not working just now. Try again later, or use your position.',
  placeKinds: { adresse: 'Address', stedsnavn: 'Place', postnummer: 'Postcode' },
  distanceFrom: (place) => `Distance from ${place}`,
  distanceFromYou: 'Distance from where you are',
  count: (shown, total) => {
    const noun = pluralize(total, 'citizen square', 'citizen squares');
    return shown === total ? `${total} ${noun}` : `Showing ${shown} of ${total} ${noun}`;
  },
  listed: (listed, total) => `Showing ${listed} of ${total} citizen squares`,
  more: (count) => `Show ${count} more`,
  byDistance: 'sorted by straight-line distance from where you are',
  byDistanceFrom: (place) => `sorted by straight-line distance from ${place}`,
  nearestIs: (name, distance) => `The nearest is ${name}, ${distance} away.`,
  noneForServices: (services) => `No citizen square offers ${services}.`,
  noneForQuery: (query) => `No citizen square matches “${query}”.`,
  noneOpen: 'None of the matching citizen squares is open right now.',
  clear: 'Show all',
  planned: 'Planned',
  notOpenYet: 'Not open yet',
  away: (distance) => `${distance} away`,
  services: 'Services',
  accessibility: 'Accessibility',
  phone: 'Phone',
  email: 'Email',
  website: 'Website',
  mapLabel: 'Map of the citizen squares',
  mapHint:
    'Use the arrow keys to move the map and Tab to reach the citizen squares on it. Everything on the map is also in the list.',
  mapError: 'The map could not be shown. All citizen squares are in the list.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  empty: 'There are no citizen squares to show yet.',
};

export default messages;
