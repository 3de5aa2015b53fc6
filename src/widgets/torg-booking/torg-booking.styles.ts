/**
 * `<torg-booking>`'s first screen: the step's section and heading, the
 * resource cards, the action buttons every step has, and the loading
 * skeleton shaped like them (the later steps' styles come with their code:
 * `parts/calendar-steps.styles.ts`, `parts/form-steps.styles.ts`). Sizes in
 * `em`, so the widget follows the page's text size; usable at 320 px and at
 * 200 % zoom.
 */
import { css } from 'lit';

export const styles = css`
  .step {
    display: grid;
    /* As wide as the element: a long unbroken string in API text breaks in it rather than widen it. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-4);
    max-width: var(--torg-booking-max-width, 40em);
  }
  .step > .title:focus {
    outline: none;
  }
  .step > .title {
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
  .sub {
    margin-top: var(--_space-2);
  }
  /* The lists of every step: resources, times, problems. */
  .choices,
  .slots,
  .summary ul {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
    padding: 0;
    list-style: none;
  }
  .sub + .choices {
    margin-top: var(--_space-2);
  }
  .card {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
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
  .choice[aria-current='true'] {
    box-shadow: inset 0 0 0 2px var(--_color-primary);
  }
  .card:has(.choice[aria-current='true']) {
    border-color: var(--_color-primary);
    background: var(--_color-info-bg);
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
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    align-items: center;
  }
  /* The skeleton: the sizes of the content it stands for, on a phone and wider (no jump when it comes). */
  .skeleton.booking {
    gap: var(--_space-4);
    max-width: var(--torg-booking-max-width, 40em);
    container-type: inline-size;
  }
  .skeleton.booking .bar {
    width: 100%;
  }
  .skeleton.booking .head {
    display: grid;
    gap: var(--_space-2);
  }
  .skeleton.booking .cards {
    display: grid;
    gap: var(--_space-3);
  }
  .skeleton.booking .count {
    width: 6em;
    height: 1em;
  }
  .skeleton.booking .heading {
    width: 14em;
    max-width: 100%;
    height: 1.75em;
  }
  .skeleton.booking .group {
    width: 10em;
    height: 1.4em;
    margin-block: var(--_space-2);
  }
  .skeleton.booking .card {
    height: 6.5em;
  }
  .skeleton.booking .context {
    width: 12em;
    height: 1.5em;
  }
  .skeleton.booking .nav {
    height: 3.4em;
  }
  .skeleton.booking .grid {
    height: 17em;
    margin-block-end: var(--_space-4);
  }
  .skeleton.booking .block {
    height: 10em;
  }
  @container (max-width: 30em) {
    .skeleton.booking .card {
      height: 10em;
    }
    .skeleton.booking .grid {
      height: 18.4em;
    }
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .choice[aria-current='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
