/**
 * Stedskompass (the Place Standard survey) — pure rules, no DOM:
 *
 * - the 14 themes in their fixed order, the 1–7 scale and the age groups;
 * - the draft a person builds while answering, the draft after each input
 *   of the form, and its (de)serialisation for `localStorage` (anything
 *   unreadable is dropped, never thrown);
 * - what the form shows of sending: the problems to fix (at which field,
 *   which go away with an input). Where a submission is (its phases) is
 *   every form's (`form.ts`).
 *
 * Sending itself (checks, request body, retries, 422 mapping) is in
 * `stedskompass-submission.ts`, reading results and the chart's geometry in
 * `compass.ts`: the survey loads them only when it needs them. Kept free of
 * valibot and the API client. The themes and age groups are the contract's
 * (`contract/ids.ts`).
 */
import { AGE_GROUPS, THEMES, type AgeGroup, type ThemeId } from '../contract/ids.js';
import type { StedskompassAnswer, StedskompassResponse } from '../contract/schemas.js';

/** 1 = a lot to improve … 7 = little to improve. */
export type Score = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const SCORES: readonly Score[] = [1, 2, 3, 4, 5, 6, 7];

/** The longest text the API takes in `good` and `improve`. */
export const TEXT_LIMIT = 1000;

export type TextField = 'good' | 'improve';
export const TEXT_FIELDS: readonly TextField[] = ['good', 'improve'];

/** One theme as the person left it: a score, "don't know / skip", and the two texts. */
export interface ThemeDraft {
  score?: Score | 'skip';
  good?: string;
  improve?: string;
}

/** A sent (or being sent) submission: its key is reused while the body stays the same. */
export interface DraftSubmission {
  key: string;
  body: StedskompassResponse;
}

export interface Draft {
  answers: Partial<Record<ThemeId, ThemeDraft>>;
  ageGroup?: AgeGroup;
  /** The submission in flight when the page went away, so a resend reuses its key. */
  submission?: DraftSubmission;
}

const DRAFT_VERSION = 1;

/** The `localStorage` key of an area's draft. */
export function draftKey(area: string): string {
  return `torg-stedskompass:v${DRAFT_VERSION}:${area}`;
}

export function isTheme(value: unknown): value is ThemeId {
  return (THEMES as readonly unknown[]).includes(value);
}

export function isScore(value: unknown): value is Score {
  return (SCORES as readonly unknown[]).includes(value);
}

export function isAgeGroup(value: unknown): value is AgeGroup {
  return (AGE_GROUPS as readonly unknown[]).includes(value);
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A theme draft without what is not valid; `undefined` when nothing is left. */
function cleanTheme(value: unknown): ThemeDraft | undefined {
  if (!isRecord(value)) return undefined;
  const theme: ThemeDraft = {};
  if (isScore(value.score) || value.score === 'skip') theme.score = value.score;
  for (const field of TEXT_FIELDS) {
    const text = value[field];
    if (typeof text === 'string' && text !== '') theme[field] = text;
  }
  return Object.keys(theme).length > 0 ? theme : undefined;
}

/** A draft with only valid parts (themes, scores, texts, age group, submission). */
export function cleanDraft(value: unknown): Draft {
  const draft: Draft = { answers: {} };
  if (!isRecord(value)) return draft;
  const answers = isRecord(value.answers) ? value.answers : {};
  for (const theme of THEMES) {
    const clean = cleanTheme(answers[theme]);
    if (clean) draft.answers[theme] = clean;
  }
  if (isAgeGroup(value.ageGroup)) draft.ageGroup = value.ageGroup;
  const submission = value.submission;
  if (isRecord(submission) && typeof submission.key === 'string' && submission.key) {
    const body = readBody(submission.body);
    if (body) draft.submission = { key: submission.key, body };
  }
  return draft;
}

/**
 * A stored request body, read back only when it is one that could have been
 * sent (an area, one or more scored themes, texts, an age group); else the
 * submission is dropped and the next send makes a new one.
 */
function readBody(value: unknown): StedskompassResponse | undefined {
  if (!isRecord(value)) return undefined;
  const { area, answers, ageGroup } = value;
  if (typeof area !== 'string' || !area || !Array.isArray(answers) || !answers.length) return undefined;
  if (ageGroup !== undefined && !isAgeGroup(ageGroup)) return undefined;
  const read: StedskompassAnswer[] = [];
  for (const entry of answers as unknown[]) {
    if (!isRecord(entry) || !isTheme(entry.theme) || !isScore(entry.score)) return undefined;
    const answer: StedskompassAnswer = { theme: entry.theme, score: entry.score };
    for (const field of TEXT_FIELDS) {
      const text = entry[field];
      if (typeof text === 'string') answer[field] = text;
      else if (text !== undefined) return undefined;
    }
    read.push(answer);
  }
  return { area, answers: read, ...(ageGroup ? { ageGroup } : {}) };
}

/** Reads a stored draft; anything unreadable (not JSON, another version, bad values) gives an empty draft. */
export function parseDraft(text: string | null | undefined): Draft {
  if (!text) return { answers: {} };
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) && value.v === DRAFT_VERSION ? cleanDraft(value) : { answers: {} };
  } catch {
    return { answers: {} };
  }
}

export function serializeDraft(draft: Draft): string {
  return JSON.stringify({ v: DRAFT_VERSION, ...cleanDraft(draft) });
}

/** Whether the draft holds nothing the person gave. */
export function isBlank(draft: Draft): boolean {
  return Object.keys(cleanDraft(draft).answers).length === 0 && draft.ageGroup === undefined;
}

/** Themes the person has dealt with: scored or skipped ("3 av 14 besvart"). */
export function answeredCount(draft: Draft): number {
  return THEMES.filter((theme) => draft.answers[theme]?.score !== undefined).length;
}

/** The draft with one theme changed (empty texts dropped); the input is not modified. */
export function withTheme(draft: Draft, theme: ThemeId, change: Partial<ThemeDraft>): Draft {
  const next = cleanTheme({ ...draft.answers[theme], ...change });
  const answers = { ...draft.answers };
  if (next) answers[theme] = next;
  else delete answers[theme];
  return { ...draft, answers };
}

/** What one input of the form changed: the new draft, and the theme and field it was about. */
export interface DraftChange {
  draft: Draft;
  theme?: ThemeId;
  field: 'score' | TextField | 'ageGroup';
}

/**
 * The draft after an input of the form, named `score:<theme>`,
 * `good:<theme>`, `improve:<theme>` or `age`; `undefined` for any other
 * name (or an unknown theme). The input draft is not modified.
 */
export function applyInput(draft: Draft, name: string, value: string): DraftChange | undefined {
  const [kind, theme] = name.split(':');
  if (kind === 'age') {
    const { ageGroup: _old, ...rest } = draft;
    return { draft: isAgeGroup(value) ? { ...rest, ageGroup: value } : rest, field: 'ageGroup' };
  }
  if (!isTheme(theme) || (kind !== 'score' && kind !== 'good' && kind !== 'improve')) return undefined;
  const change = kind !== 'score' ? value : value === 'skip' ? 'skip' : Number(value);
  return { draft: withTheme(draft, theme, { [kind]: change }), theme, field: kind };
}

// --- what the form shows of sending ---------------------------------------------

/**
 * Something to fix before (or after) sending, at a field or for the whole form:
 * - `none`: no theme has a score;
 * - `too-long`: a text is over {@link TEXT_LIMIT} (`over` characters too many);
 * - `needs-score`: a theme has text but no score, so its text could not be sent;
 * - `server`: the API refused a field (422), with its message.
 */
export interface Problem {
  code: 'none' | 'too-long' | 'needs-score' | 'server';
  theme?: ThemeId;
  field?: 'score' | TextField | 'ageGroup';
  over?: number;
  message?: string;
}

/**
 * The id of a problem's field in the form (`good-moving-around`, `theme-…`,
 * `age`); "answer at least one" points at the first theme; `undefined` for
 * a problem with the form as a whole.
 */
export function problemTarget(problem: Problem): string | undefined {
  if (problem.field === 'ageGroup') return 'age';
  if (problem.code === 'none') return `theme-${THEMES[0]}`;
  if (!problem.theme) return undefined;
  return `${problem.field === 'good' || problem.field === 'improve' ? problem.field : 'theme'}-${problem.theme}`;
}

/**
 * The problems still shown after an input: the changed field's own problem
 * goes (the checks run again on sending), and so does "answer at least one"
 * once a theme gets a score.
 */
export function problemsAfterInput(problems: readonly Problem[], change: Omit<DraftChange, 'draft'>): Problem[] {
  const { theme, field } = change;
  return problems.filter((p) => !(p.theme === theme && p.field === field) && !(p.code === 'none' && field === 'score'));
}
