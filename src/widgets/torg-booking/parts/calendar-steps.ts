/**
 * The day and time steps of `<torg-booking>` as a chunk of their own (a view
 * module: `createView`, `styles`, `catalogs`): the month grid and the free
 * times. Fetched once the first step is shown, or at once when the page
 * preselected the resource (then the day is the first screen).
 */
import { html, nothing } from 'lit';
import { dateGridStyles } from '../../../shared/date-grid.js';
import { bookingStepsCatalog } from '../messages/steps.js';
import type { Shown } from '../torg-booking.js';
import { styles as ownStyles } from './calendar-steps.styles.js';
import { renderContext, type Host, type StepsView } from './common.js';
import { createDayStep } from './day.js';
import { renderSlotStep } from './slot.js';

export const styles = [dateGridStyles, ownStyles];
export const catalogs = [bookingStepsCatalog];

export function createView(host: Host): StepsView {
  const day = createDayStep(host);
  return {
    render(shown: Shown): unknown {
      if (shown.step === 'day') return html`${renderContext(host, shown)} ${day.render(shown)}`;
      if (shown.step === 'slot') return html`${renderContext(host, shown)} ${renderSlotStep(host, shown)}`;
      return nothing;
    },
  };
}
