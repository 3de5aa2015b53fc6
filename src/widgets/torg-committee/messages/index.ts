import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import type { CommitteeMessages } from './types.js';

export type { CommitteeMessages };

/** The texts of `<torg-committee>`: bokmål built in, nynorsk and English on demand. */
export const committeeCatalog = createCatalog<CommitteeMessages>('torg-committee', nb, {
  nn: () => import(/* torg:inline-in-bundle */ './nn.js'),
  en: () => import(/* torg:inline-in-bundle */ './en.js'),
});
