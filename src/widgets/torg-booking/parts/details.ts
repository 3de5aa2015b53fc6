/**
 * The details step: name, e-mail, phone, organisation, purpose, attendees
 * (when the resource has a capacity) and the consent, with what they are
 * used for. Checked on "Gå videre" (never while typing): errors at their
 * fields and in a summary at the top whose links lead to the fields; a
 * corrected field loses its error at once. The server's own words for a
 * refused field (422) follow ours. Drawn with the shared form parts
 * (`shared/form.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DetailField, DetailProblems, FieldProblem } from '../../../domain/booking.js';
import { renderConsent, renderField } from '../../../shared/form.js';
import { renderErrorSummary } from '../../../shared/form-summary.js';
import type { BookingMessages } from '../messages/index.js';
import { bookingStepsCatalog } from '../messages/steps.js';
import type { Shown } from '../torg-booking.js';
import { renderBack, type Host } from './common.js';

interface FieldOptions {
  type?: string;
  autocomplete?: string;
  inputmode?: string;
  hint?: string;
  optional?: boolean;
  multiline?: boolean;
}

export function renderDetailsStep(host: Host, shown: Shown): TemplateResult {
  const t = host.text(bookingStepsCatalog);
  const capacity = shown.resource?.capacity;
  const problems = Object.entries(shown.flow.problems) as [DetailField, NonNullable<DetailProblems[DetailField]>][];
  const onInput = handleInput(shown);
  const problemOf = (name: DetailField): string | undefined => {
    const problem = shown.flow.problems[name];
    return problem && problemText(t, shown, name, problem);
  };
  const field = (name: Exclude<DetailField, 'consent'>, options: FieldOptions): TemplateResult =>
    renderField({
      id: `f-${name}`,
      name,
      label: t.labels[name],
      value: shown.flow.details[name],
      error: problemOf(name),
      hint: options.hint,
      optional: options.optional ? t.optional : undefined,
      ...(options.type ? { type: options.type } : {}),
      ...(options.autocomplete ? { autocomplete: options.autocomplete } : {}),
      ...(options.inputmode ? { inputmode: options.inputmode } : {}),
      ...(options.multiline ? { rows: 3 } : {}),
      onInput,
    });
  const next = (event: Event): void => {
    event.preventDefault();
    shown.dispatch({ type: 'details' });
  };
  // "Gå videre" is the form's submit button, and Enter in a field clicks it (implicit submission): its click
  // goes on by itself, never by submitting the form, which a frame sandboxed without allow-forms refuses.
  return html`<form part="form" novalidate @submit=${next}>
    ${
      problems.length
        ? renderErrorSummary(
            host,
            t.summaryTitle(problems.length),
            problems.map(([name, problem]) => ({ text: problemText(t, shown, name, problem), target: `f-${name}` })),
          )
        : nothing
    }
    ${field('name', { autocomplete: 'name' })}
    ${field('email', { type: 'email', autocomplete: 'email', hint: t.emailHint })}
    ${field('phone', { type: 'tel', autocomplete: 'tel', hint: t.phoneHint, optional: true })}
    ${field('organisation', { autocomplete: 'organization', optional: true })}
    ${field('purpose', { optional: true, multiline: true })}
    ${capacity ? field('attendees', { inputmode: 'numeric', hint: t.attendeesHint(capacity), optional: true }) : nothing}
    ${renderConsent({
      legend: t.short.consent,
      text: t.consentText,
      label: t.labels.consent,
      checked: shown.flow.details.consent,
      error: problemOf('consent'),
      onChange: onInput,
    })}
    <div class="actions">
      <button type="submit" class="button" @click=${next}>${t.next}</button>
      ${renderBack(host, shown)}
    </div>
  </form>`;
}

/** The plain-language problem of a field (with the server's words when it refused it). */
function problemText(t: BookingMessages, shown: Shown, field: DetailField, problem: FieldProblem): string {
  const text = t.problem(field, problem, shown.resource?.capacity);
  const server = problem === 'rejected' ? shown.flow.serverMessages[field] : undefined;
  return server ? `${text} (${server})` : text;
}

function handleInput(shown: Shown): (event: Event) => void {
  return (event) => {
    const input = event.target as HTMLInputElement;
    const field = input.name as DetailField;
    shown.dispatch(
      field === 'consent'
        ? { type: 'input', field, value: input.checked }
        : { type: 'input', field, value: input.value },
    );
  };
}
