import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import steps from './nb-steps.js';
import type { BookingMessages } from './types.js';

/**
 * Every text of `<torg-booking>`, for the later steps (day, time, details, review, result): the steps'
 * bokmål comes with their chunks, the first screen's from the element's file; nynorsk and English are
 * the same tables as `bookingCatalog`'s (one chunk per language).
 */
export const bookingStepsCatalog = createCatalog<BookingMessages>(
  'torg-booking',
  { ...nb, ...steps },
  {
    nn: () => import('./nn.js'),
    en: () => import('./en.js'),
  },
);
