import type { Role } from '../../../contract/schemas.js';
import type { GenderResult, MemberVerdict, SeatResult } from '../../../domain/composition.js';

/** Writes a `YYYY-MM-DD` date in the widget's language ("1. september 2025"). */
export type DateText = (date: string) => string;

/** The texts of `<torg-committee>`, in every language. */
export interface CommitteeMessages {
  /** Readable seat names (group headings); unknown seats are shown by their id. */
  seats: Record<string, string>;
  roles: Record<Role, string>;
  term: string;
  legalBasis: string;
  secretariat: string;
  /** Heading of the roster. */
  members: string;
  deputies: string;
  /** Members who do not sit on the reference date. */
  others: string;
  vacant: string;
  /** A member's period when it differs from the term. */
  period: (from: string, to: string) => string;
  /** Heading of the check. */
  check: string;
  checkedOn: (date: string) => string;
  /** "Alle kravene er oppfylt" / "2 av 6 krav er ikke oppfylt". */
  summary: (notMet: number, total: number) => string;
  /** Under the summary, when the deputies' gender balance (reported alongside the rules) is not met. */
  deputiesNotMet: string;
  status: { met: string; missing: string; unverified: string };
  /** The name of a seat rule: "Ungdom under 20 år". */
  seatRule: (seat: string, maxAgeExclusive?: number) => string;
  genderRule: string;
  deputiesGenderRule: string;
  /** The plain sentence of a seat rule ("Mangler 1 representant under 20 år (har 1, krever 2)"). */
  seatMessage: (result: SeatResult) => string;
  /** The plain sentence of a gender-balance check (members or deputies); `unknownNames` lists those without a recorded gender. */
  genderMessage: (result: GenderResult, unknownNames: string) => string;
  /** "Teller ikke:" before the members who do not count. */
  notCounted: string;
  /** Why a member does not count. */
  reason: (verdict: MemberVerdict, date: DateText, maxAgeExclusive?: number) => string;
  /** The reference date lies outside the term. */
  outsideTerm: (date: string) => string;
  /** Some members could not be read, so the check may be incomplete. */
  incomplete: (count: number) => string;
  /** The `date` attribute cannot be read; today is used. */
  badDate: (value: string) => string;
  /** The committee id is unknown to the API. */
  notFound: (id: string) => string;
  /** The committee has no members. */
  empty: (name: string) => string;
}
