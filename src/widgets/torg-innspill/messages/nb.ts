import * as g from '../../../core/messages/glossary/nb.js';
import type { InnspillFirstMessages } from './types.js';

/** The form's texts (what comes after it is used — its problems, the thanks — is in `nb-after.ts`). */
const messages: InnspillFirstMessages = {
  title: (committee) => `Send et innspill til ${committee}`,
  intro: 'Har du en sak du mener utvalget bør ta opp? Skriv den her.',
  saved: g.keptOnDevice,
  restored: 'Vi har hentet fram innspillet du begynte på.',
  labels: {
    title: 'Hva gjelder saken?',
    description: 'Beskriv saken',
    place: 'Sted',
    name: 'Navn',
    email: 'E-post',
  },
  descriptionHint: 'Skriv hva saken gjelder, og hva du ønsker at utvalget skal gjøre.',
  placeHint: 'For eksempel en gate, en plass eller et område.',
  aboutYou: 'Om deg',
  aboutYouHint: 'Du kan sende innspillet uten navn og e-post. Da kan ikke utvalget svare deg.',
  emailHint: 'Utvalget bruker adressen bare til å svare deg.',
  anonymous: 'Du sender innspillet anonymt.',
  optional: g.optional,
  consentLegend: g.consent,
  consentText:
    'Innspillet blir registrert hos kommunen og kan bli offentlig. Navnet og e-postadressen din blir ikke publisert.',
  consentLabel: 'Jeg har lest dette og vil sende innspillet',
  send: 'Send innspillet',
  nextTitle: 'Hva skjer videre?',
  nextText:
    'Utvalget avgjør selv om det vil ta opp saken. Møtene er åpne for alle, og sakslistene blir publisert før møtene.',
  nextMeeting: (date, time, place) => `Neste møte er ${date} ${g.at(time)}${place ? ` på ${place}` : ''}.`,
  noMeeting: 'Det er ikke satt opp noe nytt møte ennå.',
  agendaLink: 'Se møtene og sakslistene',
  unknownCommittee: (id) => `Vi fant ikke utvalget «${id}».`,
};

export default messages;
