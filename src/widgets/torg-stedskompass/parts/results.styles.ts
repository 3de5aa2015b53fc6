import { css } from 'lit';

/** The compass and its legend, and what the results table adds to the shared one (`tableStyles`). */
export const styles = css`
  .results {
    display: grid;
    gap: var(--_space-3);
    container-type: inline-size;
  }
  .compass {
    container-type: inline-size;
    max-width: var(--torg-stedskompass-chart-max-width, 40em);
  }
  .compass > svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .ring,
  .spoke,
  polygon,
  polyline,
  .legend line {
    fill: none;
  }
  @container (max-width: 34em) {
    .wide {
      display: none !important;
    }
  }
  @container (min-width: 34em) {
    .narrow,
    .key {
      display: none !important;
    }
  }
  /* On a phone the rim shows the themes' numbers; the key names them, two columns when there is room. */
  .key {
    columns: 2 11em;
    column-gap: var(--_space-4);
    margin: var(--_space-3) 0 0;
    padding-inline-start: 1.75em;
    font-size: 0.875em;
  }
  .key li {
    break-inside: avoid;
  }
  .ring {
    stroke: var(--_color-border-subtle);
  }
  .spoke {
    stroke: var(--_color-border-subtle);
    stroke-dasharray: 2 3;
  }
  text {
    fill: var(--_color-text);
    font-size: 13px;
  }
  .narrow .label {
    font-size: 18px;
    font-weight: 600;
  }
  /* Sizes in the chart's units: at least 12 px on screen at the smallest width each chart is drawn at (320 px, 34em). */
  .tick {
    fill: var(--_color-text-muted);
    font-size: 13px;
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_color-bg);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .narrow .tick {
    font-size: 15px;
  }
  .mean {
    fill: var(--_mean);
    stroke: var(--_mean);
  }
  .mean polygon {
    fill: color-mix(in srgb, var(--_mean) 15%, transparent);
  }
  .mean polygon,
  .mean polyline {
    stroke-width: 2.5;
  }
  .own {
    fill: var(--_own);
    stroke: var(--_own);
  }
  .own polygon,
  .own polyline,
  .own line {
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-5);
    padding: 0;
    margin-block-start: var(--_space-3);
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
  }
  .legend line {
    stroke-width: 2.5;
  }
  /* The table is shared/styles.ts's, a little narrower (it fits a phone); numbers line up at the end, in figures of one width. */
  th,
  td {
    padding-inline: var(--_space-2);
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  tbody th {
    font-weight: normal;
  }
  thead th {
    overflow-wrap: normal;
    vertical-align: bottom;
    border-block-end: 2px solid var(--_color-border);
  }
  thead th:not(:first-child) {
    text-align: end;
  }
  /* A narrow column (a sidebar): each theme on a line of its own, its figures below it with their labels. */
  @container (max-width: 21em) {
    table,
    tbody,
    tr,
    th {
      display: block;
    }
    thead {
      display: none;
    }
    tbody tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_space-4);
      padding-block: var(--_space-2);
      border-block-end: 1px solid var(--_color-border-subtle);
    }
    tbody th {
      flex: 1 1 100%;
    }
    tbody th,
    td {
      padding: 0;
      border: 0;
      text-align: start;
    }
    td::before {
      content: attr(data-label) ': ';
      color: var(--_color-text-muted);
    }
  }
  @media (forced-colors: active) {
    .ring,
    .spoke {
      stroke: GrayText;
    }
    text,
    .tick {
      fill: CanvasText;
    }
    .tick {
      stroke: Canvas;
    }
    .mean {
      fill: Highlight;
      stroke: Highlight;
    }
    .mean polygon {
      fill: none;
    }
    .own {
      fill: LinkText;
      stroke: LinkText;
    }
  }
`;
