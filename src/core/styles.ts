/**
 * Design tokens and the styles every widget shares.
 *
 * Each widget paints its own surface: the inner `part="base"` container sets
 * its background, text colour, `color-scheme`, font size, line height and box
 * model, so neither a dark page nor a theme's `* { line-height: 2;
 * box-sizing: content-box }` reaches inside (a page's rules for `*` match the
 * host element itself and win over `:host`, so nothing is left to `:host`).
 * Only the font family and size come from the page.
 *
 * Colours: each token is read once here into a private `--_color-…`
 * variable, in this order — the page's `--torg-color-…`, then Digdir's
 * Designsystemet (`--ds-color-…`) and Oslo's Punkt (`--pkt-color-…`) when
 * the page uses them, then our default. The defaults come in a light and a
 * dark set ({@link COLOR_TOKENS}), picked by the container's `color-scheme`
 * (`theme` attribute or `<meta name="torg:theme">`); every pair used together
 * meets WCAG AA (text ≥ 4.5:1, borders, focus and skeleton ≥ 3:1), checked
 * by a unit test. A widget's own CSS only uses the private names.
 *
 * Sizes are in `em`, so a widget follows the host page's text size.
 */
import { css } from 'lit';
import { colorTokens } from './tokens.js';

export { COLOR_TOKENS, type ColorName, type ColorToken } from './tokens.js';

export const tokens = css`
  :host {
    --_font-size: var(--torg-font-size, 1em);
    --_line-height: var(--torg-line-height, 1.5);
    --_radius: var(--torg-radius, var(--ds-border-radius-md, 0.375em));
    --_focus-width: var(--torg-focus-width, var(--ds-border-width-focus, 3px));
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
    /*
     * Against the page's rules for "*" (which match the host and win over :host): with white-space
     * pre-line, the line breaks around the base container would open a blank line above the widget.
     */
    white-space: normal !important;
  }
  :host([hidden]) {
    display: none;
  }
  /* The widget's own surface: nothing here is left to what the page's CSS gives the host. */
  .base {
    box-sizing: border-box;
    padding: var(--torg-padding, 0);
    color-scheme: light;
    background: var(--_color-bg);
    color: var(--_color-text);
    /* No default: the page's font (a --torg- or --ds- font when set). */
    font-family: var(--torg-font-family, var(--ds-font-family));
    font-size: var(--_font-size);
    font-style: normal;
    font-weight: 400;
    line-height: var(--_line-height);
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    /*
     * Not "anywhere": that makes every word one letter wide to grid, flex and table sizing, so a narrow column
     * breaks words letter by letter. A word breaks only when it alone is wider than its line.
     */
    overflow-wrap: break-word;
    cursor: auto;
  }
  /*
   * API text (isolated in bdi: shared/bidi.ts) and e-mail addresses may hold a long string with no space to
   * break at (a URL): it may break anywhere, also where a column sizes to it, so it never widens the widget.
   * "mailto" without its colon: the build's minifier escapes a colon in a selector with a backslash, which a
   * template literal drops — an invalid selector that lost the whole rule (vite.config.ts now fails on that).
   */
  bdi,
  a[href^='mailto'] {
    overflow-wrap: anywhere;
  }
  .base[data-theme='dark'] {
    color-scheme: dark;
  }
  .base[data-theme='auto'] {
    color-scheme: light dark;
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  .base:focus {
    outline: none;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  ol,
  dl,
  dd,
  figure {
    margin: 0;
  }
  /* A heading's size follows its depth in the widget (host.heading), whatever its level. */
  h1,
  h2,
  .depth-0 {
    font-size: 1.25em;
    line-height: 1.3;
  }
  h3,
  .depth-1 {
    font-size: 1.1em;
    line-height: 1.3;
  }
  h4,
  h5,
  h6,
  .depth-2 {
    font-size: 1em;
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
    outline: var(--_focus-width) solid var(--_color-focus);
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
  /* At least 24 × 24 px everywhere (WCAG 2.5.8), 44 px on touch screens. */
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    min-height: max(2.75em, 24px);
    min-width: 24px;
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
  @media (pointer: coarse) {
    .button {
      min-height: max(2.75em, 44px);
      min-width: 44px;
    }
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
  /* Configuration errors: plain words for citizens, the reason folded away for editors. */
  .state-error details {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .state-error summary {
    min-height: 24px;
    cursor: pointer;
  }
  .warning {
    border-color: var(--_color-warning);
    background: var(--_color-warning-bg);
  }
  .info {
    border-color: var(--_color-primary);
    background: var(--_color-info-bg);
  }
  .loading-text {
    margin-block-end: var(--_space-3);
    color: var(--_color-text-muted);
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
    background: var(--_color-skeleton);
    animation: torg-pulse 1.5s ease-in-out infinite alternate;
  }
  .bar:nth-child(odd) {
    width: 70%;
  }
  /* Down to 0.8 opacity only: the bars keep 3:1 against the background (a test checks it). */
  @keyframes torg-pulse {
    to {
      opacity: 0.8;
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
    .bar {
      background: GrayText;
    }
  }
`;

/** Every widget's styles start with these. */
export const sharedStyles = [colorTokens, tokens, baseStyles];
