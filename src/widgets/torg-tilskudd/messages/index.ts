import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import type { TilskuddFirstMessages, TilskuddFormMessages, TilskuddMessages } from './types.js';

export type { TilskuddFirstMessages, TilskuddFormMessages, TilskuddMessages };

declare module '../../../core/i18n.js' {
  interface TorgTexts {
    'torg-tilskudd': TilskuddMessages;
  }
}

/**
 * The texts of `<torg-tilskudd>`'s first screen (the sums, the grants, the guidelines, applying's section):
 * bokmål built in, nynorsk and English on demand. The application form speaks from `applicationCatalog`
 * (`form.ts`, in its chunk); both are `torg-tilskudd` for the page's and the element's text overrides.
 */
export const tilskuddCatalog = createCatalog<TilskuddFirstMessages>('torg-tilskudd', nb, {
  nn: () => import('./nn.js'),
  en: () => import('./en.js'),
});
