import { formatPhone } from '../../../core/format.js';
import * as g from '../../../core/messages/glossary/nn.js';
import { pluralize } from '../../../core/i18n.js';
import type { TilskuddMessages } from './types.js';

const messages: TilskuddMessages = {
  title: (year) => `Midlane til utvalet i ${year}`,
  yearLabel: 'Vis år',
  budget: 'Budsjett',
  allocated: 'Tildelt så langt',
  left: 'Att',
  share: (percent, left) => `${percent} % av budsjettet er tildelt. ${left} er att.`,
  overspent: (over) => `Utvalet har tildelt ${over} meir enn budsjettet.`,
  pending: (count) => `${count} ${pluralize(count, 'søknad', 'søknader')} er til behandling.`,
  grants: (year) => `Tildelingar i ${year}`,
  noGrants: (year, thisYear) => (thisYear ? `Ingen tildelingar enno i ${year}.` : `Ingen tildelingar i ${year}.`),
  emptyYear: (year, thisYear) =>
    thisYear ? `Ingen tildelingar enno i ${year}.` : `Utvalet har ingen midlar eller tildelingar for ${year}.`,
  unknownCommittee: (id) => `Vi fann ikkje utvalet «${id}».`,
  recipient: 'Mottakar',
  purpose: 'Føremål',
  amount: 'Beløp',
  decided: 'Vedteke',
  total: 'Sum',
  sortBy: (key) => (key === 'amount' ? 'Sorter etter beløp' : 'Sorter etter dato'),
  sorted: (key, direction) =>
    key === 'amount'
      ? `Sortert etter beløp, ${direction === 'descending' ? 'størst' : 'minst'} først`
      : `Sortert etter dato, ${direction === 'descending' ? 'nyaste' : 'eldste'} først`,
  caseNumber: (number) => `Sak ${number}`,
  meetingLink: '(møtet der tilskotet vart vedteke)',
  guidelines: 'Retningslinjer og kriterium',
  adopted: (date) => `Vedteke ${date}.`,
  criteria: 'Kriterium',
  apply: 'Søk om midlar',
  deadline: (date) => `Søknadsfristen er ${date}.`,
  noDeadline: 'Utvalet tek imot søknader no.',
  openForm: 'Skriv ein søknad',
  closed: (deadline) =>
    deadline ? `Utvalet tek ikkje imot søknader no. Fristen var ${deadline}.` : 'Utvalet tek ikkje imot søknader no.',
  formTitle: 'Søknad om tilskot',
  process: (deadline) =>
    `Utvalet behandlar søknadene i eit møte${deadline ? ` etter fristen ${deadline}` : ''}. Møta er opne, og du får svar på e-post.`,
  saved: g.keptOnDevice,
  restored: 'Vi har henta fram søknaden du byrja på.',
  applicantGroup: 'Om søkjaren',
  projectGroup: 'Om tiltaket',
  labels: {
    applicant: 'Namnet ditt',
    organisation: 'Lag eller foreining',
    email: 'E-post',
    phone: 'Telefon',
    title: 'Kva søkjer de om?',
    description: 'Beskriv tiltaket',
    amount: 'Beløp de søkjer om (kr)',
  },
  emailHint: 'Utvalet svarer på søknaden hit.',
  phoneHint: `Til dømes ${formatPhone('91234567')}.`,
  descriptionHint: 'Kva skal pengane brukast til, kven har glede av det, og når skjer det?',
  amountHint: (left, year) => `Utvalet har ${left} att i ${year}.`,
  overLeft: (over) => `Beløpet er ${over} meir enn utvalet har att. Du kan likevel sende søknaden.`,
  overBudget: (over) => `Beløpet er ${over} meir enn budsjettet under. Sjekk at tala stemmer.`,
  budgetLines: 'Budsjett',
  budgetHint: 'Før opp kva tiltaket kostar, linje for linje.',
  lineItem: (n) => `Kva (linje ${n})`,
  lineAmount: (n) => `Kroner (linje ${n})`,
  addLine: 'Legg til ei budsjettlinje',
  removeLine: (n) => `Fjern linje ${n}`,
  budgetTotal: (total) => `Sum av budsjettet: ${total}`,
  optional: g.optional,
  consentLegend: g.consent,
  consentText:
    'Søknaden blir registrert hos kommunen og kan bli offentleg. Kontaktopplysningane blir berre brukte til å behandle søknaden.',
  consentLabel: 'Eg har lese dette og vil sende søknaden',
  problem: (field, problem) => {
    if (problem === 'rejected') return g.refused;
    if (problem === 'tooLong') return g.tooLong;
    switch (field) {
      case 'applicant':
        return 'Skriv namnet ditt.';
      case 'email':
        return problem === 'required' ? 'Skriv e-postadressa di.' : 'Skriv e-postadressa slik: namn@døme.no.';
      case 'phone':
        return `Skriv eit telefonnummer, til dømes ${formatPhone('91234567')}.`;
      case 'title':
        return 'Skriv kort kva de søkjer om.';
      case 'description':
        return 'Beskriv tiltaket.';
      case 'amount':
        return problem === 'required' ? 'Skriv beløpet de søkjer om.' : 'Skriv beløpet i kroner, til dømes 15 000.';
      case 'item':
        return 'Skriv kva linja gjeld.';
      case 'lineAmount':
        return problem === 'required' ? 'Skriv kva dette kostar.' : 'Skriv beløpet i kroner, til dømes 2 500.';
      case 'consent':
        return 'Kryss av for at du har lese dette.';
      default:
        return 'Sjekk dette feltet.';
    }
  },
  summaryTitle: g.fixBeforeSending,
  lineProblem: (n, text) => `Budsjettlinje ${n}: ${text}`,
  send: 'Send søknaden',
  sending: 'Sender søknaden …',
  retrying: 'Søknaden kom ikkje fram. Prøver igjen …',
  offline: 'Du er utan nett. Søknaden blir send når du er på nett igjen.',
  failed: 'Søknaden vart ikkje send. Alt du har skrive, er teke vare på. Prøv igjen om litt.',
  received: 'Søknaden er send',
  reference: g.reference,
  next: (deadline, email) =>
    `Utvalet behandlar søknaden${deadline ? ` etter fristen ${deadline}` : ''}, og svaret kjem på e-post til ${email}.`,
  another: 'Skriv ein ny søknad',
};

export default messages;
