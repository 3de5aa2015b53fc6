/**
 * Sending a Stedskompass answer — pure rules, no DOM: the checks before
 * sending, the request body of `POST /stedskompass/responses`, and the
 * mapping of a 422 problem's field paths (`answers.3.good`) back to the
 * theme and field they name (which failures are tried again is every
 * form's: `form.ts`).
 *
 * Only sending needs these: they come with it (`parts/sending.ts`, a chunk
 * fetched when the person starts answering), not with the form. The
 * problems, the form's fields and the phases of a submission, which the
 * form shows, are in `stedskompass.ts`.
 */
import type { StedskompassResponse } from '../contract/schemas.js';
import { refusedFieldErrors } from './form-refused.js';
import { TEXT_FIELDS, TEXT_LIMIT, isScore, type Draft, type Problem } from './stedskompass.js';
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
 * What the API refused of a sent body, at the fields (a 422 with field
 * errors); an empty list for any other failure, which keeps the draft and
 * is reported as "not sent".
 */
export function refusedFields(error: unknown, body: StedskompassResponse): Problem[] {
  return mapFieldErrors(refusedFieldErrors(error), body);
}
