import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import type { BookingFirstMessages, BookingMessages, BookingStepMessages } from './types.js';

export type { BookingFirstMessages, BookingMessages, BookingStepMessages };

declare module '../../../core/i18n.js' {
  interface TorgTexts {
    'torg-booking': BookingMessages;
  }
}

/**
 * The texts of `<torg-booking>`'s first screen (the resource step, the heading, what the element announces):
 * bokmål built in, nynorsk and English on demand. The later steps speak from `bookingStepsCatalog`
 * (`steps.ts`, in their chunks); both are `torg-booking` for the page's and the element's text overrides.
 */
export const bookingCatalog = createCatalog<BookingFirstMessages>('torg-booking', nb, {
  nn: () => import('./nn.js'),
  en: () => import('./en.js'),
});
