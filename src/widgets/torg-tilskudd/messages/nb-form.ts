import { formatPhone } from '../../../core/format.js';
import * as g from '../../../core/messages/glossary/nb.js';
import type { TilskuddFormMessages } from './types.js';

/** The application form's texts in bokmål (the first screen's are in `nb.ts`). */
const messages: TilskuddFormMessages = {
  formTitle: 'Søknad om tilskudd',
  process: (deadline) =>
    `Utvalget behandler søknadene i et møte${deadline ? ` etter fristen ${deadline}` : ''}. Møtene er åpne, og du får svar på e-post.`,
  saved: g.keptOnDevice,
  restored: 'Vi har hentet fram søknaden du begynte på.',
  applicantGroup: 'Om søkeren',
  projectGroup: 'Om tiltaket',
  labels: {
    applicant: 'Navnet ditt',
    organisation: 'Lag eller forening',
    email: 'E-post',
    phone: 'Telefon',
    title: 'Hva søker dere om?',
    description: 'Beskriv tiltaket',
    amount: 'Beløp dere søker om (kr)',
  },
  emailHint: 'Utvalget svarer på søknaden hit.',
  phoneHint: `For eksempel ${formatPhone('91234567')}.`,
  descriptionHint: 'Hva skal pengene brukes til, hvem har glede av det, og når skjer det?',
  amountHint: (left, year) => `Utvalget har ${left} igjen i ${year}.`,
  overLeft: (over) => `Beløpet er ${over} mer enn utvalget har igjen. Du kan likevel sende søknaden.`,
  overBudget: (over) => `Beløpet er ${over} mer enn budsjettet under. Sjekk at tallene stemmer.`,
  budgetLines: 'Budsjett',
  budgetHint: 'Før opp hva tiltaket koster, linje for linje.',
  lineItem: (n) => `Hva (linje ${n})`,
  lineAmount: (n) => `Kroner (linje ${n})`,
  addLine: 'Legg til en budsjettlinje',
  removeLine: (n) => `Fjern linje ${n}`,
  budgetTotal: (total) => `Sum av budsjettet: ${total}`,
  optional: g.optional,
  consentLegend: g.consent,
  consentText:
    'Søknaden blir registrert hos kommunen og kan bli offentlig. Kontaktopplysningene brukes bare til å behandle søknaden.',
  consentLabel: 'Jeg har lest dette og vil sende søknaden',
  problem: (field, problem) => {
    if (problem === 'rejected') return g.refused;
    if (problem === 'tooLong') return g.tooLong;
    switch (field) {
      case 'applicant':
        return 'Skriv navnet ditt.';
      case 'email':
        return problem === 'required' ? 'Skriv e-postadressen din.' : 'Skriv e-postadressen slik: navn@eksempel.no.';
      case 'phone':
        return `Skriv et telefonnummer, for eksempel ${formatPhone('91234567')}.`;
      case 'title':
        return 'Skriv kort hva dere søker om.';
      case 'description':
        return 'Beskriv tiltaket.';
      case 'amount':
        return problem === 'required' ? 'Skriv beløpet dere søker om.' : 'Skriv beløpet i kroner, for eksempel 15 000.';
      case 'item':
        return 'Skriv hva linjen gjelder.';
      case 'lineAmount':
        return problem === 'required' ? 'Skriv hva dette koster.' : 'Skriv beløpet i kroner, for eksempel 2 500.';
      case 'consent':
        return 'Kryss av for at du har lest dette.';
      default:
        return 'Sjekk dette feltet.';
    }
  },
  summaryTitle: g.fixBeforeSending,
  lineProblem: (n, text) => `Budsjettlinje ${n}: ${text}`,
  send: 'Send søknaden',
  sending: 'Sender søknaden …',
  retrying: 'Søknaden kom ikke fram. Prøver igjen …',
  offline: 'Du er uten nett. Søknaden sendes når du er på nett igjen.',
  failed: 'Søknaden ble ikke sendt. Alt du har skrevet, er tatt vare på. Prøv igjen om litt.',
  received: 'Søknaden er sendt',
  reference: g.reference,
  next: (deadline, email) =>
    `Utvalget behandler søknaden${deadline ? ` etter fristen ${deadline}` : ''}, og svaret kommer på e-post til ${email}.`,
  another: 'Skriv en ny søknad',
};

export default messages;
