/**
 * Styles of `<torg-finder>`'s view (the shared tokens and states come with
 * the element). Sizes in `em`; the map sits beside the list when the widget
 * itself is wide enough (a container query, so it works in a narrow CMS
 * column too).
 */
import { css } from 'lit';

export const styles = css`
  /* One column as wide as the element: a long unbroken string in API text breaks in it rather than widen it. */
  .finder,
  .controls,
  .results,
  .map-area,
  .listing,
  .list,
  .item,
  .field,
  .combo,
  fieldset {
    grid-template-columns: minmax(0, 1fr);
  }
  .option,
  .chip {
    min-width: 0;
  }
  .finder {
    display: grid;
    gap: var(--_space-4);
    container-type: inline-size;
  }
  .controls {
    display: grid;
    gap: var(--_space-4);
    padding: var(--_space-4);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .field {
    display: grid;
    gap: var(--_space-1);
  }
  label[for],
  summary,
  .count,
  .label,
  .distance {
    font-weight: 600;
  }
  input[type='search'],
  input[role='combobox'] {
    width: 100%;
    min-height: 2.75em;
    padding: 0 var(--_space-3);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
  }
  .hint {
    color: var(--_color-text-muted);
    font-size: 0.9em;
  }
  fieldset {
    display: grid;
    gap: var(--_space-2);
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  summary {
    display: list-item;
    width: fit-content;
    min-height: 1.5em;
    cursor: pointer;
  }
  .chosen {
    font-weight: 400;
  }
  .filter[open] > fieldset {
    margin-top: var(--_space-2);
  }
  .options,
  .nearest,
  .chips,
  .contact,
  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    min-height: 2.75em;
    padding: var(--_space-1) var(--_space-3);
    border: 1px solid var(--_color-border);
    border-radius: 1.5em;
    background: var(--_color-bg);
    cursor: pointer;
  }
  .option:has(:checked) {
    border-color: var(--_color-primary);
    background: var(--_color-info-bg);
    box-shadow: inset 0 0 0 1px var(--_color-primary);
  }
  .status .note {
    display: block;
    padding-inline-start: 1.2em;
    color: var(--_color-text-muted);
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    justify-self: start;
    min-height: 1.5em;
    cursor: pointer;
  }
  .nearest .hint {
    flex: 1 1 14em;
  }
  /* The position button, and beside it (below it when narrow) the place field: the button level with the field. */
  .ways {
    display: grid;
    flex: 1 1 100%;
    grid-template-columns: max-content minmax(0, 1fr);
    align-items: start;
    justify-items: start;
    gap: var(--_space-1) var(--_space-4);
  }
  .with-place > .button {
    grid-row: 2;
  }
  .place {
    display: contents;
  }
  .place > * {
    grid-column: 2;
    justify-self: stretch;
  }
  .place > .combo {
    grid-row: 2;
  }
  .combo {
    display: grid;
    gap: var(--_space-1);
  }
  @container (max-width: 34em) {
    .ways {
      grid-template-columns: minmax(0, 1fr);
    }
    .with-place > .button,
    .place > .combo {
      grid-row: auto;
    }
    .ways > .button {
      margin-block-end: var(--_space-2);
    }
    .place > * {
      grid-column: 1;
    }
  }
  [aria-disabled='true'] {
    cursor: progress;
  }
  .pin-icon,
  .spinner {
    flex: none;
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .pin-icon {
    background: radial-gradient(currentColor 30%, transparent 36%);
  }
  .spinner {
    border-inline-end-color: transparent;
    animation: torg-spin 0.8s linear infinite;
  }
  @keyframes torg-spin {
    to {
      transform: rotate(1turn);
    }
  }
  .results,
  .map-area {
    display: grid;
    gap: var(--_space-4);
  }
  @container (min-width: 46em) {
    .with-map .results {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
    .with-map .map-area {
      position: sticky;
      top: var(--_space-4);
    }
    .with-map .map {
      height: var(--torg-finder-map-height, 34em);
      max-height: none;
    }
  }
  .list,
  .chips,
  .contact {
    padding: 0;
    list-style: none;
  }
  .list {
    display: grid;
    gap: var(--_space-3);
  }
  .listing {
    display: grid;
    gap: var(--_space-4);
  }
  /* "Viser 50 av 10 000 torg" and "Vis 50 flere" under a long list. */
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-4);
  }
  .item {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-4);
    border: 1px solid var(--_color-border-subtle);
    border-inline-start: 4px solid var(--_color-border-subtle);
    border-radius: var(--_radius);
    background: var(--_color-bg);
    box-shadow: var(--_shadow);
    scroll-margin: var(--_space-4);
  }
  .item.selected {
    border-color: var(--_color-primary);
    background: var(--_color-info-bg);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: var(--_space-1) var(--_space-3);
  }
  .name {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-link);
    font-weight: 700;
    text-align: start;
    text-decoration: underline 1px;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .name:hover {
    text-decoration-thickness: 2px;
  }
  /* A link on a line of its own is a target of at least 24 px (WCAG 2.5.8). */
  .contact li > a:only-child {
    display: inline-block;
    min-height: 24px;
  }
  .badge {
    padding: 0 var(--_space-2);
    border: 1px solid var(--_color-warning);
    border-radius: 1em;
    background: var(--_color-warning-bg);
    color: var(--_color-warning);
    font-size: 0.8em;
    font-weight: 700;
  }
  .status::before {
    content: '';
    display: inline-block;
    width: 0.7em;
    height: 0.7em;
    margin-inline-end: var(--_space-2);
    border-radius: 50%;
    background: var(--_color-text-muted);
  }
  .status.open::before {
    background: var(--_color-success);
  }
  .status.closed::before {
    background: var(--_color-danger);
  }
  .status.open strong {
    color: var(--_color-success);
  }
  .status.closed strong {
    color: var(--_color-danger);
  }
  .chip {
    padding: 0 var(--_space-2);
    border: 1px solid var(--_color-border-subtle);
    border-radius: 1em;
    background: var(--_color-surface);
    font-size: 0.875em;
  }
  .chip.on {
    border-color: var(--_color-primary);
    background: var(--_color-info-bg);
    font-weight: 600;
  }
  .contact {
    gap: var(--_space-1) var(--_space-4);
  }
  .map {
    height: var(--torg-finder-map-height, 20em);
    /* One finger moves the map: on a phone (large text, a short screen) the page keeps room to scroll past it. */
    max-height: 75vh;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .none {
    display: grid;
    justify-items: start;
  }
  @media (forced-colors: active) {
    .option:has(:checked),
    .item.selected,
    .chip.on {
      border: 2px solid Highlight;
    }
    .badge,
    .chip {
      border-color: CanvasText;
    }
    .name {
      color: LinkText;
    }
  }
`;
