import type { Glossary } from './types.js';

/** "kl." and a no-break space, once (a text that already has it is kept). */
const at = (time: string): string => (time.startsWith('kl.') ? time : `kl.\u00a0${time}`);

const glossary: Glossary = {
  at,
  range: (from, to) => at(`${from}–${to}`),
  loading: 'Lastar …',
  retry: 'Prøv igjen',
  addToCalendar: 'Legg til i kalenderen',
  subscribe: 'Abonner på kalenderen',
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
  refused: 'Tenesta godtok ikkje dette. Sjekk det du har skrive.',
  tooLong: 'Teksten er for lang. Skriv kortare.',
  keptOnDevice: 'Det du skriv, blir lagra undervegs på denne eininga, så du kan halde fram seinare.',
  consent: 'Samtykke',
  fixBeforeSending: (count) =>
    count === 1 ? 'Rett opp dette før du sender:' : `Rett opp desse ${count} feila før du sender:`,
};

export default glossary;
