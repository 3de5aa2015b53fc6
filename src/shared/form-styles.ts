/**
 * The styles of the forms' parts (`form.ts`): a module of their own, so a
 * widget without a form carries none of them. Every control is a target of
 * at least 24 × 24 px (WCAG 2.2, 2.5.8).
 */
import { css } from 'lit';
import { choiceStyles, linkButtonStyles } from './styles.js';

/** Forms (`form.ts`): fields with their label, hint and problem, the consent, a form's rhythm (the checkboxes' size: `choiceStyles`). */
export const fieldStyles = css`
  form {
    display: grid;
    /* As wide as the element: a long unbroken string a person typed breaks in it rather than widen it. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-4);
  }
  .field {
    display: grid;
    gap: var(--_space-1);
  }
  label {
    font-weight: 600;
  }
  .hint,
  .optional {
    color: var(--_color-text-muted);
    font-size: 0.9375em;
  }
  .optional {
    font-weight: 400;
  }
  .field input:not([type='checkbox']),
  .field textarea {
    width: 100%;
    max-width: 30em;
    min-height: 2.75em;
    padding: var(--_space-2) var(--_space-3);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
  }
  .field textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_color-danger);
  }
  .field-error {
    padding-inline-start: var(--_space-2);
    border-inline-start: 4px solid var(--_color-danger);
    color: var(--_color-danger);
    font-weight: 600;
  }
  .field:has([aria-invalid='true']) {
    padding-inline-start: var(--_space-3);
    border-inline-start: 4px solid var(--_color-danger);
  }
  .field:has([aria-invalid='true']) .field-error {
    padding: 0;
    border: 0;
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
  }
  .check {
    display: flex;
    gap: var(--_space-3);
    align-items: flex-start;
  }
  @media (forced-colors: active) {
    .field input,
    .field textarea {
      border-color: CanvasText;
    }
  }
`;

/**
 * Sending (`renderSubmit`, `renderSendStatus`): the send button's row and a submission on its way (its words after
 * a spinner). What follows "send" (the error summary, the confirmation): `form-outcome-styles.ts`.
 */
export const sendStatusStyles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.65;
  }
  .status {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    font-weight: 600;
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 0.15em solid;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: torg-spin 1s linear infinite;
  }
  @keyframes torg-spin {
    to {
      transform: rotate(1turn);
    }
  }
`;

/**
 * A form's first screen's styles, in order: choices and link buttons (shared/styles.ts), fields, the send
 * button's row. What only follows "send" comes with the code that shows it (`formOutcomeStyles`).
 */
export const formStyles = [choiceStyles, linkButtonStyles, fieldStyles, sendStatusStyles];
