import { pluralize } from '../i18n.js';
import * as g from './glossary/nn.js';
import type { CoreMessages } from './types.js';

const messages: CoreMessages = {
  loading: g.loading,
  retry: g.retry,
  errorTitle: 'Kunne ikkje hente informasjonen',
  errors: {
    config: g.unavailable,
    network: 'Vi fekk ikkje kontakt med tenesta. Sjekk nettsambandet og prøv igjen.',
    timeout: 'Tenesta svarte ikkje i tide. Prøv igjen om litt.',
    'not-found': 'Vi fann ikkje det du leitar etter.',
    conflict: 'Nokon andre kom deg i forkjøpet.',
    validation: 'Nokre av opplysningane må rettast.',
    server: 'Tenesta har ein feil akkurat no. Prøv igjen om litt.',
    http: 'Tenesta kunne ikkje svare på førespurnaden.',
    'invalid-data': 'Tenesta sende data vi ikkje kunne lese.',
    unknown: 'Noko gjekk gale.',
  },
  technical: g.technical,
  badApiBase: (value) =>
    `Adressa til tenesta kan ikkje brukast: «${value}». Sjekk attributtet api-base eller meta-taggen torg:api-base.`,
  missingAttribute: (name) => `Elementet manglar attributtet «${name}».`,
  stale: (time) => `Kunne ikkje oppdatere. Viser informasjon henta ${g.at(time)}.`,
  skipped: (count) =>
    `${count} ${pluralize(count, 'oppføring', 'oppføringar')} kunne ikkje visast fordi tenesta sende data vi ikkje kunne lese.`,
  osloTime: 'Alle tider er norsk tid.',
  trustedTypes:
    'Innhaldet kan ikkje visast: tryggleiksinnstillingane til sida (Trusted Types) stoppar det. Nettredaktøren må tillate policyane «lit-html» og «torg-widgets-json-ld».',
  at: g.at,
};

export default messages;
