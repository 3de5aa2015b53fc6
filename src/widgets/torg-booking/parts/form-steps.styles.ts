/** The details, review and result steps' styles, adopted with their code. */
import { css } from 'lit';

export const styles = css`
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
  input:not([type='checkbox']),
  textarea {
    width: 100%;
    max-width: 30em;
    min-height: 2.75em;
    padding: var(--_space-2) var(--_space-3);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
  }
  #f-attendees {
    max-width: 6em;
  }
  textarea {
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
  .summary {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-4);
    border: 3px solid var(--_color-danger);
    border-radius: var(--_radius);
  }
  .summary .sub {
    margin: 0;
  }
  .summary a {
    display: inline-block;
    min-height: 24px;
    color: var(--_color-danger);
    font-weight: 600;
  }
  .review {
    display: grid;
    border-top: 1px solid var(--_color-border-subtle);
  }
  .review .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-4);
    padding-block: var(--_space-2);
    border-bottom: 1px solid var(--_color-border-subtle);
  }
  /* Wide enough for "Referansenummer" (never broken inside a word). */
  .review dt {
    flex: 0 0 10em;
    font-weight: 600;
    overflow-wrap: normal;
  }
  .review dd {
    flex: 1 1 12em;
    white-space: pre-line;
  }
  .review .change {
    flex: 0 0 auto;
    white-space: normal;
  }
  /* The confirmation: what was booked, its status and where the e-mail went, in one panel. */
  .receipt {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-4);
    border: 1px solid var(--_color-success);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_color-success-bg);
  }
  .receipt.info {
    border-color: var(--_color-primary);
    background: var(--_color-info-bg);
  }
  .receipt .text {
    display: flex;
    gap: var(--_space-3);
    align-items: flex-start;
    font-weight: 600;
  }
  /* A tick in a disc (confirmed), a clock face (waiting): shapes, not colour alone. */
  .receipt .mark {
    position: relative;
    flex: none;
    width: 1.5em;
    height: 1.5em;
    border: 2px solid var(--_color-success);
    border-radius: 50%;
    background: var(--_color-success);
  }
  .receipt .mark::after {
    content: '';
    position: absolute;
    top: 18%;
    left: 34%;
    width: 26%;
    height: 48%;
    border: solid var(--_color-success-bg);
    border-width: 0 0.16em 0.16em 0;
    transform: rotate(45deg);
  }
  .receipt.info .mark {
    border-color: var(--_color-primary);
    background: none;
  }
  .receipt.info .mark::after {
    top: 20%;
    left: 45%;
    width: 30%;
    height: 33%;
    border-color: var(--_color-primary);
    border-width: 0 0 0.14em 0.14em;
    transform: none;
  }
  .receipt .review {
    border-color: var(--_color-border-subtle);
  }
  .receipt .row:last-child {
    border-bottom: 0;
  }
  .cancel {
    color: var(--_color-text-muted);
  }
  .summary:focus-visible {
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .receipt .mark {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    .receipt .mark::after {
      border-color: CanvasText;
    }
    .receipt,
    .summary,
    input,
    textarea {
      border-color: CanvasText;
    }
  }
`;
