import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import type { EventsMessages } from './types.js';

export type { EventsMessages };

declare module '../../../core/i18n.js' {
  interface TorgTexts {
    'torg-events': EventsMessages;
  }
}

/** The texts of `<torg-events>`: bokmål built in, nynorsk and English on demand. */
export const eventsCatalog = createCatalog<EventsMessages>('torg-events', nb, {
  nn: () => import('./nn.js'),
  en: () => import('./en.js'),
});
