/**
 * Links from API data are plain text: only `http(s)`, `mailto:` and `tel:`
 * URLs become links; anything else (`javascript:`, `data:`) is not linked.
 * Text is made well-formed first (no lone surrogates, no control
 * characters), so building a link never throws.
 */
import { wellFormed } from '../domain/encode.js';
import { resolveApiBase } from './config.js';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The URL when it is safe to put in `href`, else `undefined`. */
export function safeHref(url: string | undefined | null, base?: string): string | undefined {
  if (!url) return undefined;
  try {
    // Without a page (server rendering) only absolute URLs are links.
    const parsed = new URL(
      wellFormed(url).trim(),
      base ?? (typeof document === 'undefined' ? undefined : document.baseURI),
    );
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A link from the API's data: safe (see {@link safeHref}), and a relative URL
 * (`/dokumenter/12.pdf`, `pamelding/7`) read against the API base — where
 * the data came from — never against the host page. Without a usable API
 * base only absolute URLs are linked. `apiBase` is the element's `api-base`
 * (the page's meta tag and the default apply as for requests).
 */
export function apiHref(url: string | undefined | null, apiBase: string | undefined): string | undefined {
  const base = resolveApiBase(apiBase);
  // `${base}/`: the base names a folder, so `pamelding/7` goes below it, as the API's own paths do.
  return safeHref(url, base.ok ? `${base.base}/` : 'about:blank');
}

/** `tel:` link for a phone number as written (spaces and dashes removed). */
export function telHref(phone: string): string | undefined {
  const digits = wellFormed(phone).replace(/[\s\-().]/g, '');
  return /^\+?\d{3,15}$/.test(digits) ? `tel:${digits}` : undefined;
}

/**
 * An e-mail address as the API may send it: one `@`, a local part without
 * spaces or URL delimiters (so no `?bcc=` or `&subject=` can ride along),
 * a domain of labels with a dot.
 */
const EMAIL = /^[^\s@?&#/\\:<>"'%]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,}$/u;

/** `mailto:` link for one validated e-mail address, else `undefined`. */
export function mailtoHref(email: string | undefined | null): string | undefined {
  const address = wellFormed(email).trim();
  return EMAIL.test(address) ? `mailto:${address}` : undefined;
}
