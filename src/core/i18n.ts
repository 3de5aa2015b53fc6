/**
 * Message catalogs: one typed table per language and widget. Bokmål, the
 * default, is part of the widget's code; nynorsk and English are loaded on
 * demand (a few hundred bytes each) the first time an element speaks them,
 * so a page pays only for the languages it shows. A table missing a key in
 * one language does not compile.
 *
 *   export const catalog = createCatalog('torg-finder', nb, {
 *     nn: () => import('./nn.js'),
 *     en: () => import('./en.js'),
 *   });
 *
 * Any text can be replaced, for a language, page-wide or for one element:
 *
 *   setTexts('torg-booking', 'nb', { confirm: 'Bestill' });          // page-wide (JS)
 *   booking.texts = { nb: { confirm: 'Bestill' } };                 // one element (JS)
 *   <torg-booking texts='{"nb": {"confirm": "Bestill"}}'>            // one element (HTML)
 *   <script type="application/json" data-torg-texts>                 // page-wide (HTML, CSP-safe:
 *     { "torg-booking": { "nb": { "confirm": "Bestill" } } }         //  JSON is never executed)
 *   </script>
 *
 * A text that takes values (`count: (n) => …`) is replaced by a function,
 * or by a string where `{0}`, `{1}`, … stand for the values. The page-wide
 * overrides live on `globalThis` under a `Symbol.for` key, so two copies of
 * the bundle on one page share them.
 */
import type { Locale } from './config.js';
import { createLogger } from './logger.js';
import { pageShared } from './page.js';

type Loader<T> = () => Promise<{ default: T }>;

/**
 * The catalogs by id, for typed overrides. Each widget's `messages/index.ts`
 * adds its own id (`'torg-booking': BookingMessages`) by declaration merging.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface TorgTexts {}

export type TextsId = keyof TorgTexts & string;

/** What may replace one message: the same kind of value, or for a function a string with `{0}`, `{1}` … */
export type TextOverride<V> = V extends (...args: never[]) => string ? V | string : V;

/** Replacements for some messages of one table. An unknown key is a compile error for TypeScript users. */
export type TextOverrides<M> = { [K in keyof M]?: TextOverride<M[K]> };

/** Replacements per language. */
export type LocaleTextOverrides<M> = Partial<Record<Locale, TextOverrides<M>>>;

export interface Catalog<T> {
  /** The id overrides are registered under (`core`, or the widget's tag). */
  readonly id: string;
  /** The table for a language with the page-wide overrides applied, when loaded (bokmål always is). */
  get(locale: Locale): T | undefined;
  /** Loads a language's table (falls back to bokmål if it cannot be loaded). */
  load(locale: Locale): Promise<T>;
}

// --- page-wide overrides --------------------------------------------------------------

type AnyOverrides = Record<string, unknown>;

interface Overrides {
  /** id → locale → replacements. */
  texts: Map<string, Partial<Record<Locale, AnyOverrides>>>;
  /** Bumped on every change, so merged tables are rebuilt. */
  version: number;
  /** Called after a change (the live elements re-render). */
  listeners: Set<() => void>;
  /** Whether the page's `<script type="application/json" data-torg-texts>` blocks were read. */
  scanned: boolean;
}

function overrides(): Overrides {
  return pageShared<Overrides>('torg-widgets.texts', () => ({
    texts: new Map(),
    version: 0,
    listeners: new Set(),
    scanned: false,
  }));
}

const LANGUAGES: readonly string[] = ['nb', 'nn', 'en'];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function register(id: string, locale: string, texts: unknown): void {
  if (!LANGUAGES.includes(locale) || !isPlainObject(texts)) return;
  const store = overrides();
  const byLocale = store.texts.get(id) ?? {};
  byLocale[locale as Locale] = { ...byLocale[locale as Locale], ...texts };
  store.texts.set(id, byLocale);
}

function changed(): void {
  const store = overrides();
  store.version++;
  for (const listener of store.listeners) listener();
}

/**
 * Replaces texts of a widget (`'torg-booking'`) or of the shared states
 * (`'core'`) for one language, on the whole page. Elements already shown
 * re-render.
 */
export function setTexts<K extends TextsId>(id: K, locale: Locale, texts: TextOverrides<TorgTexts[K]>): void {
  register(id, locale, texts);
  changed();
}

/** Reads the page's `<script type="application/json" data-torg-texts>` blocks, once. */
export function readPageTexts(doc: Document = document): void {
  const store = overrides();
  if (store.scanned) return;
  store.scanned = true;
  let found = false;
  for (const script of doc.querySelectorAll('script[type="application/json"][data-torg-texts]')) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      if (!isPlainObject(data)) throw new TypeError('not an object');
      for (const id of Object.keys(data)) {
        const byLocale = data[id];
        if (!isPlainObject(byLocale)) continue;
        for (const locale of Object.keys(byLocale)) register(id, locale, byLocale[locale]);
        found = true;
      }
    } catch (error) {
      createLogger('torg-widgets').warn('a <script data-torg-texts> block is not valid JSON and was ignored:', error);
    }
  }
  if (found) changed();
}

/** Calls `listener` after every change of the page-wide texts; returns the unsubscribe. */
export function onTextsChange(listener: () => void): () => void {
  const store = overrides();
  store.listeners.add(listener);
  return () => store.listeners.delete(listener);
}

/** The current version of the page-wide texts (changes when any is set). */
export function textsVersion(): number {
  return overrides().version;
}

/**
 * A table with replacements applied: only keys the table has, a function
 * kept a function (a string for it fills `{0}`, `{1}` … with its values).
 */
export function applyOverrides<T>(table: T, replacements: AnyOverrides | undefined): T {
  if (!replacements) return table;
  const out = { ...table } as Record<string, unknown>;
  for (const key of Object.keys(replacements)) {
    if (!Object.hasOwn(out, key)) continue;
    const original = out[key];
    const value = replacements[key];
    if (typeof original === 'function') {
      if (typeof value === 'function') out[key] = value;
      else if (typeof value === 'string')
        out[key] = (...args: unknown[]) => value.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
    } else if (typeof original === 'string') {
      if (typeof value === 'string') out[key] = value;
    } else if (isPlainObject(original) && isPlainObject(value)) {
      out[key] = applyOverrides(original, value);
    } else if (Array.isArray(original) && Array.isArray(value)) {
      out[key] = original.map((item, i) => (typeof value[i] === typeof item ? value[i] : item));
    }
  }
  return out as T;
}

// --- catalogs ---------------------------------------------------------------------------

export function createCatalog<T>(id: string, nb: T, loaders: { nn: Loader<T>; en: Loader<T> }): Catalog<T> {
  const tables: Partial<Record<Locale, T>> = { nb };
  const pending: Partial<Record<Locale, Promise<T>>> = {};
  /** The tables with the page-wide overrides applied, for the overrides' version they were made for. */
  let merged: Partial<Record<Locale, T>> = {};
  let mergedFor = -1;
  return {
    id,
    get(locale) {
      const table = tables[locale];
      if (!table) return undefined;
      const version = overrides().version;
      if (version !== mergedFor) {
        merged = {};
        mergedFor = version;
      }
      return (merged[locale] ??= applyOverrides(table, overrides().texts.get(id)?.[locale]));
    },
    load(locale) {
      const table = tables[locale];
      if (table) return Promise.resolve(table);
      return (pending[locale] ??= loaders[locale as 'nn' | 'en']().then(
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
