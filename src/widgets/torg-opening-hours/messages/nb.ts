import type { OpeningHoursMessages } from './types.js';
const messages: OpeningHoursMessages = {
  title: (place) => `Åpningstider for ${place}`,
  week: (n) => `Denne uken (uke ${n})`,
  dayHeader: 'Dag',
  hoursHeader: 'Åpningstid',
  todayMark: 'I dag',
  changedHours: 'Endret åpningstid',
  deviations: (days) => `Endringer de neste ${days} dagene`,
  seasonStarts: (name) => (name ? `${name} begynner` : 'Nye åpningstider begynner'),
  seasonEnds: (name) => (name ? `${name} er over, vanlige åpningstider igjen` : 'Vanlige åpningstider igjen'),
  planned: (place) => `${place} er ikke åpnet ennå. Åpningstidene kommer når torget åpner.`,
  noHours: (place) => `Åpningstidene for ${place} er ikke oppgitt.`,
  unknownTorg: (id) => `Tjenesten fant ikke innbyggertorget «${id}». Sjekk attributtet torg.`,
  unknownService: (id) => `Tjenesten «${id}» finnes ikke her. Viser åpningstidene for hele torget.`,
};

export default messages;
