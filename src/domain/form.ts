/**
 * The rules every form of the widgets shares — pure, no DOM:
 *
 * - what can be wrong with a field, the checks of plain text, e-mail
 *   addresses, phone numbers and amounts in kroner as people type them;
 * - the problems a form shows and how they change while the person
 *   corrects them;
 * - where a submission is (being edited, on its way, failed, done);
 * - a form's draft as kept on the device, with the submission in flight, so
 *   a reload sends it again with the same key.
 *
 * Booking (`booking.ts`, `booking-flow.ts`), Stedskompass
 * (`stedskompass.ts`), the grant application (`application.ts`) and the
 * citizen's proposal (`proposal.ts`) are built on it. What only sending
 * needs — the problems in the form's order, a 422's field errors at the
 * form's fields, which failures are tried again — is in `form-refused.ts`,
 * so a form's first screen does not carry it.
 */
import { FORM_VERSION } from './form-keys.js';

// --- fields ----------------------------------------------------------------------

/**
 * What is wrong with a field: missing, not readable, too long, or refused by
 * the server for a reason these checks do not know (its words are kept).
 */
export type FieldProblem = 'required' | 'invalid' | 'tooLong' | 'rejected';

/** A problem at a field (`applicant`, `lines.2.amount`, …), in the order of the form. */
export interface Problem {
  field: string;
  code: FieldProblem;
  /** The server's own words, for `rejected`. */
  message?: string;
}

/** The longest texts the forms accept: a name or a title, and a description. */
export const SHORT_TEXT = 200;
export const LONG_TEXT = 4000;

/** The check of a plain text field: `required` when empty and required, `tooLong` over `max` characters. */
export function checkText(value: string, options: { required?: boolean; max?: number } = {}): FieldProblem | undefined {
  const text = value.trim();
  if (!text) return options.required ? 'required' : undefined;
  return text.length > (options.max ?? SHORT_TEXT) ? 'tooLong' : undefined;
}

const EMAIL = /^[^\s@]+@(?:[^\s@.]+\.)+[^\s@.]{2,}$/;

/** A plausible e-mail address: `name@domain.tld`, no spaces, one `@`, a top-level domain of 2+ characters. */
export function isEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}

/**
 * A phone number in Norwegian or international form: 8 digits
 * (`912 34 567`, `22 12 34 56`), optionally with `+47` or `0047`; or `+`/`00`
 * and a country code with 7–15 digits in all (E.164). Spaces, dashes, dots
 * and brackets between digits are allowed.
 */
export function isPhone(text: string): boolean {
  const trimmed = text.trim();
  if (!/^\(?\+?[\d\s\-.()]+$/.test(trimmed)) return false;
  const compact = trimmed.replace(/[\s\-.()]/g, '');
  return /^(?:(?:\+|00)47)?\d{8}$/.test(compact) || /^(?:\+|00)[1-9]\d{6,14}$/.test(compact);
}

/**
 * An amount in kroner as people write it: `25000`, `25 000`, `25 000 kr`,
 * `kr 25 000,-`, `NOK 25,000`, `25.000` (full stops or commas between
 * thousands), `1 250,50` or `1250.50` (øre). `undefined` when empty; `NaN` when it is not an amount.
 */
export function parseKroner(text: string): number | undefined {
  const compact = text
    .trim()
    .replace(/^(?:kr\.?|NOK)|(?:kr\.?|NOK)$|,-$/gi, '')
    .replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return text.trim() === '' ? undefined : Number.NaN;
  // Full stops or (in English) commas between thousands: `25.000`, `12,500`.
  if (/^\d{1,3}(?:\.\d{3})+$|^\d{1,3}(?:,\d{3})+$/.test(compact)) return Number(compact.replace(/[.,]/g, ''));
  const match = /^(\d{1,12})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return Number.NaN;
  const value = Number(`${match[1]}.${match[2] ?? '0'}`);
  return Math.round(value * 100) / 100;
}

// --- problems ----------------------------------------------------------------------

/**
 * The problems after a field changed: a field that had a problem is checked
 * again (its problem goes as soon as it is corrected, or changes in place);
 * fields without one get none while the person types.
 */
export function recheck(problems: readonly Problem[], field: string, now: readonly Problem[]): Problem[] {
  const index = problems.findIndex((p) => p.field === field);
  if (index < 0) return [...problems];
  const next = problems.filter((p) => p.field !== field);
  const again = now.find((p) => p.field === field);
  if (again) next.splice(index, 0, again);
  return next;
}

// --- sending ---------------------------------------------------------------------

export { isOnItsWay, phaseOnTheWay, type OnItsWay, type SubmitPhase } from './form-phase.js';

// --- drafts on the device ------------------------------------------------------------

/** A submission sent (or being sent): its key is reused while its body stays the same. */
export interface StoredSubmission<B> {
  key: string;
  body: B;
}

/** A form as kept on the device: what was typed, and the submission in flight when the page went away. */
export interface StoredForm<D, B> {
  draft: D;
  submission?: StoredSubmission<B>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a stored form: `clean` keeps what can be in its draft (`undefined`
 * when nothing is left). Anything unreadable — not JSON, another version,
 * bad values — gives `undefined`, never an exception. A submission is kept
 * only with its draft; the body is the API's to check.
 */
export function parseStoredForm<D, B>(
  text: string | null | undefined,
  clean: (value: unknown) => D | undefined,
): StoredForm<D, B> | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.v !== FORM_VERSION) return undefined;
  const draft = clean(value.draft);
  if (draft === undefined) return undefined;
  const submission = value.submission;
  if (isRecord(submission) && typeof submission.key === 'string' && submission.key && isRecord(submission.body)) {
    return { draft, submission: { key: submission.key, body: submission.body as B } };
  }
  return { draft };
}

export function serializeStoredForm<D, B>(form: StoredForm<D, B>): string {
  return JSON.stringify({ v: FORM_VERSION, ...form });
}
