import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import type { FinderMessages } from './types.js';

export type { FinderMessages };

declare module '../../../core/i18n.js' {
  interface TorgTexts {
    'torg-finder': FinderMessages;
  }
}

/** The texts of `<torg-finder>`: bokmål built in, nynorsk and English on demand. */
export const finderCatalog = createCatalog<FinderMessages>('torg-finder', nb, {
  nn: () => import('./nn.js'),
  en: () => import('./en.js'),
});
