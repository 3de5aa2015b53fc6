import g from '../../../core/messages/glossary/nb.js';
import type { AgendaMessages } from './types.js';

const messages: AgendaMessages = {
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
  agenda: 'Saksliste',
  documents: 'Møtedokumenter',
  minutes: 'Protokoll',
  noAgenda: 'Sakslisten er ikke publisert ennå.',
  noMinutes: 'Protokollen er ikke publisert ennå.',
  loadingAgenda: 'Henter sakslisten …',
  agendaError: 'Kunne ikke hente sakslisten.',
  kinds: {
    PS: ['PS', 'Politisk sak'],
    RS: ['RS', 'Referatsak'],
    orientering: ['Orientering', 'Orienteringssak'],
    eventuelt: ['Eventuelt', 'Eventuelt'],
  },
  decision: 'Vedtak',
  closed: (basis) => `Lukket sak. Unntatt offentlighet${basis ? `, ${basis}` : ''}.`,
  meetingNotFound: 'Vi fant ikke møtet. Kanskje lenken er feil, eller møtet er slettet.',
  committeeNotFound: (id) => `Tjenesten fant ikke utvalget «${id}». Sjekk attributtet committee.`,
};

export default messages;
