import * as g from '../../../core/messages/glossary/nb.js';
import type { CalendarFeedMessages } from './types.js';

const messages: CalendarFeedMessages = {
  subscribe: { events: g.subscribe, meetings: 'Abonner på møtekalenderen' },
  help: {
    events: (add) =>
      `Med et abonnement henter kalenderappen din selv nye og endrede arrangementer. «${add}» ved ett arrangement lagrer bare en kopi, som ikke blir oppdatert.`,
    meetings: (add) =>
      `Med et abonnement henter kalenderappen din selv nye, flyttede og avlyste møter. «${add}» ved ett møte lagrer bare en kopi, som ikke blir oppdatert.`,
  },
  web: 'I Google Kalender eller Outlook på nett limer du inn denne adressen når du legger til en kalender:',
  filtered: (filters) => `Abonnementet følger filtrene du har valgt: ${filters}.`,
};

export default messages;
