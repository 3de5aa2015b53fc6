/**
 * Design tokens and the styles every widget shares.
 *
 * Public tokens are `--torg-*` custom properties set by the host page; each
 * is read once here into a private `--_…` variable with its default, so a
 * widget's own CSS only uses the private names. Defaults fit a Norwegian
 * public-sector page and meet WCAG 2.1 AA contrast on white (text ≥ 4.5:1,
 * borders and focus ≥ 3:1).
 *
 * Sizes are in `em`, so a widget follows the host page's text size; the
 * font is inherited from the page unless `--torg-font-family` is set.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_color-text: var(--torg-color-text, #1f2328);
    --_color-text-muted: var(--torg-color-text-muted, #4f5760);
    --_color-bg: var(--torg-color-bg, #ffffff);
    --_color-surface: var(--torg-color-surface, #f3f5f7);
    --_color-border: var(--torg-color-border, #767f88);
    --_color-border-subtle: var(--torg-color-border-subtle, #d5dade);
    --_color-primary: var(--torg-color-primary, #00509e);
    --_color-primary-hover: var(--torg-color-primary-hover, #003b75);
    --_color-on-primary: var(--torg-color-on-primary, #ffffff);
    --_color-link: var(--torg-color-link, #00509e);
    --_color-focus: var(--torg-color-focus, #b34700);
    --_color-success: var(--torg-color-success, #1b6b32);
    --_color-success-bg: var(--torg-color-success-bg, #e6f4ea);
    --_color-danger: var(--torg-color-danger, #b3261e);
    --_color-danger-bg: var(--torg-color-danger-bg, #fdecea);
    --_color-warning: var(--torg-color-warning, #6e4a00);
    --_color-warning-bg: var(--torg-color-warning-bg, #fff4d6);
    --_color-info-bg: var(--torg-color-info-bg, #e8f1fb);
    --_font-family: var(--torg-font-family, inherit);
    --_font-size: var(--torg-font-size, 1em);
    --_line-height: var(--torg-line-height, 1.5);
    --_radius: var(--torg-radius, 0.375em);
    --_space-1: var(--torg-space-1, 0.25em);
    --_space-2: var(--torg-space-2, 0.5em);
    --_space-3: var(--torg-space-3, 0.75em);
    --_space-4: var(--torg-space-4, 1em);
    --_space-5: var(--torg-space-5, 1.5em);
    --_space-6: var(--torg-space-6, 2em);
    --_shadow: var(--torg-shadow, 0 1px 3px rgb(0 0 0 / 0.12));
  }
`;

export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_color-text);
    font: normal normal var(--_font-size) / var(--_line-height) var(--_font-family);
    /* Inherited properties a host page might have changed. */
    text-align: start;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  .base:focus {
    outline: none;
  }
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
  figure {
    margin: 0;
  }
  h2 {
    font-size: 1.25em;
    line-height: 1.3;
  }
  h3 {
    font-size: 1.1em;
    line-height: 1.3;
  }
  a {
    color: var(--_color-link);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    min-height: 2.75em;
    padding: var(--_space-2) var(--_space-4);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }
  .button:hover {
    background: var(--_color-primary-hover);
  }
  .button.secondary {
    background: var(--_color-bg);
    color: var(--_color-primary);
  }
  .button.secondary:hover {
    background: var(--_color-info-bg);
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.65;
  }
  .notice,
  .state-error,
  .state-empty {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-4);
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_color-border-subtle);
    border-inline-start: 4px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .notice > .text {
    flex: 1 1 16em;
  }
  .error,
  .state-error {
    border-color: var(--_color-danger);
    background: var(--_color-danger-bg);
  }
  .state-error {
    display: grid;
    justify-items: start;
  }
  .warning {
    border-color: var(--_color-warning);
    background: var(--_color-warning-bg);
  }
  .info {
    border-color: var(--_color-primary);
    background: var(--_color-info-bg);
  }
  .skeleton {
    display: grid;
    gap: var(--_space-3);
    min-height: var(--torg-loading-min-height, 10em);
    align-content: start;
  }
  .bar {
    height: 1.1em;
    border-radius: var(--_radius);
    background: var(--_color-surface);
    animation: torg-pulse 1.5s ease-in-out infinite alternate;
  }
  .bar:nth-child(odd) {
    width: 70%;
  }
  @keyframes torg-pulse {
    to {
      opacity: 0.4;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .button,
    .notice,
    .state-error,
    .state-empty {
      border-color: CanvasText;
    }
  }
`;

/** Every widget's styles start with these. */
export const sharedStyles = [tokens, baseStyles];
