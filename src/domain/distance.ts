/**
 * Straight-line (great-circle) distance between two WGS84 points, for
 * "nearest to me". The haversine formula on a sphere of the Earth's mean
 * radius: within 0.5 % of the ellipsoidal distance, far closer than a
 * phone's position — and "as the crow flies" is what the widget says.
 */

/** A WGS84 position in decimal degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** The Earth's mean radius (IUGG), in metres. */
export const EARTH_RADIUS_METRES = 6_371_008.8;

const RADIANS = Math.PI / 180;

/** The great-circle distance between two positions, in metres (0 … π·R). */
export function distanceMetres(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RADIANS;
  const dLon = (b.lon - a.lon) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RADIANS) * Math.cos(b.lat * RADIANS) * Math.sin(dLon / 2) ** 2;
  // Rounding can push h a hair outside [0, 1]; asin would then return NaN.
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(Math.min(1, Math.max(0, h))));
}

/**
 * The items sorted by distance from `origin`, nearest first, each with its
 * distance. Equal distances keep the items' order (the sort is stable).
 */
export function byDistance<T>(
  items: readonly T[],
  origin: LatLon,
  position: (item: T) => LatLon,
): { item: T; metres: number }[] {
  return items
    .map((item) => ({ item, metres: distanceMetres(origin, position(item)) }))
    .sort((x, y) => x.metres - y.metres);
}
