import { formatPhone } from '../../../core/format.js';
import * as g from '../../../core/messages/glossary/nb.js';
import type { BookingStepMessages } from './types.js';

/** The later steps' texts in bokmål (the first screen's are in `nb.ts`). */
const messages: BookingStepMessages = {
  back: 'Tilbake',
  next: 'Gå videre',
  change: 'Endre',

  previousMonth: 'Forrige måned',
  nextMonth: 'Neste måned',
  week: 'Uke',
  today: 'i dag',
  dayFull: 'ingen ledige tider',
  dayOutside: 'kan ikke bestilles',
  dayHint: 'Dager med ledige tider har ramme. Andre dager kan ikke velges.',
  noFreeInMonth: (month) => `Ingen ledige tider i ${month}.`,

  freeOn: (date) => `Ledige tider ${date}`,
  timeRange: (from, to) => g.range(from, to),
  noSlots: 'Ingen ledige tider denne dagen. Velg en annen dag.',
  taken: (when) => `Noen andre bestilte ${when} rett før deg.`,
  kept: 'Det du har skrevet inn, er tatt vare på. Velg en ny tid:',
  nextFree: 'Nærmeste ledige tider',
  noNextFree: 'Det er ingen flere ledige tider denne måneden.',
  otherDay: 'Velg en annen dag',

  labels: {
    name: 'Navn',
    email: 'E-post',
    phone: 'Telefon',
    organisation: 'Organisasjon eller lag',
    purpose: 'Hva gjelder bestillingen?',
    attendees: 'Hvor mange kommer?',
    consent: 'Jeg godtar at opplysningene mine brukes til dette',
  },
  optional: g.optional,
  emailHint: 'Vi sender bekreftelsen hit.',
  phoneHint: `Norsk eller utenlandsk nummer, for eksempel ${formatPhone('91234567')} eller ${formatPhone('+46 70 123 45 67')}.`,
  attendeesHint: (capacity) => (capacity ? `Høyst ${capacity}.` : 'Et helt tall.'),
  consentText:
    'Asker kommune bruker navnet, e-postadressen og telefonnummeret ditt bare til å behandle denne bestillingen og kontakte deg om den. Opplysningene slettes når bestillingen er over.',
  problem: (field, problem, capacity) => {
    if (problem === 'rejected') return g.refused;
    if (problem === 'tooLong') return g.tooLong;
    switch (field) {
      case 'name':
        return 'Skriv navnet ditt.';
      case 'email':
        return problem === 'required'
          ? 'Skriv e-postadressen din.'
          : 'Skriv en gyldig e-postadresse, for eksempel ola@eksempel.no.';
      case 'phone':
        return 'Skriv et gyldig telefonnummer, eller la feltet stå tomt.';
      case 'attendees':
        return problem === 'tooMany' && capacity
          ? `Det er plass til høyst ${capacity}. Skriv et lavere tall.`
          : 'Skriv antallet som et helt tall, for eksempel 8.';
      case 'consent':
        return 'Du må godta dette for å kunne bestille.';
      default:
        return 'Sjekk det du har skrevet.';
    }
  },
  summaryTitle: (count) =>
    count === 1 ? 'Rett opp dette før du går videre:' : `Rett opp disse ${count} feilene før du går videre:`,

  short: {
    what: 'Hva',
    day: 'Dag',
    time: 'Tid',
    name: 'Navn',
    email: 'E-post',
    phone: 'Telefon',
    organisation: 'Organisasjon',
    purpose: 'Formål',
    attendees: 'Antall',
    consent: 'Samtykke',
  },
  approvalNote: 'Kommunen må godkjenne denne bestillingen. Du får svar på e-post.',
  confirm: 'Bekreft bestillingen',
  slotRefused: 'Denne tiden kan ikke bestilles. Velg en annen tid.',

  confirmedText: (email) => `Tiden er din. Vi har sendt en bekreftelse til ${email}.`,
  pendingText: (email) =>
    `Bestillingen er ikke bekreftet ennå. Kommunen må godkjenne den, og du får svar på e-post til ${email}.`,
  reference: g.reference,
  status: 'Status',
  statusConfirmed: 'Bekreftet',
  statusPending: 'Venter på godkjenning',
  addToCalendar: g.addToCalendar,
  cancel: g.cancelBooking,
  cancelHint: 'Ta vare på denne lenken. Du trenger den hvis du må avbestille.',
  newBooking: 'Bestill en ny tid',
};

export default messages;
