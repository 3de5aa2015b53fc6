/**
 * What `<torg-innspill>` looks like: the heading with the council's name,
 * the form (title, description, place; name and e-mail in a group that says
 * plainly that both may be left out, and a line that says so when they
 * are; consent), sending's status and failure, and what happens next; after
 * sending, the thanks with the reference, whether the council can answer,
 * and what happens next again.
 *
 * The form's state is the shared `FormController`'s, one per committee
 * (drafts are kept per committee); the rules are `domain/proposal.ts`.
 * Nothing relies on the browser submitting the form: "send" is a plain
 * button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ProposalRequest, Received } from '../../contract/schemas.js';
import { emit } from '../../core/events.js';
import { formatDate, formatTime } from '../../core/format.js';
import { safeHref } from '../../core/url.js';
import type { WidgetHost } from '../../core/widget-host.js';
import { proposalKey } from '../../domain/form-keys.js';
import type { Problem } from '../../domain/form.js';
import { osloDate } from '../../domain/oslo-time.js';
import {
  checkProposal,
  cleanProposal,
  emptyProposal,
  isAnonymous,
  isBlankProposal,
  proposalRequest,
  proposalServerProblems,
  type ProposalDraft,
  type ProposalTextField,
} from '../../domain/proposal.js';
import { isolated } from '../../shared/bidi.js';
import { renderConsent, renderErrorSummary, renderField, renderSubmit } from '../../shared/form.js';
import { FormController, formPerKey } from '../../shared/form-controller.js';
import { formStyles } from '../../shared/form-styles.js';
import { innspillCatalog, type InnspillMessages } from './messages/index.js';
import type { Shown, TorgInnspill } from './torg-innspill.js';
import { styles as ownStyles } from './torg-innspill.styles.js';

export const styles = [...formStyles, ownStyles];
export const catalogs = [innspillCatalog];

type Host = WidgetHost<TorgInnspill>;
type Form = FormController<ProposalDraft, ProposalRequest, Received>;

const RULES = {
  empty: emptyProposal,
  clean: cleanProposal,
  isBlank: isBlankProposal,
  check: checkProposal,
  request: proposalRequest,
  refused: proposalServerProblems,
};

/** The form never submits itself (Enter in a field, a stray submit): sending is the send button's click. */
const cancel = (event: Event): void => event.preventDefault();

interface FieldOptions {
  type?: string;
  autocomplete?: string;
  hint?: unknown;
  optional?: boolean;
  rows?: number;
  after?: unknown;
}

export function createView(host: Host) {
  const t = (): InnspillMessages => host.text(innspillCatalog);

  /** The form of a committee (drafts are kept per committee). */
  const formOf = formPerKey(
    host,
    (committee): Form =>
      new FormController(host, proposalKey(committee), {
        rules: RULES,
        post: async (context, body, options) => {
          const { postProposal } = await import('../../core/api/council.js');
          return postProposal(context, committee, body, options);
        },
        say: () => t(),
        received: (answer) => {
          emit(host.element, 'torg-proposal', { id: answer.id });
          host.announce(t().received);
          void host.focus('#received-title');
        },
      }),
  );

  function problemText(problem: Problem): string {
    const text = t().problem(problem.field as ProposalTextField | 'consent', problem.code);
    return problem.message ? `${text} (${problem.message})` : text;
  }

  function renderNext(shown: Shown): TemplateResult {
    const m = t();
    const { next } = shown;
    const href = safeHref(host.element.agendaUrl || undefined);
    const when =
      next &&
      m.nextMeeting(
        formatDate(osloDate(Date.parse(next.start)), host.locale),
        formatTime(Date.parse(next.start), host.locale),
        next.location?.name ?? '',
      );
    return html`<section class="next" part="next" aria-labelledby="next-title">
      ${host.heading(1, m.nextTitle, { id: 'next-title' })}
      <p>${m.nextText}</p>
      <p class="next-meeting">${when ? isolated(when, next?.location?.name) : next === null ? m.noMeeting : ''}</p>
      ${href ? html`<p><a href=${href} part="agenda">${m.agendaLink}</a></p>` : nothing}
    </section>`;
  }

  /** The thanks under the heading (which stays: `hide-title` hides only the title, never the thanks). */
  function renderReceived(f: Form): TemplateResult {
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
  }

  function renderForm(f: Form): TemplateResult {
    const m = t();
    const { draft } = f;
    const field = (name: ProposalTextField, options: FieldOptions = {}): TemplateResult => {
      const { optional, ...rest } = options;
      const problem = f.problemAt(name);
      return renderField({
        id: `f-${name}`,
        name,
        label: m.labels[name],
        value: draft[name],
        error: problem && problemText(problem),
        optional: optional ? m.optional : undefined,
        onInput: (event: Event) => f.change({ ...f.draft, [name]: (event.target as HTMLInputElement).value }, name),
        ...rest,
      });
    };
    const items = [
      ...f.problems.map((problem) => ({ text: problemText(problem), target: `f-${problem.field}` })),
      ...f.other.map((text) => ({ text })),
    ];
    const consent = f.problemAt('consent');
    return html`<form part="form" novalidate @submit=${cancel}>
      ${items.length ? renderErrorSummary(host, m.summaryTitle(items.length), items) : nothing}
      <fieldset class="group" ?disabled=${f.busy}>
        ${field('title')} ${field('description', { rows: 6, hint: m.descriptionHint })}
        ${field('place', { optional: true, hint: m.placeHint })}
      </fieldset>
      <fieldset class="group about" ?disabled=${f.busy} aria-describedby="about-hint">
        <legend>${m.aboutYou} <span class="optional">${m.optional}</span></legend>
        <p class="hint" id="about-hint">${m.aboutYouHint}</p>
        ${field('name', { autocomplete: 'name' })}
        ${field('email', { type: 'email', autocomplete: 'email', hint: m.emailHint })}
        <p class="anonymous" part="anonymous" aria-live="polite">${isAnonymous(draft) ? m.anonymous : ''}</p>
      </fieldset>
      ${renderConsent({
        legend: m.consentLegend,
        text: m.consentText,
        label: m.consentLabel,
        checked: draft.consent,
        error: consent && problemText(consent),
        onChange: (event: Event) =>
          f.change({ ...f.draft, consent: (event.target as HTMLInputElement).checked }, 'consent'),
      })}
      ${renderSubmit(host, {
        label: m.send,
        busy: f.busy,
        status: f.status,
        failed: f.failed,
        onSend: () => void f.send(),
      })}
    </form>`;
  }

  return {
    render(shown: Shown): TemplateResult {
      const m = t();
      const f = formOf(shown.id);
      const heading = host.heading(0, isolated(m.title(shown.name), shown.name), {
        id: 'title',
        part: 'heading',
        focusable: true,
      });
      if (f.receipt) {
        return html`<div class="intro">${heading}</div>
          ${renderReceived(f)} ${renderNext(shown)}`;
      }
      return html`<div class="intro">
          ${heading}
          <p>${m.intro}</p>
          ${f.restored ? host.renderNotice(m.restored, 'info') : html`<p class="hint">${m.saved}</p>`}
        </div>
        ${renderForm(f)} ${renderNext(shown)}`;
    },
  };
}
