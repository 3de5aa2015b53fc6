import * as g from '../../../core/messages/glossary/en.js';
import type { AgendaMessages } from './types.js';

const messages: AgendaMessages = {
  upcoming: 'Upcoming meetings',
  past: 'Past meetings',
  none: 'No meetings planned.',
  nonePast: 'No past meetings.',
  showOlder: 'Show older meetings',
  toggle: 'Agenda and documents',
  cancelled: 'Cancelled',
  held: 'Held',
  ongoing: 'In progress',
  time: 'Time',
  place: 'Place',
  digital: 'Follow the meeting online',
  addToCalendar: g.addToCalendar,
  agenda: 'Agenda',
  documents: 'Meeting documents',
  minutes: 'Minutes',
  noAgenda: 'The agenda has not been published yet.',
  noMinutes: 'The minutes have not been published yet.',
  loadingAgenda: 'Loading the agenda …',
  agendaError: 'Could not load the agenda.',
  kinds: {
    PS: ['PS', 'Case for decision'],
    RS: ['RS', 'Item for information'],
    orientering: ['Briefing', 'Briefing'],
    eventuelt: ['Any other business', 'Any other business'],
  },
  decision: 'Decision',
  closed: (basis) => `Closed item. Exempt from public access${basis ? `, ${basis}` : ''}.`,
  meetingNotFound: 'We could not find the meeting. The link may be wrong, or the meeting was deleted.',
  committeeNotFound: (id) => `The service has no committee “${id}”. Check the committee attribute.`,
};

export default messages;
