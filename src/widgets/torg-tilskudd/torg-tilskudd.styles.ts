/** The styles of `<torg-tilskudd>`'s view (the form's come with it: `parts/application.styles.ts`). */
import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: var(--_space-2) var(--_space-4);
    margin-block-end: var(--_space-4);
  }
  .year {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
  }
  .year label {
    font-weight: 600;
  }
  select {
    min-height: max(2.75em, 24px);
    padding: var(--_space-1) var(--_space-2);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
  }
  .sums dl {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3) var(--_space-6);
  }
  .sums dt {
    color: var(--_color-text-muted);
    font-size: 0.9375em;
  }
  .sums dd {
    font-size: 1.375em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .sums .over dd {
    color: var(--_color-danger);
  }
  .meter {
    height: 1em;
    margin-block: var(--_space-3) var(--_space-2);
    overflow: hidden;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .meter > span {
    display: block;
    height: 100%;
    background: var(--torg-tilskudd-meter-color, var(--_color-primary));
  }
  .sums p {
    margin: 0 0 var(--_space-1);
  }
  section,
  table,
  .state-empty {
    margin-block-start: var(--_space-5);
  }
  .grants-title,
  section > :is(h1, h2, h3, h4, h5, h6) {
    margin-block-end: var(--_space-2);
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  tbody th {
    font-weight: 600;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-block-end: 0;
  }
  th[aria-sort] {
    padding: 0;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    min-height: 24px;
    width: 100%;
    padding: var(--_space-2) var(--_space-3);
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .num .sort {
    justify-content: end;
  }
  .arrow {
    color: var(--_color-text-muted);
  }
  /* Links that stand alone (not in a sentence) are targets of 24 px at least (WCAG 2.2, 2.5.8). */
  [part='meeting'],
  .guidelines a {
    display: inline-block;
    min-height: 24px;
  }
  .case {
    display: block;
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .guidelines ul {
    padding-inline-start: 1.2em;
  }
  .apply > .button {
    margin-block-start: var(--_space-2);
  }
  .skeleton.tilskudd .sums {
    height: 3.5em;
  }
  .skeleton.tilskudd .meter {
    width: 100%;
  }
  .skeleton.tilskudd .heading {
    width: 40%;
    height: 1.5em;
    margin-block-start: var(--_space-3);
  }
  .skeleton.tilskudd .row {
    width: 100%;
  }
  /* Narrow: each grant as a card with its labels. */
  @container (max-width: 32em) {
    table,
    tbody,
    tfoot,
    tr,
    th,
    td {
      display: block;
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
    }
    thead th:not([aria-sort]) {
      display: none;
    }
    thead th[aria-sort] {
      flex: 1 1 auto;
    }
    tbody tr,
    tfoot tr {
      padding-block: var(--_space-2);
      border-block-end: 1px solid var(--_color-border-subtle);
    }
    tbody th,
    td {
      padding: 0 0 var(--_space-1);
      border: 0;
      text-align: start;
    }
    td[data-label]::before {
      content: attr(data-label) ': ';
      color: var(--_color-text-muted);
    }
    tfoot td:empty {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .meter > span {
      background: Highlight;
    }
  }
`;
