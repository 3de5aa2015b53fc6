/** The details, review and result steps' styles, adopted with their code (after the shared form styles). */
import { css } from 'lit';

export const styles = css`
  #f-attendees {
    max-width: 6em;
  }
  /* The problems are a plain list, like the step's other lists. */
  .summary ul {
    gap: var(--_space-3);
    padding: 0;
    list-style: none;
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
  /* Wide enough for "Referansenummer" (never broken inside a word). */
  .review dt {
    flex: 0 0 10em;
    font-weight: 600;
    overflow-wrap: normal;
  }
  .review dd {
    flex: 1 1 12em;
    /* What a person typed may be a long unbroken string (a URL): it breaks rather than widen the review. */
    min-width: 0;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  .review .change {
    flex: 0 0 auto;
    white-space: normal;
  }
  /* The confirmation: what was booked, its status and where the e-mail went, in one panel. */
  .receipt {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-4);
    border: 1px solid var(--_color-success);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_color-success-bg);
  }
  .receipt.info {
    border-color: var(--_color-primary);
    background: var(--_color-info-bg);
  }
  .receipt .text {
    display: flex;
    gap: var(--_space-3);
    align-items: flex-start;
    font-weight: 600;
  }
  /* A tick in a disc (confirmed), a clock face (waiting): shapes, not colour alone. */
  .receipt .mark {
    position: relative;
    flex: none;
    width: 1.5em;
    height: 1.5em;
    border: 2px solid var(--_color-success);
    border-radius: 50%;
    background: var(--_color-success);
  }
  .receipt .mark::after {
    content: '';
    position: absolute;
    top: 18%;
    left: 34%;
    width: 26%;
    height: 48%;
    border: solid var(--_color-success-bg);
    border-width: 0 0.16em 0.16em 0;
    transform: rotate(45deg);
  }
  .receipt.info .mark {
    border-color: var(--_color-primary);
    background: none;
  }
  .receipt.info .mark::after {
    top: 20%;
    left: 45%;
    width: 30%;
    height: 33%;
    border-color: var(--_color-primary);
    border-width: 0 0 0.14em 0.14em;
    transform: none;
  }
  .receipt .review {
    border-color: var(--_color-border-subtle);
  }
  .receipt .row:last-child {
    border-bottom: 0;
  }
  .cancel {
    color: var(--_color-text-muted);
  }
  @media (forced-colors: active) {
    .receipt .mark {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    .receipt .mark::after {
      border-color: CanvasText;
    }
    .receipt {
      border-color: CanvasText;
    }
  }
`;
