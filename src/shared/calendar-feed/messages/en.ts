import * as g from '../../../core/messages/glossary/en.js';
import type { CalendarFeedMessages } from './types.js';

const messages: CalendarFeedMessages = {
  subscribe: { events: g.subscribe, meetings: 'Subscribe to the meeting calendar' },
  help: {
    events: (add) =>
      `With a subscription, your calendar app fetches new and changed events by itself. “${add}” on one event saves a copy only, which is not updated.`,
    meetings: (add) =>
      `With a subscription, your calendar app fetches new, moved and cancelled meetings by itself. “${add}” on one meeting saves a copy only, which is not updated.`,
  },
  web: 'In Google Calendar or Outlook on the web, paste this address when you add a calendar:',
  filtered: (filters) => `The subscription follows the filters you chose: ${filters}.`,
};

export default messages;
