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

/** The error summary at the top of a form (`renderErrorSummary`). */
export const errorSummaryStyles = css`
  .summary {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-4);
    border: 3px solid var(--_color-danger);
    border-radius: var(--_radius);
  }
  .summary > :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
  }
  .summary ul {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .summary a {
    display: inline-block;
    min-height: 24px;
    color: var(--_color-danger);
    font-weight: 600;
  }
  .summary:focus-visible {
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .summary {
      border-color: CanvasText;
    }
  }
`;

/**
 * Sending (`renderSubmit`, `renderSendStatus`): the send button's row, a submission on its way (its words after a
 * spinner), and the confirmation once it was received (`.received`).
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
  .received {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-4);
    border-inline-start: 4px solid var(--_color-success);
    background: var(--_color-success-bg);
  }
  .received > :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
  }
  @media (forced-colors: active) {
    .received {
      border: 1px solid CanvasText;
    }
  }
`;

/** A whole form's styles, in order: choices and link buttons (shared/styles.ts), fields, the error summary, the send status. */
export const formStyles = [choiceStyles, linkButtonStyles, fieldStyles, errorSummaryStyles, sendStatusStyles];
