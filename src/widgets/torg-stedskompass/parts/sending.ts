/**
 * Sending the answers — a part of the view fetched when the person starts
 * answering (or a draft is brought back), so it is there when the network
 * is not, and the form shows without it. With it come the API client and
 * what sending alone shows:
 *
 * - the checks, the request body and its submission (one `Idempotency-Key`
 *   per submission, reused while the body stays the same: a retry, a
 *   reload);
 * - `POST /stedskompass/responses`: network errors and 5xx answers tried
 *   again, waiting while the browser is offline; what the API refused at
 *   the fields;
 * - the error summary, the sending status and the thanks, with their styles.
 */
import { html, type TemplateResult } from 'lit';
import { THEMES } from '../../../contract/ids.js';
import type { StedskompassResponse } from '../../../contract/schemas.js';
import type { ApiContext } from '../../../core/api/client.js';
import { postStedskompassResponse } from '../../../core/api/stedskompass.js';
import { submissionFor } from '../../../core/idempotency.js';
import type { WidgetHost } from '../../../core/widget-host.js';
import {
  RETRY_STATUSES,
  buildResponse,
  checkDraft,
  refusedFields,
  scoresOf,
} from '../../../domain/stedskompass-submission.js';
import { problemTarget, type Draft, type OnItsWay, type Problem } from '../../../domain/stedskompass.js';
import { stedskompassCatalog } from '../messages/index.js';
import { styles as ownStyles } from './sending.styles.js';

export const styles = ownStyles;
export const catalogs = [stedskompassCatalog];

export function createView(host: WidgetHost) {
  return {
    /** The checks before sending; an empty list means the draft can be sent. */
    check: checkDraft,

    /** The request body, with its submission: the last one (and its key) when the body is the same. */
    prepare(area: string, draft: Draft) {
      const body = buildResponse(area, draft);
      return { body, submission: submissionFor(draft.submission, body) };
    },

    /** Sends a body with its key; `onRetry` before each new attempt. Resolves with the stored response's id. */
    post(context: ApiContext, body: StedskompassResponse, key: string, onRetry: () => void): Promise<{ id: string }> {
      return postStedskompassResponse(context, body, {
        idempotencyKey: key,
        retryStatuses: [...RETRY_STATUSES],
        waitForOnline: true,
        onRetry,
      });
    },

    /** What the API refused of a body at the fields (a 422); none for any other failure. */
    refusedFields,

    /** The person's own scores by theme (the compass's second series). */
    scoresOf,

    /** The list of problems at the top of the form, each (`say` in words) a link to its field. */
    renderSummary(
      problems: readonly Problem[],
      say: (problem: Problem) => string,
      onJump: (event: Event) => void,
    ): TemplateResult {
      const t = host.text(stedskompassCatalog);
      return html`<div class="summary" part="error-summary" tabindex="-1">
        ${host.heading(1, t.fix)}
        <ul>
          ${problems.map((problem) => {
            const target = problemTarget(problem);
            const theme = problem.theme
              ? `${t.themes[THEMES.indexOf(problem.theme)]?.[0]}: `
              : problem.field === 'ageGroup'
                ? `${t.age}: `
                : '';
            const field = problem.field === 'good' || problem.field === 'improve' ? `${t[problem.field]} ` : '';
            const text = `${theme}${field}${say(problem)}`;
            return html`<li>
              ${target ? html`<a href="#${target}" data-target=${target} @click=${onJump}>${text}</a>` : text}
            </li>`;
          })}
        </ul>
      </div>`;
    },

    /** Sending, trying again, waiting for the network. */
    renderStatus(phase: OnItsWay): TemplateResult {
      return html`<p class="status" part="status">
        <span class="spinner" aria-hidden="true"></span>${host.text(stedskompassCatalog)[phase]}
      </p>`;
    },

    /** The thanks after sending (the results follow). */
    renderThanks(): TemplateResult {
      const t = host.text(stedskompassCatalog);
      return html`<div class="thanks" part="thanks">
        ${host.heading(0, t.thanks, { id: 'thanks-title', focusable: true })}
        <p>${t.thanksText}</p>
      </div>`;
    },
  };
}
