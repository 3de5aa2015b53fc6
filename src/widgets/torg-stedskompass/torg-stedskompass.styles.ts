import { css } from 'lit';

/**
 * The styles of `<torg-stedskompass>`'s view: the element's knobs, the
 * skeletons and the survey form. Sending (the error summary, the status, the
 * thanks) and the results (compass and table) bring theirs with them
 * (`parts/sending.styles.ts`, `parts/results.styles.ts`).
 */
export const styles = css`
  :host {
    --_mean: var(--torg-stedskompass-mean-color, var(--_color-primary));
    --_own: var(--torg-stedskompass-own-color, var(--_color-focus));
    --_sticky-top: var(--torg-stedskompass-sticky-top, 0px);
  }
  /* Headings that receive focus after a change (thanks, the survey's title) are not controls. */
  :is(h1, h2, h3, h4, h5, h6)[tabindex='-1']:focus {
    outline: none;
  }

  /* --- skeletons, shaped like the survey's first screen and like the results --- */
  .skeleton .heading {
    width: 50%;
    height: 1.6em;
  }
  .skeleton .card {
    width: auto;
    height: 14em;
  }
  .skeleton .chart {
    width: auto;
    max-width: var(--torg-stedskompass-chart-max-width, 40em);
    height: auto;
    aspect-ratio: 550 / 430;
  }

  /* --- the survey --- */
  .intro,
  .theme,
  .field {
    display: grid;
    gap: var(--_space-3);
  }
  .intro {
    margin-block-end: var(--_space-4);
  }
  .muted,
  .count,
  .ends {
    color: var(--_color-text-muted);
  }
  .progress {
    position: sticky;
    top: var(--_sticky-top);
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-4);
    padding-block: var(--_space-2);
    margin-block-end: var(--_space-4);
    border-block-end: 1px solid var(--_color-border-subtle);
    background: var(--_color-bg);
  }
  /*
   * On a phone, a short screen or zoomed in, the line would cover too much (and the field in focus): it
   * scrolls with the form. Where it stays, what gets focus stops below it (scroll-margin).
   */
  @media (max-width: 40em), (max-height: 30em) {
    .progress {
      position: static;
    }
  }
  form :is(fieldset, input, textarea, summary, button, a),
  .summary {
    scroll-margin-top: calc(var(--_sticky-top) + 9em);
  }
  .progress p,
  legend,
  summary,
  .field label,
  .scale label,
  .field-error {
    font-weight: 600;
  }
  progress {
    flex: 1 1 6em;
    height: 0.75em;
    accent-color: var(--_mean);
  }
  .index {
    flex: 1 1 100%;
  }
  /* A long index scrolls down, in as many columns as fit: the height limit is not on the columns
     themselves, which would then overflow sideways. */
  .index .scroll {
    max-height: 50vh;
    overflow: auto;
    margin-block-start: var(--_space-2);
  }
  .index ol {
    margin: 0;
    columns: 15em;
  }
  summary {
    padding-block: var(--_space-1);
    cursor: pointer;
    color: var(--_color-link);
  }
  /* The index's buttons look like links (shared/styles.ts), with room to tap. */
  .index .link {
    padding-block: var(--_space-1);
  }
  fieldset {
    min-width: 0;
    margin: 0;
  }
  .plain {
    padding: 0;
    border: 0;
  }
  .theme {
    padding: var(--_space-4);
    margin-block-end: var(--_space-4);
    border: 1px solid var(--_color-border-subtle);
    border-radius: var(--_radius);
  }
  legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    padding-inline: var(--_space-1);
    font-size: 1.1em;
  }
  /* The theme's name wraps beside its number; below it only when its longest word has no room there. */
  legend > .num + span {
    flex: 1 1 0;
  }
  .num {
    display: inline-grid;
    place-items: center;
    min-width: 1.8em;
    height: 1.8em;
    border-radius: 50%;
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-size: 0.85em;
  }
  .scale {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
    gap: var(--_space-1);
  }
  .scale label {
    display: grid;
    justify-items: center;
    gap: var(--_space-1);
    padding-block: var(--_space-2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .scale label:has(:checked) {
    border-color: var(--_color-primary);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .scale label:hover {
    border-color: var(--_color-primary);
  }
  /* The whole option shows keyboard focus, not only the small radio inside it. */
  .scale label:has(:focus-visible) {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .scale input:focus-visible {
    outline: none;
  }
  .scale input {
    accent-color: var(--_color-on-primary);
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-2);
    margin-block-start: calc(-1 * var(--_space-2));
    font-size: 0.875em;
  }
  .skip,
  .options label {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    min-height: 2.5em;
    cursor: pointer;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space-5);
  }
  .field {
    gap: var(--_space-1);
    margin-block-start: var(--_space-3);
  }
  /* Inside <details> the page's box-sizing chain passes through its slot: set it again. */
  details *,
  textarea {
    box-sizing: border-box;
  }
  textarea {
    width: 100%;
    min-height: 5em;
    padding: var(--_space-2);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_color-danger);
  }
  .count {
    font-size: 0.875em;
  }
  .over,
  .field-error {
    color: var(--_color-danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    margin-block: var(--_space-4);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.65;
  }
  .danger {
    border-color: var(--_color-danger);
    background: var(--_color-danger);
  }
  dialog {
    max-width: min(32em, 100vw - 2em);
    padding: var(--_space-5);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
    color: var(--_color-text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog p {
    margin-block-start: var(--_space-3);
  }
  @media (forced-colors: active) {
    .scale label:has(:checked) {
      outline: 3px solid Highlight;
    }
    .num,
    .theme {
      border: 1px solid CanvasText;
    }
  }
`;
