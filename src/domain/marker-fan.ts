/**
 * Markers that would hide each other — places at the same point, or so near
 * at the map's zoom that their markers overlap — moved apart just enough that
 * every one can be seen and reached by pointer, and no further: a citizen
 * reads a marker's position as a place.
 *
 * A marker with no other within `spacing` pixels stays on its place (in a
 * crowd that cannot settle round it otherwise, it gives way last). Places
 * at one point (on one pixel) are first spread on a small ring round it
 * (`ring`: in the list's order, the first to the west and on clockwise);
 * then every two
 * markers closer than `spacing` are pushed apart along the line between
 * them, each half the shortfall (past one that stays, the other all of it),
 * pair by pair in the list's order, pass after pass until none are too near
 * (at most `PASSES`). Afterwards no two markers are closer than `spacing`
 * (for as many places as a map shows: a few dozen). The same places at the
 * same zoom always move the same way.
 *
 * Pure arithmetic in pixels, for the finder's map (`parts/tile-map.ts`).
 */
import type { Point } from './web-mercator.js';

/**
 * Passes over every pair at most (a few dozen markers in a crowd settle in far fewer); in the first `FIRM`, a
 * marker with no other place within the spacing stays put; after them, should a crowd hemmed in by such markers
 * not have settled, they give way too.
 */
const PASSES = 150;
const FIRM = 50;

/**
 * Where each marker stands (pixels, in the order of `points`): on its point, or as near it as lets no two stand
 * closer than `spacing`.
 */
export function fanOut(points: readonly Point[], spacing: number): Point[] {
  // Places on one pixel are at one point (a metre apart, say).
  const key = (p: Point): string => `${Math.round(p.x)} ${Math.round(p.y)}`;
  const same = new Map<string, number[]>();
  points.forEach((p, i) => same.set(key(p), [...(same.get(key(p)) ?? []), i]));
  const shown = points.map((p) => ({ ...p }));
  for (const list of same.values()) {
    const offsets = ring(list.length, spacing);
    list.forEach((i, k) => {
      shown[i]!.x += offsets[k]!.x;
      shown[i]!.y += offsets[k]!.y;
    });
  }
  const alone = points.map((p, i) => points.every((q, j) => j === i || distance(p, q) >= spacing));
  for (let pass = 0, moved = true; moved && pass < PASSES; pass += 1) {
    moved = false;
    const stays = (i: number): boolean => pass < FIRM && alone[i]!;
    for (let i = 0; i < points.length; i += 1) {
      for (let j = i + 1; j < points.length; j += 1) {
        const [a, b] = [shown[i]!, shown[j]!];
        const d = distance(a, b);
        // A ten-thousandth of a pixel short is as good as apart (what floating point may leave).
        if (d >= spacing - 1e-4) continue;
        // Apart along the line between them (two that met on one spot: east–west), by what they fall short and a
        // hundredth of the spacing more (a crowd settles in far fewer passes): each half, or one that may, all.
        const [dx, dy] = d ? [(b.x - a.x) / d, (b.y - a.y) / d] : [1, 0];
        const push = (1.01 * spacing - d) / (stays(i) || stays(j) ? 1 : 2);
        if (!stays(i)) [a.x, a.y] = [a.x - dx * push, a.y - dy * push];
        if (!stays(j)) [b.x, b.y] = [b.x + dx * push, b.y + dy * push];
        moved = true;
      }
    }
  }
  return shown;
}

/**
 * `count` offsets from a middle, each at least `spacing` from the others, summing to none (the group stays round
 * its middle): up to six on one ring just wide enough (two: `spacing` apart), from the west and on clockwise;
 * more, the first in the middle and the others on rings `spacing`, 2 · `spacing`, … out, each holding as many
 * as fit (never one alone on the last).
 */
export function ring(count: number, spacing: number): Point[] {
  if (count < 2) return [{ x: 0, y: 0 }];
  if (count <= 6) return circle(count, spacing / (2 * Math.sin(Math.PI / count)));
  const sizes: number[] = [];
  for (let j = 1, left = count - 1; left > 0; j += 1) {
    // On ring j (radius j · spacing) neighbours π / asin(1 / 2j) apart fit: 6, 12, 18, 25, …
    const here = Math.min(left, Math.floor(Math.PI / Math.asin(1 / (2 * j)) + 1e-9));
    sizes.push(here);
    left -= here;
  }
  if (sizes.at(-1) === 1) {
    sizes[sizes.length - 2]! -= 1;
    sizes[sizes.length - 1] = 2;
  }
  return [{ x: 0, y: 0 }, ...sizes.flatMap((here, j) => circle(here, (j + 1) * spacing))];
}

/** `count` offsets evenly round a circle, from the west and on clockwise on the screen (y grows downwards). */
function circle(count: number, radius: number): Point[] {
  const offsets: Point[] = [];
  for (let k = 0; k < count; k += 1) {
    const angle = Math.PI + (2 * Math.PI * k) / count;
    offsets.push({ x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  }
  return offsets;
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
