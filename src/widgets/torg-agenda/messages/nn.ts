import * as g from '../../../core/messages/glossary/nn.js';
import type { AgendaMessages } from './types.js';

const messages: AgendaMessages = {
  upcoming: 'Komande møte',
  past: 'Tidlegare møte',
  none: 'Ingen planlagde møte.',
  nonePast: 'Ingen tidlegare møte.',
  showOlder: 'Vis eldre møte',
  toggle: 'Saksliste og dokument',
  cancelled: 'Avlyst',
  held: 'Gjennomført',
  ongoing: 'Går føre seg no',
  time: 'Tid',
  place: 'Stad',
  digital: 'Følg møtet digitalt',
  addToCalendar: g.addToCalendar,
  agenda: 'Saksliste',
  documents: 'Møtedokument',
  minutes: 'Protokoll',
  noAgenda: 'Sakslista er ikkje publisert enno.',
  noMinutes: 'Protokollen er ikkje publisert enno.',
  loadingAgenda: 'Hentar sakslista …',
  agendaError: 'Kunne ikkje hente sakslista.',
  kinds: {
    PS: ['PS', 'Politisk sak'],
    RS: ['RS', 'Referatsak'],
    orientering: ['Orientering', 'Orienteringssak'],
    eventuelt: ['Eventuelt', 'Eventuelt'],
  },
  decision: 'Vedtak',
  closed: (basis) => `Lukka sak. Unnateke offentlegheit${basis ? `, ${basis}` : ''}.`,
  meetingNotFound: 'Vi fann ikkje møtet. Kanskje lenka er feil, eller møtet er sletta.',
  committeeNotFound: (id) => `Tenesta fann ikkje utvalet «${id}». Sjekk attributtet committee.`,
};

export default messages;
