/**
 * The application form of `<torg-tilskudd>` — a chunk of its own (a view
 * module: `createView`, `styles`, `catalogs`), fetched when a person asks
 * to apply or a draft waits on the device.
 *
 * Who applies (name, organisation, e-mail, phone), what for (title,
 * description, amount — with what is left this year, and a warning, never a
 * block, when the amount is more), optional budget lines whose sum is shown,
 * and the consent. Everything typed is kept on the device per committee
 * until it is received; sending is the shared form's (`FormController`):
 * checked on "send", one key per submission reused on every retry and after
 * a reload, a 422 at the field it names. Received: `torg-apply`, a
 * confirmation with the reference and what happens next, which gets focus,
 * and the funds read again (the application is counted).
 *
 * Nothing relies on the browser submitting the form (blocked in a sandboxed
 * frame without `allow-forms`): "send" is a plain button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ApplicationRequest, Received } from '../../../contract/schemas.js';
import { postApplication } from '../../../core/api/council.js';
import { emit } from '../../../core/events.js';
import { formatDate } from '../../../core/format.js';
import { formatKroner } from '../../../core/format-kroner.js';
import type { WidgetHost } from '../../../core/widget-host.js';
import {
  addLine,
  applicationRequest,
  applicationServerProblems,
  applicationWarnings,
  budgetTotal,
  checkApplication,
  cleanApplication,
  emptyApplication,
  isBlankApplication,
  removeLine,
  type ApplicationDraft,
  type ApplicationTextField,
} from '../../../domain/application.js';
import { applicationKey } from '../../../domain/form-keys.js';
import type { Problem } from '../../../domain/form.js';
import { renderConsent, renderField, renderSubmit } from '../../../shared/form.js';
import { renderErrorSummary } from '../../../shared/form-summary.js';
import { FormController, formPerKey } from '../../../shared/form-controller.js';
import { formOutcomeStyles } from '../../../shared/form-outcome-styles.js';
import { formStyles } from '../../../shared/form-styles.js';
import { applicationCatalog } from '../messages/form.js';
import type { TilskuddMessages } from '../messages/index.js';
import type { Shown, TorgTilskudd } from '../torg-tilskudd.js';
import { styles as ownStyles } from './application.styles.js';

export const styles = [...formStyles, ...formOutcomeStyles, ownStyles];
export const catalogs = [applicationCatalog];

type Host = WidgetHost<TorgTilskudd>;
type Form = FormController<ApplicationDraft, ApplicationRequest, Received>;

const RULES = {
  empty: emptyApplication,
  clean: cleanApplication,
  isBlank: isBlankApplication,
  check: checkApplication,
  request: (draft: ApplicationDraft) => applicationRequest(draft).body,
  refused: applicationServerProblems,
};

/** The form never submits itself (Enter in a field, a stray submit): sending is the send button's click. */
const cancel = (event: Event): void => event.preventDefault();

/** The line (1, 2, …) and field of a budget line's id (`lines.0.amount`). */
function lineOf(field: string): { n: number; part: 'item' | 'amount' } | undefined {
  const match = /^lines\.(\d+)\.(item|amount)$/.exec(field);
  return match ? { n: Number(match[1]) + 1, part: match[2] as 'item' | 'amount' } : undefined;
}

/** The control's id of a field (`f-applicant`, `f-lines-0-amount`). */
const idOf = (field: string): string => `f-${field.replace(/\./g, '-')}`;

export function createView(host: Host) {
  const t = (): TilskuddMessages => host.text(applicationCatalog);
  const kroner = (amount: number): string => formatKroner(amount, host.locale);

  /** The form of a committee (drafts are kept per committee). */
  const formOf = formPerKey(
    host,
    (committee): Form =>
      new FormController(host, applicationKey(committee), {
        rules: RULES,
        post: (context, body, options) => postApplication(context, committee, body, options),
        say: () => t(),
        received: (answer) => {
          emit(host.element, 'torg-apply', { id: answer.id });
          host.announce(t().received);
          void host.focus('#received-title');
          // The application is counted in this year's funds now.
          void host.element.refresh();
        },
      }),
  );

  /** The words of a problem, with the server's own when it refused the field. */
  function problemText(problem: Problem): string {
    const m = t();
    const line = lineOf(problem.field);
    const field = line ? (line.part === 'item' ? 'item' : 'lineAmount') : (problem.field as ApplicationTextField);
    const text = m.problem(field, problem.code);
    return problem.message ? `${text} (${problem.message})` : text;
  }

  function renderProblems(f: Form): TemplateResult | typeof nothing {
    const m = t();
    const items = [
      ...f.problems.map((problem) => {
        const line = lineOf(problem.field);
        const text = problemText(problem);
        return { text: line ? m.lineProblem(line.n, text) : text, target: idOf(problem.field) };
      }),
      ...f.other.map((text) => ({ text })),
    ];
    return items.length ? renderErrorSummary(host, m.summaryTitle(items.length), items, undefined, 2) : nothing;
  }

  function renderLines(f: Form): TemplateResult {
    const m = t();
    const { lines } = f.draft;
    const total = budgetTotal(lines);
    const change = (index: number, part: 'item' | 'amount') => (event: Event) => {
      const value = (event.target as HTMLInputElement).value;
      const next = f.draft.lines.map((line, i) => (i === index ? { ...line, [part]: value } : line));
      f.change({ ...f.draft, lines: next }, `lines.${index}.${part}`);
    };
    const remove = (index: number) => () => {
      const { draft, problems } = removeLine(f.draft, f.problems, index);
      f.replace(draft, problems);
      host.announce(m.removeLine(index + 1));
      void host.focus('#f-lines-add');
    };
    const add = (): void => {
      f.replace(addLine(f.draft), f.problems);
      void host.focus(`#${idOf(`lines.${lines.length}.item`)}`);
    };
    const error = (field: string): string | undefined => {
      const problem = f.problemAt(field);
      return problem && problemText(problem);
    };
    return html`<fieldset class="lines" part="field">
      <legend>${m.budgetLines} <span class="optional">${m.optional}</span></legend>
      <p class="hint">${m.budgetHint}</p>
      ${lines.map(
        (line, i) =>
          html`<div class="line">
            ${renderField({
              id: idOf(`lines.${i}.item`),
              name: `lines.${i}.item`,
              label: m.lineItem(i + 1),
              value: line.item,
              error: error(`lines.${i}.item`),
              class: 'item',
              onInput: change(i, 'item'),
            })}
            ${renderField({
              id: idOf(`lines.${i}.amount`),
              name: `lines.${i}.amount`,
              label: m.lineAmount(i + 1),
              value: line.amount,
              inputmode: 'decimal',
              error: error(`lines.${i}.amount`),
              class: 'amount',
              onInput: change(i, 'amount'),
            })}
            <button type="button" class="link remove" ?disabled=${f.busy} @click=${remove(i)}>
              ${m.removeLine(i + 1)}
            </button>
          </div>`,
      )}
      <button type="button" id="f-lines-add" class="button secondary" ?disabled=${f.busy} @click=${add}>
        ${m.addLine}
      </button>
      ${lines.length ? html`<p class="total" id="f-lines-total">${m.budgetTotal(kroner(total))}</p>` : nothing}
    </fieldset>`;
  }

  function renderReceived(f: Form, shown: Shown): TemplateResult {
    const m = t();
    const { answer, body } = f.receipt!;
    const deadline =
      shown.window.deadline && formatDate(shown.window.deadline, host.locale, { weekday: false, year: true });
    return html`<div class="received" part="received">
      ${host.heading(1, m.received, { id: 'received-title', focusable: true })}
      ${answer.id ? html`<p>${m.reference}: <strong>${answer.id}</strong></p>` : nothing}
      <p>${m.next(deadline, body.email)}</p>
      <button
        type="button"
        class="link"
        @click=${() => {
          f.restart();
          void host.focus('#application-title');
        }}
      >
        ${m.another}
      </button>
    </div>`;
  }

  return {
    render(shown: Shown): TemplateResult {
      const m = t();
      const f = formOf(shown.committee);
      if (f.receipt) return renderReceived(f, shown);
      const { draft } = f;
      const warnings = applicationWarnings(draft, shown.summary.left);
      const deadline =
        shown.window.deadline && formatDate(shown.window.deadline, host.locale, { weekday: false, year: true });
      const input = (field: ApplicationTextField) => (event: Event) =>
        f.change({ ...f.draft, [field]: (event.target as HTMLInputElement).value }, field);
      const field = (
        name: ApplicationTextField,
        options: {
          type?: string;
          autocomplete?: string;
          inputmode?: string;
          hint?: unknown;
          optional?: boolean;
          rows?: number;
          after?: unknown;
        } = {},
      ): TemplateResult => {
        const { optional, ...rest } = options;
        const problem = f.problemAt(name);
        return renderField({
          id: idOf(name),
          name,
          label: m.labels[name],
          value: draft[name],
          error: problem && problemText(problem),
          optional: optional ? m.optional : undefined,
          onInput: input(name),
          ...rest,
        });
      };
      const consent = f.problemAt('consent');
      return html`<section class="application" aria-labelledby="application-title">
        ${host.heading(1, m.formTitle, { id: 'application-title', focusable: true })}
        <p>${m.process(deadline)}</p>
        ${f.restored ? host.renderNotice(m.restored, 'info') : html`<p class="hint">${m.saved}</p>`}
        <form part="form" novalidate @submit=${cancel}>
          ${renderProblems(f)}
          <fieldset class="group" ?disabled=${f.busy}>
            <legend>${m.applicantGroup}</legend>
            ${field('applicant', { autocomplete: 'name' })}
            ${field('organisation', { autocomplete: 'organization', optional: true })}
            ${field('email', { type: 'email', autocomplete: 'email', hint: m.emailHint })}
            ${field('phone', { type: 'tel', autocomplete: 'tel', hint: m.phoneHint, optional: true })}
          </fieldset>
          <fieldset class="group" ?disabled=${f.busy}>
            <legend>${m.projectGroup}</legend>
            ${field('title')} ${field('description', { rows: 5, hint: m.descriptionHint })}
            ${field('amount', {
              inputmode: 'decimal',
              hint: m.amountHint(kroner(Math.max(0, shown.summary.left)), shown.funds.year),
              // Said as it changes (a warning: sending is still allowed).
              after: html`<div class="warnings" aria-live="polite">
                ${warnings.overLeft ? html`<p>${m.overLeft(kroner(warnings.overLeft))}</p>` : nothing}
                ${warnings.overBudget ? html`<p>${m.overBudget(kroner(warnings.overBudget))}</p>` : nothing}
              </div>`,
            })}
            ${renderLines(f)}
          </fieldset>
          ${renderConsent({
            legend: m.consentLegend,
            text: m.consentText,
            label: m.consentLabel,
            checked: draft.consent,
            error: consent && problemText(consent),
            onChange: (event: Event) => {
              const box = event.target as HTMLInputElement;
              f.change({ ...f.draft, consent: box.checked }, 'consent');
              // Not taken while a submission is on its way (the box is outside the disabled groups): it shows the draft.
              box.checked = f.draft.consent;
            },
          })}
          ${renderSubmit(host, {
            label: m.send,
            busy: f.busy,
            status: f.status,
            failed: f.failed,
            onSend: () => void f.send(),
          })}
        </form>
      </section>`;
    },
  };
}
