import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import month from './nb-month.js';
import type { EventsMessages } from './types.js';

/**
 * Every text of `<torg-events>`, for the month grid (`parts/month.ts`): its bokmål comes with the grid's chunk,
 * the rest from the element's file; nynorsk and English are the same tables as `eventsCatalog`'s (one chunk per
 * language).
 */
export const eventsMonthCatalog = createCatalog<EventsMessages>(
  'torg-events',
  { ...nb, ...month },
  {
    nn: () => import('./nn.js'),
    en: () => import('./en.js'),
  },
);
