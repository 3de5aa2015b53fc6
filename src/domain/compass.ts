/**
 * The compass ("kompassdiagram"), pure and DOM-free: reading results handed
 * in as data, and the chart's geometry — spokes clockwise from the top, the
 * 1–7 scale from the centre outwards (low scores near the centre, as in the
 * Place Standard), polygons and label placement. Coordinates are SVG user
 * units around (0, 0), y downwards.
 */
import type { StedskompassResults } from '../contract/schemas.js';
import { isRecord, isTheme } from './stedskompass.js';

export interface Point {
  x: number;
  y: number;
}

/** The lowest and highest score. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 7;

/** The angle (radians) of spoke `index` of `count`: the first at the top, then clockwise. */
export function spokeAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

/** The distance from the centre of a score on a compass of `radius`: 1 → radius/7, 7 → radius (clamped). */
export function scoreRadius(score: number, radius: number): number {
  const clamped = Math.min(SCALE_MAX, Math.max(SCALE_MIN, score));
  return (radius * clamped) / SCALE_MAX;
}

/** A point at `distance` from the centre on spoke `index` of `count`. */
export function polar(index: number, count: number, distance: number): Point {
  const angle = spokeAngle(index, count);
  return { x: round(Math.cos(angle) * distance), y: round(Math.sin(angle) * distance) };
}

/** Where a score sits on its spoke. */
export function scorePoint(index: number, count: number, score: number, radius: number): Point {
  return polar(index, count, scoreRadius(score, radius));
}

/** The points of a series (one value per spoke; `undefined` = no value), for its markers. */
export function seriesPoints(values: readonly (number | undefined)[], radius: number): Point[] {
  const points: Point[] = [];
  values.forEach((value, i) => {
    if (value !== undefined && Number.isFinite(value)) points.push(scorePoint(i, values.length, value, radius));
  });
  return points;
}

export interface Shape {
  points: Point[];
  /** A closed shape (every spoke has a value) rather than an open line. */
  closed: boolean;
}

/**
 * The lines of a series: when every spoke has a value, one closed shape;
 * otherwise each run of neighbouring spokes with values is an open line
 * (running on past the top), and a lone value has no line (its marker
 * shows it). A gap is never bridged, so a missing value never looks like
 * a score.
 */
export function seriesShapes(values: readonly (number | undefined)[], radius: number): Shape[] {
  const count = values.length;
  const has = (i: number): boolean => Number.isFinite(values[i % count]);
  const point = (i: number): Point => scorePoint(i % count, count, values[i % count]!, radius);
  const first = values.findIndex((_, i) => !has(i));
  if (first < 0) return count ? [{ points: values.map((_, i) => point(i)), closed: true }] : [];
  const shapes: Shape[] = [];
  let run: Point[] = [];
  for (let i = first + 1; i <= first + count; i++) {
    if (has(i)) run.push(point(i));
    else {
      if (run.length > 1) shapes.push({ points: run, closed: false });
      run = [];
    }
  }
  return shapes;
}

export function pointsAttr(points: readonly Point[]): string {
  return points.map((p) => `${p.x},${p.y}`).join(' ');
}

/** A ring (all spokes at one score) as a closed polygon's points. */
export function ringPoints(score: number, count: number, radius: number): string {
  return pointsAttr([...Array(count).keys()].map((i) => scorePoint(i, count, score, radius)));
}

/** The text anchor of a label outside spoke `index`: centred at the top and bottom, else away from the centre. */
export function labelAnchor(index: number, count: number): 'start' | 'middle' | 'end' {
  const x = Math.cos(spokeAngle(index, count));
  if (Math.abs(x) < 0.2) return 'middle';
  return x > 0 ? 'start' : 'end';
}

/**
 * Splits a label into lines of at most `max` characters at spaces (a word
 * longer than `max` gets a line of its own). No text is lost or reordered.
 */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= max) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

function round(value: number): number {
  return Math.round(value * 10) / 10 || 0;
}

/** Results handed in as data, read defensively: invalid themes are left out and counted. */
export interface ReadResults {
  results: StedskompassResults;
  skipped: number;
}

export function normalizeResults(value: unknown): ReadResults | undefined {
  if (!isRecord(value) || !Array.isArray(value.themes)) return undefined;
  const responses = Number.isInteger(value.responses) && (value.responses as number) >= 0 ? value.responses : 0;
  const seen = new Set<string>();
  const themes: StedskompassResults['themes'] = [];
  for (const item of value.themes as unknown[]) {
    if (!isRecord(item)) continue;
    const { theme, mean, n } = item;
    if (
      isTheme(theme) &&
      !seen.has(theme) &&
      typeof mean === 'number' &&
      mean >= 1 &&
      mean <= 7 &&
      Number.isInteger(n) &&
      (n as number) >= 0
    ) {
      seen.add(theme);
      themes.push({ theme, mean, n: n as number });
    }
  }
  return {
    results: { area: typeof value.area === 'string' ? value.area : '', responses: responses as number, themes },
    skipped: value.themes.length - themes.length,
  };
}
