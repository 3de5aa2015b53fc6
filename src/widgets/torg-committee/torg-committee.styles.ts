/** Styles of `<torg-committee>`'s view (the shared tokens and states come with the element). */
import { css } from 'lit';

export const styles = css`
  :host {
    --_photo: var(--torg-committee-photo-size, 3.5em);
  }
  .base,
  .committee,
  section,
  .group {
    display: grid;
    /* As wide as the element: the members' columns (17 em) never widen a narrow one. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-5);
  }
  section {
    gap: var(--_space-4);
  }
  .group {
    gap: var(--_space-2);
  }
  .muted,
  dt {
    color: var(--_color-text-muted);
  }
  dl {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-5);
    margin-top: var(--_space-3);
  }
  /* A long unbroken string in API text (a URL) breaks in its line rather than widen it. */
  dl > * {
    min-width: 0;
  }
  dt,
  .small {
    font-size: 0.875em;
  }
  .sep:not(:first-child)::before {
    content: ' · ';
  }
  /* Links on a line of their own, or between dots, are targets of at least 24 px (WCAG 2.5.8). */
  .sep a,
  a.small {
    display: inline-block;
    min-height: 24px;
  }
  ul {
    list-style: none;
    padding: 0;
  }
  .members {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17em), 1fr));
    gap: var(--_space-3);
  }
  .member {
    display: flex;
    gap: var(--_space-3);
    align-items: flex-start;
    padding: var(--_space-3);
    border: 1px solid var(--_color-border-subtle);
    border-radius: var(--_radius);
  }
  .vacant {
    align-items: center;
    border: 2px dashed var(--_color-border);
    color: var(--_color-text-muted);
    font-weight: 600;
  }
  .photo {
    flex: none;
    display: grid;
    place-items: center;
    width: var(--_photo);
    height: var(--_photo);
    border-radius: 50%;
    object-fit: cover;
    background: var(--_color-surface);
    color: var(--_color-text-muted);
    font-weight: 600;
  }
  .name {
    font-weight: 600;
  }
  .role {
    padding: 0 var(--_space-2);
    border-radius: var(--_radius);
    background: var(--_color-info-bg);
    font-size: 0.8125em;
  }
  .check {
    padding: var(--_space-4);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .summary {
    display: flex;
    gap: var(--_space-2);
    align-items: center;
    font-size: 1.125em;
  }
  .summary,
  .state {
    font-weight: 600;
    color: var(--_tone);
  }
  .state::before {
    content: ' · ';
    color: var(--_color-text-muted);
  }
  .rules {
    border-top: 1px solid var(--_color-border-subtle);
  }
  .rule {
    display: flex;
    gap: var(--_space-3);
    padding: var(--_space-3) 0;
    border-bottom: 1px solid var(--_color-border-subtle);
  }
  .rule svg {
    color: var(--_tone);
  }
  .met {
    --_tone: var(--_color-success);
  }
  .missing {
    --_tone: var(--_color-danger);
  }
  .unverified {
    --_tone: var(--_color-warning);
  }
  svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin-top: 0.1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
  }
  .committee-skeleton .heading {
    width: 45%;
    height: 1.5em;
  }
  .committee-skeleton .check {
    display: grid;
    gap: var(--_space-3);
  }
  .committee-skeleton .tall {
    width: 100%;
    height: 4.5em;
  }
  .committee-skeleton .member {
    width: 100%;
    height: 5.5em;
  }
  @media (forced-colors: active) {
    .member,
    .check {
      border: 1px solid CanvasText;
    }
    /* An SVG keeps a colour set on it (preserve-parent-color): the marks differ by shape, in the theme's text colour. */
    .rule svg {
      color: CanvasText;
    }
  }
`;
