/**
 * Forgiving free-text search, for people who type names the way they can:
 * without caring about case, without Norwegian letters on a foreign keyboard
 * (`saetre` finds Sætre, `Haakon` finds Håkon, `Royken` finds Røyken), with
 * or without accents (`Sétre`, `kafe`/`kafé`), in any order of words.
 *
 * Both the text searched and the query are "folded" to one spelling:
 * lower case; `æ` → `ae`, `ø` → `o`, `å` → `a` and any run of `a`s → `a` (so
 * `aa` and `å` are the same); other accents removed; punctuation and spaces →
 * one space. A query matches when every one of its words occurs somewhere
 * in the fields (as a part of a word: `sen` finds "Asker sentrum").
 */

/** Letters that Unicode does not decompose into a base letter and an accent. */
const LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', œ: 'oe', ß: 'ss', đ: 'd', ŧ: 't', ŋ: 'n', ł: 'l' };

/** The one spelling a text is compared in (see the module's description). */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøœßđŧŋł]/g, (letter) => LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/a+/g, 'a')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a query, folded (no words: an empty query, which matches everything). */
export function queryTerms(query: string): string[] {
  const folded = fold(query);
  return folded ? folded.split(' ') : [];
}

/** The fields a search looks in, folded into one text (to keep, when thousands are searched at every key). */
export function foldFields(fields: readonly string[]): string {
  return fields.map(fold).join(' ');
}

/** Whether every term occurs in a text made by `foldFields` (an empty query matches all). */
export function termsIn(terms: readonly string[], folded: string): boolean {
  return terms.every((term) => folded.includes(term));
}

/** Whether every term occurs in one of the fields (all fields match an empty query). */
export function matchesTerms(terms: readonly string[], fields: readonly string[]): boolean {
  return terms.length === 0 || termsIn(terms, foldFields(fields));
}

/** Whether a free-text query matches any of the fields (see the module's description). */
export function matches(query: string, fields: readonly string[]): boolean {
  return matchesTerms(queryTerms(query), fields);
}
