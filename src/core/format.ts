/**
 * Dates, times and numbers in the widget's language, always in Oslo time.
 *
 * Day and month names are shipped here for all three languages: Chromium's
 * `Intl` has no nynorsk data, and writing them out keeps nb, nn and en
 * consistent ("tirsdag 30. mars", "tysdag 30. mars", "Tuesday 30 March").
 * Times are written `08.00` in nb/nn (with "kl." in the sentence) and
 * `08:00` in English. Numbers, lists and plurals use `Intl`.
 *
 * What must not break across lines is joined with no-break spaces (U+00A0):
 * "kl. 08.00", "31. desember", "912 34 567", "2,4 km" (see docs/glossary.md).
 *
 * This module is in every data widget's first render: a format only one
 * widget uses is a module of its own beside it (`format-bytes.ts`,
 * `format-distance.ts`, `format-kroner.ts`, `format-time-range.ts`), so it comes
 * with that widget only.
 */
import type { Locale } from './config.js';
import { isoWeekday, parseDate } from '../domain/oslo-time.js';
import { osloClock } from './clock.js';

/** No-break space. */
export const NBSP = '\u00a0';

export { viewerZoneIsNotOslo } from './clock.js';

const WEEKDAYS: Record<Locale, readonly string[]> = {
  nb: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  nn: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'sundag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** Month names: nynorsk writes them as bokmål. */
const MONTHS_NO = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];

const MONTHS: Record<Locale, readonly string[]> = {
  nb: MONTHS_NO,
  nn: MONTHS_NO,
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** The BCP 47 tag handed to `Intl` (nynorsk numbers are written as bokmål). */
export function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : 'nb-NO';
}

/**
 * Weekday name; `weekday` is ISO (1 = Monday). Short: its first three letters, with a full stop in nb and nn
 * ("man.", "tys.", "Mon").
 */
export function weekdayName(weekday: number, locale: Locale, width: 'long' | 'short' = 'long'): string {
  const name = WEEKDAYS[locale][(weekday - 1 + 7) % 7] ?? '';
  return width === 'long' || !name ? name : `${name.slice(0, 3)}${locale === 'en' ? '' : '.'}`;
}

/** Month name; `month` is 1–12. */
export function monthName(month: number, locale: Locale): string {
  return MONTHS[locale][month - 1] ?? '';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface DateFormatOptions {
  /** Include the weekday (default true). */
  weekday?: boolean;
  /** Include the year (default false). */
  year?: boolean;
  /** Capitalise the first letter (for a heading or a sentence start). */
  capital?: boolean;
}

/**
 * A calendar date (`YYYY-MM-DD`): "tirsdag 30. mars", "tysdag 30. mars 2027",
 * "Tuesday 30 March" — day, month and year joined by no-break spaces.
 */
export function formatDate(date: string, locale: Locale, options: DateFormatOptions = {}): string {
  const { year, month, day } = parseDate(date);
  const weekday = options.weekday === false ? '' : `${weekdayName(isoWeekday(date), locale)} `;
  const yearText = options.year ? `${NBSP}${year}` : '';
  const text = `${weekday}${day}${locale === 'en' ? '' : '.'}${NBSP}${monthName(month, locale)}${yearText}`;
  return options.capital ? capitalise(text) : text;
}

/** "mars 2027" / "March 2027". */
export function formatMonth(year: number, month: number, locale: Locale, capital = false): string {
  const text = `${monthName(month, locale)} ${year}`;
  return capital ? capitalise(text) : text;
}

/** A clock time from minutes since midnight: "08.00" (nb, nn), "08:00" (en). */
export function formatClock(minutes: number, locale: Locale): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const sep = locale === 'en' ? ':' : '.';
  return `${String(h).padStart(2, '0')}${sep}${String(m).padStart(2, '0')}`;
}

/** The Oslo clock time of an instant: "08.00" / "08:00". */
export const formatTime: (instant: number | Date, locale: Locale) => string = osloClock;

/** The digits of a phone number, with "+" for an international one ("0047…" → "+47…"). */
function phoneDigits(phone: string): string {
  const compact = phone.replace(/[\s\u00a0().-]/g, '');
  return compact.startsWith('00') && compact.length > 8 ? `+${compact.slice(2)}` : compact;
}

/**
 * A phone number as Norwegians write it, never broken across lines:
 * "912 34 567" (mobile), "66 50 90 00" (landline), "+47 912 34 567",
 * "800 12 345"; another country's number keeps its own grouping
 * ("+46 70 123 45 67"). Text that is not a phone number comes back unchanged.
 */
export function formatPhone(phone: string): string {
  const digits = phoneDigits(phone);
  const norwegian = /^(\+47)?(\d{8})$/.exec(digits);
  if (norwegian) {
    const [, country, n = ''] = norwegian;
    // Mobile (4, 9) and service numbers (8) are written 3-2-3, others in pairs.
    const groups = /^[489]/.test(n)
      ? [n.slice(0, 3), n.slice(3, 5), n.slice(5)]
      : [n.slice(0, 2), n.slice(2, 4), n.slice(4, 6), n.slice(6)];
    return (country ? [country, ...groups] : groups).join(NBSP);
  }
  return isPhone(digits) ? phone.trim().replace(/\s+/g, NBSP) : phone;
}

function isPhone(digits: string): boolean {
  return /^\+?\d{3,15}$/.test(digits);
}

/** A `tel:` link for a phone number ("tel:+4791234567"); `undefined` for text that is not one. */
export function phoneHref(phone: string): string | undefined {
  const digits = phoneDigits(phone);
  return isPhone(digits) ? `tel:${digits}` : undefined;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** "a, b og c" / "a, b and c". */
export function formatList(
  items: string[],
  locale: Locale,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return new Intl.ListFormat(intlLocale(locale), { type, style: 'long' }).format(items);
}
