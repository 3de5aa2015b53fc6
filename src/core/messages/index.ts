import { createCatalog, type Catalog } from '../i18n.js';
import nb from './nb.js';
import type { CoreFirstMessages, CoreMessages } from './types.js';

export type { CoreFirstMessages, CoreMessages };

declare module '../i18n.js' {
  interface TorgTexts {
    /** The shared states (loading, errors, retry, stale) of every widget. */
    core: CoreMessages;
  }
}

/**
 * What every first screen may say of the shared states (loading, retry, a widget set up wrong, the time-zone
 * note): bokmål built in, nynorsk and English on demand. The error, stale and other seldom states speak from
 * {@link statesCatalog} (same id `core`, so every override applies), whose bokmål comes when one is shown.
 */
export const coreCatalog = createCatalog<CoreFirstMessages>('core', nb, {
  nn: () => import('./nn.js'),
  en: () => import('./en.js'),
});

let coming: Promise<Catalog<CoreMessages> | null> | undefined;

/** Every text of the shared states, once {@link loadStates} brought them; `null` when they could not come. */
export let statesCatalog: Catalog<CoreMessages> | null | undefined;

/**
 * Fetches the seldom states' texts (`states.ts`); resolves with their catalog, or `null` when they cannot come
 * (asked again, they are fetched again).
 */
export function loadStates(): Promise<Catalog<CoreMessages> | null> {
  return (coming ??= import('./states.js').then(
    (module) => (statesCatalog = module.statesCatalog),
    () => ((coming = undefined), (statesCatalog = null)),
  ));
}
