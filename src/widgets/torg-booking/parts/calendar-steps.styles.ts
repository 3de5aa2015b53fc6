/** The day and time steps' styles (month navigation, grid, free times), adopted with their code. */
import { css } from 'lit';

export const styles = css`
  .sub + .slots {
    margin-top: var(--_space-2);
  }
  .slots {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
    gap: var(--_space-2);
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
    box-shadow: inset 0 0 0 2px var(--_color-primary);
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
  .month .sub {
    margin: 0;
    text-align: center;
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
  #lost:focus-visible {
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    /* The grid's invisible day rings would be forced visible; only today's keeps its ring. */
    .date-grid td:not(.today) .num {
      border-color: Canvas;
    }
    .slot {
      border-color: CanvasText;
    }
    .slot[aria-current='true'] {
      outline: 2px solid Highlight;
    }
    .date-grid td:not([aria-disabled]):not(.outside) .num {
      color: LinkText;
    }
  }
`;
