import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fold, matches, matchesTerms, queryTerms } from '../../src/domain/search.js';

/** Text over the letters Norwegian names use, with accents, digits, spaces and punctuation. */
const ALPHABET = [...'abcdefghijklmnopqrstuvwxyzæøåéèêüöä0123456789 -.,/'];
const text = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 30 });
const TORG = ['Sætre innbyggertorg', 'Storgata 17', '3475', 'Sætre', 'Bibliotek', 'Byggesaksveiledning'];

/** Writes a text the way someone without Norwegian letters might. */
function asciify(s: string, choice: readonly boolean[]): string {
  let i = 0;
  return [...s]
    .map((c) => {
      const flip = choice[i++ % Math.max(1, choice.length)] ?? false;
      if (c === 'æ') return flip ? 'ae' : 'AE';
      if (c === 'ø') return flip ? 'o' : 'O';
      if (c === 'å') return flip ? 'aa' : 'a';
      if (c === 'é') return 'e';
      return flip ? c.toUpperCase() : c;
    })
    .join('');
}

describe('search', () => {
  describe('fold', () => {
    it('writes Norwegian letters one way', () => {
      expect(fold('Sætre')).to.equal('saetre');
      expect(fold('SAETRE')).to.equal('saetre');
      expect(fold('Røyken')).to.equal('royken');
      expect(fold('Håkon')).to.equal(fold('Haakon'));
      expect(fold('Åsgårdstrand')).to.equal(fold('Aasgaardstrand'));
      expect(fold('Katrineåsveien')).to.equal('katrineasveien');
    });

    it('drops accents and other letter marks', () => {
      expect(fold('Kafé KIME')).to.equal('kafe kime');
      expect(fold('Sétre')).to.equal('setre');
      expect(fold('Tromsø, Čáhcesuolu')).to.equal('tromso cahcesuolu');
      expect(fold('Mühle Göteborg')).to.equal('muhle goteborg');
    });

    it('turns punctuation and runs of space into one space', () => {
      expect(fold('  Asker-sentrum,   1383 (Asker)  ')).to.equal('asker sentrum 1383 asker');
    });

    it('is the same whatever the case (property)', () => {
      fc.assert(fc.property(text, (s) => fold(s.toUpperCase()) === fold(s.toLowerCase())));
    });

    it('folding twice changes nothing (property)', () => {
      fc.assert(fc.property(text, (s) => fold(fold(s)) === fold(s)));
    });
  });

  describe('queryTerms', () => {
    it('splits a query into folded words', () => {
      expect(queryTerms(' Tofte  BIBLIOTEK ')).to.deep.equal(['tofte', 'bibliotek']);
    });

    it('has no words for an empty or blank query', () => {
      expect(queryTerms('')).to.deep.equal([]);
      expect(queryTerms('  -, ')).to.deep.equal([]);
    });
  });

  describe('matches', () => {
    it('finds Sætre however it is written', () => {
      for (const query of ['sætre', 'Sætre', 'SÆTRE', 'saetre', 'Saetre', 'sæt', 'sae']) {
        expect(matches(query, TORG), query).to.equal(true);
      }
    });

    it('searches the address, the postcode and the services', () => {
      expect(matches('storgata', TORG)).to.equal(true);
      expect(matches('3475', TORG)).to.equal(true);
      expect(matches('347', TORG)).to.equal(true);
      expect(matches('byggesak', TORG)).to.equal(true);
    });

    it('needs every word, in any order', () => {
      expect(matches('bibliotek saetre', TORG)).to.equal(true);
      expect(matches('saetre bibliotek', TORG)).to.equal(true);
      expect(matches('saetre seniorsenter', TORG)).to.equal(false);
    });

    it('does not match what is not there', () => {
      expect(matches('tofte', TORG)).to.equal(false);
      expect(matches('3476', TORG)).to.equal(false);
      expect(matches('setre', TORG)).to.equal(false);
    });

    it('does not let a word run across two fields', () => {
      expect(matches('ab', ['xa', 'by'])).to.equal(false);
    });

    it('matches everything for an empty query', () => {
      expect(matches('', TORG)).to.equal(true);
      expect(matches('   ', [])).to.equal(true);
      expect(matchesTerms([], [])).to.equal(true);
    });

    it('finds a field by any part of it (property)', () => {
      fc.assert(
        fc.property(text, fc.nat(), fc.nat(), (field, a, b) => {
          const [from, to] = [Math.min(a, b) % (field.length + 1), Math.max(a, b) % (field.length + 1)];
          return matches(field.slice(Math.min(from, to), Math.max(from, to)), ['other', field]);
        }),
      );
    });

    it('finds a field written without Norwegian letters or in another case (property)', () => {
      fc.assert(
        fc.property(text, fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), (field, choice) =>
          matches(asciify(field, choice), [field]),
        ),
      );
    });

    it('never matches a word that occurs in no field (property)', () => {
      const word = fc.string({ unit: fc.constantFrom(...'bcdfgh'), minLength: 1, maxLength: 6 });
      fc.assert(
        fc.property(word, fc.array(text, { maxLength: 4 }), (w, fields) => {
          fc.pre(!fields.some((f) => fold(f).includes(fold(w))));
          return !matches(w, fields) && !matches(`${fields[0] ?? ''} ${w}`, fields);
        }),
      );
    });
  });
});
