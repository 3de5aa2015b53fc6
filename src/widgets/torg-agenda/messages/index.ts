import { createCatalog } from '../../../core/i18n.js';
import nb from './nb.js';
import type { AgendaFirstMessages, AgendaMessages } from './types.js';

export type { AgendaFirstMessages, AgendaMessages };

/**
 * `<torg-agenda>`'s texts: bokmål built in, nynorsk and English on demand. An opened meeting speaks from
 * `agendaDetailCatalog` (`detail.ts`, in its part's chunk); both are `torg-agenda` for the page's and the
 * element's text overrides.
 */
export const agendaCatalog = createCatalog<AgendaFirstMessages>('torg-agenda', nb, {
  nn: () => import('./nn.js'),
  en: () => import('./en.js'),
});
