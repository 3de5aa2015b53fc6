import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import type { OpeningHoursMessages } from './types.js';

export type { OpeningHoursMessages };

declare module '../../../core/i18n.js' {
  interface TorgTexts {
    'torg-opening-hours': OpeningHoursMessages;
  }
}

/** The texts of `<torg-opening-hours>`: bokmål built in, nynorsk and English on demand. */
export const openingHoursCatalog = createCatalog<OpeningHoursMessages>('torg-opening-hours', nb, {
  nn: () => import('./nn.js'),
  en: () => import('./en.js'),
});
