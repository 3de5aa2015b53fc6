import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import type { InnspillAfterMessages, InnspillFirstMessages, InnspillMessages } from './types.js';

export type { InnspillAfterMessages, InnspillFirstMessages, InnspillMessages };

declare module '../../../core/i18n.js' {
  interface TorgTexts {
    'torg-innspill': InnspillMessages;
  }
}

/**
 * The texts of `<torg-innspill>`'s form: bokmål built in, nynorsk and English on demand. What comes after
 * the form is used (its problems, the thanks) speaks from `afterCatalog` (`after.ts`, in its chunk); both
 * are `torg-innspill` for the page's and the element's text overrides.
 */
export const innspillCatalog = createCatalog<InnspillFirstMessages>('torg-innspill', nb, {
  nn: () => import('./nn.js'),
  en: () => import('./en.js'),
});
