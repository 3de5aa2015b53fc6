/**
 * An amount in Norwegian kroner in the widget's language, for `<torg-tilskudd>` only: a module of its
 * own, so no other widget's first render carries it (`core/format.ts` holds what many widgets write).
 */
import type { Locale } from './config.js';
import { formatNumber } from './format.js';

/**
 * An amount in Norwegian kroner: "12 500 kr" (nb, nn), "NOK 12,500" (en);
 * øre only when there are any ("12 500,50 kr").
 */
export function formatKroner(amount: number, locale: Locale): string {
  const whole = Number.isInteger(amount);
  return formatNumber(amount, locale, {
    style: 'currency',
    currency: 'NOK',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  });
}
