import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import type { StedskompassMessages } from './types.js';

export type { StedskompassMessages };

declare module '../../../core/i18n.js' {
  interface TorgTexts {
    'torg-stedskompass': StedskompassMessages;
  }
}

/** The texts of `<torg-stedskompass>` (survey, sending, results): bokmål built in, nynorsk and English on demand. */
export const stedskompassCatalog = createCatalog<StedskompassMessages>('torg-stedskompass', nb, {
  nn: () => import('./nn.js'),
  en: () => import('./en.js'),
});
