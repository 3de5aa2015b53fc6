import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Place } from '../../src/contract/schemas.js';
import { distanceMetres } from '../../src/domain/distance.js';
import { feedLinks } from '../../src/domain/feeds.js';
import {
  PLACE_QUERY_MAX,
  PLACE_QUERY_MIN,
  moveActive,
  placeQuery,
  uniquePlaces,
  type ActiveMove,
} from '../../src/domain/places.js';

const VOLLEN: Place = {
  name: 'Vollen',
  kind: 'stedsnavn',
  municipality: 'Asker',
  location: { lat: 59.8019, lon: 10.4842 },
};
const POSTCODE: Place = { name: '1390 Vollen', kind: 'postnummer', location: { lat: 59.8011, lon: 10.4822 } };

describe('places: the place search of <torg-finder>', () => {
  describe('placeQuery', () => {
    it('sends two characters or more, trimmed and with one space between words', () => {
      expect(placeQuery('V')).to.equal(undefined);
      expect(placeQuery('  V  ')).to.equal(undefined);
      expect(placeQuery('')).to.equal(undefined);
      expect(placeQuery('13')).to.equal('13');
      expect(placeQuery('  Slemmestadveien \t  1 ')).to.equal('Slemmestadveien 1');
    });

    it('counts characters, not UTF-16 units, and never sends a lone surrogate or a control character', () => {
      // One emoji is one character (two code units): too short alone.
      expect(placeQuery('🏠')).to.equal(undefined);
      expect(placeQuery('Sætre\u0000\u0007')).to.equal('Sætre');
      expect(placeQuery('Vo\uD800llen')).to.equal('Vo\uFFFDllen');
    });

    it('is well-formed, at most 100 characters, and stable when asked again (property)', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) => {
          const query = placeQuery(text);
          if (query === undefined) return;
          expect([...query].length).to.be.within(PLACE_QUERY_MIN, PLACE_QUERY_MAX);
          // No lone surrogate (they would make encodeURIComponent throw), no control character.
          expect(/\p{Cs}/u.test(query)).to.equal(false);
          expect(/\s{2}|\p{Cc}/u.test(query)).to.equal(false);
          expect(query).to.equal(query.trim());
          expect(placeQuery(query)).to.equal(query);
          expect(() => encodeURIComponent(query)).to.not.throw();
        }),
      );
    });
  });

  describe('uniquePlaces', () => {
    it('keeps the API order and drops a place sent twice (same kind, name as folded, within 50 m)', () => {
      const again: Place = { ...VOLLEN, name: 'VOLLEN', location: { lat: 59.8021, lon: 10.4843 } };
      expect(uniquePlaces([POSTCODE, VOLLEN, again])).to.deep.equal([POSTCODE, VOLLEN]);
    });

    it('keeps places of the same name that are far apart, or of another kind', () => {
      const elsewhere: Place = { ...VOLLEN, location: { lat: 60.5, lon: 11 } };
      const address: Place = { ...VOLLEN, kind: 'adresse' };
      expect(uniquePlaces([VOLLEN, elsewhere, address])).to.deep.equal([VOLLEN, elsewhere, address]);
    });

    it('leaves no two places that count as one, and drops only those (property)', () => {
      const place: fc.Arbitrary<Place> = fc.record({
        name: fc.constantFrom<string>('Vollen', 'vollen', 'Sætre', 'Saetre', '1390 Vollen'),
        kind: fc.constantFrom('adresse', 'stedsnavn', 'postnummer') as fc.Arbitrary<Place['kind']>,
        location: fc.record({
          lat: fc.double({ min: 59.8, max: 59.801, noNaN: true }),
          lon: fc.double({ min: 10.48, max: 10.482, noNaN: true }),
        }),
      });
      fc.assert(
        fc.property(fc.array(place, { maxLength: 12 }), (places) => {
          const kept = uniquePlaces(places);
          // A subsequence of the input, in its order.
          let at = 0;
          for (const p of kept) {
            const i = places.indexOf(p, at);
            expect(i).to.be.at.least(at);
            at = i + 1;
          }
          for (const [i, a] of kept.entries()) {
            for (const b of kept.slice(i + 1)) {
              const same =
                a.kind === b.kind &&
                a.name.toLowerCase().replace('ae', 'æ') === b.name.toLowerCase().replace('ae', 'æ') &&
                distanceMetres(a.location, b.location) < 50;
              expect(same, `${a.name} / ${b.name}`).to.equal(false);
            }
          }
          // Every dropped place has a kept twin.
          for (const p of places.filter((q) => !kept.includes(q))) {
            expect(kept.some((k) => k.kind === p.kind && distanceMetres(k.location, p.location) < 50)).to.equal(true);
          }
        }),
      );
    });
  });

  describe('moveActive', () => {
    it('moves down and up through the suggestions and wraps around', () => {
      expect(moveActive(-1, 3, 'next')).to.equal(0);
      expect(moveActive(0, 3, 'next')).to.equal(1);
      expect(moveActive(2, 3, 'next')).to.equal(0);
      expect(moveActive(-1, 3, 'previous')).to.equal(2);
      expect(moveActive(0, 3, 'previous')).to.equal(2);
      expect(moveActive(1, 3, 'first')).to.equal(0);
      expect(moveActive(1, 3, 'last')).to.equal(2);
    });

    it('has nothing to move to without suggestions, and mends an index out of range', () => {
      expect(moveActive(0, 0, 'next')).to.equal(-1);
      expect(moveActive(7, 3, 'next')).to.equal(0);
      expect(moveActive(Number.NaN, 3, 'previous')).to.equal(2);
    });

    it('always lands on a suggestion, and down then up comes back (property)', () => {
      const move = fc.constantFrom<ActiveMove>('next', 'previous', 'first', 'last');
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: -1, max: 19 }), move, (count, from, how) => {
          const active = Math.min(from, count - 1);
          const to = moveActive(active, count, how);
          expect(to).to.be.within(0, count - 1);
          if (active >= 0) expect(moveActive(moveActive(active, count, 'next'), count, 'previous')).to.equal(active);
        }),
      );
    });
  });
});

describe('feeds: the addresses of a calendar feed', () => {
  it('gives the webcal and the https form of an https feed, with its query', () => {
    expect(feedLinks('https://api.example.no/v1/events.ics?category=kultur&torg=borgen')).to.deep.equal({
      webcal: 'webcal://api.example.no/v1/events.ics?category=kultur&torg=borgen',
      https: 'https://api.example.no/v1/events.ics?category=kultur&torg=borgen',
    });
    expect(feedLinks('http://localhost:8787/v1/committees/tofte-lsu/meetings.ics')?.webcal).to.equal(
      'webcal://localhost:8787/v1/committees/tofte-lsu/meetings.ics',
    );
  });

  it('refuses what is not an absolute http(s) URL, or carries credentials', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/calendar,BEGIN',
      '/v1/events.ics',
      'ftp://x/y.ics',
      'https://user:secret@api.example.no/events.ics',
      '',
    ]) {
      expect(feedLinks(url), url).to.equal(undefined);
    }
  });
});
