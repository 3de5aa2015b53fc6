import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import type { AgendaMessages } from './types.js';

export type { AgendaMessages };

/** `<torg-agenda>`'s texts: bokmål built in, nynorsk and English on demand. */
export const agendaCatalog = createCatalog<AgendaMessages>('torg-agenda', nb, {
  nn: () => import('./nn.js'),
  en: () => import('./en.js'),
});
