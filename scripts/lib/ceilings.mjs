/**
 * Ceilings for the size budgets that are not met yet (a ratchet).
 *
 * Issue 18 sets the first-render and all-in-one budgets, issue 12 the 1 MB
 * package; both are the targets, printed with every figure. Where a figure is
 * still over its target, `size-ceilings.json` holds the largest figure
 * accepted today: a change may make it smaller, never larger. So the budgets
 * that are met stay met, the others cannot grow while they are worked on, and
 * the targets stay what the issues say.
 *
 * A ceiling moves only down: `npm run size -- --lower-ceilings` writes the
 * figures just measured where they are lower (rounded up to 0.1 kB), and
 * drops a ceiling once its row meets the target. Raising one is a change to
 * this file that a reviewer sees.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const FILE = new URL('../../size-ceilings.json', import.meta.url);

/** The ceilings by row name (bytes, gzip for the budgets, unpacked for the package). */
export function readCeilings() {
  const { ceilings } = JSON.parse(readFileSync(FILE, 'utf8'));
  return ceilings;
}

/**
 * What a figure means against its target and ceiling: `met` (within the
 * target), `held` (over the target, within its ceiling), `grown` (over the
 * target and over its ceiling, or over the target without one).
 */
export function judge(what, bytes, target, ceilings = readCeilings()) {
  const ceiling = ceilings[what];
  if (bytes <= target) return { verdict: 'met', ceiling };
  if (ceiling !== undefined && bytes <= ceiling) return { verdict: 'held', ceiling };
  return { verdict: 'grown', ceiling };
}

/** Lowers the ceilings of the rows measured (never raises one); drops those whose row meets its target. */
export function lowerCeilings(rows) {
  const file = JSON.parse(readFileSync(FILE, 'utf8'));
  for (const { what, bytes, limit } of rows) {
    const current = file.ceilings[what];
    if (current === undefined) continue;
    if (bytes <= limit) delete file.ceilings[what];
    else file.ceilings[what] = Math.min(current, Math.ceil(bytes / 100) * 100);
  }
  writeFileSync(FILE, `${JSON.stringify(file, null, 2)}\n`);
}
