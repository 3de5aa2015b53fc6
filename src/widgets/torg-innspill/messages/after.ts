import { createCatalog } from '../../../core/i18n.js';
import after from './nb-after.js';
import nb from './nb.js';
import type { InnspillMessages } from './types.js';

/**
 * Every text of `<torg-innspill>`, for what comes after the form is used (`parts/after.ts`): its bokmål comes
 * with that chunk, the form's from the element's file; nynorsk and English are the same tables as
 * `innspillCatalog`'s (one chunk per language).
 */
export const afterCatalog = createCatalog<InnspillMessages>(
  'torg-innspill',
  { ...nb, ...after },
  {
    nn: () => import('./nn.js'),
    en: () => import('./en.js'),
  },
);
