/**
 * Configuration every widget shares: where the API is and which language to
 * speak.
 *
 * API base: the element's `api-base` attribute → the page's
 * `<meta name="torg:api-base" content="…">` → {@link DEFAULT_API_BASE}.
 *
 * Language: the element's `lang` → the nearest ancestor's `lang` (across
 * shadow roots) → `<html lang>`, mapped to `nb` | `nn` | `en`.
 *
 * Theme: the element's `theme` → the page's `<meta name="torg:theme"
 * content="…">` → `light`.
 */

/** The documented default API base, used when neither attribute nor meta tag sets one. */
export const DEFAULT_API_BASE = 'https://api.asker.kommune.no/innbyggertorg/v1';

export const API_BASE_META = 'torg:api-base';

export const THEME_META = 'torg:theme';

export type Locale = 'nb' | 'nn' | 'en';

/** `light` (default), `dark`, or `auto`: the viewer's `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

export const LOCALES: readonly Locale[] = ['nb', 'nn', 'en'];

export type ApiBaseResult =
  | { ok: true; base: string; source: 'attribute' | 'meta' | 'default' }
  | { ok: false; value: string; source: 'attribute' | 'meta' };

/**
 * Resolves the API base to an absolute `http(s)` URL without a trailing
 * slash. Relative values (`/api/torg`, `./api`) resolve against the page.
 * Anything else — another scheme, a bare word — is unusable and says so.
 */
export function resolveApiBase(attribute: string | null | undefined, doc = pageDocument()): ApiBaseResult {
  const fromAttribute = attribute?.trim();
  if (fromAttribute) return checkBase(fromAttribute, 'attribute', doc);
  const meta = doc?.querySelector<HTMLMetaElement>(`meta[name="${API_BASE_META}"]`)?.content.trim();
  if (meta) return checkBase(meta, 'meta', doc);
  return { ok: true, base: DEFAULT_API_BASE, source: 'default' };
}

/** The page, or `undefined` where there is none (server rendering: only absolute settings count there). */
function pageDocument(): Document | undefined {
  return typeof document === 'undefined' ? undefined : document;
}

function checkBase(value: string, source: 'attribute' | 'meta', doc: Document | undefined): ApiBaseResult {
  const looksRelative = /^(\/|\.\.?\/)/.test(value);
  const looksAbsolute = /^https?:\/\//i.test(value);
  if (!looksRelative && !looksAbsolute) return { ok: false, value, source };
  try {
    const url = new URL(value, doc?.baseURI);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, value, source };
    url.hash = '';
    url.search = '';
    return { ok: true, base: url.href.replace(/\/+$/, ''), source };
  } catch {
    return { ok: false, value, source };
  }
}

/** Maps a BCP 47 tag to a supported locale (`no`, `nb-NO` → nb; `nn-NO` → nn; `en-*` → en; other → nb). */
export function mapLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'nn') return 'nn';
  if (primary === 'en') return 'en';
  return 'nb';
}

/**
 * The language of an element: its own `lang`, else the nearest ancestor's
 * (crossing shadow-root boundaries), else the document's.
 */
export function resolveLocale(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang && lang.trim()) return mapLocale(lang);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return mapLocale(element.ownerDocument?.documentElement.lang);
}

function asTheme(value: string | null | undefined): Theme | undefined {
  const theme = value?.trim().toLowerCase();
  return theme === 'light' || theme === 'dark' || theme === 'auto' ? theme : undefined;
}

/** The colour theme: the element's `theme` attribute, else the page's `torg:theme` meta tag, else `light`. */
export function resolveTheme(attribute: string | null | undefined, doc = pageDocument()): Theme {
  return (
    asTheme(attribute) ?? asTheme(doc?.querySelector<HTMLMetaElement>(`meta[name="${THEME_META}"]`)?.content) ?? 'light'
  );
}
