import { css } from 'lit';

/** The thanks, and the room under the error summary (its own styles and the status's are shared). */
export const styles = css`
  .summary {
    margin-block-end: var(--_space-4);
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
