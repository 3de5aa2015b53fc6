import * as g from './glossary/nb.js';
import type { CoreFirstMessages } from './types.js';

/** What every first screen may say (the error state's and other seldom states' texts are in `nb-states.ts`). */
const messages: CoreFirstMessages = {
  loading: g.loading,
  retry: g.retry,
  errors: { config: g.unavailable },
  technical: g.technical,
  badApiBase: (value) =>
    `Adressen til tjenesten kan ikke brukes: «${value}». Sjekk attributtet api-base eller meta-taggen torg:api-base.`,
  missingAttribute: (name) => `Elementet mangler attributtet «${name}».`,
  osloTime: 'Alle tider er norsk tid.',
  stale: (time) => `Kunne ikke oppdatere. Viser informasjon hentet ${g.at(time)}.`,
  at: g.at,
};

export default messages;
