import { css } from 'lit';

/** `<torg-events>`' own styles (on top of the shared ones); the month grid's come with it. */
export const styles = css`
  :host {
    container-type: inline-size;
    --_accent: var(--torg-events-accent, var(--_color-primary));
    --_cancelled: var(--torg-events-cancelled, var(--_color-danger));
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-3) var(--_space-5);
    margin-block-end: var(--_space-4);
  }
  .switch {
    display: inline-flex;
  }
  .switch button {
    min-height: 2.75em;
    padding: var(--_space-2) var(--_space-4);
    border: 2px solid var(--_color-primary);
    background: var(--_color-bg);
    color: var(--_color-primary);
    font-weight: 600;
    cursor: pointer;
  }
  .switch button:first-child {
    border-radius: var(--_radius) 0 0 var(--_radius);
  }
  .switch button:last-child {
    border-radius: 0 var(--_radius) var(--_radius) 0;
    margin-inline-start: -2px;
  }
  .switch [aria-pressed='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
  }
  label {
    display: grid;
    gap: var(--_space-1);
    font-size: 0.875em;
    font-weight: 600;
  }
  select {
    min-height: 2.75em;
    min-width: 10em;
    max-width: 100%;
    padding: var(--_space-1) var(--_space-2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
    font-size: 1.1428em;
    font-weight: 400;
  }
  .notice {
    margin-block-end: var(--_space-3);
  }
  .range {
    margin-block-end: var(--_space-2);
    text-wrap: balance;
  }
  /*
   * Days off screen skip style, layout and paint until scrolled to (thousands of events stay fast). The first
   * screen's days are always laid out (the view marks the others .later): a day that skips starts at its
   * estimated height for a frame, and the content that replaces a server-rendered list must not move.
   */
  .day-group {
    /* Room for focus rings, which the paint containment of a skipped group would clip (not a wider box: at the
       page's edge, a box wider than the widget would make a phone's page scroll sideways). */
    overflow-clip-margin: 0.5em;
  }
  .later {
    content-visibility: auto;
    contain-intrinsic-size: auto 12em;
  }
  .day {
    margin-block: var(--_space-5) var(--_space-2);
    padding-block-end: var(--_space-1);
    border-block-end: 2px solid var(--_accent);
    font-size: 1.05em;
  }
  .events {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .event {
    display: flex;
    gap: var(--_space-1) var(--_space-4);
    padding-block: var(--_space-3);
    border-block-end: 1px solid var(--_color-border-subtle);
  }
  .body {
    flex: 1 1 0;
    min-width: 0;
  }
  .when {
    flex: 0 0 7.5em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    color: var(--_accent);
  }
  .title {
    font-size: 1em;
  }
  /* The event's disclosure: at least 24 px high (WCAG 2.5.8). */
  .title button {
    min-height: 24px;
    padding: 0.125em 0;
    border: 0;
    background: none;
    color: var(--_color-link);
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .name {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .title button:hover .name {
    text-decoration-thickness: 2px;
  }
  /* A chevron drawn with borders: no character in the button's accessible name. */
  .title button::after {
    content: '';
    display: inline-block;
    width: 0.45em;
    height: 0.45em;
    margin-inline: 0.5em 0.15em;
    border: solid currentColor;
    border-width: 0 0.14em 0.14em 0;
    vertical-align: 0.2em;
    transform: rotate(45deg);
  }
  .title [aria-expanded='true']::after {
    vertical-align: -0.05em;
    transform: rotate(-135deg);
  }
  /* A link on a line of its own is a target of at least 24 px (WCAG 2.5.8). */
  .register {
    display: inline-block;
    min-height: 24px;
    padding-block: 0.125em;
  }
  .cancelled .name {
    text-decoration: line-through;
  }
  .badge {
    display: inline-block;
    margin-inline-end: var(--_space-1);
    padding: 0 var(--_space-2);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_color-danger-bg);
    color: var(--_cancelled);
    font-size: 0.875em;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .meta {
    color: var(--_color-text-muted);
  }
  .details {
    display: grid;
    /* As wide as the element: a long unbroken string in API text breaks in it rather than widen it. */
    grid-template-columns: minmax(0, 1fr);

    gap: var(--_space-2);
    margin-block-start: var(--_space-2);
    padding: var(--_space-3) var(--_space-4);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_color-surface);
  }
  .desc {
    white-space: pre-line;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-4);
  }
  .more {
    margin-block-start: var(--_space-4);
  }
  .state-empty {
    display: grid;
    justify-items: start;
  }
  /* The loading state, shaped like the toolbar and a few days of events. */
  .skeleton.events .toolbar {
    width: 100%;
    height: 4.5em;
  }
  .skeleton.events .heading {
    width: 55%;
    height: 1.6em;
  }
  .skeleton.events .day {
    width: 100%;
    height: 1.4em;
    margin-block-start: var(--_space-3);
  }
  .skeleton.events .row {
    width: 80%;
    height: 3em;
  }
  @container (max-width: 30em) {
    .event {
      flex-direction: column;
    }
    .when {
      flex-basis: auto;
    }
    .filters,
    label,
    select {
      width: 100%;
    }
  }
  @media (forced-colors: active) {
    .switch [aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .badge,
    .day {
      border-color: CanvasText;
    }
  }
`;
