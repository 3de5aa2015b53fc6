import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import form from './nb-form.js';
import type { TilskuddMessages } from './types.js';

/**
 * Every text of `<torg-tilskudd>`, for the application form: the form's bokmål comes with its chunk, the first
 * screen's from the element's file; nynorsk and English are the same tables as `tilskuddCatalog`'s (one chunk
 * per language).
 */
export const applicationCatalog = createCatalog<TilskuddMessages>(
  'torg-tilskudd',
  { ...nb, ...form },
  {
    nn: () => import('./nn.js'),
    en: () => import('./en.js'),
  },
);
