/**
 * Styles more than one widget uses, beyond the shared base (`core/styles.ts`):
 * a data table, a button that looks like a link, and checkboxes and radio
 * buttons. A widget adds what it uses to its view's styles, so no widget
 * carries what it does not show. Every control is a target of at least
 * 24 × 24 px (WCAG 2.2, 2.5.8).
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
    /* Not break-word: a long unbroken string (a URL in a note) must narrow the column, not widen the table. */
    overflow-wrap: anywhere;
  }
  /*
   * A header (a day, a theme, a name) keeps its words whole: its column is at least as wide as its longest
   * word, and the data cells give way. Not "anywhere" here, or a narrow table breaks "nov / ember".
   */
  th {
    overflow-wrap: break-word;
  }
  thead th {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
`;

/** A `<button class="link">` that reads as a link in running text ("Endre", "Vis alle"), 24 px high at least. */
export const linkButtonStyles = css`
  .link {
    min-width: 24px;
    min-height: 24px;
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

/** Checkboxes and radio buttons of at least 24 × 24 px, in the widget's colours. */
export const choiceStyles = css`
  input:is([type='checkbox'], [type='radio']) {
    flex: none;
    width: max(1.25em, 24px);
    height: max(1.25em, 24px);
    margin: 0;
    accent-color: var(--_color-primary);
  }
`;
