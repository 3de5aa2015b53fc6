/**
 * What `<torg-booking>` looks like: the current step in a section whose
 * heading says "Steg 3 av 5" and takes focus when the step changes (or the
 * error summary, the "time taken" notice or a field does, as the flow says).
 *
 * The first step (the resources) comes with the element. The later steps
 * are two chunks — the day and time (`parts/calendar-steps.ts`), the
 * details, review and result (`parts/form-steps.ts`) — fetched when the
 * person is about to use the widget (`onIntent`: the pointer over it, focus
 * in it, a touch), ahead of their first choice, and never in competition
 * with the page's first screens; the day and time at once when the page
 * preselected the resource (the day is then the first screen). While one is
 * on its way (or failed to come) the step shows the loading (or the error,
 * with a retry) state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { onIntent } from '../../core/intent.js';
import { ViewLoader } from '../../core/view-loader.js';
import type { WidgetHost } from '../../core/widget-host.js';
import type { Attention } from '../../domain/booking-flow.js';
import { bookingCatalog } from './messages/index.js';
import { renderResources } from './parts/resource.js';
import type { StepsView } from './parts/common.js';
import type { Shown, TorgBooking } from './torg-booking.js';
import { styles as ownStyles } from './torg-booking.styles.js';

export const styles = [ownStyles];
export const catalogs = [bookingCatalog];

type Host = WidgetHost<TorgBooking>;

/** What the flow's attention points at. */
function target(attention: Attention): string {
  switch (attention.to) {
    case 'step':
      return '#heading';
    case 'lost':
      return '#lost';
    case 'problems':
      return '[part~="error-summary"]';
    case 'field':
      return `#f-${attention.field}`;
  }
}

type Steps = ViewLoader<Host, StepsView>;

/** The writes (`POST /bookings` and its transport) and a submission's key: fetched on intent, used on "Bekreft". */
export const loadWrites = () => import('./parts/writes.js');

export function createView(host: Host) {
  let calendar: Steps | undefined;
  let form: Steps | undefined;
  /** The day and time steps' code, the details, review and result steps' code (each fetched on first use). */
  const calendarSteps = (): Steps => (calendar ??= new ViewLoader(host, () => import('./parts/calendar-steps.js')));
  const formSteps = (): Steps => (form ??= new ViewLoader(host, () => import('./parts/form-steps.js')));
  /** The attention last acted on, and the selector to focus after the render. */
  let handled: Attention | undefined;
  let focus: string | undefined;
  /** The chunks a step has needed (a fetch that failed ahead of time is tried again when first needed). */
  const needed = new Set<Steps>();
  const show = (steps: Steps, shown: Shown): unknown => {
    if (!needed.has(steps)) {
      needed.add(steps);
      if (steps.state === 'error') steps.retry();
    }
    return steps.render((view) => view.render(shown));
  };

  host.addController({
    hostConnected: () => {
      // The page skips the first step: the day is the first screen.
      if (host.element.resource) calendarSteps();
    },
    hostUpdated: () => {
      if (focus) void host.focus(focus);
      focus = undefined;
    },
  });

  // The person is about to choose: fetch the later steps while they do.
  onIntent(host.element, () => {
    calendarSteps();
    formSteps();
    // A failure here is tried again when the booking is sent.
    loadWrites().catch(() => undefined);
  });

  return {
    /** The contact details' checks, once the details step's code is there (the flow reads them). */
    checkDetails: () => form?.view?.checkDetails,
    /** What follows "Bekreft" in the flow, once the review's code is there (every such event comes after it). */
    submit: () => form?.view?.submit,

    render(shown: Shown): TemplateResult {
      const { step, progress } = shown;
      const attention = shown.flow.attention;
      if (attention !== handled) {
        handled = attention;
        focus = attention && target(attention);
      }
      const t = host.text(bookingCatalog);
      const done = step === 'result' ? shown.flow.done : undefined;
      const title = done
        ? done.booking.status === 'confirmed'
          ? t.confirmed
          : t.pending
        : t.titles[step as keyof typeof t.titles];
      return html`<section class="step" part=${done ? 'step result' : 'step'} aria-labelledby="heading">
        ${host.heading(
          0,
          html`${
            progress
              ? html`<span class="progress" part="progress">${t.progress(progress.step, progress.total)}</span>`
              : nothing
          }
          ${title}`,
          { id: 'heading', part: 'heading', class: 'title', focusable: true },
        )}
        ${
          step === 'resource'
            ? renderResources(host, shown)
            : show(step === 'day' || step === 'slot' ? calendarSteps() : formSteps(), shown)
        }
      </section>`;
    },
  };
}
