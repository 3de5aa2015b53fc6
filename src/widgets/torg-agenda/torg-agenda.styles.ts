/**
 * `<torg-agenda>`'s own styles (the shared tokens and states come from the
 * base), with its view (an opened meeting's agenda items: with its part, `parts/detail.ts`).
 *
 * Print: a printed agenda reads like a paper one — no buttons, every loaded
 * agenda shown, the address of every link written out.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    --_accent: var(--torg-agenda-accent, var(--_color-primary));
  }
  .root,
  section,
  .list,
  .meeting,
  .panel,
  .agenda {
    display: grid;
    /* As wide as the element: a long unbroken string in API text breaks in it rather than widen it. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-4);
  }
  .root {
    gap: var(--_space-5);
  }
  .list,
  .agenda,
  .docs {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .meeting {
    gap: var(--_space-2);
    padding: var(--_space-4);
    border: 1px solid var(--_color-border-subtle);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_color-bg);
  }
  .cancelled {
    border-inline-start-color: var(--_color-danger);
  }
  .struck {
    text-decoration: line-through;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0 var(--_space-3);
  }
  dt {
    color: var(--_color-text-muted);
  }
  .status {
    display: inline-block;
    margin-inline-start: var(--_space-2);
    padding: 0 var(--_space-2);
    border: 1px solid;
    border-radius: var(--_radius);
    font-size: 0.8em;
    vertical-align: 0.15em;
  }
  .avlyst {
    border-color: var(--_color-danger);
    background: var(--_color-danger);
    color: var(--_color-on-primary);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .gjennomfort {
    background: var(--_color-success-bg);
    color: var(--_color-success);
  }
  .ongoing {
    background: var(--_color-warning-bg);
    color: var(--_color-warning);
  }
  .muted {
    color: var(--_color-text-muted);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-4);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    justify-self: start;
    min-height: 2.75em;
    padding: 0 var(--_space-2);
    margin-inline-start: calc(var(--_space-2) * -1);
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: var(--_color-link);
    font-weight: 600;
    cursor: pointer;
  }
  .toggle::before {
    content: '';
    width: 0.45em;
    height: 0.45em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  [aria-expanded='true']::before {
    transform: rotate(45deg);
  }
  .oslo-time {
    margin-bottom: var(--_space-3);
    color: var(--_color-text-muted);
  }
  .toggle:hover {
    text-decoration: underline;
  }
  .panel {
    padding-top: var(--_space-3);
    border-top: 1px solid var(--_color-border-subtle);
  }
  .panel[hidden] {
    display: none;
  }
  /* A meeting's heading and the headings in its panel sit close to what follows. */
  .snug {
    margin-bottom: calc(var(--_space-2) * -1);
  }
  .agenda {
    gap: 0;
  }
  .docs li {
    padding: var(--_space-1) 0;
  }
  /* A link on a line of its own is a target of at least 24 px (WCAG 2.5.8). */
  .docs a,
  .links a {
    display: inline-block;
    min-height: 24px;
  }
  .more {
    justify-self: start;
  }
  /* The loading state: a section heading and meeting cards. */
  .skeleton.agenda .heading {
    width: 45%;
    height: 1.6em;
  }
  .skeleton.agenda .meeting {
    width: 100%;
    height: 9em;
    /* A bar, not a white card: 3:1 against the page like every skeleton. */
    background: var(--_color-skeleton);
  }
  @media (forced-colors: active) {
    .status,
    .meeting {
      border-color: CanvasText;
    }
    .toggle::before {
      border-color: ButtonText;
    }
  }
  @media print {
    :host {
      color: #000;
    }
    button,
    .cal,
    .notice {
      display: none !important;
    }
    .panel[hidden] {
      display: grid;
    }
    .panel:empty {
      display: none;
    }
    .meeting {
      break-inside: avoid-page;
      border: 0;
      border-top: 1px solid #000;
      border-radius: 0;
      padding-inline: 0;
    }
    a {
      color: inherit;
    }
    a[href^='http']::after {
      content: ' <' attr(href) '>';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }
`;
