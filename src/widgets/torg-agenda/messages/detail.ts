import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import detail from './nb-detail.js';
import type { AgendaMessages } from './types.js';

/**
 * Every text of `<torg-agenda>`, for an opened meeting (`parts/detail.ts`): its bokmål comes with the part's
 * chunk, the rest from the element's file; nynorsk and English are the same tables as `agendaCatalog`'s (one
 * chunk per language).
 */
export const agendaDetailCatalog = createCatalog<AgendaMessages>(
  'torg-agenda',
  { ...nb, ...detail },
  {
    nn: () => import('./nn.js'),
    en: () => import('./en.js'),
  },
);
