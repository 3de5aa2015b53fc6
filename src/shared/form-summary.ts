/**
 * The error summary at the top of a form, whose links lead to the fields
 * (styles: `errorSummaryStyles` in `form-outcome-styles.ts`). A module of its
 * own: it is shown only after "send", so it comes with the code that follows
 * "send" (a lazy part, a later step), not with a form's first screen
 * (`form.ts`).
 */
import { html, type TemplateResult } from 'lit';
import type { HeadingDepth, WidgetHost } from '../core/widget-host.js';

/** One problem in the summary: its words, and the id of the field it leads to (none: for the whole form). */
export interface SummaryItem {
  text: string;
  target?: string | undefined;
}

/**
 * The problems at the top of a form (focus it after a failed send): a
 * heading (at `depth` below the widget's title), and each problem as a link
 * to its field. A link moves focus to the field, or calls `onJump` (its
 * `data-target` names the field) for a form that needs more, such as
 * opening a folded part first.
 */
export function renderErrorSummary(
  host: WidgetHost,
  title: string,
  items: readonly SummaryItem[],
  onJump?: ((event: Event) => void) | undefined,
  depth: HeadingDepth = 1,
): TemplateResult {
  const jump =
    onJump ??
    ((event: Event): void => {
      event.preventDefault();
      void host.focus(`#${(event.currentTarget as HTMLElement).dataset.target ?? ''}`);
    });
  return html`<div class="summary" part="error-summary" tabindex="-1" aria-labelledby="summary">
    ${host.heading(depth, title, { id: 'summary', class: 'sub' })}
    <ul>
      ${items.map(
        ({ text, target }) =>
          html`<li>${target ? html`<a href="#${target}" data-target=${target} @click=${jump}>${text}</a>` : text}</li>`,
      )}
    </ul>
  </div>`;
}
