/**
 * Norwegian public holidays (helligdager og høytidsdager), computed for any
 * Gregorian year; tested for 1900–2199.
 *
 * Fixed: 1 January, 1 May, 17 May, 25 and 26 December. Easter-based: Maundy
 * Thursday (Easter −3), Good Friday (−2), Easter Sunday, Easter Monday (+1),
 * Ascension Day (+39), Whit Sunday (+49), Whit Monday (+50). Ordinary Sundays
 * are not listed (they follow the weekly hours); Christmas Eve, New Year's
 * Eve and Easter Saturday are not public holidays (the API sends them as
 * exceptions).
 *
 * Names are kept in one module per language (nynorsk and English in
 * `holiday-names-nn.ts` / `-en.ts`), so a bundle that only needs the bokmål
 * names (a widget's built-in texts) carries only those, and the others load
 * with the widget's lazy nynorsk and English texts.
 */
import { HOLIDAY_NAMES_EN } from './holiday-names-en.js';
import { HOLIDAY_NAMES_NN } from './holiday-names-nn.js';
import { addDays, isoDate } from './oslo-time.js';

export { HOLIDAY_NAMES_EN, HOLIDAY_NAMES_NN };

export type HolidayId =
  | 'nyttarsdag'
  | 'skjaertorsdag'
  | 'langfredag'
  | 'forste-paskedag'
  | 'andre-paskedag'
  | 'arbeidernes-dag'
  | 'grunnlovsdag'
  | 'kristi-himmelfartsdag'
  | 'forste-pinsedag'
  | 'andre-pinsedag'
  | 'forste-juledag'
  | 'andre-juledag';

export interface Holiday {
  /** `YYYY-MM-DD`. */
  date: string;
  id: HolidayId;
}

export type HolidayNames = Readonly<Record<HolidayId, string>>;

export const HOLIDAY_NAMES_NB: HolidayNames = {
  nyttarsdag: 'Første nyttårsdag',
  skjaertorsdag: 'Skjærtorsdag',
  langfredag: 'Langfredag',
  'forste-paskedag': 'Første påskedag',
  'andre-paskedag': 'Andre påskedag',
  'arbeidernes-dag': 'Arbeidernes dag',
  grunnlovsdag: 'Grunnlovsdagen',
  'kristi-himmelfartsdag': 'Kristi himmelfartsdag',
  'forste-pinsedag': 'Første pinsedag',
  'andre-pinsedag': 'Andre pinsedag',
  'forste-juledag': 'Første juledag',
  'andre-juledag': 'Andre juledag',
};

/** A holiday's name in `nb`, `nn` or `en` (pulls in all three tables; widgets read theirs from their catalog). */
export function holidayName(id: HolidayId, locale: 'nb' | 'nn' | 'en'): string {
  return (locale === 'en' ? HOLIDAY_NAMES_EN : locale === 'nn' ? HOLIDAY_NAMES_NN : HOLIDAY_NAMES_NB)[id];
}

/** Easter Sunday of a Gregorian year (`YYYY-MM-DD`), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

const EASTER_OFFSETS: readonly (readonly [HolidayId, number])[] = [
  ['skjaertorsdag', -3],
  ['langfredag', -2],
  ['forste-paskedag', 0],
  ['andre-paskedag', 1],
  ['kristi-himmelfartsdag', 39],
  ['forste-pinsedag', 49],
  ['andre-pinsedag', 50],
];

const byYear = new Map<number, Map<string, HolidayId>>();

function holidayMap(year: number): Map<string, HolidayId> {
  let map = byYear.get(year);
  if (!map) {
    const easter = easterSunday(year);
    // Fixed dates first: when an Easter-based holiday falls on one (Ascension Day on 17 May 2012, on
    // 1 May 2008), the day is named by its fixed holiday; it is a holiday either way.
    const list: Holiday[] = [
      { date: isoDate(year, 1, 1), id: 'nyttarsdag' },
      { date: isoDate(year, 5, 1), id: 'arbeidernes-dag' },
      { date: isoDate(year, 5, 17), id: 'grunnlovsdag' },
      { date: isoDate(year, 12, 25), id: 'forste-juledag' },
      { date: isoDate(year, 12, 26), id: 'andre-juledag' },
      ...EASTER_OFFSETS.map(([id, offset]) => ({ date: addDays(easter, offset), id })),
    ];
    list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
    map = new Map();
    for (const { date, id } of list) if (!map.has(date)) map.set(date, id);
    byYear.set(year, map);
  }
  return map;
}

/** The public holidays of a year, in date order. */
export function norwegianHolidays(year: number): Holiday[] {
  return [...holidayMap(year)].map(([date, id]) => ({ date, id }));
}

/** The public holiday on a date (`YYYY-MM-DD`), if any. */
export function holidayOn(date: string): HolidayId | undefined {
  return holidayMap(Number(date.slice(0, 4))).get(date);
}
