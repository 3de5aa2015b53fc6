import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import type { TilskuddMessages } from './types.js';

export type { TilskuddMessages };

declare module '../../../core/i18n.js' {
  interface TorgTexts {
    'torg-tilskudd': TilskuddMessages;
  }
}

/** The texts of `<torg-tilskudd>` (its application form too): bokmål built in, nynorsk and English on demand. */
export const tilskuddCatalog = createCatalog<TilskuddMessages>('torg-tilskudd', nb, {
  nn: () => import('./nn.js'),
  en: () => import('./en.js'),
});
