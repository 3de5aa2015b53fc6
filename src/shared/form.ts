/**
 * The parts every form of the widgets is drawn with, so a person meets one
 * form everywhere (styles: `fieldStyles` and
 * `sendStatusStyles` in `form-styles.ts`):
 *
 * - a field: its label (with "(valgfritt)" when optional), a hint, its
 *   problem in words, and the control, tied together with `for`,
 *   `aria-describedby` and `aria-invalid`; the value is a plain property
 *   binding (no `live` directive: it would cost every form's first screen
 *   0.4 kB): every change the person makes goes through the form's state
 *   and a render, so what the control shows is what was set last;
 * - the consent: a group with what the data is used for and one checkbox;
 * - the send button, the status of a submission on its way, and why it was
 *   not sent.
 *
 * The error summary, shown only after "send", is in `form-summary.ts` (it
 * comes with what follows "send", not with a form's first screen). Texts
 * come from the widget's own catalog: these parts hold none.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { WidgetHost } from '../core/widget-host.js';

export interface FieldOptions {
  /** The control's id (`f-name`); its hint and problem get `-hint` and `-error`. */
  id: string;
  /** The control's `name` (input handlers read it). */
  name: string;
  label: unknown;
  value: string;
  /** The problem in words, when there is one. */
  error?: string | undefined;
  hint?: unknown;
  /** "(valgfritt)" when the field is optional. */
  optional?: string | undefined;
  type?: string;
  autocomplete?: string;
  inputmode?: string;
  /** A `<textarea>` of this many rows instead of an `<input>`. */
  rows?: number;
  /** The field's class besides `field` (its width, say). */
  class?: string;
  onInput: (event: Event) => void;
  /** Shown under the control (a count of characters, a sum). */
  after?: unknown;
}

/** A text field: label, hint, problem, control. */
export function renderField(o: FieldOptions): TemplateResult {
  const { id } = o;
  const described = [o.hint ? `${id}-hint` : '', o.error ? `${id}-error` : ''].join(' ').trim() || nothing;
  const invalid = o.error ? 'true' : 'false';
  return html`<div class=${o.class ? `field ${o.class}` : 'field'} part="field">
    <label for=${id}>${o.label}${o.optional ? html` <span class="optional">${o.optional}</span>` : nothing}</label>
    ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : nothing}
    ${o.error ? html`<p class="field-error" id="${id}-error">${o.error}</p>` : nothing}
    ${
      o.rows
        ? html`<textarea
            id=${id}
            name=${o.name}
            rows=${o.rows}
            .value=${o.value}
            aria-invalid=${invalid}
            aria-describedby=${described}
            @input=${o.onInput}
          ></textarea>`
        : html`<input
            id=${id}
            name=${o.name}
            type=${o.type ?? 'text'}
            autocomplete=${o.autocomplete ?? 'off'}
            inputmode=${o.inputmode ?? nothing}
            spellcheck=${o.type === 'email' ? 'false' : nothing}
            .value=${o.value}
            aria-invalid=${invalid}
            aria-describedby=${described}
            @input=${o.onInput}
          />`
    }
    ${o.after ?? nothing}
  </div>`;
}

export interface ConsentOptions {
  /** The checkbox's id (default `f-consent`). */
  id?: string;
  /** The checkbox's `name` (default `consent`). */
  name?: string;
  legend: unknown;
  /** What the data is used for. */
  text: unknown;
  label: unknown;
  checked: boolean;
  error?: string | undefined;
  onChange: (event: Event) => void;
}

/** The consent: a group with what the data is used for, its problem, and one checkbox. */
export function renderConsent(o: ConsentOptions): TemplateResult {
  const id = o.id ?? 'f-consent';
  return html`<fieldset class="field consent" part="field">
    <legend>${o.legend}</legend>
    <p class="hint" id="${id}-hint">${o.text}</p>
    ${o.error ? html`<p class="field-error" id="${id}-error">${o.error}</p>` : nothing}
    <div class="check">
      <input
        id=${id}
        name=${o.name ?? 'consent'}
        type="checkbox"
        .checked=${o.checked}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${o.error ? `${id}-hint ${id}-error` : `${id}-hint`}
        @change=${o.onChange}
      />
      <label for=${id}>${o.label}</label>
    </div>
  </fieldset>`;
}

/** Where a submission is on its way ("Sender …"), with a spinner. */
export function renderSendStatus(text: string): TemplateResult {
  return html`<p class="status" part="status"><span class="spinner" aria-hidden="true"></span>${text}</p>`;
}

export interface SubmitOptions {
  label: string;
  /** The submission is on its way: the button does nothing (it stays focusable, unlike a disabled one). */
  busy: boolean;
  /** Where it is on its way, in words. */
  status?: string | undefined;
  /** Why it was not sent, in words (an alert). */
  failed?: string | undefined;
  onSend: () => void;
}

/** The send button (a plain button: nothing relies on the browser submitting a form), its status, its failure. */
export function renderSubmit(host: WidgetHost, o: SubmitOptions): TemplateResult {
  return html`<div class="actions">
      <button type="button" class="button" part="submit" aria-disabled=${o.busy ? 'true' : 'false'} @click=${o.onSend}>
        ${o.label}
      </button>
      ${o.status ? renderSendStatus(o.status) : nothing}
    </div>
    ${o.failed ? html`<div role="alert">${host.renderNotice(o.failed, 'error')}</div>` : nothing}`;
}
