import { createCatalog } from '../../../core/i18n.js';
import later from './nb-later.js';
import nb from './nb.js';
import type { StedskompassMessages } from './types.js';

/**
 * Every text of `<torg-stedskompass>`, for what comes after "send" (`parts/sending.ts`) and the results
 * (`parts/results.ts`): its bokmål comes with those chunks, the survey's from the element's file; nynorsk and
 * English are the same tables as `stedskompassCatalog`'s (one chunk per language).
 */
export const laterCatalog = createCatalog<StedskompassMessages>(
  'torg-stedskompass',
  { ...nb, ...later },
  {
    nn: () => import('./nn.js'),
    en: () => import('./en.js'),
  },
);
