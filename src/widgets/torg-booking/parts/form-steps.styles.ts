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
  .check input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_color-primary);
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
  .review dt {
    flex: 0 0 9em;
    font-weight: 600;
  }
  .review dd {
    flex: 1 1 12em;
    white-space: pre-line;
  }
  .review .change {
    flex: 0 0 auto;
    white-space: normal;
  }
  .success {
    border-color: var(--_color-success);
    background: var(--_color-success-bg);
  }
  .summary:focus-visible {
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .summary,
    input,
    textarea {
      border-color: CanvasText;
    }
  }
`;
