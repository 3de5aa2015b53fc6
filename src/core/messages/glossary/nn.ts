import type { Glossary } from './types.js';

/** "kl." and a no-break space, once (a text that already has it is kept). */
export const at = (time: string): string => (time.startsWith('kl.') ? time : `kl.\u00a0${time}`);

export const range: Glossary['range'] = (from, to) => at(`${from}–${to}`);
export const loading = 'Lastar …';
export const retry = 'Prøv igjen';
export const addToCalendar = 'Legg til i kalenderen';
export const subscribe = 'Abonner på kalenderen';
export const book = 'Bestill';
export const booking = 'bestilling';
export const reference = 'Referansenummer';
export const cancelBooking = 'Avbestill';
export const allCategories = 'Alle kategoriar';
export const allAudiences = 'Alle målgrupper';
export const allServices = 'Alle tenester';
export const optional = '(valfritt)';
export const today = 'i dag';
export const unavailable = 'Innhaldet kan ikkje visast akkurat no.';
export const technical = 'Teknisk informasjon';
export const refused = 'Tenesta godtok ikkje dette. Sjekk det du har skrive.';
export const tooLong = 'Teksten er for lang. Skriv kortare.';
export const keptOnDevice = 'Det du skriv, blir lagra undervegs på denne eininga, så du kan halde fram seinare.';
export const consent = 'Samtykke';
export const fixBeforeSending: Glossary['fixBeforeSending'] = (count) =>
  count === 1 ? 'Rett opp dette før du sender:' : `Rett opp desse ${count} feila før du sender:`;
