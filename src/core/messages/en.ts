import { pluralize } from '../i18n.js';
import * as g from './glossary/en.js';
import type { CoreMessages } from './types.js';

const messages: CoreMessages = {
  loading: g.loading,
  retry: g.retry,
  errorTitle: 'Could not load the information',
  errors: {
    config: g.unavailable,
    network: 'We could not reach the service. Check your connection and try again.',
    timeout: 'The service did not answer in time. Please try again shortly.',
    'not-found': 'We could not find what you are looking for.',
    conflict: 'Someone else got there first.',
    validation: 'Some of the details need correcting.',
    server: 'The service has a problem right now. Please try again shortly.',
    http: 'The service could not answer the request.',
    'invalid-data': 'The service sent data we could not read.',
    unknown: 'Something went wrong.',
  },
  technical: g.technical,
  badApiBase: (value) =>
    `The service address cannot be used: “${value}”. Check the api-base attribute or the torg:api-base meta tag.`,
  missingAttribute: (name) => `The element is missing the “${name}” attribute.`,
  stale: (time) => `Could not update. Showing information from ${g.at(time)}.`,
  skipped: (count) =>
    `${count} ${pluralize(count, 'item', 'items')} could not be shown because the service sent data we could not read.`,
  osloTime: 'All times are Norwegian time.',
  trustedTypes:
    "The content cannot be shown: the page's security settings (Trusted Types) block it. The site's editor must allow the policies “lit-html” and “torg-widgets-json-ld”.",
  at: g.at,
};

export default messages;
