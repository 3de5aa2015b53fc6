/**
 * A distance in the widget's language, for `<torg-finder>` only: a module of its own, so no other
 * widget's first render carries it (`core/format.ts` holds what many widgets write).
 */
import type { Locale } from './config.js';
import { NBSP, formatNumber } from './format.js';

/** "2,4 km" / "850 m" for a distance in metres. */
export function formatDistance(metres: number, locale: Locale): string {
  if (metres < 1000) return `${formatNumber(Math.round(metres / 10) * 10, locale)}${NBSP}m`;
  const km = metres / 1000;
  return `${formatNumber(km, locale, { maximumFractionDigits: km < 10 ? 1 : 0, minimumFractionDigits: km < 10 ? 1 : 0 })}${NBSP}km`;
}
