/**
 * Markers that would hide each other — places at the same point, or so near
 * at the map's zoom that their markers overlap — fanned out round the point
 * they share, so every one can be seen and reached by pointer.
 *
 * Places closer than `spacing` pixels form a group (and so does whatever a
 * fanned group comes too close to); a group stands on a ring round its
 * places' middle, in the order given (the list's), the first to the west and
 * on clockwise; a large group has its first in the middle and fills rings
 * one `spacing` apart round it. Afterwards no
 * two markers are closer than `spacing`. The same places at the same zoom
 * always fan out the same way; at a zoom where they lie apart, they stand on
 * their places.
 *
 * Pure arithmetic in pixels, for the finder's map (`parts/tile-map.ts`).
 */
import type { Point } from './web-mercator.js';

/**
 * Where each marker stands (pixels, in the order of `points`): on its point, or fanned out round the point it
 * shares with others, so that no two stand closer than `spacing`.
 */
export function fanOut(points: readonly Point[], spacing: number): Point[] {
  // Each point's group (an index into `points`: the group's first member, which keeps the list's order).
  const group = points.map((_, i) => i);
  const root = (i: number): number => {
    while (group[i] !== i) i = group[i]!;
    return i;
  };
  for (;;) {
    const shown = place(
      points,
      group.map((_, i) => root(i)),
      spacing,
    );
    let joined = false;
    for (let i = 0; i < points.length; i += 1) {
      for (let j = i + 1; j < points.length; j += 1) {
        const [a, b] = [root(i), root(j)];
        if (a === b || distance(shown[i]!, shown[j]!) >= spacing) continue;
        // Too near: one group from now on (led by the earlier of the two).
        group[Math.max(a, b)] = Math.min(a, b);
        joined = true;
      }
    }
    // Every join makes a group fewer: this ends.
    if (!joined) return shown;
  }
}

/** Every group (`leader[i]`: point i's group) on its ring round its points' middle. */
function place(points: readonly Point[], leader: readonly number[], spacing: number): Point[] {
  const members = new Map<number, number[]>();
  leader.forEach((l, i) => {
    const list = members.get(l);
    if (list) list.push(i);
    else members.set(l, [i]);
  });
  const shown: Point[] = [];
  for (const list of members.values()) {
    const middle = { x: 0, y: 0 };
    for (const i of list) {
      middle.x += points[i]!.x / list.length;
      middle.y += points[i]!.y / list.length;
    }
    const offsets = ring(list.length, spacing);
    list.forEach((i, k) => {
      shown[i] = list.length === 1 ? points[i]! : { x: middle.x + offsets[k]!.x, y: middle.y + offsets[k]!.y };
    });
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
