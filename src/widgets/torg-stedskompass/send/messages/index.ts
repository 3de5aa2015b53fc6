import { createCatalog } from '../../../../core/i18n.js';
import nb from './nb.js';
import type { SendMessages } from './types.js';

export type { SendMessages };

/** The texts of sending: bokmål in the same lazy chunk, nynorsk and English on demand. */
export const sendCatalog = createCatalog<SendMessages>('torg-stedskompass', nb, {
  nn: () => import(/* torg:inline-in-bundle */ './nn.js'),
  en: () => import(/* torg:inline-in-bundle */ './en.js'),
});
