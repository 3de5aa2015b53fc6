import type { FinderFirstMessages } from './types.js';

/** The first screen's texts (what "nearest to me" says once used is in `nb-nearest.ts`). */
const messages: FinderFirstMessages = {
  searchLabel: 'Søk etter navn, sted eller tjeneste',
  searchHint: 'For eksempel «Sætre», «1388» eller «bibliotek».',
  servicesLegend: 'Tjenester',
  servicesHint: 'Viser torg som har minst én av tjenestene du velger.',
  chosen: (count) => `${count} valgt`,
  openNow: 'Bare de som er åpne nå',
  nearest: 'Finn nærmeste torg',
  locating: 'Finner posisjonen din …',
  privacy: 'Posisjonen din brukes bare her i nettleseren og lagres ikke.',
  placeLabel: 'Adresse, sted eller postnummer',
  placeHint:
    'For eksempel «Vollen», «1390» eller «Slemmestadveien 1». Velg et forslag, så sorteres torgene etter avstand derfra.',
  suggestions: 'Forslag',
  count: (shown, total) => (shown === total ? `${total} torg` : `Viser ${shown} av ${total} torg`),
  listed: (listed, total) => `Viser ${listed} av ${total} torg`,
  more: (count) => `Vis ${count} til`,
  noneForServices: (services) => `Ingen torg tilbyr ${services}.`,
  noneForQuery: (query) => `Ingen torg passer til «${query}».`,
  noneOpen: 'Ingen av torgene som passer, er åpne akkurat nå.',
  clear: 'Vis alle torg',
  planned: 'Planlagt',
  notOpenYet: 'Ikke åpnet ennå',
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
