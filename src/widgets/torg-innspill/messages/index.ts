import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import type { InnspillMessages } from './types.js';

export type { InnspillMessages };

declare module '../../../core/i18n.js' {
  interface TorgTexts {
    'torg-innspill': InnspillMessages;
  }
}

/** The texts of `<torg-innspill>`: bokmål built in, nynorsk and English on demand. */
export const innspillCatalog = createCatalog<InnspillMessages>('torg-innspill', nb, {
  nn: () => import('./nn.js'),
  en: () => import('./en.js'),
});
