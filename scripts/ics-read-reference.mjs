#!/usr/bin/env node
/**
 * The iCalendar reader (src/domain/ics-read.ts) against ical.js, at length
 * (`npm test` compares a few dozen generated feeds; this thousands). See
 * test/domain/ics-read-reference.ts for the generated feeds and the places
 * where ical.js and RFC 5545 part.
 *
 *   npm run test:ics-read                          2 000 feeds
 *   npm run test:ics-read -- --runs 20000 --seed 7
 *
 * Exits non-zero on the first difference, printing the feed and both readings.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { importTypeScript } from './lib/typescript.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '2000' }, seed: { type: 'string' } },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 1_000_000 : Number(values.seed);

const harness = await importTypeScript(join(ROOT, 'test/domain/ics-read-reference.ts'));
const started = Date.now();
try {
  const events = harness.checkAgainstIcaljs(runs, seed);
  console.log(`ical.js: ${runs} feeds (${events} events) read alike (seed ${seed}).`);
} catch (error) {
  console.error(`ical.js: ${error.message}`);
  process.exitCode = 1;
}
console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
