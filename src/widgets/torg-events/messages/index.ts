import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import type { EventsFirstMessages, EventsMessages } from './types.js';

export type { EventsFirstMessages, EventsMessages };

declare module '../../../core/i18n.js' {
  interface TorgTexts {
    'torg-events': EventsMessages;
  }
}

/**
 * The texts of `<torg-events>`' list, toolbar and announcements: bokmål built in, nynorsk and English on demand.
 * The month grid speaks from `eventsMonthCatalog` (`month.ts`, in its chunk); both are `torg-events` for the
 * page's and the element's text overrides.
 */
export const eventsCatalog = createCatalog<EventsFirstMessages>('torg-events', nb, {
  nn: () => import('./nn.js'),
  en: () => import('./en.js'),
});
