/**
 * The details step: name, e-mail, phone, organisation, purpose, attendees
 * (when the resource has a capacity) and the consent, with what they are
 * used for. Checked on "Gå videre" (never while typing): errors at their
 * fields and in a summary at the top whose links lead to the fields; a
 * corrected field loses its error at once. The server's own words for a
 * refused field (422) follow ours.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DetailField, DetailProblems, FieldProblem } from '../../../domain/booking.js';
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
  const field = (name: Exclude<DetailField, 'consent'>, options: FieldOptions): TemplateResult =>
    renderField(t, shown, name, options);
  const next = (event: Event): void => {
    event.preventDefault();
    shown.dispatch({ type: 'details' });
  };
  // "Gå videre" is the form's submit button, and Enter in a field clicks it (implicit submission): its click
  // goes on by itself, never by submitting the form, which a frame sandboxed without allow-forms refuses.
  return html`<form part="form" novalidate @submit=${next}>
    ${
      problems.length
        ? html`<div class="summary" part="error-summary" tabindex="-1" aria-labelledby="summary">
            ${host.heading(1, t.summaryTitle(problems.length), { id: 'summary', class: 'sub' })}
            <ul>
              ${problems.map(
                ([name, problem]) =>
                  html`<li>
                    <a
                      href="#f-${name}"
                      @click=${(event: Event) => {
                        event.preventDefault();
                        void host.focus(`#f-${name}`);
                      }}
                      >${problemText(t, shown, name, problem)}</a
                    >
                  </li>`,
              )}
            </ul>
          </div>`
        : nothing
    }
    ${field('name', { autocomplete: 'name' })}
    ${field('email', { type: 'email', autocomplete: 'email', hint: t.emailHint })}
    ${field('phone', { type: 'tel', autocomplete: 'tel', hint: t.phoneHint, optional: true })}
    ${field('organisation', { autocomplete: 'organization', optional: true })}
    ${field('purpose', { optional: true, multiline: true })}
    ${capacity ? field('attendees', { inputmode: 'numeric', hint: t.attendeesHint(capacity), optional: true }) : nothing}
    ${renderConsent(t, shown)}
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

function renderField(
  t: BookingMessages,
  shown: Shown,
  field: Exclude<DetailField, 'consent'>,
  options: FieldOptions,
): TemplateResult {
  const id = `f-${field}`;
  const problem = shown.flow.problems[field];
  const value = shown.flow.details[field];
  const described = [options.hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].join(' ').trim() || nothing;
  const invalid = problem ? 'true' : 'false';
  const onInput = handleInput(shown);
  return html`<div class="field" part="field">
    <label for=${id}
      >${t.labels[field]}${options.optional ? html` <span class="optional">${t.optional}</span>` : nothing}</label
    >
    ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing}
    ${problem ? html`<p class="field-error" id="${id}-error">${problemText(t, shown, field, problem)}</p>` : nothing}
    ${
      options.multiline
        ? html`<textarea
            id=${id}
            name=${field}
            rows="3"
            .value=${live(value)}
            aria-invalid=${invalid}
            aria-describedby=${described}
            @input=${onInput}
          ></textarea>`
        : html`<input
            id=${id}
            name=${field}
            type=${options.type ?? 'text'}
            autocomplete=${options.autocomplete ?? 'off'}
            inputmode=${options.inputmode ?? nothing}
            spellcheck=${options.type === 'email' ? 'false' : nothing}
            .value=${live(value)}
            aria-invalid=${invalid}
            aria-describedby=${described}
            @input=${onInput}
          />`
    }
  </div>`;
}

function renderConsent(t: BookingMessages, shown: Shown): TemplateResult {
  const problem = shown.flow.problems.consent;
  return html`<fieldset class="field consent" part="field">
    <legend>${t.short.consent}</legend>
    <p class="hint" id="f-consent-hint">${t.consentText}</p>
    ${problem ? html`<p class="field-error" id="f-consent-error">${problemText(t, shown, 'consent', problem)}</p>` : nothing}
    <div class="check">
      <input
        id="f-consent"
        name="consent"
        type="checkbox"
        .checked=${live(shown.flow.details.consent)}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? 'f-consent-hint f-consent-error' : 'f-consent-hint'}
        @change=${handleInput(shown)}
      />
      <label for="f-consent">${t.labels.consent}</label>
    </div>
  </fieldset>`;
}
