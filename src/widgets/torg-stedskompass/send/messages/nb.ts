import type { SendMessages } from './types.js';

const messages: SendMessages = {
  fix: 'Dette må rettes før du sender',
  none: 'Gi minst ett tema et tall fra 1 til 7.',
  tooLong: (over) => `Teksten er ${over} tegn for lang. Den kan ha høyst 1000 tegn.`,
  needsScore: 'Velg et tall fra 1 til 7, ellers blir ikke teksten sendt.',
  refused: 'Tjenesten godtok ikke dette:',
  sending: 'Sender svarene …',
  retrying: 'Vi fikk ikke kontakt. Prøver igjen …',
  offline: 'Du er uten nett. Svarene sendes når du er på nett igjen.',
  failed: 'Vi fikk ikke sendt svarene. De er tatt vare på her. Prøv igjen om litt.',
  thanks: 'Takk for svarene!',
  thanksText: 'Her ser du snittet for området sammen med dine svar.',
};

export default messages;
