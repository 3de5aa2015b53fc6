import type { OpeningHoursMessages } from './types.js';
const messages: OpeningHoursMessages = {
  title: (place) => `Opningstider for ${place}`,
  week: (n) => `Denne veka (veke ${n})`,
  dayHeader: 'Dag',
  hoursHeader: 'Opningstid',
  todayMark: 'I dag',
  changedHours: 'Endra opningstid',
  deviations: (days) => `Endringar dei neste ${days} dagane`,
  seasonStarts: (name) => (name ? `${name} tek til` : 'Nye opningstider tek til'),
  seasonEnds: (name) => (name ? `${name} er over, vanlege opningstider igjen` : 'Vanlege opningstider igjen'),
  planned: (place) => `${place} er ikkje opna enno. Opningstidene kjem når torget opnar.`,
  noHours: (place) => `Opningstidene for ${place} er ikkje oppgjevne.`,
  unknownTorg: (id) => `Tenesta fann ikkje innbyggjartorget «${id}». Sjekk attributtet torg.`,
  unknownService: (id) => `Tenesta «${id}» finst ikkje her. Viser opningstidene for heile torget.`,
};

export default messages;
