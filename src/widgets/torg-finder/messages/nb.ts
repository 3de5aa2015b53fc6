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
  geoPlace: {
    denied:
      'Du har ikke gitt tilgang til posisjonen din. Skriv en adresse, et sted eller et postnummer i stedet, så sorterer vi torgene etter avstand derfra.',
    unavailable:
      'Vi fant ikke posisjonen din akkurat nå. Prøv igjen, eller skriv en adresse, et sted eller et postnummer.',
    timeout:
      'Det tok for lang tid å finne posisjonen din. Prøv igjen, eller skriv en adresse, et sted eller et postnummer.',
    unsupported:
      'Nettleseren din kan ikke finne posisjonen din. Skriv en adresse, et sted eller et postnummer i stedet.',
  },
  sortByName: 'Sorter etter navn',
  placeLabel: 'Adresse, sted eller postnummer',
  placeHint:
    'For eksempel «Vollen», «1390» eller «Slemmestadveien 1». Velg et forslag, så sorteres torgene etter avstand derfra.',
  suggestions: 'Forslag',
  placeCount: (count) => `${count} forslag. Bruk pil opp og pil ned for å velge.`,
  placeNone: (query) => `Ingen adresse, sted eller postnummer passer til «${query}».`,
  placeError: 'Søket etter steder virker ikke akkurat nå. Prøv igjen senere, eller bruk posisjonen din.',
  placeKinds: { adresse: 'Adresse', stedsnavn: 'Sted', postnummer: 'Postnummer' },
  distanceFrom: (place) => `Avstand fra ${place}`,
  distanceFromYou: 'Avstand fra der du er',
  count: (shown, total) => (shown === total ? `${total} torg` : `Viser ${shown} av ${total} torg`),
  listed: (listed, total) => `Viser ${listed} av ${total} torg`,
  more: (count) => `Vis ${count} til`,
  byDistance: 'sortert etter avstand i luftlinje fra der du er',
  byDistanceFrom: (place) => `sortert etter avstand i luftlinje fra ${place}`,
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
