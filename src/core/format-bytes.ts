/**
 * A file size in the widget's language, for `<torg-agenda>` only: a module of its own, so no other
 * widget's first render carries it (`core/format.ts` holds what many widgets write).
 */
import type { Locale } from './config.js';
import { NBSP, formatNumber } from './format.js';

/** "PDF, 1,2 MB"-style byte sizes: "850 kB", "1,2 MB". */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${formatNumber(value, locale, { maximumFractionDigits: digits, minimumFractionDigits: digits })}${NBSP}${units[unit]}`;
}
