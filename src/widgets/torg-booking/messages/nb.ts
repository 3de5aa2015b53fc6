import type { BookingFirstMessages } from './types.js';

const minutes = (n: number): string => `${n} ${n === 1 ? 'minutt' : 'minutter'}`;
const hours = (n: number): string => `${n} ${n === 1 ? 'time' : 'timer'}`;

/** The first screen's texts (the later steps' are in `nb-steps.ts`). */
const messages: BookingFirstMessages = {
  progress: (step, total) => `Steg ${step} av ${total}`,
  titles: {
    resource: 'Hva vil du bestille?',
    day: 'Velg dag',
    slot: 'Velg tid',
    details: 'Dine opplysninger',
    review: 'Se over og bekreft',
  },
  kinds: { rom: 'Rom og lokaler', veiledning: 'Veiledning', 'digitalt-mote': 'Digitale møter' },
  capacity: (people) => `Plass til ${people} ${people === 1 ? 'person' : 'personer'}`,
  slotLength: (duration) => `Du bestiller ${duration} om gangen`,
  approval: 'Kommunen må godkjenne bestillingen',
  noResources: 'Det er ingenting å bestille på dette torget nå.',
  unknownTorg: (id) => `Tjenesten fant ikke torget «${id}». Sjekk attributtet torg.`,
  unknownResource: (id) => `Vi fant ikke «${id}» på dette torget. Velg blant disse:`,
  duration: (n) =>
    n < 60 ? minutes(n) : n % 60 ? `${hours(Math.floor(n / 60))} og ${minutes(n % 60)}` : hours(n / 60),
  sending: 'Sender bestillingen …',
  sendFailed: 'Bestillingen ble ikke sendt. Ingenting er bestilt ennå, og alt du har fylt ut, er tatt vare på.',
  confirmed: 'Bestillingen er bekreftet',
  pending: 'Bestillingen venter på godkjenning',
};

export default messages;
