import * as g from '../../../core/messages/glossary/nb.js';
import type { InnspillAfterMessages } from './types.js';

/** What comes after the form is used, in bokmål: its problems, sending and the thanks (the form's texts are in `nb.ts`). */
const messages: InnspillAfterMessages = {
  sending: 'Sender innspillet …',
  retrying: 'Innspillet kom ikke fram. Prøver igjen …',
  offline: 'Du er uten nett. Innspillet sendes når du er på nett igjen.',
  failed: 'Innspillet ble ikke sendt. Alt du har skrevet, er tatt vare på. Prøv igjen om litt.',
  problem: (field, problem) => {
    if (problem === 'rejected') return g.refused;
    if (problem === 'tooLong') return g.tooLong;
    switch (field) {
      case 'title':
        return 'Skriv kort hva saken gjelder.';
      case 'description':
        return 'Beskriv saken.';
      case 'email':
        return 'Skriv e-postadressen slik: navn@eksempel.no, eller la feltet stå tomt.';
      case 'consent':
        return 'Kryss av for at du har lest dette.';
      default:
        return 'Sjekk dette feltet.';
    }
  },
  summaryTitle: g.fixBeforeSending,
  received: 'Takk for innspillet!',
  reference: g.reference,
  receivedAnonymous: 'Du sendte innspillet anonymt, så utvalget kan ikke svare deg.',
  receivedReply: (email) =>
    email ? `Utvalget kan svare deg på e-post til ${email}.` : 'Navnet ditt følger innspillet.',
  another: 'Send et nytt innspill',
};

export default messages;
