import { createCatalog } from '../../../../core/i18n.js';
import nb from './nb.js';
import type { ResultsMessages } from './types.js';

export type { ResultsMessages };

/** The texts of the results view: bokmål in the same lazy chunk, nynorsk and English on demand. */
export const resultsCatalog = createCatalog<ResultsMessages>('torg-stedskompass', nb, {
  nn: () => import(/* torg:inline-in-bundle */ './nn.js'),
  en: () => import(/* torg:inline-in-bundle */ './en.js'),
});
