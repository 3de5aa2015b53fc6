/**
 * The styles of what a form shows only after "send" (`form-summary.ts`, `form.ts`): the error
 * summary and the confirmation. A module of their own, so they come with the
 * code that shows them (`<torg-innspill>`'s `parts/after.ts`, the later
 * steps and parts of the other forms), not with a form's first screen
 * (`form-styles.ts`).
 */
import { css } from 'lit';

/** The error summary at the top of a form (`renderErrorSummary`, `form-summary.ts`). */
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

/** The confirmation once a submission was received (`.received`). */
export const receivedStyles = css`
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

/** What follows "send" in a form that shows both, in order: the error summary, the confirmation. */
export const formOutcomeStyles = [errorSummaryStyles, receivedStyles];
