/**
 * `<torg-booking>`'s own styles (on top of the shared tokens and the date
 * grid's), adopted when the steps load. Sizes in `em`, so the widget follows
 * the page's text size; usable at 320 px and at 200 % zoom.
 */
import { css } from 'lit';

export const bookingStyles = css`
  .step {
    display: grid;
    gap: var(--_space-4);
    max-width: var(--torg-booking-max-width, 40em);
  }
  .step > h2:focus {
    outline: none;
  }
  .step > h2 {
    display: grid;
    gap: var(--_space-1);
    scroll-margin-top: var(--_space-6);
  }
  .progress {
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_color-text-muted);
    letter-spacing: 0.02em;
  }
  .context,
  .hint,
  .facts,
  .optional {
    color: var(--_color-text-muted);
  }
  .hint,
  .facts,
  .optional {
    font-size: 0.9375em;
  }
  h3 {
    margin-top: var(--_space-2);
  }
  .choices,
  .slots,
  .summary ul {
    display: grid;
    gap: var(--_space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  h3 + .slots,
  h3 + .choices {
    margin-top: var(--_space-2);
  }
  .slots {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
    gap: var(--_space-2);
  }
  .card {
    position: relative;
    display: grid;
    gap: var(--_space-1);
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
  }
  .card:hover {
    border-color: var(--_color-primary);
    box-shadow: var(--_shadow);
  }
  .choice {
    all: unset;
    color: var(--_color-link);
    font-weight: 700;
    font-size: 1.0625em;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  /* The whole card is the button's target. */
  .choice::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .choice:focus-visible {
    outline: none;
  }
  .choice:focus-visible::after {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .choice[aria-current='true'],
  .slot[aria-current='true'] {
    box-shadow: inset 0 0 0 2px var(--_color-primary);
  }
  .card:has(.choice[aria-current='true']) {
    border-color: var(--_color-primary);
    background: var(--_color-info-bg);
  }
  .slot {
    display: grid;
    width: 100%;
    min-height: 2.75em;
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-bg);
    color: var(--_color-primary);
    text-align: start;
    cursor: pointer;
  }
  .slot:hover {
    background: var(--_color-info-bg);
  }
  .slot[aria-current='true'] {
    background: var(--_color-info-bg);
  }
  .slot .time,
  .slot .date {
    font-weight: 600;
  }
  .slot .comma {
    opacity: 0;
  }
  .slot .duration {
    font-size: 0.875em;
    color: var(--_color-text-muted);
  }
  .month {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
  }
  .month h3 {
    margin: 0;
    text-align: center;
  }
  .button.icon {
    min-width: 2.75em;
    padding-inline: var(--_space-2);
    font-size: 1.25em;
    line-height: 1;
  }
  [aria-disabled='true'].button {
    cursor: not-allowed;
    opacity: 0.5;
  }
  .date-grid td[aria-disabled='true'] {
    background: var(--_color-surface);
  }
  .date-grid td[aria-disabled='true']:not(.outside) .num {
    text-decoration: line-through;
  }
  .date-grid td:not([aria-disabled]):not(.outside) .num {
    color: var(--_color-primary);
    font-weight: 700;
    text-decoration: underline;
  }
  .grid-skeleton {
    min-height: 18em;
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    align-items: center;
  }
  form {
    display: grid;
    gap: var(--_space-4);
  }
  .field {
    display: grid;
    gap: var(--_space-1);
  }
  label {
    font-weight: 600;
  }
  input:not([type='checkbox']),
  textarea {
    width: 100%;
    max-width: 30em;
    min-height: 2.75em;
    padding: var(--_space-2) var(--_space-3);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
  }
  #f-attendees {
    max-width: 6em;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_color-danger);
  }
  .field-error {
    padding-inline-start: var(--_space-2);
    border-inline-start: 4px solid var(--_color-danger);
    color: var(--_color-danger);
    font-weight: 600;
  }
  .field:has([aria-invalid='true']) {
    padding-inline-start: var(--_space-3);
    border-inline-start: 4px solid var(--_color-danger);
  }
  .field:has([aria-invalid='true']) .field-error {
    padding: 0;
    border: 0;
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
  }
  .check {
    display: flex;
    gap: var(--_space-3);
    align-items: flex-start;
  }
  .check input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_color-primary);
  }
  .summary {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-4);
    border: 3px solid var(--_color-danger);
    border-radius: var(--_radius);
  }
  .summary h3 {
    margin: 0;
  }
  .summary a {
    color: var(--_color-danger);
    font-weight: 600;
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
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .success {
    border-color: var(--_color-success);
    background: var(--_color-success-bg);
  }
  #lost:focus-visible,
  .summary:focus-visible {
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    /* The grid's invisible day rings would be forced visible; only today's keeps its ring. */
    .date-grid td:not(.today) .num {
      border-color: Canvas;
    }
    .card,
    .slot,
    .summary,
    input,
    textarea {
      border-color: CanvasText;
    }
    .choice[aria-current='true'],
    .slot[aria-current='true'] {
      outline: 2px solid Highlight;
    }
    .date-grid td:not([aria-disabled]):not(.outside) .num {
      color: LinkText;
    }
  }
`;
