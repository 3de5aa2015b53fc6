/**
 * Styles more than one widget uses, beyond the shared base (`core/styles.ts`):
 * a data table and a button that looks like a link. A widget adds what it
 * uses to its view's styles, so no widget carries what it does not show.
 */
import { css } from 'lit';

/** A plain data table: a caption, rows with a hairline, text aligned to the start. */
export const tableStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    padding-block-end: var(--_space-2);
    font-weight: 600;
    text-align: start;
  }
  th,
  td {
    padding: var(--_space-2) var(--_space-3);
    border-block-end: 1px solid var(--_color-border-subtle);
    text-align: start;
    vertical-align: top;
    overflow-wrap: break-word;
  }
  thead th {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
`;

/** A `<button class="link">` that reads as a link in running text ("Endre", "Vis alle"). */
export const linkButtonStyles = css`
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-link);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
`;
