import * as g from '../../../core/messages/glossary/nn.js';
import type { InnspillMessages } from './types.js';

const messages: InnspillMessages = {
  title: (committee) => `Send eit innspel til ${committee}`,
  intro: 'Har du ei sak du meiner utvalet bør ta opp? Skriv ho her.',
  saved: g.keptOnDevice,
  restored: 'Vi har henta fram innspelet du byrja på.',
  labels: {
    title: 'Kva gjeld saka?',
    description: 'Beskriv saka',
    place: 'Stad',
    name: 'Namn',
    email: 'E-post',
  },
  descriptionHint: 'Skriv kva saka gjeld, og kva du ønskjer at utvalet skal gjere.',
  placeHint: 'Til dømes ei gate, ein plass eller eit område.',
  aboutYou: 'Om deg',
  aboutYouHint: 'Du kan sende innspelet utan namn og e-post. Då kan ikkje utvalet svare deg.',
  emailHint: 'Utvalet bruker adressa berre til å svare deg.',
  anonymous: 'Du sender innspelet anonymt.',
  optional: g.optional,
  consentLegend: g.consent,
  consentText:
    'Innspelet blir registrert hos kommunen og kan bli offentleg. Namnet og e-postadressa di blir ikkje publiserte.',
  consentLabel: 'Eg har lese dette og vil sende innspelet',
  problem: (field, problem) => {
    if (problem === 'rejected') return g.refused;
    if (problem === 'tooLong') return g.tooLong;
    switch (field) {
      case 'title':
        return 'Skriv kort kva saka gjeld.';
      case 'description':
        return 'Beskriv saka.';
      case 'email':
        return 'Skriv e-postadressa slik: namn@døme.no, eller la feltet stå tomt.';
      case 'consent':
        return 'Kryss av for at du har lese dette.';
      default:
        return 'Sjekk dette feltet.';
    }
  },
  summaryTitle: g.fixBeforeSending,
  send: 'Send innspelet',
  sending: 'Sender innspelet …',
  retrying: 'Innspelet kom ikkje fram. Prøver igjen …',
  offline: 'Du er utan nett. Innspelet blir sendt når du er på nett igjen.',
  failed: 'Innspelet vart ikkje sendt. Alt du har skrive, er teke vare på. Prøv igjen om litt.',
  nextTitle: 'Kva skjer vidare?',
  nextText:
    'Utvalet avgjer sjølv om det vil ta opp saka. Møta er opne for alle, og sakslistene blir publiserte før møta.',
  nextMeeting: (date, time, place) => `Neste møte er ${date} ${g.at(time)}${place ? ` på ${place}` : ''}.`,
  noMeeting: 'Det er ikkje sett opp noko nytt møte enno.',
  agendaLink: 'Sjå møta og sakslistene',
  unknownCommittee: (id) => `Vi fann ikkje utvalet «${id}».`,
  received: 'Takk for innspelet!',
  reference: g.reference,
  receivedAnonymous: 'Du sende innspelet anonymt, så utvalet kan ikkje svare deg.',
  receivedReply: (email) =>
    email ? `Utvalet kan svare deg på e-post til ${email}.` : 'Namnet ditt følgjer innspelet.',
  another: 'Send eit nytt innspel',
};

export default messages;
