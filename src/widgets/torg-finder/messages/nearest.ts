import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import nearest from './nb-nearest.js';
import type { FinderMessages } from './types.js';

/**
 * Every text of `<torg-finder>`, for what "nearest to me" does once it is used (`parts/nearest-part.ts`): that
 * bokmål comes with its chunk, the first screen's from the element's file; nynorsk and English are the same
 * tables as `finderCatalog`'s (one chunk per language).
 */
export const nearestCatalog = createCatalog<FinderMessages>(
  'torg-finder',
  { ...nb, ...nearest },
  {
    nn: () => import('./nn.js'),
    en: () => import('./en.js'),
  },
);
