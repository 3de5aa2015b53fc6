/**
 * One way to write things: every text of every catalog (`src/**\/messages/**\/{nb,nn,en}.ts`, and the bokmål
 * a lazy part brings with it, such as `nb-steps.ts`, `nb-month.ts`),
 * functions called with sample values, checked against the glossary's rules
 * (`src/core/messages/glossary/rules.ts`, `docs/glossary.md`).
 *
 * Every catalog — core, the glossary itself, the shared parts and the nine
 * widgets — must be clean: a finding names the catalog, language, key and
 * rule, with the text.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { formatClock, formatDate, formatPhone } from '../../src/core/format.js';
import type { Locale } from '../../src/core/config.js';
import * as en from '../../src/core/messages/glossary/en.js';
import * as nb from '../../src/core/messages/glossary/nb.js';
import * as nn from '../../src/core/messages/glossary/nn.js';
import { brokenRules, TEXT_RULES } from '../../src/core/messages/glossary/rules.js';

interface CatalogFile {
  /** `core`, `core/glossary`, `shared/opening-status`, `widgets/torg-booking`, … */
  catalog: string;
  locale: Locale;
  path: string;
}

async function catalogFiles(): Promise<CatalogFile[]> {
  const paths = await executeServerCommand<string[], { dir: string; pattern: string }>('list-files', {
    dir: 'src',
    pattern: '/messages/(?:.+/)?(?:nb|nn|en)(?:-[\\w-]+)?\\.ts$',
  });
  return paths.map((path) => {
    // `nb-steps.ts`: the bokmål of a part loaded later, of the same catalog.
    const match = /^\/src\/(.+?)\/messages\/(?:(.+)\/)?(nb|nn|en)(?:-[\w-]+)?\.ts$/.exec(path)!;
    const [, owner, sub, locale] = match;
    return { catalog: sub ? `${owner}/${sub}` : owner!, locale: locale as Locale, path };
  });
}

/** Sample values a message function is called with: a clock time, a date, counts, a word. */
function samples(locale: Locale): unknown[] {
  return [formatClock(8 * 60, locale), formatDate('2026-12-31', locale), 3, 1, 'Borgen'];
}

/**
 * The string and template literals in a function's source (`${…}` left out): the words of the branches
 * the sample values do not reach.
 */
function literalsOf(fn: unknown): string[] {
  const source = String(fn);
  const literal = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
  const unescape = (text: string): string =>
    text.replace(/\\x([0-9a-f]{2})|\\u([0-9a-f]{4})/gi, (_, x?: string, u?: string) =>
      String.fromCharCode(parseInt((x ?? u)!, 16)),
    );
  return [...source.matchAll(literal)].map((m) => unescape(m[1] ?? m[2] ?? m[3]!.replace(/\$\{[^}]*\}/g, '…')));
}

/** Every text of a table, by key path; each function called with each sample value in every argument. */
function texts(value: unknown, locale: Locale, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const out: [string, string][] = literalsOf(value).map((text) => [`${path}()`, text]);
    for (const sample of samples(locale)) {
      try {
        const result: unknown = (value as (...args: unknown[]) => unknown)(...Array.from({ length: 4 }, () => sample));
        if (typeof result === 'string') out.push([`${path}()`, result]);
      } catch {
        // A sample of the wrong kind for this function: the others cover it.
      }
    }
    return out;
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => texts(child, locale, path ? `${path}.${key}` : key));
  }
  return [];
}

async function findings(files: CatalogFile[]): Promise<{ finding: string; text: string }[]> {
  const out = new Map<string, string>();
  for (const file of files) {
    const module = (await import(/* @vite-ignore */ file.path)) as { default?: unknown };
    for (const [key, text] of texts(module.default, file.locale)) {
      for (const rule of brokenRules(text, file.locale)) {
        out.set(`${file.catalog} ${file.locale} ${key}: ${rule.id}`, text);
      }
    }
  }
  return [...out].map(([finding, text]) => ({ finding, text }));
}

describe('the glossary: one way to write times, dates and the shared words', () => {
  let files: CatalogFile[];
  before(async () => {
    files = await catalogFiles();
  });

  it('finds every catalog: core, the glossary, shared parts and all nine widgets, in three languages', () => {
    const catalogs = new Set(files.map((f) => f.catalog));
    for (const expected of [
      'core',
      'core/glossary',
      'shared/opening-status',
      'widgets/torg-agenda',
      'widgets/torg-booking',
      'widgets/torg-committee',
      'widgets/torg-events',
      'widgets/torg-finder',
      'widgets/torg-innspill',
      'widgets/torg-opening-hours',
      'widgets/torg-stedskompass',
      'widgets/torg-tilskudd',
    ]) {
      expect(catalogs.has(expected), expected).to.equal(true);
    }
    for (const catalog of catalogs) {
      expect([...new Set(files.filter((f) => f.catalog === catalog).map((f) => f.locale))], catalog).to.have.members([
        'nb',
        'nn',
        'en',
      ]);
    }
  });

  it('has no finding in any catalog: core, the glossary, the shared parts and the widgets', async () => {
    const found = await findings(files);
    expect(found.map((f) => `${f.finding} — ${f.text}`)).to.deep.equal([]);
  });

  describe('the rules catch what they are for', () => {
    const cases: [string, Locale, string][] = [
      ['kl. 08:00', 'nb', 'colon-time'],
      ['08.00', 'en', 'dot-time'],
      ['kl.\u00a008.00 til 09.00', 'nb', 'range'],
      ['kl.\u00a008.00-09.00', 'nn', 'range'],
      ['08:00 to 09:00', 'en', 'range'],
      ['08:00 - 09:00', 'en', 'range'],
      ['kl.\u00a008.00 – 09.00', 'nb', 'range'],
      ['kl. 08.00', 'nb', 'kl-nbsp'],
      ['31. desember', 'nb', 'date-nbsp'],
      ['31 December', 'en', 'date-nbsp'],
      ['for eksempel 912 34 567', 'nb', 'phone-nbsp'],
      ['for example +46 70 123 45 67', 'en', 'phone-nbsp'],
      ['Hva vil du booke?', 'nb', 'booke'],
      ['Bookingnummer', 'nn', 'booke'],
      ['Legg i kalender', 'nb', 'legg-i-kalender'],
      ['Widgeten mangler attributtet', 'nb', 'widget'],
      ['The widget is missing', 'en', 'widget'],
      ['Dagar som er strekte over', 'nn', 'bokmal'],
      ['Vi fann ikke det', 'nn', 'bokmal'],
      ['Stedskompasset', 'nn', 'stedskompass-nn'],
      ['Søknad om tilskudd', 'nn', 'bokmal'],
      ['Takk for innspillet!', 'nn', 'bokmal'],
    ];
    for (const [text, locale, rule] of cases) {
      it(`"${text}" (${locale}) breaks "${rule}"`, () => {
        expect(brokenRules(text, locale).map((r) => r.id)).to.include(rule);
      });
    }

    it('lets the right forms through', () => {
      const right: [string, Locale][] = [
        [nb.range('08.00', '09.00'), 'nb'],
        [nn.at('08.00'), 'nn'],
        [en.range('08:00', '09:00'), 'en'],
        [formatDate('2026-12-31', 'nb', { year: true }), 'nb'],
        [formatDate('2026-12-31', 'en'), 'en'],
        ['Bestill tid. Referansenummer: 123. Legg til i kalenderen.', 'nb'],
        ['Vi fann ikkje det du leitar etter. Eg kjem frå Asker, kva med deg?', 'nn'],
        ['Stadkompasset: du har svart på 3 av 14.', 'nn'],
        ['Søknad om tilskot. Takk for innspelet!', 'nn'],
        ['Book a room. Your booking reference.', 'en'],
        [`Ring ${formatPhone('91234567')} eller ${formatPhone('+46 70 123 45 67')}, 3 av 14, 40–66 år.`, 'nb'],
        // A range of dates, and English "from … to …", are written with words and spaces.
        [`Fra ${formatDate('2026-12-01', 'nb')} til ${formatDate('2026-12-31', 'nb')}`, 'nb'],
        ['Arrangementer 1.\u00a0desember – 3.\u00a0januar', 'nb'],
        ['No events from 08:00 to 09:00.', 'en'],
      ];
      for (const [text, locale] of right) expect(brokenRules(text, locale), text).to.deep.equal([]);
    });

    it('has an id, languages and advice for every rule', () => {
      for (const rule of TEXT_RULES) {
        expect(rule.id).to.match(/^[a-z-]+$/);
        expect(rule.locales.length).to.be.greaterThan(0);
        expect(rule.advice.length).to.be.greaterThan(10);
      }
    });
  });
});
