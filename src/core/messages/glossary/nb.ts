import { clockAt } from '../../clock.js';
import type { Glossary } from './types.js';

const glossary: Glossary = {
  at: (time) => clockAt(time, 'nb'),
  range: (from, to) => clockAt(`${from}–${to}`, 'nb'),
  loading: 'Laster …',
  retry: 'Prøv igjen',
  addToCalendar: 'Legg til i kalenderen',
  book: 'Bestill',
  booking: 'bestilling',
  reference: 'Referansenummer',
  cancelBooking: 'Avbestill',
  allCategories: 'Alle kategorier',
  allAudiences: 'Alle målgrupper',
  allServices: 'Alle tjenester',
  optional: '(valgfritt)',
  today: 'i dag',
  unavailable: 'Innholdet kan ikke vises akkurat nå.',
  technical: 'Teknisk informasjon',
};

export default glossary;
