import { css } from 'lit';

/** The error summary, the sending status and the thanks. */
export const styles = css`
  .summary {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-4);
    margin-block-end: var(--_space-4);
    border: 3px solid var(--_color-danger);
    border-radius: var(--_radius);
  }
  .summary ul {
    display: grid;
    gap: var(--_space-2);
    padding-inline-start: 1.2em;
  }
  .summary a {
    color: var(--_color-danger);
    font-weight: 600;
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
  .thanks {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-4);
    margin-block-end: var(--_space-5);
    border-inline-start: 4px solid var(--_color-success);
    background: var(--_color-success-bg);
  }
  @media (forced-colors: active) {
    .thanks {
      border: 1px solid CanvasText;
    }
  }
`;
