/**
 * The texts of `<torg-tilskudd>`: the year's money, the grants, the
 * guidelines, and the application form (loaded when asked for), in every
 * language. Amounts come formatted (`formatKroner`), dates too
 * (`formatDate`).
 */
import type { ApplicationTextField } from '../../../domain/application.js';
import type { FieldProblem } from '../../../domain/form.js';
import type { GrantSortKey, SortDirection } from '../../../domain/funds.js';

export interface TilskuddMessages {
  /** The heading: "Utvalgets midler i 2026". */
  title: (year: number) => string;
  /** The year switch's label: "Vis år". */
  yearLabel: string;
  /** The three sums. */
  budget: string;
  allocated: string;
  left: string;
  /** Under the bar: "30 % av budsjettet er tildelt, 176 249,50 kr er igjen." */
  share: (percent: number, left: string) => string;
  /** More granted than the budget: "Utvalget har tildelt 20 000 kr mer enn budsjettet." */
  overspent: (over: string) => string;
  /** "2 søknader er til behandling." */
  pending: (count: number) => string;
  /** The grants' heading: "Tildelinger i 2026". */
  grants: (year: number) => string;
  /** No grant this year (or that year): "Ingen tildelinger ennå i 2026." / "Ingen tildelinger i 2024." */
  noGrants: (year: number, thisYear: boolean) => string;
  /** A year with no budget and no grants (the empty state). */
  emptyYear: (year: number, thisYear: boolean) => string;
  /** `GET /committees/{id}/funds` answered 404. */
  unknownCommittee: (id: string) => string;
  /** The columns. */
  recipient: string;
  purpose: string;
  amount: string;
  decided: string;
  /** The sum row under the grants. */
  total: string;
  /** A sort button's hidden words, and what is read out after sorting: "Sortert etter beløp, størst først". */
  sortBy: (key: GrantSortKey) => string;
  sorted: (key: GrantSortKey, direction: SortDirection) => string;
  /** "Sak 12/26" under the date. */
  caseNumber: (number: string) => string;
  /** The link's hidden words after the date: "(møtet der tilskuddet ble vedtatt)". */
  meetingLink: string;
  /** The guidelines' heading, the adoption date, the criteria's heading. */
  guidelines: string;
  adopted: (date: string) => string;
  criteria: string;
  // --- applying ---
  /** The applying section's heading: "Søk om midler". */
  apply: string;
  /** "Søknadsfristen er 2. januar 2027." */
  deadline: (date: string) => string;
  /** Applications are open without a deadline. */
  noDeadline: string;
  /** The button that opens the form. */
  openForm: string;
  /** Applications closed (this year): with the deadline when there was one. */
  closed: (deadline: string | undefined) => string;
  // --- the form ---
  formTitle: string;
  /** What happens to an application: decided in a meeting after the deadline, answer by e-mail. */
  process: (deadline: string | undefined) => string;
  saved: string;
  restored: string;
  applicantGroup: string;
  projectGroup: string;
  labels: Record<ApplicationTextField, string>;
  emailHint: string;
  phoneHint: string;
  descriptionHint: string;
  /** Under the amount: "Utvalget har 176 249,50 kr igjen i 2026." */
  amountHint: (left: string, year: number) => string;
  /** Asking for more than is left: a warning, sending is still allowed. */
  overLeft: (over: string) => string;
  /** Asking for more than the budget lines add up to. */
  overBudget: (over: string) => string;
  budgetLines: string;
  budgetHint: string;
  lineItem: (n: number) => string;
  lineAmount: (n: number) => string;
  addLine: string;
  removeLine: (n: number) => string;
  /** "Sum av budsjettet: 18 500 kr". */
  budgetTotal: (total: string) => string;
  optional: string;
  consentLegend: string;
  consentText: string;
  consentLabel: string;
  /** The problem at a field; a budget line's fields are `item` and `lineAmount`. */
  problem: (field: ApplicationTextField | 'item' | 'lineAmount' | 'consent', problem: FieldProblem) => string;
  /** The summary's heading: "Rett opp 3 ting før du sender". */
  summaryTitle: (count: number) => string;
  /** A budget line's problem in the summary: "Budsjettlinje 2: …". */
  lineProblem: (n: number, text: string) => string;
  send: string;
  sending: string;
  retrying: string;
  offline: string;
  failed: string;
  // --- received ---
  received: string;
  reference: string;
  /** What happens next, with the deadline and the e-mail the answer goes to. */
  next: (deadline: string | undefined, email: string) => string;
  another: string;
}

/** The keys of the first screen (the sums, the grants, the guidelines, applying's section): their bokmål is in `nb.ts`. */
type FirstScreenKey = {
  [K in keyof TilskuddMessages]: K extends FormKey ? never : K;
}[keyof TilskuddMessages];

/** The application form's keys (`formTitle` … `another`): their bokmål comes with the form's chunk (`nb-form.ts`). */
type FormKey =
  | 'formTitle'
  | 'process'
  | 'saved'
  | 'restored'
  | 'applicantGroup'
  | 'projectGroup'
  | 'labels'
  | 'emailHint'
  | 'phoneHint'
  | 'descriptionHint'
  | 'amountHint'
  | 'overLeft'
  | 'overBudget'
  | 'budgetLines'
  | 'budgetHint'
  | 'lineItem'
  | 'lineAmount'
  | 'addLine'
  | 'removeLine'
  | 'budgetTotal'
  | 'optional'
  | 'consentLegend'
  | 'consentText'
  | 'consentLabel'
  | 'problem'
  | 'summaryTitle'
  | 'lineProblem'
  | 'send'
  | 'sending'
  | 'retrying'
  | 'offline'
  | 'failed'
  | 'received'
  | 'reference'
  | 'next'
  | 'another';

/** The first screen's texts: their bokmål comes in the element's file. */
export type TilskuddFirstMessages = Pick<TilskuddMessages, FirstScreenKey>;

/** The application form's texts: their bokmål comes with the form's chunk. */
export type TilskuddFormMessages = Pick<TilskuddMessages, FormKey>;
