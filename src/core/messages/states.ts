/**
 * Every text of the shared states, for the error, stale and other seldom states: their bokmål
 * (`nb-states.ts`) comes with this chunk when one of them is shown (`loadStates`), the first screen's from
 * the core; nynorsk and English are the same tables as `coreCatalog`'s (one chunk per language).
 */
import { createCatalog } from '../i18n.js';
import nb from './nb.js';
import states from './nb-states.js';
import type { CoreMessages } from './types.js';

export const statesCatalog = createCatalog<CoreMessages>(
  'core',
  { ...nb, ...states, errors: { ...nb.errors, ...states.errors } },
  {
    nn: () => import('./nn.js'),
    en: () => import('./en.js'),
  },
);
