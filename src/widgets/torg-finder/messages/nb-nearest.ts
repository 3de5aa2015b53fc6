import type { FinderNearestMessages } from './types.js';

/** What "nearest to me" says once it is used, in bokmål (the first screen's texts are in `nb.ts`). */
const messages: FinderNearestMessages = {
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
  placeCount: (count) => `${count} forslag. Bruk pil opp og pil ned for å velge.`,
  placeNone: (query) => `Ingen adresse, sted eller postnummer passer til «${query}».`,
  placeError: 'Søket etter steder virker ikke akkurat nå. Prøv igjen senere, eller bruk posisjonen din.',
  placeKinds: { adresse: 'Adresse', stedsnavn: 'Sted', postnummer: 'Postnummer' },
  distanceFrom: (place) => `Avstand fra ${place}`,
  distanceFromYou: 'Avstand fra der du er',
  byDistance: 'sortert etter avstand i luftlinje fra der du er',
  byDistanceFrom: (place) => `sortert etter avstand i luftlinje fra ${place}`,
  nearestIs: (name, distance) => `Nærmest er ${name}, ${distance} unna.`,
  away: (distance) => `${distance} unna`,
};

export default messages;
