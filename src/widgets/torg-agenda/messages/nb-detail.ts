import type { AgendaDetailMessages } from './types.js';

/** An opened meeting's texts in bokmål (the list's are in `nb.ts`). */
const messages: AgendaDetailMessages = {
  agenda: 'Saksliste',
  documents: 'Møtedokumenter',
  minutes: 'Protokoll',
  noAgenda: 'Sakslisten er ikke publisert ennå.',
  noMinutes: 'Protokollen er ikke publisert ennå.',
  kinds: {
    PS: ['PS', 'Politisk sak'],
    RS: ['RS', 'Referatsak'],
    orientering: ['Orientering', 'Orienteringssak'],
    eventuelt: ['Eventuelt', 'Eventuelt'],
  },
  decision: 'Vedtak',
  closed: (basis) => `Lukket sak. Unntatt offentlighet${basis ? `, ${basis}` : ''}.`,
};

export default messages;
