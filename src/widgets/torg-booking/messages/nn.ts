import { formatPhone } from '../../../core/format.js';
import * as g from '../../../core/messages/glossary/nn.js';
import type { BookingMessages } from './types.js';

const minutes = (n: number): string => `${n} minutt`;
const hours = (n: number): string => `${n} ${n === 1 ? 'time' : 'timar'}`;

const messages: BookingMessages = {
  progress: (step, total) => `Steg ${step} av ${total}`,
  titles: {
    resource: 'Kva vil du bestille?',
    day: 'Vel dag',
    slot: 'Vel tid',
    details: 'Opplysningane dine',
    review: 'Sjå over og stadfest',
  },
  back: 'Tilbake',
  next: 'Gå vidare',
  change: 'Endre',

  kinds: { rom: 'Rom og lokale', veiledning: 'Rettleiing', 'digitalt-mote': 'Digitale møte' },
  capacity: (people) => `Plass til ${people} ${people === 1 ? 'person' : 'personar'}`,
  slotLength: (duration) => `Du bestiller ${duration} om gongen`,
  approval: 'Kommunen må godkjenne bestillinga',
  noResources: 'Det er ingenting å bestille på dette torget no.',
  unknownTorg: (id) => `Tenesta fann ikkje torget «${id}». Sjekk attributtet torg.`,
  unknownResource: (id) => `Vi fann ikkje «${id}» på dette torget. Vel mellom desse:`,

  previousMonth: 'Førre månad',
  nextMonth: 'Neste månad',
  week: 'Veke',
  today: 'i dag',
  dayFull: 'ingen ledige tider',
  dayOutside: 'kan ikkje bestillast',
  dayHint: 'Dagar med ledige tider har ramme. Andre dagar kan ikkje veljast.',
  noFreeInMonth: (month) => `Ingen ledige tider i ${month}.`,

  freeOn: (date) => `Ledige tider ${date}`,
  timeRange: (from, to) => g.range(from, to),
  duration: (n) =>
    n < 60 ? minutes(n) : n % 60 ? `${hours(Math.floor(n / 60))} og ${minutes(n % 60)}` : hours(n / 60),
  noSlots: 'Ingen ledige tider denne dagen. Vel ein annan dag.',
  taken: (when) => `Nokon andre bestilte ${when} rett før deg.`,
  kept: 'Det du har skrive inn, er teke vare på. Vel ei ny tid:',
  nextFree: 'Dei næraste ledige tidene',
  noNextFree: 'Det er ingen fleire ledige tider denne månaden.',
  otherDay: 'Vel ein annan dag',

  labels: {
    name: 'Namn',
    email: 'E-post',
    phone: 'Telefon',
    organisation: 'Organisasjon eller lag',
    purpose: 'Kva gjeld bestillinga?',
    attendees: 'Kor mange kjem?',
    consent: 'Eg godtek at opplysningane mine blir brukte til dette',
  },
  optional: g.optional,
  emailHint: 'Vi sender stadfestinga hit.',
  phoneHint: `Norsk eller utanlandsk nummer, til dømes ${formatPhone('91234567')} eller ${formatPhone('+46 70 123 45 67')}.`,
  attendeesHint: (capacity) => (capacity ? `Høgst ${capacity}.` : 'Eit heilt tal.'),
  consentText:
    'Asker kommune bruker namnet, e-postadressa og telefonnummeret ditt berre til å behandle denne bestillinga og kontakte deg om ho. Opplysningane blir sletta når bestillinga er over.',
  problem: (field, problem, capacity) => {
    if (problem === 'rejected') return g.refused;
    if (problem === 'tooLong') return g.tooLong;
    switch (field) {
      case 'name':
        return 'Skriv namnet ditt.';
      case 'email':
        return problem === 'required'
          ? 'Skriv e-postadressa di.'
          : 'Skriv ei gyldig e-postadresse, til dømes kari@eksempel.no.';
      case 'phone':
        return 'Skriv eit gyldig telefonnummer, eller la feltet stå tomt.';
      case 'attendees':
        return problem === 'tooMany' && capacity
          ? `Det er plass til høgst ${capacity}. Skriv eit lågare tal.`
          : 'Skriv talet som eit heilt tal, til dømes 8.';
      case 'consent':
        return 'Du må godta dette for å kunne bestille.';
      default:
        return 'Sjekk det du har skrive.';
    }
  },
  summaryTitle: (count) =>
    count === 1 ? 'Rett opp dette før du går vidare:' : `Rett opp desse ${count} feila før du går vidare:`,

  short: {
    what: 'Kva',
    day: 'Dag',
    time: 'Tid',
    name: 'Namn',
    email: 'E-post',
    phone: 'Telefon',
    organisation: 'Organisasjon',
    purpose: 'Føremål',
    attendees: 'Tal på personar',
    consent: 'Samtykke',
  },
  approvalNote: 'Kommunen må godkjenne denne bestillinga. Du får svar på e-post.',
  confirm: 'Stadfest bestillinga',
  sending: 'Sender bestillinga …',
  sendFailed: 'Bestillinga vart ikkje send. Ingenting er bestilt enno, og alt du har fylt ut, er teke vare på.',
  slotRefused: 'Denne tida kan ikkje bestillast. Vel ei anna tid.',

  confirmed: 'Bestillinga er stadfesta',
  pending: 'Bestillinga ventar på godkjenning',
  confirmedText: (email) => `Tida er di. Vi har sendt ei stadfesting til ${email}.`,
  pendingText: (email) =>
    `Bestillinga er ikkje stadfesta enno. Kommunen må godkjenne ho, og du får svar på e-post til ${email}.`,
  reference: g.reference,
  status: 'Status',
  statusConfirmed: 'Stadfesta',
  statusPending: 'Ventar på godkjenning',
  addToCalendar: g.addToCalendar,
  cancel: g.cancelBooking,
  cancelHint: 'Ta vare på denne lenkja. Du treng ho om du må avbestille.',
  newBooking: 'Bestill ei ny tid',
};

export default messages;
