import { createCatalog } from '../i18n.js';
import nb from './nb.js';
import type { CoreMessages } from './types.js';

export type { CoreMessages };

declare module '../i18n.js' {
  interface TorgTexts {
    /** The shared states (loading, errors, retry, stale) of every widget. */
    core: CoreMessages;
  }
}

/** The shared states' texts: bokmål built in, nynorsk and English on demand. */
export const coreCatalog = createCatalog<CoreMessages>('core', nb, {
  nn: () => import('./nn.js'),
  en: () => import('./en.js'),
});
