import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  labelAnchor,
  normalizeResults,
  pointsAttr,
  polar,
  ringPoints,
  scorePoint,
  scoreRadius,
  seriesPoints,
  seriesShapes,
  spokeAngle,
  wrapLabel,
} from '../../src/domain/compass.js';
import { THEMES } from '../../src/contract/ids.js';

const R = 150;
const distance = (p: { x: number; y: number }): number => Math.hypot(p.x, p.y);
const score = fc.double({ min: 1, max: 7, noNaN: true });

describe('compass domain', () => {
  it('puts the first spoke at the top and goes clockwise', () => {
    expect(polar(0, 14, 100)).to.deep.equal({ x: 0, y: -100 });
    expect(polar(7, 14, 100)).to.deep.equal({ x: 0, y: 100 });
    const second = polar(1, 14, 100);
    expect(second.x).to.be.greaterThan(0);
    expect(second.y).to.be.lessThan(0);
    expect(spokeAngle(0, 4)).to.equal(-Math.PI / 2);
  });

  it('draws low scores near the centre and 7 on the rim', () => {
    expect(scoreRadius(7, R)).to.equal(R);
    expect(scoreRadius(1, R)).to.be.closeTo(R / 7, 1e-9);
    expect(scoreRadius(0, R)).to.equal(scoreRadius(1, R));
    expect(scoreRadius(9, R)).to.equal(R);
  });

  it('places a higher score further out on the same spoke (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 13 }), score, score, (i, a, b) => {
        fc.pre(Math.abs(a - b) > 0.01);
        const [low, high] = a < b ? [a, b] : [b, a];
        expect(distance(scorePoint(i, 14, low, R))).to.be.lessThan(distance(scorePoint(i, 14, high, R)));
        expect(distance(scorePoint(i, 14, high, R))).to.be.at.most(R + 0.1);
        expect(distance(scorePoint(i, 14, low, R))).to.be.closeTo(scoreRadius(low, R), 0.1);
      }),
    );
  });

  it('draws a ring as a closed 14-point shape at the score’s distance', () => {
    const points = ringPoints(4, 14, R).split(' ');
    expect(points).to.have.length(14);
    for (const pair of points) {
      const [x, y] = pair.split(',').map(Number) as [number, number];
      expect(Math.hypot(x, y)).to.be.closeTo(scoreRadius(4, R), 0.2);
    }
  });

  it('draws a full series as one closed shape', () => {
    const values = THEMES.map((_, i) => 1 + (i % 7));
    const shapes = seriesShapes(values, R);
    expect(shapes).to.have.length(1);
    expect(shapes[0]!.closed).to.equal(true);
    expect(shapes[0]!.points).to.deep.equal(seriesPoints(values, R));
  });

  it('never bridges a spoke without a value; a lone value has no line', () => {
    const values: (number | undefined)[] = Array(14).fill(undefined);
    values[0] = 3;
    values[1] = 2;
    values[4] = 6;
    values[13] = 5;
    const shapes = seriesShapes(values, R);
    // 13 → 0 → 1 is one line (running on past the top); 4 stands alone.
    expect(shapes).to.deep.equal([
      { points: [scorePoint(13, 14, 5, R), scorePoint(0, 14, 3, R), scorePoint(1, 14, 2, R)], closed: false },
    ]);
    expect(seriesPoints(values, R)).to.have.length(4);
    expect(seriesShapes(Array(14).fill(undefined), R)).to.deep.equal([]);
  });

  it('keeps every valued point in exactly one place (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(score, { nil: undefined }), { minLength: 14, maxLength: 14 }), (values) => {
        const shapes = seriesShapes(values, R);
        const defined = values.filter((x) => x !== undefined).length;
        const inLines = shapes.reduce((n, s) => n + s.points.length, 0);
        expect(inLines).to.be.at.most(defined);
        expect(seriesPoints(values, R)).to.have.length(defined);
        for (const s of shapes) expect(s.points.length).to.be.greaterThan(s.closed ? 2 : 1);
        if (defined === 14) expect(shapes).to.have.length(1);
      }),
    );
  });

  it('writes SVG point lists', () => {
    expect(
      pointsAttr([
        { x: 1, y: -2.5 },
        { x: 0, y: 3 },
      ]),
    ).to.equal('1,-2.5 0,3');
  });

  it('anchors labels away from the centre and centres them at the top and bottom', () => {
    expect(labelAnchor(0, 14)).to.equal('middle');
    expect(labelAnchor(7, 14)).to.equal('middle');
    expect(labelAnchor(3, 14)).to.equal('start');
    expect(labelAnchor(10, 14)).to.equal('end');
  });

  it('wraps labels at spaces without losing or reordering words (property)', () => {
    expect(wrapLabel('Arbeid og lokalt næringsliv', 15)).to.deep.equal(['Arbeid og', 'lokalt', 'næringsliv']);
    expect(wrapLabel('Trygghet', 15)).to.deep.equal(['Trygghet']);
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zæøå]{1,20}$/), { maxLength: 8 }),
        fc.integer({ min: 4, max: 30 }),
        (words, max) => {
          const lines = wrapLabel(words.join(' '), max);
          expect(lines.join(' ')).to.equal(words.join(' '));
          for (const line of lines) expect(line.length <= max || !line.includes(' ')).to.equal(true);
        },
      ),
    );
  });

  describe('results handed in as data', () => {
    it('reads valid results unchanged', () => {
      const results = { area: 'tofte', responses: 3, themes: [{ theme: 'feeling-safe', mean: 4.5, n: 2 }] };
      expect(normalizeResults(results)).to.deep.equal({ results, skipped: 0 });
    });

    it('leaves out invalid and repeated themes and counts them', () => {
      const read = normalizeResults({
        area: 'x',
        responses: 5,
        themes: [
          { theme: 'feeling-safe', mean: 4, n: 2 },
          { theme: 'feeling-safe', mean: 5, n: 2 },
          { theme: 'nope', mean: 4, n: 1 },
          { theme: 'moving-around', mean: 0, n: 1 },
          { theme: 'natural-space', mean: 3, n: -1 },
          null,
        ],
      });
      expect(read).to.deep.equal({
        results: { area: 'x', responses: 5, themes: [{ theme: 'feeling-safe', mean: 4, n: 2 }] },
        skipped: 5,
      });
    });

    it('refuses a wrong overall shape', () => {
      for (const value of [null, 42, 'x', [], {}, { themes: 'no' }])
        expect(normalizeResults(value)).to.equal(undefined);
    });

    it('never throws and only keeps valid themes (property)', () => {
      fc.assert(
        fc.property(fc.anything(), (themes) => {
          const read = normalizeResults({ area: 'a', responses: 1, themes });
          if (!Array.isArray(themes)) {
            expect(read).to.equal(undefined);
            return;
          }
          for (const t of read!.results.themes) {
            expect(THEMES).to.include(t.theme);
            expect(t.mean).to.be.within(1, 7);
          }
          expect(read!.results.themes.length + read!.skipped).to.equal(themes.length);
        }),
      );
    });
  });
});
