/**
 * Guarded registration: loading the bundle twice, or two versions of it,
 * never throws "already defined" and never breaks the page. The first
 * definition of a tag wins; later copies note it and step aside.
 */
import { createLogger } from './logger.js';
import { pageShared } from './page.js';

declare const __TORG_VERSION__: string | undefined;

/** The library version (set by the build; `dev` when run from source). */
export const VERSION: string = typeof __TORG_VERSION__ === 'string' ? __TORG_VERSION__ : 'dev';

interface Registry {
  versions: Record<string, string>;
}

/** Which version defined each tag on this page. */
export function registry(): Registry {
  return pageShared<Registry>('torg-widgets.registry', () => ({ versions: {} }));
}

export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    const owner = registry().versions[tag];
    if (existing !== ctor && owner !== VERSION) {
      createLogger(tag).info(
        `already defined by torg-widgets ${owner ?? '(unknown version)'}; this copy (${VERSION}) is not used.`,
      );
    }
    return;
  }
  try {
    customElements.define(tag, ctor);
    registry().versions[tag] = VERSION;
  } catch (error) {
    // Another script defined it between the check and here.
    createLogger(tag).warn('could not be defined:', error);
  }
}
