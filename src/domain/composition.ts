/**
 * The composition check of a lokalsamfunnsutvalg (domain.md, "Lokalsamfunnsutvalg").
 *
 * Pure and language-independent: the result says, for each rule, whether it
 * is met, the counts, and for every member whether they count and why not
 * (as a {@link Reason}); the widget turns that into plain nb/nn/en sentences.
 *
 * - Seat rules: at least `min` regular members on the seat, optionally under
 *   an age limit measured at the start of the member's period (member `from`,
 *   else the term's `from`). Unknown age → "cannot be verified", not met.
 * - Gender balance: the statutory ladder for public committees (2–3: both
 *   genders; 4–5: ≥ 2 of each; 6–8: ≥ 3; 9: ≥ 4; more than 9: ≥ 40 %, rounded
 *   up), for the members (`kjonnsbalanse`) and, reported alongside, for the
 *   deputies. Unrecorded genders are counted and reported, never guessed.
 * - Who counts: `leder`, `nestleder` and `medlem` whose period (inclusive;
 *   a missing `from`/`to` is the term's) covers the reference date, when the
 *   date lies within the term. A `varamedlem` never fills a seat.
 *
 * Dates are `YYYY-MM-DD` strings, compared as strings.
 */
import type { Committee, CompositionRules, Gender, Member, Role } from '../contract/schemas.js';
import { isValidDate, parseDate } from './oslo-time.js';

/** The default rules of domain.md, used when a committee sends none. */
export const DEFAULT_RULES: CompositionRules = {
  seats: [
    { seat: 'ungdom', min: 2, maxAgeExclusive: 20 },
    { seat: 'velforening', min: 1 },
    { seat: 'naeringsliv', min: 1 },
    { seat: 'frivillighet', min: 1 },
    { seat: 'uavhengig', min: 1 },
  ],
  genderBalance: true,
};

/** The id of the members' gender-balance rule. */
export const GENDER_RULE = 'kjonnsbalanse';

/** The age the `youth` flag vouches for: "under 20". */
export const YOUTH_FLAG_AGE = 20;

/**
 * Why a member counts or not, for one rule.
 *
 * - `counts`: fills the seat (or is counted for gender balance).
 * - `deputy`: a `varamedlem`, who never fills a seat.
 * - `outside-term`: the reference date lies outside the committee's term.
 * - `not-started` / `ended`: the member's period does not cover the date.
 * - `too-old`: at or above the seat's age limit at the start of the period.
 * - `age-unknown`: no birth date and no youth flag that settles it.
 */
export type Reason = 'counts' | 'deputy' | 'outside-term' | 'not-started' | 'ended' | 'too-old' | 'age-unknown';

/** Whether a member sits on the committee on the reference date (any role). */
export type Presence = 'current' | 'outside-term' | 'not-started' | 'ended';

export interface MemberVerdict {
  id: string;
  name: string;
  role: Role;
  reason: Reason;
  counts: boolean;
  /** The member's effective period (the term's ends filled in). */
  from: string;
  to: string;
  /** Whole years at the start of the period, when the birth date is known. */
  age?: number;
}

export type RuleStatus = 'met' | 'missing' | 'unverified';

export interface SeatResult {
  kind: 'seat';
  /** The seat id (`ungdom`, `velforening`, …, or a committee's own). */
  id: string;
  ok: boolean;
  /** `met`; `missing`; or `unverified` when members of unknown age could make up the shortfall. */
  status: RuleStatus;
  required: number;
  actual: number;
  maxAgeExclusive?: number;
  /** Members whose age could not be checked. */
  unverified: number;
  /** Every member on this seat, deputies included, with their verdict. */
  members: MemberVerdict[];
}

export interface GenderCounts {
  kvinne: number;
  mann: number;
  annet: number;
  /** No recorded gender. */
  unknown: number;
}

export interface GenderVerdict {
  id: string;
  name: string;
  gender?: Gender;
  counts: boolean;
  reason: Reason;
}

export interface GenderResult {
  kind: 'gender';
  id: typeof GENDER_RULE;
  /** Whose balance: the regular members', or the deputies' (reported alongside). */
  group: 'members' | 'deputies';
  ok: boolean;
  status: Exclude<RuleStatus, 'unverified'>;
  /** The ladder's minimum of each gender for `n`. */
  required: number;
  /** The smaller of the counts of women and men. */
  actual: number;
  /** How many are counted (whatever their recorded gender). */
  n: number;
  counts: GenderCounts;
  /** Everyone of the group who sits on the reference date. */
  members: GenderVerdict[];
}

export type RuleResult = SeatResult | GenderResult;

export interface CompositionResult {
  /** Every rule met. (The deputies' gender balance is reported alongside, not part of `ok`.) */
  ok: boolean;
  /** The reference date. */
  date: string;
  /** Whether the date lies within the committee's term. */
  inTerm: boolean;
  /** Seat rules in the rules' order, then `kjonnsbalanse` when it applies. */
  rules: RuleResult[];
  /** The deputies' gender balance, when gender balance applies. */
  deputies?: GenderResult;
  /** Each member's presence on the reference date, in the data's order. */
  presence: { member: Member; presence: Presence; from: string; to: string }[];
}

/**
 * The statutory minimum of each gender for `n` members: 0 below 2; 2–3: 1;
 * 4–5: 2; 6–8: 3; 9: 4; more than 9: ceil(0.4 n), computed in whole numbers
 * (ceil(2n / 5)).
 */
export function genderBalanceMinimum(n: number): number {
  if (n < 2) return 0;
  if (n <= 3) return 1;
  if (n <= 5) return 2;
  if (n <= 8) return 3;
  if (n === 9) return 4;
  return Math.ceil((2 * n) / 5);
}

/**
 * Whole years from `birthDate` to `date`. A birthday on `date` counts (born
 * 2005-09-01 is 20 on 2025-09-01); someone born on 29 February turns a year
 * older on 1 March in other years. Negative when `date` is before the birth.
 */
export function ageOn(birthDate: string, date: string): number {
  const b = parseDate(birthDate);
  const d = parseDate(date);
  const beforeBirthday = d.month < b.month || (d.month === b.month && d.day < b.day);
  return d.year - b.year - (beforeBirthday ? 1 : 0);
}

/** Whether a member sits on the committee on `date`, and their effective period. */
export function presenceOf(
  member: Member,
  term: Committee['term'],
  date: string,
): { presence: Presence; from: string; to: string } {
  const from = member.from ?? term.from;
  const to = member.to ?? term.to;
  let presence: Presence = 'current';
  if (date < term.from || date > term.to) presence = 'outside-term';
  else if (date < from) presence = 'not-started';
  else if (date > to) presence = 'ended';
  return { presence, from, to };
}

/** Under the age limit at `start`: from the birth date, else the youth flag when it settles it. */
function ageVerdict(member: Member, start: string, limit: number): { reason: Reason; age?: number } {
  const birth = member.birthDate;
  if (birth && isValidDate(birth) && isValidDate(start) && birth <= start) {
    const age = ageOn(birth, start);
    return { reason: age < limit ? 'counts' : 'too-old', age };
  }
  // The flag says "under 20": proof for any limit of 20 or more; its absence of youth, for 20 or less.
  if (member.youth === true && limit >= YOUTH_FLAG_AGE) return { reason: 'counts' };
  if (member.youth === false && limit <= YOUTH_FLAG_AGE) return { reason: 'too-old' };
  return { reason: 'age-unknown' };
}

const REGULAR: ReadonlySet<Role> = new Set(['leder', 'nestleder', 'medlem']);

/** Whether a role fills seats (deputies never do). */
export function isRegular(role: Role): boolean {
  return REGULAR.has(role);
}

function checkGender(group: GenderResult['group'], people: { member: Member; presence: Presence }[]): GenderResult {
  const counts: GenderCounts = { kvinne: 0, mann: 0, annet: 0, unknown: 0 };
  const members: GenderVerdict[] = [];
  for (const { member, presence } of people) {
    if (presence !== 'current') continue;
    counts[member.gender ?? 'unknown']++;
    members.push({
      id: member.id,
      name: member.name,
      ...(member.gender ? { gender: member.gender } : {}),
      counts: true,
      reason: 'counts',
    });
  }
  const n = members.length;
  const required = genderBalanceMinimum(n);
  const actual = Math.min(counts.kvinne, counts.mann);
  const ok = actual >= required;
  return {
    kind: 'gender',
    id: GENDER_RULE,
    group,
    ok,
    status: ok ? 'met' : 'missing',
    required,
    actual,
    n,
    counts,
    members,
  };
}

/**
 * Checks a committee's composition on a reference date against its rules
 * (the committee's own `rules`, else {@link DEFAULT_RULES}).
 */
export function checkComposition(
  committee: Committee,
  date: string,
  rules: CompositionRules = committee.rules ?? DEFAULT_RULES,
): CompositionResult {
  const { term } = committee;
  const inTerm = date >= term.from && date <= term.to;
  const presence = committee.members.map((member) => ({ member, ...presenceOf(member, term, date) }));

  const results: RuleResult[] = rules.seats.map(({ seat, min, maxAgeExclusive }) => {
    const members: MemberVerdict[] = [];
    for (const { member, presence: p, from, to } of presence) {
      if (member.seat !== seat) continue;
      let verdict: { reason: Reason; age?: number } = { reason: 'counts' };
      if (!isRegular(member.role)) verdict = { reason: 'deputy' };
      else if (p !== 'current') verdict = { reason: p };
      else if (maxAgeExclusive !== undefined) verdict = ageVerdict(member, from, maxAgeExclusive);
      members.push({
        id: member.id,
        name: member.name,
        role: member.role,
        from,
        to,
        ...verdict,
        counts: verdict.reason === 'counts',
      });
    }
    const actual = members.filter((m) => m.counts).length;
    const unverified = members.filter((m) => m.reason === 'age-unknown').length;
    const required = Math.max(0, min);
    const ok = actual >= required;
    const status: RuleStatus = ok ? 'met' : actual + unverified >= required ? 'unverified' : 'missing';
    return {
      kind: 'seat',
      id: seat,
      ok,
      status,
      required,
      actual,
      ...(maxAgeExclusive !== undefined ? { maxAgeExclusive } : {}),
      unverified,
      members,
    };
  });

  let deputies: GenderResult | undefined;
  if (rules.genderBalance) {
    results.push(
      checkGender(
        'members',
        presence.filter((p) => isRegular(p.member.role)),
      ),
    );
    deputies = checkGender(
      'deputies',
      presence.filter((p) => !isRegular(p.member.role)),
    );
  }

  return {
    ok: results.every((r) => r.ok),
    date,
    inTerm,
    rules: results,
    ...(deputies ? { deputies } : {}),
    presence,
  };
}

// --- the roster -----------------------------------------------------------------------

/** A seat in the roster: the regular members who sit on it on the date, and its vacant places. */
export interface RosterSeat {
  seat: string;
  /** The chair first, then the vice chair, then the members (otherwise in the data's order). */
  members: Member[];
  /** Places below the seat's minimum that nobody fills (none outside the term). */
  vacant: number;
}

export interface Roster {
  /** The seats the rules name, then any other seat a sitting member holds; only those with a member or a vacancy. */
  seats: RosterSeat[];
  /** The deputies who sit on the date. */
  deputies: Member[];
  /** Everyone who does not sit on the date: former and future members (and all, outside the term). */
  others: Member[];
}

const ROLE_RANK: Record<Role, number> = { leder: 0, nestleder: 1, medlem: 2, varamedlem: 3 };

/** Who sits where on the check's date, seat by seat, with the vacancies the rules leave. */
export function rosterOf(
  committee: Committee,
  result: CompositionResult,
  rules: CompositionRules = committee.rules ?? DEFAULT_RULES,
): Roster {
  const current = result.presence.filter((p) => p.presence === 'current').map((p) => p.member);
  const regular = current.filter((m) => isRegular(m.role)).sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role]);
  const seats = [...new Set([...rules.seats.map((s) => s.seat), ...regular.map((m) => m.seat)])]
    .map((seat): RosterSeat => {
      const members = regular.filter((m) => m.seat === seat);
      const min = Math.max(0, ...rules.seats.filter((s) => s.seat === seat).map((s) => s.min));
      return { seat, members, vacant: result.inTerm ? Math.max(0, min - members.length) : 0 };
    })
    .filter((s) => s.members.length > 0 || s.vacant > 0);
  return {
    seats,
    deputies: current.filter((m) => !isRegular(m.role)),
    others: result.presence.filter((p) => p.presence !== 'current').map((p) => p.member),
  };
}

/**
 * The reference date of a check: `value` when it is a real `YYYY-MM-DD` date,
 * else `today` (and `unreadable` says what could not be read).
 */
export function referenceDate(value: string | undefined, today: string): { date: string; unreadable?: string } {
  const text = value?.trim() ?? '';
  if (isValidDate(text)) return { date: text };
  return text ? { date: today, unreadable: text } : { date: today };
}
