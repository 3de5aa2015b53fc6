import type { FinderMessages } from './types.js';

const messages: FinderMessages = {
  searchLabel: 'Søk etter namn, stad eller teneste',
  searchHint: 'Til dømes «Sætre», «1388» eller «bibliotek».',
  servicesLegend: 'Tenester',
  servicesHint: 'Viser torg som har minst éi av tenestene du vel.',
  chosen: (count) => `${count} valt`,
  openNow: 'Berre dei som er opne no',
  nearest: 'Finn næraste torg',
  locating: 'Leitar etter posisjonen din …',
  privacy: 'Posisjonen din blir berre brukt her i nettlesaren og blir ikkje lagra.',
  geo: {
    denied:
      'Du har ikkje gitt tilgang til posisjonen din, så vi kan ikkje finne det næraste torget. Du kan framleis søkje etter namn eller stad.',
    unavailable: 'Vi fann ikkje posisjonen din akkurat no. Prøv igjen, eller søk etter namn eller stad.',
    timeout: 'Det tok for lang tid å finne posisjonen din. Prøv igjen, eller søk etter namn eller stad.',
    unsupported: 'Nettlesaren din kan ikkje finne posisjonen din. Søk etter namn eller stad i staden.',
  },
  geoPlace: {
    denied:
      'Du har ikkje gitt tilgang til posisjonen din. Skriv ei adresse, ein stad eller eit postnummer i staden, så sorterer vi torga etter avstand derifrå.',
    unavailable:
      'Vi fann ikkje posisjonen din akkurat no. Prøv igjen, eller skriv ei adresse, ein stad eller eit postnummer.',
    timeout:
      'Det tok for lang tid å finne posisjonen din. Prøv igjen, eller skriv ei adresse, ein stad eller eit postnummer.',
    unsupported:
      'Nettlesaren din kan ikkje finne posisjonen din. Skriv ei adresse, ein stad eller eit postnummer i staden.',
  },
  sortByName: 'Sorter etter namn',
  placeLabel: 'Adresse, stad eller postnummer',
  placeHint:
    'Til dømes «Vollen», «1390» eller «Slemmestadveien 1». Vel eit forslag, så blir torga sorterte etter avstand derifrå.',
  suggestions: 'Forslag',
  placeCount: (count) => `${count} forslag. Bruk pil opp og pil ned for å velje.`,
  placeNone: (query) => `Ingen adresse, stad eller postnummer passar til «${query}».`,
  placeError: 'Søket etter stader verkar ikkje akkurat no. Prøv igjen seinare, eller bruk posisjonen din.',
  placeKinds: { adresse: 'Adresse', stedsnavn: 'Stad', postnummer: 'Postnummer' },
  distanceFrom: (place) => `Avstand frå ${place}`,
  distanceFromYou: 'Avstand frå der du er',
  count: (shown, total) => (shown === total ? `${total} torg` : `Viser ${shown} av ${total} torg`),
  listed: (listed, total) => `Viser ${listed} av ${total} torg`,
  more: (count) => `Vis ${count} til`,
  byDistance: 'sortert etter avstand i luftline frå der du er',
  byDistanceFrom: (place) => `sortert etter avstand i luftline frå ${place}`,
  nearestIs: (name, distance) => `Nærast er ${name}, ${distance} unna.`,
  noneForServices: (services) => `Ingen torg tilbyr ${services}.`,
  noneForQuery: (query) => `Ingen torg passar til «${query}».`,
  noneOpen: 'Ingen av torga som passar, er opne akkurat no.',
  clear: 'Vis alle torg',
  planned: 'Planlagt',
  notOpenYet: 'Ikkje opna enno',
  away: (distance) => `${distance} unna`,
  services: 'Tenester',
  accessibility: 'Tilgjenge',
  phone: 'Telefon',
  email: 'E-post',
  website: 'Nettstad',
  mapLabel: 'Kart over torga',
  mapHint: 'Bruk piltastane for å flytte kartet og Tab for å gå til torga på kartet. Alt på kartet står òg i lista.',
  mapError: 'Kartet kunne ikkje visast. Alle torga står i lista.',
  zoomIn: 'Zoom inn',
  zoomOut: 'Zoom ut',
  empty: 'Det er ingen innbyggjartorg å vise enno.',
};

export default messages;
