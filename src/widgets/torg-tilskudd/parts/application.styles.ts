/** The application form's own styles (fields, the error summary and the status are shared: `shared/styles.ts`). */
import { css } from 'lit';

export const styles = css`
  .application {
    display: grid;
    gap: var(--_space-3);
  }
  .group {
    display: grid;
    gap: var(--_space-4);
  }
  .group > legend {
    margin-block-end: var(--_space-2);
    font-size: 1.125em;
  }
  .lines {
    display: grid;
    gap: var(--_space-3);
    justify-items: start;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-2) var(--_space-3);
    width: 100%;
  }
  .line .item {
    flex: 3 1 14em;
  }
  .line .amount {
    flex: 1 1 8em;
  }
  .line .remove {
    margin-block-end: var(--_space-3);
  }
  #f-amount {
    max-width: 12em;
  }
  .total {
    font-weight: 600;
  }
  .warnings p {
    padding-inline-start: var(--_space-2);
    border-inline-start: 4px solid var(--_color-warning);
    font-weight: 600;
  }
`;
