/**
 * What `<torg-innspill>` shows once its form is used — a chunk of its own (a
 * view module: `createView`, `styles`, `catalogs`), fetched when the person is about to
 * use the form (the pointer over it, focus in it, a touch) and waited for by
 * "send": the problems in words (at their fields and in the summary that
 * leads to them, a 422's among them), what sending says, and the thanks with
 * the reference, whether the council can answer, and a way to write another.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ProposalRequest, Received } from '../../../contract/schemas.js';
import type { WidgetHost } from '../../../core/widget-host.js';
import type { Problem } from '../../../domain/form.js';
import type { ProposalDraft, ProposalTextField } from '../../../domain/proposal.js';
import { proposalServerProblems } from '../../../domain/proposal-refused.js';
import { renderErrorSummary } from '../../../shared/form-summary.js';
import { formOutcomeStyles } from '../../../shared/form-outcome-styles.js';
import type { FormController } from '../../../shared/form-controller.js';
import { afterCatalog } from '../messages/after.js';
import type { InnspillMessages } from '../messages/index.js';
import type { TorgInnspill } from '../torg-innspill.js';

export const catalogs = [afterCatalog];
/** What follows "send" (the summary, the thanks) comes with this part, not with the form. */
export const styles = formOutcomeStyles;

type Host = WidgetHost<TorgInnspill>;
type Form = FormController<ProposalDraft, ProposalRequest, Received>;

export function createView(host: Host) {
  const t = (): InnspillMessages => host.text(afterCatalog);

  function problemText(problem: Problem): string {
    const text = t().problem(problem.field as ProposalTextField | 'consent', problem.code);
    return problem.message ? `${text} (${problem.message})` : text;
  }

  return {
    texts: t,
    problemText,
    /** A 422's field errors at the form's fields (the rest for the whole form). */
    refused: proposalServerProblems,

    /** The problems at the top of the form, each leading to its field (nothing when there are none). */
    renderSummary(f: Form): TemplateResult | typeof nothing {
      const items = [
        ...f.problems.map((problem) => ({ text: problemText(problem), target: `f-${problem.field}` })),
        ...f.other.map((text) => ({ text })),
      ];
      return items.length ? renderErrorSummary(host, t().summaryTitle(items.length), items) : nothing;
    },

    /** The thanks under the heading (which stays: `hide-title` hides only the title, never the thanks). */
    renderReceived(f: Form): TemplateResult {
      const m = t();
      const { answer, body } = f.receipt!;
      return html`<div class="received" part="received">
        ${host.heading(1, m.received, { id: 'received-title', focusable: true })}
        ${answer.id ? html`<p>${m.reference}: <strong>${answer.id}</strong></p>` : nothing}
        <p>${body.name || body.email ? m.receivedReply(body.email) : m.receivedAnonymous}</p>
        <button
          type="button"
          class="link"
          @click=${() => {
            f.restart();
            void host.focus('#f-title');
          }}
        >
          ${m.another}
        </button>
      </div>`;
    },
  };
}
