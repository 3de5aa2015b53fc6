import { css } from 'lit';

/**
 * The element's own knobs, mapped to private variables. Each view (survey,
 * sending, results) brings its styles with it when it is loaded.
 */
export const styles = css`
  :host {
    --_mean: var(--torg-stedskompass-mean-color, var(--_color-primary));
    --_own: var(--torg-stedskompass-own-color, var(--_color-focus));
  }
  /* Headings that receive focus after a change (thanks, the survey's title) are not controls. */
  h2[tabindex='-1']:focus {
    outline: none;
  }
`;
