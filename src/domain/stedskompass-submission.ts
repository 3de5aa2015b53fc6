/**
 * Sending a Stedskompass answer — pure rules, no DOM: the checks before
 * sending, the request body of `POST /stedskompass/responses`, where a
 * submission is (its phases, which failures are tried again), what an
 * input does to the problems shown, and the mapping of a 422 problem's
 * field paths (`answers.3.good`) back to the theme and field they name.
 */
import { isTorgError } from '../contract/errors.js';
import type { StedskompassResponse } from '../contract/schemas.js';
import { TEXT_FIELDS, TEXT_LIMIT, isScore, type Draft, type DraftChange, type TextField } from './stedskompass.js';
import { THEMES, type ThemeId } from '../contract/ids.js';

/** The request body: scored themes in survey order, texts trimmed, empty ones left out. */
export function buildResponse(area: string, draft: Draft): StedskompassResponse {
  const answers: StedskompassResponse['answers'] = [];
  for (const theme of THEMES) {
    const entry = draft.answers[theme];
    if (!entry || !isScore(entry.score)) continue;
    const answer: StedskompassResponse['answers'][number] = { theme, score: entry.score };
    for (const field of TEXT_FIELDS) {
      const text = entry[field]?.trim();
      if (text) answer[field] = text;
    }
    answers.push(answer);
  }
  return { area, answers, ...(draft.ageGroup ? { ageGroup: draft.ageGroup } : {}) };
}

/** The person's own scores by theme (for the compass after sending). */
export function scoresOf(body: StedskompassResponse): Partial<Record<ThemeId, number>> {
  return Object.fromEntries(body.answers.map((a) => [a.theme, a.score]));
}

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

/** The checks before sending; an empty list means the draft can be sent. */
export function checkDraft(draft: Draft): Problem[] {
  const problems: Problem[] = [];
  let scored = 0;
  for (const theme of THEMES) {
    const entry = draft.answers[theme];
    if (!entry) continue;
    if (isScore(entry.score)) scored++;
    else if (entry.good?.trim() || entry.improve?.trim()) problems.push({ code: 'needs-score', theme, field: 'score' });
    for (const field of TEXT_FIELDS) {
      const over = (entry[field]?.trim().length ?? 0) - TEXT_LIMIT;
      if (over > 0) problems.push({ code: 'too-long', theme, field, over });
    }
  }
  if (scored === 0) problems.unshift({ code: 'none' });
  return problems;
}

/**
 * Maps a 422 problem's field errors to the survey: `answers.3.good` names the
 * fourth answer *sent* — its theme comes from the body — and its field.
 * `ageGroup` maps to the age question; anything else is for the whole form.
 */
export function mapFieldErrors(
  errors: readonly { field: string; message: string }[],
  body: StedskompassResponse,
): Problem[] {
  return errors.map(({ field, message }) => {
    const match = /^answers[.[](\d+)\]?(?:\.(\w+))?/.exec(field);
    const theme = match ? body.answers[Number(match[1])]?.theme : undefined;
    const part = match?.[2];
    if (theme) {
      const known = part === 'good' || part === 'improve' ? part : 'score';
      return { code: 'server', theme, field: known, message };
    }
    return field === 'ageGroup' ? { code: 'server', field: 'ageGroup', message } : { code: 'server', message };
  });
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
 * Where a submission is: being edited, on its way (sending, trying again,
 * waiting for the network), failed (the draft kept), or done.
 */
export type SubmitPhase = 'edit' | OnItsWay | 'failed' | 'done';

/** The phases of answers on their way. */
export type OnItsWay = 'sending' | 'retrying' | 'offline';

/** Whether the answers are on their way: the form is read-only and another send does nothing. */
export function isOnItsWay(phase: SubmitPhase): phase is OnItsWay {
  return phase === 'sending' || phase === 'retrying' || phase === 'offline';
}

/** The phase of answers on their way: waiting while the browser is offline, else sending (or, after a failed attempt, trying again). */
export function phaseOnTheWay(online: boolean, retry = false): SubmitPhase {
  if (!online) return 'offline';
  return retry ? 'retrying' : 'sending';
}

/**
 * Besides network errors and time-outs, these answers are tried again (with
 * the same `Idempotency-Key`, so the answers are stored once).
 */
export const RETRY_STATUSES: readonly number[] = [500, 502, 503, 504];

/**
 * The problems still shown after an input: the changed field's own problem
 * goes (the checks run again on sending), and so does "answer at least one"
 * once a theme gets a score.
 */
export function problemsAfterInput(problems: readonly Problem[], change: Omit<DraftChange, 'draft'>): Problem[] {
  const { theme, field } = change;
  return problems.filter((p) => !(p.theme === theme && p.field === field) && !(p.code === 'none' && field === 'score'));
}

/**
 * What the API refused of a sent body, at the fields (a 422 with field
 * errors); an empty list for any other failure, which keeps the draft and
 * is reported as "not sent".
 */
export function refusedFields(error: unknown, body: StedskompassResponse): Problem[] {
  return isTorgError(error) && error.kind === 'validation' ? mapFieldErrors(error.fieldErrors, body) : [];
}
