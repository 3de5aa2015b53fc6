/** The day and time steps' styles (month navigation, grid, free times), adopted with their code. */
import { css } from 'lit';

export const styles = css`
  .sub + .slots,
  .sub + .slot-day {
    margin-top: var(--_space-2);
  }
  .slots {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    gap: var(--_space-2);
  }
  /* The next free times after a lost one: a short line per day, its times below it. */
  .slot-day {
    display: grid;
    gap: var(--_space-2);
  }
  .slot-day + .slot-day {
    margin-top: var(--_space-3);
  }
  .slot-date {
    font-weight: 600;
  }
  .slot {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_space-2);
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
    box-shadow: inset 0 0 0 2px var(--_color-primary);
    background: var(--_color-info-bg);
  }
  .slot .time {
    font-weight: 600;
    white-space: nowrap;
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
  .date-grid + .hint {
    margin-top: var(--_space-2);
  }
  .month .sub {
    margin: 0;
    text-align: center;
  }
  /* A month loading: rows of bars (3:1 against the background, like every skeleton), the grid's size. */
  .grid-skeleton {
    min-height: 18em;
    border-radius: var(--_radius);
    background: repeating-linear-gradient(var(--_color-skeleton) 0 1.6em, transparent 1.6em 2.75em);
    animation: torg-pulse 1.5s ease-in-out infinite alternate;
  }
  #lost:focus-visible {
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .slot {
      border-color: CanvasText;
    }
    .slot[aria-current='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
