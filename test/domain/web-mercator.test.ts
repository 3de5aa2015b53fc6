import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { LatLon } from '../../src/domain/distance.js';
import {
  MAX_LATITUDE,
  TILE_SIZE,
  fitBounds,
  nearestCopy,
  project,
  tileRange,
  unproject,
  worldSize,
  wrapTileX,
} from '../../src/domain/web-mercator.js';

/**
 * The reference: OpenStreetMap's tile numbers by the formula its wiki gives
 * (https://wiki.openstreetmap.org/wiki/Slippy_map_tilenames), written with
 * asinh(tan φ) where the module uses ln(tan(π/4 + φ/2)).
 */
function osmTile(lat: number, lon: number, zoom: number): [number, number] {
  const n = 2 ** zoom;
  const φ = (lat * Math.PI) / 180;
  return [Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.asinh(Math.tan(φ)) / Math.PI) / 2) * n)];
}

function tileOf(position: LatLon, zoom: number): [number, number] {
  const { x, y } = project(position, zoom);
  return [Math.floor(x / TILE_SIZE), Math.floor(y / TILE_SIZE)];
}

const latitude = fc.double({ min: -MAX_LATITUDE, max: MAX_LATITUDE, noNaN: true });
const longitude = fc.double({ min: -180, max: 180, noNaN: true });
const position = fc.record({ lat: latitude, lon: longitude });
const zoom = fc.integer({ min: 0, max: 18 });

describe('web-mercator', () => {
  it('finds the tiles OpenStreetMap numbers for known places', () => {
    // Worked by hand with the wiki's formula: Oslo (59.9139 N, 10.7522 E) at zoom 9 is
    // x = ⌊190.7522 / 360 · 512⌋ = ⌊271.29⌋ = 271, y = ⌊(1 − asinh(tan 59.9139°) / π) / 2 · 512⌋ = ⌊148.82⌋ = 148.
    expect(tileOf({ lat: 59.9139, lon: 10.7522 }, 9)).to.deep.equal([271, 148]);
    expect(osmTile(59.9139, 10.7522, 9)).to.deep.equal([271, 148]);
    // London's well-known tile https://tile.openstreetmap.org/10/511/340.png.
    expect(tileOf({ lat: 51.5074, lon: -0.1278 }, 10)).to.deep.equal([511, 340]);
    // The world's corners and centre.
    expect(project({ lat: 0, lon: 0 }, 0)).to.deep.equal({ x: 128, y: 128 });
    expect(tileOf({ lat: 0.001, lon: -0.001 }, 1)).to.deep.equal([0, 0]);
    expect(tileOf({ lat: -0.001, lon: 0.001 }, 1)).to.deep.equal([1, 1]);
    const corner = project({ lat: MAX_LATITUDE, lon: -180 }, 3);
    expect(corner.x).to.equal(0);
    expect(Math.abs(corner.y)).to.be.below(1e-9);
    expect(Math.abs(project({ lat: -MAX_LATITUDE, lon: 180 }, 3).y - worldSize(3))).to.be.below(1e-9);
  });

  it('agrees with the wiki’s formula everywhere (property)', () => {
    fc.assert(
      fc.property(position, zoom, (p, z) => {
        const [x, y] = tileOf(p, z);
        const [ox, oy] = osmTile(p.lat, p.lon, z);
        // The two forms may round apart only on a tile's very edge.
        return Math.abs(x - ox) <= 1 && Math.abs(y - oy) <= 1;
      }),
    );
  });

  it('holds latitudes beyond the square world at its edge', () => {
    expect(project({ lat: 89, lon: 0 }, 2).y).to.equal(project({ lat: MAX_LATITUDE, lon: 0 }, 2).y);
    expect(project({ lat: -90, lon: 0 }, 2).y).to.equal(project({ lat: -MAX_LATITUDE, lon: 0 }, 2).y);
  });

  it('comes back to the same position from its pixel (property)', () => {
    fc.assert(
      fc.property(position, zoom, (p, z) => {
        const back = unproject(project(p, z), z);
        return Math.abs(back.lat - p.lat) < 1e-9 && Math.abs(back.lon - p.lon) < 1e-9;
      }),
    );
  });

  describe('fitBounds', () => {
    const asker: LatLon[] = [
      { lat: 59.8339, lon: 10.4371 },
      { lat: 59.5434, lon: 10.5617 },
      { lat: 59.8887, lon: 10.5237 },
    ];

    it('centres the points’ box at the highest zoom that fits them inside the padding', () => {
      const view = fitBounds(asker, { x: 600, y: 400 }, 32, 3, 14);
      // 38 km north–south in 400 − 2 · 32 = 336 px: 249 px at zoom 9 (≈ 154 m a pixel there), 498 px at zoom 10.
      expect(view.zoom).to.equal(9);
      const center = unproject(view.center, view.zoom);
      const [north, south] = [project(asker[2]!, 0).y, project(asker[1]!, 0).y];
      expect(center.lon).to.be.closeTo((10.4371 + 10.5617) / 2, 1e-9);
      expect(project(center, 0).y).to.be.closeTo((north + south) / 2, 1e-9);
    });

    it('gives one point (or points in one place) the highest zoom', () => {
      expect(fitBounds([asker[0]!], { x: 300, y: 200 }, 32, 3, 14).zoom).to.equal(14);
      expect(fitBounds([asker[0]!, asker[0]!], { x: 300, y: 200 }, 32, 3, 14).zoom).to.equal(14);
    });

    it('does not go below the lowest zoom', () => {
      const world = [
        { lat: 70, lon: -170 },
        { lat: -70, lon: 170 },
      ];
      expect(fitBounds(world, { x: 300, y: 200 }, 32, 3, 14).zoom).to.equal(3);
    });

    it('goes the short way round across the antimeridian', () => {
      const across = fitBounds(
        [
          { lat: 65, lon: 179.9 },
          { lat: 65.1, lon: -179.9 },
        ],
        { x: 400, y: 300 },
        32,
        3,
        14,
      );
      // 0.2° east–west (about 9 km there), not 359.8°.
      expect(across.zoom).to.be.at.least(8);
      expect(unproject(across.center, across.zoom).lon).to.be.closeTo(180, 1e-9);
      const three = fitBounds(
        [
          { lat: 0, lon: 170 },
          { lat: 0, lon: -175 },
          { lat: 0, lon: 178 },
        ],
        { x: 400, y: 300 },
        32,
        0,
        14,
      );
      // From 170° E eastwards to 175° W (185° E): centred on 177.5° E.
      expect(unproject(three.center, three.zoom).lon).to.be.closeTo(177.5, 1e-9);
      // Points nearer the other way keep the box that does not cross it (160° across Greenwich, not 200°).
      const greenwich = fitBounds(
        [
          { lat: 0, lon: -80 },
          { lat: 0, lon: 80 },
        ],
        { x: 400, y: 300 },
        32,
        0,
        14,
      );
      expect(unproject(greenwich.center, greenwich.zoom).lon).to.be.closeTo(0, 1e-9);
    });

    it('takes the zoom at which the box fits exactly, despite rounding at the edge of the world', () => {
      // From the equator to the northern edge of the map: 128 px at zoom 0, 256 px of room at zoom 1.
      const view = fitBounds(
        [
          { lat: 0, lon: 0 },
          { lat: 85.05112877980659, lon: 0 },
        ],
        { x: 80, y: 320 },
        32,
        0,
        18,
      );
      expect(view.zoom).to.equal(1);
    });

    it('keeps every point inside the padded box, at the highest zoom that does (property)', () => {
      const size = fc.record({ x: fc.integer({ min: 80, max: 2000 }), y: fc.integer({ min: 80, max: 2000 }) });
      fc.assert(
        fc.property(fc.array(position, { minLength: 1, maxLength: 20 }), size, (points, viewport) => {
          const padding = 32;
          const { center, zoom: z } = fitBounds(points, viewport, padding, 0, 18);
          const inside = (at: number, centre: number, length: number): boolean =>
            at >= centre - length / 2 + padding - 1e-6 && at <= centre + length / 2 - padding + 1e-6;
          const fitsAt = (level: number, middle: typeof center): boolean =>
            points.every((p) => {
              const px = project(p, level);
              // The world repeats east and west: the point's copy nearest the centre.
              const x = nearestCopy(px.x, middle.x, level);
              return inside(x, middle.x, viewport.x) && inside(px.y, middle.y, viewport.y);
            });
          // Zoom 0 is as far out as the map goes: there the box may be too big.
          if (z > 0 && !fitsAt(z, center)) return false;
          // One zoom closer, the same box (centred the same) no longer fits.
          return z === 18 || !fitsAt(z + 1, { x: center.x * 2, y: center.y * 2 });
        }),
      );
    });
  });

  describe('tileRange', () => {
    it('covers exactly the viewport, plus the margin', () => {
      // A 512 × 256 viewport whose top left is the world pixel (256, 512) at zoom 3.
      expect(tileRange({ x: 512, y: 640 }, { x: 512, y: 256 }, 3, 0)).to.deep.equal({ x0: 1, x1: 2, y0: 2, y1: 2 });
      expect(tileRange({ x: 513, y: 641 }, { x: 512, y: 256 }, 3, 0)).to.deep.equal({ x0: 1, x1: 3, y0: 2, y1: 3 });
      expect(tileRange({ x: 512, y: 640 }, { x: 512, y: 256 }, 3, 1)).to.deep.equal({ x0: 0, x1: 3, y0: 1, y1: 3 });
    });

    it('stays within the world north and south, not east and west', () => {
      expect(tileRange({ x: 0, y: 0 }, { x: 600, y: 600 }, 1, 0)).to.deep.equal({ x0: -2, x1: 1, y0: 0, y1: 1 });
      expect(wrapTileX(-1, 1)).to.equal(1);
      expect(wrapTileX(-2, 1)).to.equal(0);
      expect(wrapTileX(5, 2)).to.equal(1);
      // A column's copy nearest a point: 1024 px round at zoom 2.
      expect(nearestCopy(10, 1000, 2)).to.equal(1034);
      expect(nearestCopy(1000, 10, 2)).to.equal(-24);
      expect(nearestCopy(500, 10, 2)).to.equal(500);
    });

    it('holds every pixel of the viewport (property)', () => {
      fc.assert(
        fc.property(
          zoom,
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.integer({ min: 1, max: 1500 }),
          fc.integer({ min: 1, max: 1500 }),
          (z, fx, fy, w, h) => {
            const center = { x: fx * worldSize(z), y: fy * worldSize(z) };
            const range = tileRange(center, { x: w, y: h }, z, 0);
            const left = Math.floor((center.x - w / 2) / TILE_SIZE);
            const right = Math.floor((center.x + w / 2 - 1e-9) / TILE_SIZE);
            const top = Math.max(0, Math.floor((center.y - h / 2) / TILE_SIZE));
            const bottom = Math.min(2 ** z - 1, Math.floor((center.y + h / 2 - 1e-9) / TILE_SIZE));
            return range.x0 <= left && range.x1 >= right && range.y0 <= top && range.y1 >= bottom;
          },
        ),
      );
    });
  });
});
