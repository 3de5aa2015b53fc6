import { pluralize } from '../i18n.js';
import type { CoreStateMessages } from './types.js';

/** What the error state (but a configuration error's) and a notice of unreadable items say: loaded when shown. */
const messages: CoreStateMessages = {
  errorTitle: 'Kunne ikke hente informasjonen',
  errors: {
    network: 'Vi fikk ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen.',
    timeout: 'Tjenesten svarte ikke i tide. Prøv igjen om litt.',
    'not-found': 'Vi fant ikke det du leter etter.',
    conflict: 'Noen andre kom deg i forkjøpet.',
    validation: 'Noen av opplysningene må rettes.',
    server: 'Tjenesten har en feil akkurat nå. Prøv igjen om litt.',
    http: 'Tjenesten kunne ikke svare på forespørselen.',
    'invalid-data': 'Tjenesten sendte data vi ikke kunne lese.',
    unknown: 'Noe gikk galt.',
  },
  skipped: (count) =>
    `${count} ${pluralize(count, 'oppføring', 'oppføringer')} kunne ikke vises fordi tjenesten sendte data vi ikke kunne lese.`,
  trustedTypes:
    'Innholdet kan ikke vises: sidens sikkerhetsinnstillinger (Trusted Types) stopper det. Nettredaktøren må tillate policyene «lit-html» og «torg-widgets-json-ld».',
};

export default messages;
