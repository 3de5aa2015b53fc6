import { clockAt } from '../../clock.js';
import type { Glossary } from './types.js';

const glossary: Glossary = {
  at: (time) => clockAt(time, 'nn'),
  range: (from, to) => clockAt(`${from}–${to}`, 'nn'),
  loading: 'Lastar …',
  retry: 'Prøv igjen',
  addToCalendar: 'Legg til i kalenderen',
  book: 'Bestill',
  booking: 'bestilling',
  reference: 'Referansenummer',
  cancelBooking: 'Avbestill',
  allCategories: 'Alle kategoriar',
  allAudiences: 'Alle målgrupper',
  allServices: 'Alle tenester',
  optional: '(valfritt)',
  today: 'i dag',
  unavailable: 'Innhaldet kan ikkje visast akkurat no.',
  technical: 'Teknisk informasjon',
};

export default glossary;
