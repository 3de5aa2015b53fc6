import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { torgFixtures } from '../../mocks/fixtures/torg.js';
import { fanOut, ring } from '../../src/domain/marker-fan.js';
import { project, type Point } from '../../src/domain/web-mercator.js';

const SPACING = 36;
/** A millionth of a pixel: what floating point may take off a spacing of exactly `SPACING`. */
const EPSILON = 1e-6;
/** What the fan-out takes as far enough apart: a ten-thousandth of a pixel short of the spacing. */
const TOLERANCE = 1e-4;

const closest = (points: readonly Point[]): number => {
  let least = Infinity;
  for (let i = 0; i < points.length; i += 1) {
    for (let j = i + 1; j < points.length; j += 1) {
      least = Math.min(least, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    }
  }
  return least;
};

const moved = (from: readonly Point[], to: readonly Point[]): number[] =>
  from.map((p, i) => Math.hypot(to[i]!.x - p.x, to[i]!.y - p.y));

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

  it('moves two places that are only near each other apart along the line between them, just far enough', () => {
    const shown = fanOut(
      [
        { x: 10, y: 10 },
        { x: 22, y: 15 },
        { x: 500, y: 500 },
      ],
      SPACING,
    );
    // 13 px apart: each goes (a hundredth more than) half of the 23 px they fall short, straight away from the other.
    const [a, b] = shown as [Point, Point];
    expect(Math.hypot(b.x - a.x, b.y - a.y)).to.be.within(SPACING, SPACING * 1.01 + EPSILON);
    expect(
      moved(
        [
          { x: 10, y: 10 },
          { x: 22, y: 15 },
        ],
        shown,
      ),
    ).to.satisfy((d: number[]) => d.every((x) => x > 11.5 && x < 11.5 + 0.2));
    expect((a.y - 10) / (a.x - 10)).to.be.closeTo(5 / 12, EPSILON);
    expect((b.y - 15) / (b.x - 22)).to.be.closeTo(5 / 12, EPSILON);
    expect(shown[2]).to.deep.equal({ x: 500, y: 500 });
  });

  it('moves a place next to one that has none near it alone, the whole way', () => {
    // (0, 0) has no other within the spacing; the two near (60, 0) touch each other, and one is pushed into it.
    const shown = fanOut(
      [
        { x: 0, y: 0 },
        { x: 40, y: 0 },
        { x: 60, y: 0 },
      ],
      SPACING,
    );
    expect(shown[0]).to.deep.equal({ x: 0, y: 0 });
    expect(closest(shown)).to.be.at.least(SPACING - TOLERANCE);
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

  it('pushes a marker that places spread from one point would reach away from them', () => {
    // Two at one point spread 18 px either side, onto a third 20 px away: it moves off, and they a little.
    const points = [
      { x: 0, y: 0 },
      { x: 0, y: 0 },
      { x: 38, y: 0 },
    ];
    const shown = fanOut(points, SPACING);
    expect(closest(shown)).to.be.at.least(SPACING - TOLERANCE);
    expect(Math.max(...moved(points, shown))).to.be.below(SPACING);
  });

  it("moves Asker's torg by less than a marker's spacing at the zoom the map fits them to, and less nearer in", () => {
    const furthest = (zoom: number): number => {
      const from = torgFixtures.map((torg) => project(torg.location, zoom));
      const shown = fanOut(from, SPACING);
      expect(closest(shown), `zoom ${zoom}`).to.be.at.least(SPACING - TOLERANCE);
      return Math.max(...moved(from, shown));
    };
    // Measured: 15 px at zoom 9 (the chained rings drew Heggedal 52 px off), 7 at 10, none from 11 on.
    expect(furthest(9)).to.be.below(SPACING / 2);
    expect(furthest(10)).to.be.below(SPACING / 4);
    expect(furthest(11)).to.equal(0);
    expect(furthest(12)).to.equal(0);
  });

  it('never leaves two markers closer than the spacing, and always fans the same way (property)', () => {
    const point = fc.record({ x: fc.integer({ min: 0, max: 160 }), y: fc.integer({ min: 0, max: 160 }) });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 30 }), fc.integer({ min: 8, max: 60 }), (points, spacing) => {
        const shown = fanOut(points, spacing);
        expect(shown).to.have.length(points.length);
        expect(closest(shown)).to.be.at.least(spacing - TOLERANCE);
        expect(fanOut(points, spacing)).to.deep.equal(shown);
      }),
      { numRuns: 300 },
    );
  });

  it('never moves a marker with no other place within the spacing, on a map of a few dozen places (property)', () => {
    // Up to 30 places over a map 640 × 400 px, some at one point.
    const point = fc.record({ x: fc.integer({ min: 0, max: 640 }), y: fc.integer({ min: 0, max: 400 }) });
    fc.assert(
      fc.property(
        fc
          .array(point, { maxLength: 30 })
          .chain((list) =>
            fc.tuple(fc.constant(list), fc.array(fc.nat({ max: Math.max(0, list.length - 1) }), { maxLength: 5 })),
          ),
        ([unique, copies]) => {
          const points = [...unique, ...(unique.length ? copies.map((i) => unique[i]!) : [])];
          const shown = fanOut(points, SPACING);
          expect(closest(shown)).to.be.at.least(SPACING - TOLERANCE);
          points.forEach((p, i) => {
            if (points.every((q, j) => j === i || Math.hypot(p.x - q.x, p.y - q.y) >= SPACING)) {
              expect(shown[i]).to.deep.equal(p);
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
