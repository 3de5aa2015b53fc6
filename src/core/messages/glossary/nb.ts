import type { Glossary } from './types.js';

/** "kl." and a no-break space, once (a text that already has it is kept). */
const at = (time: string): string => (time.startsWith('kl.') ? time : `kl.\u00a0${time}`);

const glossary: Glossary = {
  at,
  range: (from, to) => at(`${from}–${to}`),
  loading: 'Laster …',
  retry: 'Prøv igjen',
  addToCalendar: 'Legg til i kalenderen',
  subscribe: 'Abonner på kalenderen',
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
  refused: 'Tjenesten godtok ikke dette. Sjekk det du har skrevet.',
  tooLong: 'Teksten er for lang. Skriv kortere.',
  keptOnDevice: 'Det du skriver, lagres underveis på denne enheten, så du kan fortsette senere.',
  consent: 'Samtykke',
  fixBeforeSending: (count) =>
    count === 1 ? 'Rett opp dette før du sender:' : `Rett opp disse ${count} feilene før du sender:`,
};

export default glossary;
