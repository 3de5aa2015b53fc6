import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import type { OpeningHoursMessages } from './types.js';

export type { OpeningHoursMessages };

/** The texts of `<torg-opening-hours>` and its status line: bokmål built in, nynorsk and English on demand. */
export const openingHoursCatalog = createCatalog<OpeningHoursMessages>(nb, {
  nn: () => import(/* torg:inline-in-bundle */ './nn.js'),
  en: () => import(/* torg:inline-in-bundle */ './en.js'),
});
