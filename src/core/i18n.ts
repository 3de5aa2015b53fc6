/**
 * Message catalogs: one typed table per language. Bokmål, the default, is
 * part of each element's bundle; nynorsk and English are loaded on demand
 * (a few hundred bytes each) the first time an element speaks them, so a page
 * pays only for the languages it shows. In the all-in-one bundle every table
 * is inlined. A table missing a key in one language does not compile.
 *
 *   export const catalog = createCatalog<FinderMessages>(nb, {
 *     nn: () => import('./nn.js'),
 *     en: () => import('./en.js'),
 *   });
 */
import type { Locale } from './config.js';
import { createLogger } from './logger.js';

type Loader<T> = () => Promise<{ default: T }>;

export interface Catalog<T> {
  /** The table for a language, when loaded (bokmål always is). */
  get(locale: Locale): T | undefined;
  /** Loads a language's table (falls back to bokmål if it cannot be loaded). */
  load(locale: Locale): Promise<T>;
}

export function createCatalog<T>(nb: T, loaders: { nn: Loader<T>; en: Loader<T> }): Catalog<T> {
  const tables: Partial<Record<Locale, T>> = { nb };
  const pending: Partial<Record<Locale, Promise<T>>> = {};
  return {
    get: (locale) => tables[locale],
    load(locale) {
      const table = tables[locale];
      if (table) return Promise.resolve(table);
      return (pending[locale] ??= (locale === 'nb' ? Promise.resolve({ default: nb }) : loaders[locale]()).then(
        (module) => (tables[locale] = module.default),
        (error: unknown) => {
          createLogger('torg-widgets').warn(`could not load the "${locale}" texts; using bokmål.`, error);
          return (tables[locale] = nb);
        },
      ));
    },
  };
}

/** Picks the singular or plural form of a count (nb, nn and en have one/other). */
export function pluralize(count: number, one: string, other: string): string {
  return count === 1 ? one : other;
}

/**
 * A table's entry for a key from API data, own properties only: an id such
 * as `constructor`, `toString` or `__proto__` finds nothing (never a
 * function or `Object.prototype`).
 */
export function entryOf<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
