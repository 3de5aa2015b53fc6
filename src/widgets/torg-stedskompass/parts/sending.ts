/**
 * Sending the answers — a part of the view fetched when the person starts
 * answering (or a draft is brought back), so it is there when the network
 * is not, and the form shows without it. With it come the API client and
 * what sending alone shows:
 *
 * - the checks, the request body and its submission (one `Idempotency-Key`
 *   per submission, reused while the body stays the same: a retry, a
 *   reload);
 * - `POST /stedskompass/responses` (sent the way every form sends,
 *   `shared/send.ts`); what the API refused at the fields;
 * - the error summary, the sending status and the thanks, with their styles.
 */
import { html, type TemplateResult } from 'lit';
import { THEMES } from '../../../contract/ids.js';
import type { StedskompassResponse } from '../../../contract/schemas.js';
import type { ApiContext } from '../../../core/api/client.js';
import type { WriteOptions } from '../../../core/http-send.js';
import { postStedskompassResponse } from '../../../core/api/stedskompass.js';
import { submissionFor } from '../../../core/idempotency.js';
import type { WidgetHost } from '../../../core/widget-host.js';
import type { OnItsWay } from '../../../domain/form.js';
import { buildResponse, checkDraft, mapFieldErrors, scoresOf } from '../../../domain/stedskompass-submission.js';
import { problemTarget, type Draft, type Problem } from '../../../domain/stedskompass.js';
import { renderSendStatus } from '../../../shared/form.js';
import { renderErrorSummary } from '../../../shared/form-summary.js';
import { sendWithKey } from '../../../shared/send.js';
import { errorSummaryStyles } from '../../../shared/form-outcome-styles.js';
import { sendStatusStyles } from '../../../shared/form-styles.js';
import { laterCatalog } from '../messages/later.js';
import { styles as ownStyles } from './sending.styles.js';

export const styles = [errorSummaryStyles, sendStatusStyles, ownStyles];
export const catalogs = [laterCatalog];

export function createView(host: WidgetHost) {
  return {
    /** The checks before sending; an empty list means the draft can be sent. */
    check: checkDraft,

    /** The request body, with its submission: the last one (and its key) when the body is the same. */
    prepare(area: string, draft: Draft) {
      const body = buildResponse(area, draft);
      return { body, submission: submissionFor(draft.submission, body) };
    },

    /** Sends with one key, trying again, and says how it went (`shared/send.ts`): with the sending code, not the first screen. */
    send: sendWithKey,

    /** Sends a body with the write options (its key, retries) of `shared/send.ts`. Resolves with the stored response's id. */
    post(context: ApiContext, body: StedskompassResponse, options: WriteOptions): Promise<{ id: string }> {
      return postStedskompassResponse(context, body, options);
    },

    /** What the API refused of a body at the fields (a 422's field errors). */
    mapFieldErrors,

    /** The person's own scores by theme (the compass's second series). */
    scoresOf,

    /** The list of problems at the top of the form, each (`say` in words) a link to its field. */
    renderSummary(
      problems: readonly Problem[],
      say: (problem: Problem) => string,
      onJump: (event: Event) => void,
    ): TemplateResult {
      const t = host.text(laterCatalog);
      const items = problems.map((problem) => {
        const theme = problem.theme
          ? `${t.themes[THEMES.indexOf(problem.theme)]?.[0]}: `
          : problem.field === 'ageGroup'
            ? `${t.age}: `
            : '';
        const field = problem.field === 'good' || problem.field === 'improve' ? `${t[problem.field]} ` : '';
        return { text: `${theme}${field}${say(problem)}`, target: problemTarget(problem) };
      });
      return renderErrorSummary(host, t.fix, items, onJump);
    },

    /** Sending, trying again, waiting for the network. */
    renderStatus(phase: OnItsWay): TemplateResult {
      return renderSendStatus(host.text(laterCatalog)[phase]);
    },

    /** The thanks after sending (the results follow). */
    renderThanks(): TemplateResult {
      const t = host.text(laterCatalog);
      return html`<div class="thanks" part="thanks">
        ${host.heading(0, t.thanks, { id: 'thanks-title', focusable: true })}
        <p>${t.thanksText}</p>
      </div>`;
    },
  };
}
