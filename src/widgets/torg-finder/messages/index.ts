import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import type { FinderFirstMessages, FinderMessages, FinderNearestMessages } from './types.js';

export type { FinderFirstMessages, FinderMessages, FinderNearestMessages };

declare module '../../../core/i18n.js' {
  interface TorgTexts {
    'torg-finder': FinderMessages;
  }
}

/**
 * The texts of `<torg-finder>`'s first screen: bokmål built in, nynorsk and English on demand. What "nearest
 * to me" says once it is used speaks from `nearestCatalog` (`nearest.ts`, in its chunk); both are
 * `torg-finder` for the page's and the element's text overrides.
 */
export const finderCatalog = createCatalog<FinderFirstMessages>('torg-finder', nb, {
  nn: () => import('./nn.js'),
  en: () => import('./en.js'),
});
