/**
 * A lokalsamfunnsutvalg's money — pure rules, no DOM: the year's sums (what
 * is left, the share granted), the grants in the order asked for, whether
 * applications can be sent, the years to choose between, and the link to the
 * meeting a grant was decided in.
 */
import type { Funds, Grant } from '../contract/schemas.js';
import { encodeSegment } from './encode.js';

export interface FundsSummary {
  budget: number;
  allocated: number;
  /** What is left to grant (negative when more than the budget was granted). */
  left: number;
  /** The share of the budget granted, 0–1 (1 when the budget is used up or exceeded, 0 with no budget). */
  share: number;
}

/** Kroner to øre and back, so sums of amounts with øre are exact. */
const cents = (kroner: number): number => Math.round(kroner * 100);

export function summarize(funds: Pick<Funds, 'budget' | 'allocated'>): FundsSummary {
  const { budget, allocated } = funds;
  const left = (cents(budget) - cents(allocated)) / 100;
  const share = budget > 0 ? Math.min(1, Math.max(0, allocated / budget)) : allocated > 0 ? 1 : 0;
  return { budget, allocated, left, share };
}

/** A year with nothing to show: no budget, no grants, no applications taken (the empty state). */
export function isEmptyYear(funds: Pick<Funds, 'budget' | 'grants' | 'applicationsOpen'>): boolean {
  return funds.budget === 0 && funds.grants.length === 0 && !funds.applicationsOpen;
}

/** The share as a whole percentage, never rounded up to 100 % before all is granted, nor down to 0 % once some is. */
export function percentGranted(summary: FundsSummary): number {
  const exact = summary.share * 100;
  const rounded = Math.round(exact);
  if (rounded === 100 && exact < 100) return 99;
  if (rounded === 0 && exact > 0) return 1;
  return rounded;
}

export type GrantSortKey = 'decided' | 'amount';
export type SortDirection = 'ascending' | 'descending';

export interface GrantSort {
  key: GrantSortKey;
  direction: SortDirection;
}

/** Newest first: the order the grants are shown in until the person sorts them. */
export const DEFAULT_SORT: GrantSort = { key: 'decided', direction: 'descending' };

/** The sort after a click on a column: the same column turns around; another starts with the newest or largest. */
export function nextSort(current: GrantSort, key: GrantSortKey): GrantSort {
  if (current.key !== key) return { key, direction: 'descending' };
  return { key, direction: current.direction === 'descending' ? 'ascending' : 'descending' };
}

/** The grants sorted (a new list); ties keep the API's order. */
export function sortGrants(grants: readonly Grant[], sort: GrantSort): Grant[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const value = (grant: Grant): number | string => (sort.key === 'amount' ? grant.amount : grant.decided);
  return grants
    .map((grant, index) => ({ grant, index }))
    .sort((a, b) => {
      const x = value(a.grant);
      const y = value(b.grant);
      return (x < y ? -sign : x > y ? sign : 0) || a.index - b.index;
    })
    .map(({ grant }) => grant);
}

/** Whether an application can be sent today: open, and the deadline (inclusive) not passed. */
export interface ApplicationWindow {
  open: boolean;
  deadline?: string;
}

export function applicationWindow(
  funds: Pick<Funds, 'applicationsOpen' | 'deadline'>,
  today: string,
): ApplicationWindow {
  const { deadline } = funds;
  const open = funds.applicationsOpen && (deadline === undefined || deadline >= today);
  return deadline === undefined ? { open } : { open, deadline };
}

/** The year asked for, when it is one (`year="2025"`); else `fallback` (this year). */
export function yearOf(value: unknown, fallback: number): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= 1900 && year <= 9999 ? year : fallback;
}

/**
 * The years to choose between, newest first: those the API says it has (and
 * the year shown); when it does not say, this year and the two before it.
 */
export function yearChoices(
  years: readonly number[] | undefined,
  shown: number | undefined,
  thisYear: number,
): number[] {
  const all = new Set(years?.length ? years : [thisYear, thisYear - 1, thisYear - 2]);
  if (shown !== undefined) all.add(shown);
  return [...all].filter((y) => Number.isInteger(y)).sort((a, b) => b - a);
}

/**
 * The link to the meeting a grant was decided in, in `<torg-agenda>`'s
 * terms: a template of the page that shows one meeting
 * (`<torg-agenda meeting="…">`), such as `/tofte/moter?meeting={id}`, where
 * `{id}` becomes the meeting's id, encoded (never a `URIError`, whatever the
 * API sent). No template, or one without `{id}`: no link. The caller checks
 * the result as any link (`safeHref`).
 */
export function meetingLink(template: string | undefined, meetingId: string | undefined): string | undefined {
  if (!template || !meetingId || !template.includes('{id}')) return undefined;
  return template.split('{id}').join(encodeSegment(meetingId));
}
