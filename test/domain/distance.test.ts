import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { EARTH_RADIUS_METRES, byDistance, distanceMetres, type LatLon } from '../../src/domain/distance.js';

const position = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});

/** Within `tolerance` metres. */
function near(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected), `${actual} ≈ ${expected}`).to.be.at.most(tolerance);
}

describe('distance', () => {
  describe('distanceMetres', () => {
    it('is zero between a place and itself', () => {
      expect(distanceMetres({ lat: 59.8339, lon: 10.4371 }, { lat: 59.8339, lon: 10.4371 })).to.equal(0);
    });

    it('measures known distances between Norwegian places', () => {
      // Oslo Central Station → Bergen Station: about 305 km as the crow flies.
      near(distanceMetres({ lat: 59.9111, lon: 10.7528 }, { lat: 60.3903, lon: 5.3326 }), 305_000, 2_000);
      // Asker sentrum → Tofte: about 33.0 km (32.3 km north–south, 7.0 km east–west).
      near(distanceMetres({ lat: 59.8339, lon: 10.4371 }, { lat: 59.5434, lon: 10.5617 }), 33_050, 100);
      // One minute of latitude is about one nautical mile (1 852 m).
      near(distanceMetres({ lat: 59, lon: 10 }, { lat: 59 + 1 / 60, lon: 10 }), 1_853, 5);
    });

    it('shortens a degree of longitude towards the poles', () => {
      const atEquator = distanceMetres({ lat: 0, lon: 0 }, { lat: 0, lon: 1 });
      const atAsker = distanceMetres({ lat: 60, lon: 0 }, { lat: 60, lon: 1 });
      near(atEquator, 111_195, 10);
      near(atAsker, atEquator / 2, 10);
    });

    it('crosses the date line the short way', () => {
      near(distanceMetres({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 }), 111_195, 10);
    });

    it('gives half the circumference between antipodes, not NaN', () => {
      near(distanceMetres({ lat: 90, lon: 0 }, { lat: -90, lon: 0 }), Math.PI * EARTH_RADIUS_METRES, 1);
      near(distanceMetres({ lat: 0, lon: 0 }, { lat: 0, lon: 180 }), Math.PI * EARTH_RADIUS_METRES, 1);
    });

    it('is never negative, never NaN and at most half the circumference (property)', () => {
      fc.assert(
        fc.property(position, position, (a, b) => {
          const d = distanceMetres(a, b);
          return Number.isFinite(d) && d >= 0 && d <= Math.PI * EARTH_RADIUS_METRES + 1e-6;
        }),
      );
    });

    it('is symmetric (property)', () => {
      fc.assert(
        fc.property(position, position, (a, b) => Math.abs(distanceMetres(a, b) - distanceMetres(b, a)) < 1e-6),
      );
    });

    it('is zero from a point to itself (property)', () => {
      fc.assert(fc.property(position, (a) => distanceMetres(a, a) === 0));
    });

    it('keeps the triangle inequality (property)', () => {
      fc.assert(
        fc.property(position, position, position, (a, b, c) => {
          return distanceMetres(a, c) <= distanceMetres(a, b) + distanceMetres(b, c) + 1e-3;
        }),
      );
    });

    it('does not depend on which full turn the longitude is written in (property)', () => {
      fc.assert(
        fc.property(position, position, (a, b) => {
          const shifted: LatLon = { lat: b.lat, lon: b.lon + 360 };
          return Math.abs(distanceMetres(a, b) - distanceMetres(a, shifted)) < 1e-3;
        }),
      );
    });
  });

  describe('byDistance', () => {
    const asker = { lat: 59.8339, lon: 10.4371 };
    const places = [
      { id: 'tofte', at: { lat: 59.5434, lon: 10.5617 } },
      { id: 'borgen', at: { lat: 59.8467, lon: 10.4189 } },
      { id: 'heggedal', at: { lat: 59.7869, lon: 10.4452 } },
    ];

    it('sorts nearest first, with each distance', () => {
      const sorted = byDistance(places, asker, (p) => p.at);
      expect(sorted.map((s) => s.item.id)).to.deep.equal(['borgen', 'heggedal', 'tofte']);
      near(sorted[0]!.metres, 1_800, 200);
    });

    it('returns every item once, in non-decreasing distance, and keeps ties in order (property)', () => {
      fc.assert(
        fc.property(fc.array(position, { maxLength: 30 }), position, (points, origin) => {
          const items = points.map((at, index) => ({ index, at }));
          const sorted = byDistance(items, origin, (i) => i.at);
          expect(sorted.map((s) => s.item.index).sort((x, y) => x - y)).to.deep.equal(items.map((i) => i.index));
          for (let i = 1; i < sorted.length; i++) {
            const previous = sorted[i - 1]!;
            const current = sorted[i]!;
            expect(current.metres).to.be.at.least(previous.metres);
            if (current.metres === previous.metres) expect(current.item.index).to.be.greaterThan(previous.item.index);
          }
        }),
      );
    });

    it('does not change the list it was given', () => {
      const copy = structuredClone(places);
      byDistance(places, asker, (p) => p.at);
      expect(places).to.deep.equal(copy);
    });
  });
});
