/**
 * The texts of `<torg-innspill>`, in every language: the form, what happens
 * to a proposal, sending and the thanks. Dates and times come formatted.
 */
import type { FieldProblem } from '../../../domain/form.js';
import type { ProposalTextField } from '../../../domain/proposal.js';

export interface InnspillMessages {
  /** The heading: "Send et innspill til Lokalsamfunnsutvalget på Tofte". */
  title: (committee: string) => string;
  intro: string;
  saved: string;
  restored: string;
  labels: Record<ProposalTextField, string>;
  descriptionHint: string;
  placeHint: string;
  /** The group with the name and the e-mail address, and what leaving them out means. */
  aboutYou: string;
  aboutYouHint: string;
  emailHint: string;
  /** Said when neither a name nor an e-mail address is given. */
  anonymous: string;
  optional: string;
  consentLegend: string;
  consentText: string;
  consentLabel: string;
  problem: (field: ProposalTextField | 'consent', problem: FieldProblem) => string;
  summaryTitle: (count: number) => string;
  send: string;
  sending: string;
  retrying: string;
  offline: string;
  failed: string;
  /** What happens next: the council decides; its meetings are public. */
  nextTitle: string;
  nextText: string;
  /** "Neste møte er tirsdag 12. januar kl. 18.00 på Tofte innbyggertorg." */
  nextMeeting: (date: string, time: string, place: string) => string;
  noMeeting: string;
  agendaLink: string;
  /** `GET /committees/{id}` answered 404. */
  unknownCommittee: (id: string) => string;
  // --- received ---
  received: string;
  reference: string;
  /** Sent without name and e-mail: the council cannot answer. */
  receivedAnonymous: string;
  /** With an e-mail address the council can answer there; with a name only, it knows who wrote. */
  receivedReply: (email: string | undefined) => string;
  another: string;
}

/** What only comes after the form is used (its problems, sending, the thanks): their bokmål comes with `parts/after.ts`. */
type AfterKey =
  | 'problem'
  | 'summaryTitle'
  | 'sending'
  | 'retrying'
  | 'offline'
  | 'failed'
  | 'received'
  | 'reference'
  | 'receivedAnonymous'
  | 'receivedReply'
  | 'another';

/** The form's texts: their bokmål comes in the element's file. */
export type InnspillFirstMessages = Omit<InnspillMessages, AfterKey>;

/** What comes after the form is used: its bokmål comes with its chunk. */
export type InnspillAfterMessages = Pick<InnspillMessages, AfterKey>;
