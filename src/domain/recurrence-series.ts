/**
 * A series expanded from its RRULE text: read by the full parser (rrule.ts)
 * and expanded by the engine (recurrence.ts). A module of its own so the
 * engine does not bring the parser: `<torg-events>` reads common rules
 * without it (`readSimpleRule`, `expandParsed`).
 */
import { expandParsed, type Expansion, type Series } from './recurrence.js';
import { parseRule } from './rrule.js';

/**
 * The occurrences of a series that overlap `[from, to)` (instants), in
 * order, at most `limit`; a rule the engine refuses gives the first
 * occurrence with the reason. Never throws, never runs unbounded.
 */
export function expandSeries(series: Series, from: number, to: number, limit = 5_000): Expansion {
  return expandParsed(series, parseRule(series.rrule), from, to, limit);
}
