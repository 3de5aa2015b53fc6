import { fixBeforeSending, range } from './nb-later.js';

/** The functions only later parts use (see there). */
export { fixBeforeSending, range };

/** "kl." and a no-break space, once (a text that already has it is kept). */
export const at = (time: string): string => (time.startsWith('kl.') ? time : `kl.\u00a0${time}`);

export const loading = 'Laster …';
export const retry = 'Prøv igjen';
export const addToCalendar = 'Legg til i kalenderen';
export const subscribe = 'Abonner på kalenderen';
export const book = 'Bestill';
export const booking = 'bestilling';
export const reference = 'Referansenummer';
export const cancelBooking = 'Avbestill';
export const allCategories = 'Alle kategorier';
export const allAudiences = 'Alle målgrupper';
export const allServices = 'Alle tjenester';
export const optional = '(valgfritt)';
export const today = 'i dag';
export const unavailable = 'Innholdet kan ikke vises akkurat nå.';
export const technical = 'Teknisk informasjon';
export const refused = 'Tjenesten godtok ikke dette. Sjekk det du har skrevet.';
export const tooLong = 'Teksten er for lang. Skriv kortere.';
export const keptOnDevice = 'Det du skriver, lagres underveis på denne enheten, så du kan fortsette senere.';
export const consent = 'Samtykke';
