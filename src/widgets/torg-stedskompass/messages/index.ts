import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import type { StedskompassFirstMessages, StedskompassLaterMessages, StedskompassMessages } from './types.js';

export type { StedskompassFirstMessages, StedskompassLaterMessages, StedskompassMessages };

declare module '../../../core/i18n.js' {
  interface TorgTexts {
    'torg-stedskompass': StedskompassMessages;
  }
}

/**
 * The texts of `<torg-stedskompass>`' survey: bokmål built in, nynorsk and English on demand. What comes after
 * "send" and the results speak from `laterCatalog` (`later.ts`, in their chunks); both are `torg-stedskompass`
 * for the page's and the element's text overrides.
 */
export const stedskompassCatalog = createCatalog<StedskompassFirstMessages>('torg-stedskompass', nb, {
  nn: () => import('./nn.js'),
  en: () => import('./en.js'),
});
