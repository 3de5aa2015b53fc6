/**
 * Sending the survey, loaded on demand (a lazy chunk, fetched as soon as the
 * person starts answering, so it is there when the network is not): the
 * checks, `POST /stedskompass/responses` with one `Idempotency-Key` per
 * submission, retries with backoff, waiting for the network, the mapping of
 * a 422 problem to the fields, and the views that go with it (the error
 * summary, the sending status).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { postStedskompassResponse, type ApiContext } from '../../../core/api.js';
import { isTorgError } from '../../../contract/errors.js';
import { submissionFor } from '../../../core/idempotency.js';
import {
  buildResponse,
  checkDraft,
  mapFieldErrors,
  problemTarget,
  scoresOf,
  type Problem,
} from '../../../domain/stedskompass-submission.js';
import { TEXT_LIMIT, type Draft } from '../../../domain/stedskompass.js';
import { THEMES, type ThemeId } from '../../../contract/ids.js';
import type { StedskompassMessages } from '../messages/types.js';
import { sendCatalog, type SendMessages } from './messages/index.js';

export { sendCatalog as catalog };
export const catalogs = [sendCatalog];
export { styles } from './send.styles.js';

/** Where a submission is: being edited, on its way (sending, retrying, waiting for the network), failed, or done. */
export type SubmitPhase = 'edit' | 'sending' | 'retrying' | 'offline' | 'failed' | 'done';

/** What sending needs of the element. */
export interface SendHost {
  readonly area: string;
  readonly draft: Draft;
  /** Keeps the draft (here: with the submission's key, so a reload resends with the same key). */
  setDraft(draft: Draft): void;
  setPhase(phase: SubmitPhase): void;
  /** The API context; throws a `config` error when there is no usable base. */
  api(): ApiContext;
}

export type SendOutcome =
  /** Nothing sent (the checks) or refused by the API (422): what to fix. */
  | { kind: 'problems'; problems: Problem[] }
  | { kind: 'sent'; id: string; own: Partial<Record<ThemeId, number>> }
  /** Not sent after the retries, or another error; the draft is kept. */
  | { kind: 'failed'; error: unknown };

/** Network errors, time-outs and these statuses are retried (the API client's backoff). */
const RETRY_STATUSES = [500, 502, 503, 504];

export async function send(host: SendHost): Promise<SendOutcome> {
  const problems = checkDraft(host.draft);
  if (problems.length) return { kind: 'problems', problems };
  const body = buildResponse(host.area, host.draft);
  host.setPhase(navigator.onLine === false ? 'offline' : 'sending');
  try {
    // The same body as the last attempt (a retry, a reload) keeps its key; a changed one gets a new key.
    const submission = submissionFor(host.draft.submission, body);
    host.setDraft({ ...host.draft, submission });
    const { id } = await postStedskompassResponse(host.api(), body, {
      idempotencyKey: submission.key,
      retryStatuses: RETRY_STATUSES,
      waitForOnline: true,
      onRetry: () => host.setPhase(navigator.onLine === false ? 'offline' : 'retrying'),
    });
    return { kind: 'sent', id, own: scoresOf(body) };
  } catch (error) {
    const refused = isTorgError(error) && error.kind === 'validation' ? mapFieldErrors(error.fieldErrors, body) : [];
    return refused.length ? { kind: 'problems', problems: refused } : { kind: 'failed', error };
  }
}

/** A problem in plain words (the API's own words only when there are none better). */
export function problemText(problem: Problem, draft: Draft, t: SendMessages): string {
  const { code, theme, field } = problem;
  if (code === 'none') return t.none;
  if (code === 'needs-score') return t.needsScore;
  const text = theme && (field === 'good' || field === 'improve') ? draft.answers[theme]?.[field] : undefined;
  const over = problem.over ?? (text?.trim().length ?? 0) - TEXT_LIMIT;
  return over > 0 ? t.tooLong(over) : `${t.refused} ${problem.message ?? ''}`;
}

/** The list of problems at the top of the form, each a link to its field. */
export function renderSummary(
  problems: readonly Problem[],
  draft: Draft,
  t: SendMessages,
  survey: StedskompassMessages,
  onJump: (event: Event) => void,
): TemplateResult {
  return html`<div class="summary" part="error-summary" tabindex="-1">
    <h3>${t.fix}</h3>
    <ul>
      ${problems.map((problem) => {
        const target = problemTarget(problem);
        const theme = problem.theme
          ? `${survey.themes[THEMES.indexOf(problem.theme)]?.[0]}: `
          : problem.field === 'ageGroup'
            ? `${survey.age}: `
            : '';
        const field = problem.field === 'good' || problem.field === 'improve' ? `${survey[problem.field]} ` : '';
        const text = `${theme}${field}${problemText(problem, draft, t)}`;
        return html`<li>
          ${target ? html`<a href="#${target}" data-target=${target} @click=${onJump}>${text}</a>` : text}
        </li>`;
      })}
    </ul>
  </div>`;
}

/** Sending, trying again, waiting for the network; or why it failed. */
export function renderStatus(phase: SubmitPhase, t: SendMessages, failure: string | undefined): unknown {
  if (phase === 'failed') {
    return html`<div class="notice error" part="notice"><p class="text">${t.failed} ${failure ?? ''}</p></div>`;
  }
  return phase === 'sending' || phase === 'retrying' || phase === 'offline'
    ? html`<p class="status" part="status"><span class="spinner" aria-hidden="true"></span>${t[phase]}</p>`
    : nothing;
}

/** The thanks after sending (the results follow). */
export function renderThanks(t: SendMessages): TemplateResult {
  return html`<div class="thanks" part="thanks">
    <h2 tabindex="-1">${t.thanks}</h2>
    <p>${t.thanksText}</p>
  </div>`;
}
