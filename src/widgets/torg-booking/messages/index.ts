import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import type { BookingMessages } from './types.js';

export type { BookingMessages };

declare module '../../../core/i18n.js' {
  interface TorgTexts {
    'torg-booking': BookingMessages;
  }
}

/** The texts of `<torg-booking>` (every step): bokmål built in, nynorsk and English on demand. */
export const bookingCatalog = createCatalog<BookingMessages>('torg-booking', nb, {
  nn: () => import('./nn.js'),
  en: () => import('./en.js'),
});
