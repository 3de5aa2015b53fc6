import * as g from '../../../core/messages/glossary/nb.js';
import type { AgendaFirstMessages } from './types.js';

/** The meeting list's texts (an opened meeting's are in `nb-detail.ts`). */
const messages: AgendaFirstMessages = {
  upcoming: 'Kommende møter',
  past: 'Tidligere møter',
  none: 'Ingen møter planlagt.',
  nonePast: 'Ingen tidligere møter.',
  showOlder: 'Vis eldre møter',
  toggle: 'Saksliste og dokumenter',
  cancelled: 'Avlyst',
  held: 'Gjennomført',
  ongoing: 'Pågår nå',
  time: 'Tid',
  place: 'Sted',
  digital: 'Følg møtet digitalt',
  addToCalendar: g.addToCalendar,
  loadingAgenda: 'Henter sakslisten …',
  agendaError: 'Kunne ikke hente sakslisten.',
  meetingNotFound: 'Vi fant ikke møtet. Kanskje lenken er feil, eller møtet er slettet.',
  committeeNotFound: (id) => `Tjenesten fant ikke utvalget «${id}». Sjekk attributtet committee.`,
};

export default messages;
