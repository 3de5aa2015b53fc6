import type { FinderMessages } from './types.js';

const messages: FinderMessages = {
  searchLabel: 'Søk etter navn, sted eller tjeneste',
  searchHint: 'For eksempel «Sætre», «1388» eller «bibliotek».',
  servicesLegend: 'Tjenester',
  servicesHint: 'Viser torg som har minst én av tjenestene du velger.',
  chosen: (count) => `${count} valgt`,
  openNow: 'Bare de som er åpne nå',
  nearest: 'Finn nærmeste torg',
  locating: 'Finner posisjonen din …',
  privacy: 'Posisjonen din brukes bare her i nettleseren og lagres ikke.',
  geo: {
    denied:
      'Du har ikke gitt tilgang til posisjonen din, så vi kan ikke finne det nærmeste torget. Du kan fortsatt søke etter navn eller sted.',
    unavailable: 'Vi fant ikke posisjonen din akkurat nå. Prøv igjen, eller søk etter navn eller sted.',
    timeout: 'Det tok for lang tid å finne posisjonen din. Prøv igjen, eller søk etter navn eller sted.',
    unsupported: 'Nettleseren din kan ikke finne posisjonen din. Søk etter navn eller sted i stedet.',
  },
  sortByName: 'Sorter etter navn',
  count: (shown, total) => (shown === total ? `${total} torg` : `Viser ${shown} av ${total} torg`),
  listed: (listed, total) => `Viser ${listed} av ${total} torg`,
  more: (count) => `Vis ${count} til`,
  byDistance: 'sortert etter avstand i luftlinje fra der du er',
  nearestIs: (name, distance) => `Nærmest er ${name}, ${distance} unna.`,
  noneForServices: (services) => `Ingen torg tilbyr ${services}.`,
  noneForQuery: (query) => `Ingen torg passer til «${query}».`,
  noneOpen: 'Ingen av torgene som passer, er åpne akkurat nå.',
  clear: 'Vis alle torg',
  planned: 'Planlagt',
  notOpenYet: 'Ikke åpnet ennå',
  away: (distance) => `${distance} unna`,
  services: 'Tjenester',
  accessibility: 'Tilgjengelighet',
  phone: 'Telefon',
  email: 'E-post',
  website: 'Nettside',
  mapLabel: 'Kart over torgene',
  mapHint:
    'Bruk piltastene for å flytte kartet og Tab for å gå til torgene på kartet. Alt på kartet står også i listen.',
  mapError: 'Kartet kunne ikke vises. Alle torgene står i listen.',
  zoomIn: 'Zoom inn',
  zoomOut: 'Zoom ut',
  empty: 'Det er ingen innbyggertorg å vise ennå.',
};

export default messages;
