import * as g from '../../../core/messages/glossary/nn.js';
import type { CalendarFeedMessages } from './types.js';

const messages: CalendarFeedMessages = {
  subscribe: { events: g.subscribe, meetings: 'Abonner på møtekalenderen' },
  help: {
    events: (add) =>
      `Med eit abonnement hentar kalenderappen din sjølv nye og endra arrangement. «${add}» ved eitt arrangement lagrar berre ein kopi, som ikkje blir oppdatert.`,
    meetings: (add) =>
      `Med eit abonnement hentar kalenderappen din sjølv nye, flytta og avlyste møte. «${add}» ved eitt møte lagrar berre ein kopi, som ikkje blir oppdatert.`,
  },
  web: 'I Google Kalender eller Outlook på nett limer du inn denne adressa når du legg til ein kalender:',
  filtered: (filters) => `Abonnementet følgjer filtra du har valt: ${filters}.`,
};

export default messages;
