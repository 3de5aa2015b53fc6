import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fanOut, ring } from '../../src/domain/marker-fan.js';
import type { Point } from '../../src/domain/web-mercator.js';

const SPACING = 36;
/** A millionth of a pixel: what floating point may take off a spacing of exactly `SPACING`. */
const EPSILON = 1e-6;

const closest = (points: readonly Point[]): number => {
  let least = Infinity;
  for (let i = 0; i < points.length; i += 1) {
    for (let j = i + 1; j < points.length; j += 1) {
      least = Math.min(least, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    }
  }
  return least;
};

const round = (p: Point): Point => ({ x: Math.round(p.x * 1e6) / 1e6 + 0, y: Math.round(p.y * 1e6) / 1e6 + 0 });

describe('marker-fan', () => {
  it('leaves markers that do not touch on their places', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 36, y: 0 },
      { x: 100, y: 40 },
    ];
    expect(fanOut(points, SPACING)).to.deep.equal(points);
    expect(fanOut([], SPACING)).to.deep.equal([]);
  });

  it('fans two places at one point out side by side, the first to the west, round the point', () => {
    const at = { x: 200, y: 100 };
    expect(fanOut([at, at], SPACING).map(round)).to.deep.equal([
      { x: 182, y: 100 },
      { x: 218, y: 100 },
    ]);
  });

  it('fans places that are only nearly at one point round their middle, in list order, clockwise from the west', () => {
    const shown = fanOut(
      [
        { x: 10, y: 10 },
        { x: 12, y: 9 },
        { x: 11, y: 11 },
        { x: 500, y: 500 },
      ],
      SPACING,
    ).map(round);
    const r = SPACING / (2 * Math.sin(Math.PI / 3));
    expect(shown[0]).to.deep.equal(round({ x: 11 - r, y: 10 }));
    // The second is north-east of the middle, the third south-east (y grows downwards).
    expect(shown[1]!.x).to.be.above(11);
    expect(shown[1]!.y).to.be.below(10);
    expect(shown[2]!.x).to.be.above(11);
    expect(shown[2]!.y).to.be.above(10);
    expect(shown[3]).to.deep.equal({ x: 500, y: 500 });
  });

  it('puts many places at one point in the middle and on rings one spacing apart: 6 on the first, 12 on the next', () => {
    const radii = (count: number): number[] =>
      ring(count, SPACING).map((p) => Math.round(Math.hypot(p.x, p.y) * 1e6) / 1e6);
    const count = (list: number[], r: number): number => list.filter((x) => x === r).length;
    const twenty = radii(20);
    // Never one alone on the outer ring: 1 + 6 + 12 + 1 becomes 1 + 6 + 11 + 2, and 1 + 6 + 1 becomes 1 + 5 + 2.
    expect([0, 36, 72, 108].map((r) => count(twenty, r))).to.deep.equal([1, 6, 11, 2]);
    expect([0, 36, 72].map((r) => count(radii(8), r))).to.deep.equal([1, 5, 2]);
    for (const n of [2, 3, 6, 7, 8, 19, 20, 40]) {
      const offsets = ring(n, SPACING);
      expect(offsets).to.have.length(n);
      expect(closest(offsets), `${n}`).to.be.at.least(SPACING - EPSILON);
      expect(Math.abs(offsets.reduce((s, p) => s + p.x, 0)), `${n}`).to.be.below(EPSILON);
      expect(Math.abs(offsets.reduce((s, p) => s + p.y, 0)), `${n}`).to.be.below(EPSILON);
    }
  });

  it('joins a fanned group with a marker it would reach, and fans them out together', () => {
    // Two at one point fan out 18 px either side, onto a third 20 px away: all three then share one ring.
    const shown = fanOut(
      [
        { x: 0, y: 0 },
        { x: 0, y: 0 },
        { x: 38, y: 0 },
      ],
      SPACING,
    );
    expect(closest(shown)).to.be.at.least(SPACING - EPSILON);
  });

  it('never leaves two markers closer than the spacing, and always fans the same way (property)', () => {
    const point = fc.record({ x: fc.integer({ min: 0, max: 160 }), y: fc.integer({ min: 0, max: 160 }) });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 30 }), fc.integer({ min: 8, max: 60 }), (points, spacing) => {
        const shown = fanOut(points, spacing);
        expect(shown).to.have.length(points.length);
        expect(closest(shown)).to.be.at.least(spacing - EPSILON);
        expect(fanOut(points, spacing)).to.deep.equal(shown);
      }),
      { numRuns: 300 },
    );
  });

  it('moves a marker only when another is within the spacing of it, keeping a group round its middle (property)', () => {
    const point = fc.record({
      x: fc.double({ min: 0, max: 400, noNaN: true }),
      y: fc.double({ min: 0, max: 400, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 12 }), (points) => {
        const shown = fanOut(points, SPACING);
        points.forEach((p, i) => {
          const alone = points.every(
            (q, j) => j === i || Math.hypot(p.x - q.x, p.y - q.y) >= 4 * SPACING * points.length,
          );
          if (alone) expect(shown[i]).to.deep.equal(p);
        });
        // Fanning moves markers round their groups' middles: the middle of them all stays.
        const middle = (list: readonly Point[]): Point => ({
          x: list.reduce((s, p) => s + p.x, 0) / (list.length || 1),
          y: list.reduce((s, p) => s + p.y, 0) / (list.length || 1),
        });
        expect(middle(shown).x).to.be.closeTo(middle(points).x, 1e-6);
        expect(middle(shown).y).to.be.closeTo(middle(points).y, 1e-6);
      }),
      { numRuns: 200 },
    );
  });
});
