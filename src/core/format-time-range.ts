/**
 * A time or a range of times in a sentence, for `<torg-agenda>` only: a module of its own, so no other
 * widget's first render carries it (`core/format.ts` holds what many widgets write).
 */
import { osloClock } from './clock.js';
import type { Locale } from './config.js';
import { NBSP } from './format.js';

/**
 * A time or a range of times in Oslo time, as it stands in a sentence:
 * "kl. 18.00–20.00" (nb, nn), "18:00–20:00" (en); "kl. 18.00" without an end
 * — the glossary's `at` and `range`, with a no-break space after "kl.".
 */
export function formatTimeRange(start: number | Date, end: number | Date | undefined, locale: Locale): string {
  const from = osloClock(start, locale);
  const text = end === undefined ? from : `${from}–${osloClock(end, locale)}`;
  return locale === 'en' ? text : `kl.${NBSP}${text}`;
}
