import { css } from 'lit';

export const styles = css`
  .oh {
    display: grid;
    gap: var(--_space-4);
    max-width: 40em;
  }
  .status {
    display: flex;
    gap: var(--_space-3);
    align-items: baseline;
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_color-border-subtle);
    border-inline-start: 4px solid var(--_c);
    border-radius: var(--_radius);
    background: var(--_bg);
    font-size: 1.125em;
    --_c: var(--_color-border);
    --_bg: var(--_color-surface);
  }
  .open {
    --_c: var(--_color-success);
    --_bg: var(--_color-success-bg);
  }
  .closed {
    --_c: var(--_color-danger);
    --_bg: var(--_color-danger-bg);
  }
  .dot {
    flex: none;
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    background: var(--_c);
  }
  /* An interval stays on one line, and breaks after its dash only when a narrow column has no room for it. */
  .iv {
    display: inline-block;
  }
  /*
   * Room for "30. november" and "Åpningstid" side by side in a 15 em column (a sidebar of 240 px), and on a
   * phone's narrow screen tighter still, so the week fits a padded column of a 320 px page.
   */
  th,
  td {
    padding-inline: min(var(--_space-2), 1.5vw);
  }
  tbody th {
    border-inline-start: 4px solid transparent;
    font-weight: 400;
  }
  .now {
    background: var(--torg-opening-hours-today-bg, var(--_color-info-bg));
    font-weight: 700;
  }
  .now th {
    border-inline-start-color: var(--_color-primary);
    font-weight: 700;
  }
  .mark {
    margin-inline-start: var(--_space-2);
    padding: 0 var(--_space-2);
    border-radius: var(--_radius);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-size: 0.8em;
    white-space: nowrap;
  }
  .note {
    display: block;
    color: var(--_color-text-muted);
    font-size: 0.875em;
    font-weight: 400;
  }
  [part='today'] .note {
    display: inline;
  }
  ul {
    margin-block-start: var(--_space-2);
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: var(--_space-1);
  }
  @media (forced-colors: active) {
    .status,
    .mark {
      border: 1px solid CanvasText;
    }
    .dot {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .now th {
      border-inline-start-color: Highlight;
    }
  }
  /* The loading status line: a bar (3:1 against the page like every skeleton), not an empty status box. */
  .skeleton .status {
    background: var(--_color-skeleton);
  }
`;
