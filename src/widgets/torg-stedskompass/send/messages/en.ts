import { pluralize } from '../../../../core/i18n.js';
import type { SendMessages } from './types.js';

const messages: SendMessages = {
  fix: 'Please fix this before sending',
  none: 'Give at least one theme a number from 1 to 7.',
  tooLong: (over) =>
    `The text is ${over} ${pluralize(over, 'character', 'characters')} too long. It can have at most 1000 characters.`,
  needsScore: 'Choose a number from 1 to 7, or the text will not be sent.',
  refused: 'The service did not accept this:',
  sending: 'Sending your answers …',
  retrying: 'We could not get through. Trying again …',
  offline: 'You are offline. Your answers will be sent when you are back online.',
  failed: 'We could not send your answers. They are kept here. Please try again shortly.',
  thanks: 'Thank you for your answers!',
  thanksText: 'Here is the average for the area together with your answers.',
};

export default messages;
