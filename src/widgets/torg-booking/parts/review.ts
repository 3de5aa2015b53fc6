/**
 * The review: everything on one screen, each line with "Endre" (to the step
 * or the field that changes it), the approval note, why a submission failed
 * (everything is kept), and the confirm button — "Sender bookingen …" and
 * inert while sending, "Prøv igjen" after a failure.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { bookingStepsCatalog } from '../messages/steps.js';
import type { Shown } from '../torg-booking.js';
import { renderBack, whatAndWhen, type SummaryRow, type Host } from './common.js';

/** The typed details listed (when filled in), in the form's order. */
const LISTED = ['name', 'email', 'phone', 'organisation', 'purpose', 'attendees'] as const;

export function renderReviewStep(host: Host, shown: Shown): TemplateResult | typeof nothing {
  const { resource, flow } = shown;
  if (!resource) return nothing;
  const t = host.text(bookingStepsCatalog);
  const rows: SummaryRow[] = whatAndWhen(host, resource.name, flow.slot, { resource: !flow.preselected });
  for (const field of LISTED) {
    const value = flow.details[field].trim();
    if (value) rows.push({ label: t.short[field], value, change: 'details', field });
  }
  return html`<dl class="review" part="review">
      ${rows.map(
        ({ label, value, change, field }) =>
          html`<div class="row">
            <dt>${label}</dt>
            <dd>${value}</dd>
            ${
              change
                ? html`<dd class="change">
                    <button
                      type="button"
                      class="link"
                      @click=${() => shown.dispatch({ type: 'go', step: change, ...(field ? { field } : {}) })}
                    >
                      ${t.change}<span class="vh"> ${label.toLowerCase()}</span>
                    </button>
                  </dd>`
                : nothing
            }
          </div>`,
      )}
    </dl>
    ${resource.requiresApproval ? host.renderNotice(t.approvalNote, 'info') : nothing}
    ${flow.sendError ? host.renderNotice(`${t.sendFailed} ${host.errorText(flow.sendError)}`, 'error') : nothing}
    ${host.renderOsloTimeNote()}
    <div class="actions">
      <button
        type="button"
        class="button"
        part="confirm"
        aria-disabled=${flow.sending ? 'true' : 'false'}
        @click=${() => shown.send()}
      >
        ${flow.sending ? t.sending : flow.sendError ? host.core.retry : t.confirm}
      </button>
      ${renderBack(host, shown)}
    </div>`;
}
