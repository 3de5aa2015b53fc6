/** The styles of `<torg-innspill>`'s view (fields, the error summary and the status are shared: `shared/styles.ts`). */
import { css } from 'lit';

export const styles = css`
  .intro,
  .next {
    display: grid;
    /* As wide as the element: a name longer than a narrow column breaks in it, rather than widen it. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-2);
  }
  .intro {
    margin-block-end: var(--_space-4);
  }
  .group {
    display: grid;
    gap: var(--_space-4);
  }
  .about > legend {
    margin-block-end: var(--_space-1);
  }
  /* Its line is there before the next meeting is known: nothing below it moves when it comes. */
  .next-meeting {
    min-height: calc(var(--torg-line-height, 1.5) * 1em);
  }
  /* A link that stands alone is a target of 24 px at least (WCAG 2.2, 2.5.8). */
  [part='agenda'] {
    display: inline-block;
    min-height: 24px;
  }
  .anonymous {
    font-weight: 600;
  }
  .next {
    margin-block-start: var(--_space-5);
    padding-block-start: var(--_space-4);
    border-block-start: 1px solid var(--_color-border-subtle);
  }
  .skeleton.innspill .heading {
    width: 60%;
    height: 1.5em;
  }
  .skeleton.innspill .field {
    height: 2.75em;
    max-width: 30em;
  }
  .skeleton.innspill .text {
    height: 7em;
    max-width: 30em;
  }
  .skeleton.innspill .button {
    width: 10em;
    height: 2.75em;
  }
`;
