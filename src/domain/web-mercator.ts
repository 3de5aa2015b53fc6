/**
 * Web Mercator (EPSG:3857) for a slippy map of 256-pixel tiles, the scheme
 * of OpenStreetMap's and Kartverket's tiles: at zoom `z` the world is a
 * square of 256 · 2^z pixels, x growing east from 180° W, y growing south
 * from 85.0511° N (the latitude that makes the world square). Tile (x, y) at
 * zoom z covers the world pixels [256x, 256x + 256) × [256y, 256y + 256).
 * https://wiki.openstreetmap.org/wiki/Slippy_map_tilenames
 *
 * Pure arithmetic, for the finder's map (`parts/tile-map.ts`).
 */
import type { LatLon } from './distance.js';

/** A tile's side, in pixels. */
export const TILE_SIZE = 256;

/** The northmost (and, negated, southmost) latitude Web Mercator shows: atan(sinh(π)). */
export const MAX_LATITUDE = 85.0511287798066;

/** A point in world pixels at some zoom (or a size in pixels). */
export interface Point {
  x: number;
  y: number;
}

const RADIANS = Math.PI / 180;

/** The world's side at `zoom`, in pixels. */
export function worldSize(zoom: number): number {
  return TILE_SIZE * 2 ** zoom;
}

/** A position's world pixel at `zoom` (latitudes beyond ±MAX_LATITUDE are held at it). */
export function project(position: LatLon, zoom: number): Point {
  const size = worldSize(zoom);
  const lat = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, position.lat)) * RADIANS;
  return {
    x: ((position.lon + 180) / 360) * size,
    y: (0.5 - Math.log(Math.tan(Math.PI / 4 + lat / 2)) / (2 * Math.PI)) * size,
  };
}

/** The position at a world pixel at `zoom` (the inverse of `project`). */
export function unproject(point: Point, zoom: number): LatLon {
  const size = worldSize(zoom);
  return {
    lat: (2 * Math.atan(Math.exp((0.5 - point.y / size) * 2 * Math.PI)) - Math.PI / 2) / RADIANS,
    lon: (point.x / size) * 360 - 180,
  };
}

/** A view of the map: its centre (a world pixel at `zoom`) and its zoom. */
export interface View {
  center: Point;
  zoom: number;
}

/**
 * The view that shows every point, each at least `padding` pixels inside a
 * viewport of `size`: centred on the points' box, at the highest whole zoom
 * at which the box fits, within [minZoom, maxZoom] (a single point, or points
 * all in one place, get `maxZoom`). Below `minZoom` the box may not fit.
 * East–west the box goes the short way round: points either side of the
 * antimeridian are shown side by side (the centre's x may then lie beyond
 * the world's east edge: the world repeats, see `nearestCopy`).
 */
export function fitBounds(
  points: readonly LatLon[],
  size: Point,
  padding: number,
  minZoom: number,
  maxZoom: number,
): View {
  // World pixels at zoom 0; at zoom z they are 2^z times as far apart.
  const projected = points.map((p) => project(p, 0));
  const xs = projected.map((p) => p.x).sort((a, b) => a - b);
  const ys = projected.map((p) => p.y);
  const box = { x0: xs[0]!, x1: xs[xs.length - 1]!, y0: Math.min(...ys), y1: Math.max(...ys) };
  // The widest gap between neighbouring points east–west is left out of the box: at first the one round the back of the world.
  let gap = box.x0 + TILE_SIZE - box.x1;
  for (let i = 1; i < xs.length; i += 1) {
    if (xs[i]! - xs[i - 1]! > gap) {
      gap = xs[i]! - xs[i - 1]!;
      box.x0 = xs[i]!;
      box.x1 = xs[i - 1]! + TILE_SIZE;
    }
  }
  const room = { x: Math.max(0, size.x - 2 * padding), y: Math.max(0, size.y - 2 * padding) };
  // How many times the box fits each way (a box of no extent fits at any zoom).
  const fits = (space: number, extent: number): number => (extent > 0 ? space / extent : Infinity);
  const scale = Math.min(fits(room.x, box.x1 - box.x0), fits(room.y, box.y1 - box.y0));
  // A box that fits exactly fits: rounding in the projection (the world's edge is 1e-14 px off 0) must not
  // cost it a zoom level.
  const zoom = Math.max(minZoom, Math.min(maxZoom, Math.floor(Math.log2(scale) + 1e-9)));
  const factor = 2 ** zoom;
  return { center: { x: ((box.x0 + box.x1) / 2) * factor, y: ((box.y0 + box.y1) / 2) * factor }, zoom };
}

/** The tiles a view needs: columns x0…x1 and rows y0…y1 (inclusive; x may leave the world, y does not). */
export interface TileRange {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The tiles that cover a viewport of `size` centred at `center` (world pixels at the zoom), plus `margin` pixels round it. */
export function tileRange(center: Point, size: Point, zoom: number, margin: number): TileRange {
  const last = 2 ** zoom - 1;
  const tile = (v: number): number => Math.floor(v / TILE_SIZE);
  return {
    x0: tile(center.x - size.x / 2 - margin),
    // The edge pixel itself: a viewport ending exactly on a tile's edge does not need the next tile.
    x1: tile(Math.ceil(center.x + size.x / 2 + margin) - 1),
    y0: Math.max(0, tile(center.y - size.y / 2 - margin)),
    y1: Math.min(last, tile(Math.ceil(center.y + size.y / 2 + margin) - 1)),
  };
}

/** A tile column within the world (the world repeats east and west). */
export function wrapTileX(x: number, zoom: number): number {
  const n = 2 ** zoom;
  return ((x % n) + n) % n;
}

/** The copy of world pixel column `x` (the world repeats east and west) nearest to `near`, at `zoom`. */
export function nearestCopy(x: number, near: number, zoom: number): number {
  const size = worldSize(zoom);
  return x + Math.round((near - x) / size) * size;
}
