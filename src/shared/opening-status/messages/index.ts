import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import type { OpeningStatusMessages } from './types.js';

export type { OpeningStatusMessages };

declare module '../../../core/i18n.js' {
  interface TorgTexts {
    /** The open/closed status line of `<torg-opening-hours>` and `<torg-finder>`. */
    'opening-status': OpeningStatusMessages;
  }
}

/** The status line's texts: bokmål built in, nynorsk and English on demand. */
export const openingStatusCatalog = createCatalog<OpeningStatusMessages>('opening-status', nb, {
  nn: () => import('./nn.js'),
  en: () => import('./en.js'),
});
