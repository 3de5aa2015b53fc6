import type { SendMessages } from './types.js';

const messages: SendMessages = {
  fix: 'Dette må rettast før du sender',
  none: 'Gi minst eitt tema eit tal frå 1 til 7.',
  tooLong: (over) => `Teksten er ${over} teikn for lang. Han kan ha høgst 1000 teikn.`,
  needsScore: 'Vel eit tal frå 1 til 7, elles blir ikkje teksten send.',
  refused: 'Tenesta godtok ikkje dette:',
  sending: 'Sender svara …',
  retrying: 'Vi fekk ikkje kontakt. Prøver igjen …',
  offline: 'Du er utan nett. Svara blir sende når du er på nett igjen.',
  failed: 'Vi fekk ikkje sendt svara. Dei er tekne vare på her. Prøv igjen om litt.',
  thanks: 'Takk for svara!',
  thanksText: 'Her ser du snittet for området saman med svara dine.',
};

export default messages;
