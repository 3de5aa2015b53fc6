import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import type { CalendarFeedMessages } from './types.js';

export type { CalendarFeedMessages };

declare module '../../../core/i18n.js' {
  interface TorgTexts {
    /** The "subscribe to the calendar" block of `<torg-events>` and `<torg-agenda>`. */
    'calendar-feed': CalendarFeedMessages;
  }
}

/** The feed block's texts: bokmål built in, nynorsk and English on demand. */
export const calendarFeedCatalog = createCatalog<CalendarFeedMessages>('calendar-feed', nb, {
  nn: () => import('./nn.js'),
  en: () => import('./en.js'),
});
