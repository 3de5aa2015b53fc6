import type { AgendaItem } from '../../../contract/schemas.js';

/** The texts of `<torg-agenda>`, in every language. */
export interface AgendaMessages {
  /** Heading of the upcoming meetings. */
  upcoming: string;
  /** Heading of the past meetings. */
  past: string;
  /** No meetings at all, or none upcoming (the empty state). */
  none: string;
  /** No past meetings. */
  nonePast: string;
  /** The button that shows older meetings. */
  showOlder: string;
  /** The disclosure that opens a meeting's agenda and documents. */
  toggle: string;
  /** Statuses (cancelled must be unmistakable). */
  cancelled: string;
  held: string;
  ongoing: string;
  /** Labels of a meeting's time and place. */
  time: string;
  place: string;
  /** Digital participation link. */
  digital: string;
  /** "Add to calendar" (.ics). */
  addToCalendar: string;
  /** Headings inside an opened meeting. */
  agenda: string;
  documents: string;
  minutes: string;
  /** The agenda is not published yet. */
  noAgenda: string;
  /** The minutes are not published yet (a held meeting). */
  noMinutes: string;
  /** While a meeting's details load. */
  loadingAgenda: string;
  /** The details could not be loaded. */
  agendaError: string;
  /** Case kinds: `[shown, spelled out for screen readers]`. */
  kinds: Record<AgendaItem['kind'], readonly [string, string]>;
  /** "Vedtak". */
  decision: string;
  /** A closed item, with its legal basis when the API gives one. */
  closed: (basis: string | undefined) => string;
  /** The meeting or the committee does not exist. */
  meetingNotFound: string;
  committeeNotFound: (id: string) => string;
}

/** What only an opened meeting says (`parts/detail.ts`): its bokmål comes with it (`nb-detail.ts`, `detail.ts`). */
type DetailKey = 'agenda' | 'documents' | 'minutes' | 'noAgenda' | 'noMinutes' | 'kinds' | 'decision' | 'closed';

/** The texts of the meeting list and what the element says: `agendaCatalog`. */
export type AgendaFirstMessages = Omit<AgendaMessages, DetailKey>;

/** An opened meeting's own texts. */
export type AgendaDetailMessages = Pick<AgendaMessages, DetailKey>;
