/**
 * Links from API data are plain text: only `http(s)`, `mailto:` and `tel:`
 * URLs become links; anything else (`javascript:`, `data:`) is not linked.
 */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The URL when it is safe to put in `href`, else `undefined`. */
export function safeHref(url: string | undefined | null, base?: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim(), base ?? document.baseURI);
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** `tel:` link for a phone number as written (spaces and dashes removed). */
export function telHref(phone: string): string | undefined {
  const digits = phone.replace(/[\s\-().]/g, '');
  return /^\+?\d{3,15}$/.test(digits) ? `tel:${digits}` : undefined;
}
