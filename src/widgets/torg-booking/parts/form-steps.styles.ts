/** The details, review and result steps' styles, adopted with their code (after the shared form styles). */
import { css } from 'lit';

export const styles = css`
  #f-attendees {
    max-width: 6em;
  }
  /* The problems are a plain list, like the step's other lists. */
  .summary ul {
    gap: var(--_space-3);
    padding: 0;
    list-style: none;
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
`;
