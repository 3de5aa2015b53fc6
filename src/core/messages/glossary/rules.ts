/**
 * The glossary's rules as checks (`docs/glossary.md` explains them): a test
 * runs every rule over every text of every catalog, in the languages the
 * rule is for. Not part of any bundle — only the tests import it.
 */
import type { Locale } from '../../config.js';

export interface TextRule {
  /** A short id, used in the test's list of known offenders. */
  id: string;
  /** The languages the rule applies to. */
  locales: readonly Locale[];
  /** What a text must not contain. */
  pattern: RegExp;
  /** What to write instead. */
  advice: string;
}

const NO: readonly Locale[] = ['nb', 'nn'];
const ALL: readonly Locale[] = ['nb', 'nn', 'en'];
/** Not preceded / followed by a letter or digit (a whole word, also for æ, ø, å). */
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const TIME = '\\d{1,2}[.:]\\d{2}';
const MONTHS_NO = 'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember';
const MONTHS_EN = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** Bokmål forms that do not belong in a nynorsk text (a short list of the usual slips). */
export const BOKMAL_IN_NYNORSK = [
  'ikke',
  'jeg',
  'hva',
  'hvis',
  'hvor',
  'hvordan',
  'hvilken',
  'hvilke',
  'kommer',
  'strekte',
  'oppgitt',
  'noen',
  'noe',
  'mye',
  'bare',
  'fra',
  'ble',
  'hjem',
  'uke',
  'sted',
  'dere',
  'tjeneste',
  'tjenesten',
  'tjenester',
  'tilskudd',
  'tilskuddet',
  'innspill',
  'innspillet',
] as const;

export const TEXT_RULES: readonly TextRule[] = [
  {
    id: 'colon-time',
    locales: NO,
    pattern: new RegExp(`${B}\\d{1,2}:\\d{2}${E}`, 'u'),
    advice: 'Bokmål and nynorsk write times with a full stop: 08.00.',
  },
  {
    id: 'dot-time',
    locales: ['en'],
    pattern: new RegExp(`${B}\\d{2}\\.\\d{2}${E}`, 'u'),
    advice: 'English writes times with a colon: 08:00.',
  },
  {
    // In bokmål and nynorsk a time in a sentence always has "kl.", which tells a time range from a date range
    // ("1. mars – 3. april" is right).
    id: 'range',
    locales: NO,
    pattern: new RegExp(
      `kl\\.\\s*${TIME}(?:\\s*[-‐‑—]\\s*|\\s+til\\s+|\\s+–\\s*|\\s*–\\s+)(?:kl\\.\\s*)?${TIME}`,
      'iu',
    ),
    advice: 'A range of times is one expression with an en dash and no spaces: kl. 08.00–09.00 (glossary range()).',
  },
  {
    // "from 08:00 to 09:00" is good English; a bare "08:00 to 09:00" or a hyphen is not the glossary's form.
    id: 'range',
    locales: ['en'],
    pattern: new RegExp(`(?<!\\d)(?<!from\\s+)${TIME}(?:\\s*[-‐‑—]\\s*|\\s+to\\s+)${TIME}`, 'iu'),
    advice: 'A range of times is one expression with an en dash and no spaces: 08:00–09:00 (glossary range()).',
  },
  {
    id: 'kl-nbsp',
    locales: NO,
    pattern: /kl\.[ \t]?\d/u,
    advice: 'A no-break space after "kl." (the glossary\'s at() / range()), so "kl." never ends a line.',
  },
  {
    id: 'date-nbsp',
    locales: NO,
    pattern: new RegExp(`\\d\\.[ \\t](?:${MONTHS_NO})${E}`, 'iu'),
    advice: 'A no-break space between the day and the month (formatDate does it): 31.\u00a0desember.',
  },
  {
    id: 'date-nbsp',
    locales: ['en'],
    pattern: new RegExp(`\\d[ \\t](?:${MONTHS_EN})${E}`, 'u'),
    advice: 'A no-break space between the day and the month (formatDate does it): 31\u00a0December.',
  },
  {
    // "912 34 567", "+46 70 123 45 67": a phone number never breaks across lines.
    id: 'phone-nbsp',
    locales: ALL,
    pattern: new RegExp(`${B}(?:\\+\\d{2}[ \\t])?\\d{2,3}[ \\t]\\d{2}[ \\t]\\d{2,3}${E}`, 'u'),
    advice: 'No-break spaces inside a phone number (formatPhone does it): 912\u00a034\u00a0567.',
  },
  {
    id: 'booke',
    locales: NO,
    pattern: new RegExp(`${B}book`, 'iu'),
    advice: 'Språkrådet: bestille / bestilling / reservere; "referansenummer", not "bookingnummer".',
  },
  {
    id: 'legg-i-kalender',
    locales: NO,
    pattern: /legg i kalender/iu,
    advice: 'One wording for the .ics download: "Legg til i kalenderen" (glossary addToCalendar).',
  },
  {
    id: 'widget',
    locales: ALL,
    // Not in a code name such as the Trusted Types policy «torg-widgets-json-ld».
    pattern: /(?<!-)widget/iu,
    advice: 'Citizens do not know the word: say what is shown ("innholdet", "kalenderen"), or nothing.',
  },
  {
    id: 'bokmal',
    locales: ['nn'],
    pattern: new RegExp(`${B}(?:${BOKMAL_IN_NYNORSK.join('|')})${E}`, 'iu'),
    advice: 'A bokmål form in a nynorsk text (ikkje, eg, kva, viss, kvar, korleis, kjem, streka, oppgjeven …).',
  },
  {
    id: 'stedskompass-nn',
    locales: ['nn'],
    pattern: /stedskompass/iu,
    advice: 'In nynorsk the survey is "Stadkompasset" (decided once: a description, not a brand name).',
  },
];

/** The rules a text breaks, for one language. */
export function brokenRules(text: string, locale: Locale): TextRule[] {
  return TEXT_RULES.filter((rule) => rule.locales.includes(locale) && rule.pattern.test(text));
}
