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
  sortByName: 'Sort by name',
  count: (shown, total) => {
    const noun = pluralize(total, 'citizen square', 'citizen squares');
    return shown === total ? `${total} ${noun}` : `Showing ${shown} of ${total} ${noun}`;
  },
  listed: (listed, total) => `Showing ${listed} of ${total} citizen squares`,
  more: (count) => `Show ${count} more`,
  byDistance: 'sorted by straight-line distance from where you are',
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
