/**
 * The details, review and result steps of `<torg-booking>` as a chunk of
 * their own (a view module: `createView`, `styles`, `catalogs`): the form,
 * the summary to confirm, the confirmation with its calendar file, and the
 * contact details' checks and what follows "Bekreft" (booking-submit.ts),
 * which the flow reads. Fetched once the first step is
 * shown.
 */
import { html, nothing } from 'lit';
import { validateDetails } from '../../../domain/booking-details.js';
import { submit } from '../../../domain/booking-submit.js';
import { errorSummaryStyles } from '../../../shared/form-outcome-styles.js';
import { fieldStyles } from '../../../shared/form-styles.js';
import { choiceStyles, linkButtonStyles } from '../../../shared/styles.js';
import { bookingStepsCatalog } from '../messages/steps.js';
import type { Shown } from '../torg-booking.js';
import { renderContext, type Host, type StepsView } from './common.js';
import { renderDetailsStep } from './details.js';
import { styles as ownStyles } from './form-steps.styles.js';
import { createResultStep } from './result.js';
import { renderReviewStep } from './review.js';

export const styles = [choiceStyles, linkButtonStyles, fieldStyles, errorSummaryStyles, ownStyles];
export const catalogs = [bookingStepsCatalog];

export function createView(host: Host): StepsView {
  const result = createResultStep(host);
  return {
    checkDetails: validateDetails,
    submit,
    render(shown: Shown): unknown {
      switch (shown.step) {
        case 'details':
          return html`${renderContext(host, shown)} ${renderDetailsStep(host, shown)}`;
        case 'review':
          return renderReviewStep(host, shown);
        case 'result':
          return result.render(shown);
        default:
          return nothing;
      }
    },
  };
}
