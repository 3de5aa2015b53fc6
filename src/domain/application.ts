/**
 * An application for a grant from a lokalsamfunnsutvalg — pure rules, no
 * DOM: the form's draft as typed, its checks (what blocks sending) and its
 * warnings (what does not), the budget lines and their total, the request
 * body of `POST /committees/{id}/applications`, and the mapping of a 422's
 * field paths (`budget.1.amount`) back to the form.
 */
import type { ApplicationRequest } from '../contract/schemas.js';
import type { FieldError } from '../contract/errors.js';
import { LONG_TEXT, SHORT_TEXT, checkText, isEmail, isPhone, parseKroner, type Problem } from './form.js';
import { inFormOrder, serverProblems } from './form-refused.js';

/** One line of the budget, as typed. */
export interface BudgetLineDraft {
  item: string;
  amount: string;
}

/** The application as the person typed it (amounts as text, so nothing typed is ever changed). */
export interface ApplicationDraft {
  applicant: string;
  organisation: string;
  email: string;
  phone: string;
  title: string;
  description: string;
  amount: string;
  lines: BudgetLineDraft[];
  consent: boolean;
}

/** The text fields, in the form's order. */
export const APPLICATION_TEXT_FIELDS = [
  'applicant',
  'organisation',
  'email',
  'phone',
  'title',
  'description',
  'amount',
] as const;

export type ApplicationTextField = (typeof APPLICATION_TEXT_FIELDS)[number];

/** Every field's id in the form's order (`lines.*.item` stands for each line's). */
export const APPLICATION_ORDER: readonly string[] = [
  ...APPLICATION_TEXT_FIELDS,
  'lines.*.item',
  'lines.*.amount',
  'consent',
];

/** At most this many budget lines. */
export const MAX_LINES = 20;

export function emptyApplication(): ApplicationDraft {
  return {
    applicant: '',
    organisation: '',
    email: '',
    phone: '',
    title: '',
    description: '',
    amount: '',
    lines: [],
    consent: false,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A draft with only what can be in one (for a draft read back from storage); `undefined` when nothing is left. */
export function cleanApplication(value: unknown): ApplicationDraft | undefined {
  if (!isRecord(value)) return undefined;
  const draft = emptyApplication();
  for (const field of APPLICATION_TEXT_FIELDS) draft[field] = text(value[field]);
  if (Array.isArray(value.lines)) {
    draft.lines = value.lines
      .filter(isRecord)
      .slice(0, MAX_LINES)
      .map((line) => ({ item: text(line.item), amount: text(line.amount) }));
  }
  draft.consent = value.consent === true;
  return isBlankApplication(draft) ? undefined : draft;
}

/** Whether the person has typed nothing (empty budget lines and the consent alone do not count). */
export function isBlankApplication(draft: ApplicationDraft): boolean {
  return (
    APPLICATION_TEXT_FIELDS.every((field) => draft[field].trim() === '') &&
    draft.lines.every((line) => !line.item.trim() && !line.amount.trim())
  );
}

/** Whether a budget line has anything in it (empty lines are not sent). */
function isUsed(line: BudgetLineDraft): boolean {
  return line.item.trim() !== '' || line.amount.trim() !== '';
}

/** The budget's total, over the lines with a readable amount. */
export function budgetTotal(lines: readonly BudgetLineDraft[]): number {
  let cents = 0;
  for (const line of lines) {
    const amount = parseKroner(line.amount);
    if (amount !== undefined && !Number.isNaN(amount)) cents += Math.round(amount * 100);
  }
  return cents / 100;
}

/** The checks before sending, in the form's order; an empty list means it can be sent. */
export function checkApplication(draft: ApplicationDraft): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, code: Problem['code'] | undefined): void => {
    if (code) problems.push({ field, code });
  };
  add('applicant', checkText(draft.applicant, { required: true }));
  add('organisation', checkText(draft.organisation));
  const email = draft.email.trim();
  add('email', !email ? 'required' : !isEmail(email) ? 'invalid' : checkText(email, { max: 254 }));
  add('phone', draft.phone.trim() && !isPhone(draft.phone) ? 'invalid' : undefined);
  add('title', checkText(draft.title, { required: true }));
  add('description', checkText(draft.description, { required: true, max: LONG_TEXT }));
  const amount = parseKroner(draft.amount);
  add('amount', amount === undefined ? 'required' : Number.isNaN(amount) || amount < 1 ? 'invalid' : undefined);
  draft.lines.forEach((line, i) => {
    if (!isUsed(line)) return;
    add(`lines.${i}.item`, checkText(line.item, { required: true, max: SHORT_TEXT }));
    const value = parseKroner(line.amount);
    add(`lines.${i}.amount`, value === undefined ? 'required' : Number.isNaN(value) ? 'invalid' : undefined);
  });
  add('consent', draft.consent ? undefined : 'required');
  return inFormOrder(problems, APPLICATION_ORDER);
}

/** What the person should know but may still send: asking for more than is left, or more than the budget's total. */
export interface ApplicationWarnings {
  /** The amount asked for is more than the committee has left this year (by how much). */
  overLeft?: number;
  /** The amount asked for is more than the budget lines add up to (by how much). */
  overBudget?: number;
}

export function applicationWarnings(draft: ApplicationDraft, left: number): ApplicationWarnings {
  const amount = parseKroner(draft.amount);
  if (amount === undefined || Number.isNaN(amount) || amount < 1) return {};
  const warnings: ApplicationWarnings = {};
  if (amount > left) warnings.overLeft = Math.round((amount - Math.max(0, left)) * 100) / 100;
  const total = budgetTotal(draft.lines);
  if (draft.lines.some(isUsed) && total > 0 && amount > total) {
    warnings.overBudget = Math.round((amount - total) * 100) / 100;
  }
  return warnings;
}

/**
 * The request body: texts trimmed, empty optional fields left out, the
 * budget's used lines (and `sentLines`: which line of the draft each sent
 * line is, to map a 422 back). Call only when `checkApplication` found nothing.
 */
export function applicationRequest(draft: ApplicationDraft): { body: ApplicationRequest; sentLines: number[] } {
  const optional = (value: string): string | undefined => value.trim() || undefined;
  const body: ApplicationRequest = {
    applicant: draft.applicant.trim(),
    email: draft.email.trim(),
    title: draft.title.trim(),
    description: draft.description.trim(),
    amount: parseKroner(draft.amount) ?? 0,
    consent: true,
  };
  const organisation = optional(draft.organisation);
  const phone = optional(draft.phone);
  if (organisation) body.organisation = organisation;
  if (phone) body.phone = phone;
  const sentLines: number[] = [];
  const budget: NonNullable<ApplicationRequest['budget']> = [];
  draft.lines.forEach((line, i) => {
    if (!isUsed(line)) return;
    sentLines.push(i);
    budget.push({ item: line.item.trim(), amount: parseKroner(line.amount) ?? 0 });
  });
  if (budget.length) body.budget = budget;
  return { body, sentLines };
}

/**
 * A 422's field errors on the form: `applicant`, `email`, … name their
 * fields; `budget.1.amount` names the second line *sent* — the draft's
 * used lines, in order (empty lines are not sent); the rest are for the
 * whole form.
 */
export function applicationServerProblems(
  errors: readonly FieldError[],
  draft: ApplicationDraft,
): { problems: Problem[]; other: string[] } {
  const { sentLines } = applicationRequest(draft);
  const fields = new Set<string>([...APPLICATION_TEXT_FIELDS, 'consent']);
  const map = (path: string): string | undefined => {
    const parts = path.split('.');
    const at = parts.indexOf('budget');
    if (at >= 0) {
      const line = sentLines[Number(parts[at + 1] ?? Number.NaN)];
      if (line === undefined) return undefined;
      return `lines.${line}.${parts[at + 2] === 'item' ? 'item' : 'amount'}`;
    }
    // "email", "/email", "application.email" all name the e-mail field.
    const name = parts[parts.length - 1] ?? '';
    return fields.has(name) ? name : undefined;
  };
  return serverProblems(errors, map, APPLICATION_ORDER, checkApplication(draft));
}

/** The draft with a budget line added (up to {@link MAX_LINES}). */
export function addLine(draft: ApplicationDraft): ApplicationDraft {
  if (draft.lines.length >= MAX_LINES) return draft;
  return { ...draft, lines: [...draft.lines, { item: '', amount: '' }] };
}

/** The draft without line `index`; the problems at later lines move up with them. */
export function removeLine(draft: ApplicationDraft, problems: readonly Problem[], index: number) {
  const lines = draft.lines.filter((_, i) => i !== index);
  const moved = problems.flatMap((problem): Problem[] => {
    const match = /^lines\.(\d+)\.(item|amount)$/.exec(problem.field);
    if (!match) return [problem];
    const at = Number(match[1]);
    if (at === index) return [];
    return [{ ...problem, field: `lines.${at > index ? at - 1 : at}.${match[2]}` }];
  });
  return { draft: { ...draft, lines }, problems: moved };
}
