#!/usr/bin/env node
/**
 * The recurrence engine against its independent references, at length
 * (`npm test` runs a few hundred rules; this runs thousands). See
 * test/domain/recurrence-reference.ts for the generated rules.
 *
 *   npm run test:recurrence                          5 000 rules against rrule.js, and
 *                                                    5 000 against python-dateutil when python3 has it
 *   npm run test:recurrence -- --runs 20000 --seed 7
 *   npm run test:recurrence -- --record              rewrites test/domain/fixtures/recurrence-dateutil.json
 *                                                    (the dateutil answers `npm test` compares with)
 *
 * Exits non-zero on the first difference, printing the rule and both answers.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { importTypeScript } from './lib/typescript.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURE = join(ROOT, 'test/domain/fixtures/recurrence-dateutil.json');
/** The recorded cases: how many, and the seed they are drawn with. */
const RECORDED = 600;
const RECORD_SEED = 5545;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5000' },
    seed: { type: 'string' },
    record: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 1_000_000 : Number(values.seed);

/** The harness (TypeScript, shared with the browser tests). */
const harness = await importTypeScript(join(ROOT, 'test/domain/recurrence-reference.ts'));

/** python-dateutil's answers for cases, or undefined when python3 or dateutil is missing. */
function dateutil(cases, max) {
  const input = JSON.stringify(
    cases.map((c) => ({ rrule: harness.referenceRule(c), start: c.start, lastDay: c.lastDay, max })),
  );
  const run = spawnSync('python3', [join(ROOT, 'scripts/recurrence-dateutil.py')], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.error || run.status !== 0) {
    console.warn(`python-dateutil not run: ${run.error?.message ?? run.stderr.trim().split('\n').at(-1)}`);
    return undefined;
  }
  return JSON.parse(run.stdout);
}

/** The cases with python-dateutil's answers (those it gave in time), or undefined without dateutil. */
function withDateutil(cases) {
  const answer = dateutil(cases, harness.MAX);
  if (!answer) return undefined;
  const recorded = cases.flatMap((c, i) => (answer.results[i] ? [{ ...c, dateutil: answer.results[i] }] : []));
  return { version: answer.version, recorded };
}

if (values.record) {
  const result = withDateutil(harness.sampleCases(RECORDED, RECORD_SEED));
  if (!result) process.exit(1);
  const lines = result.recorded.map((c) => `    ${JSON.stringify(c)}`);
  writeFileSync(
    FIXTURE,
    `{\n  "about": "python-dateutil ${result.version} on rules from test/domain/recurrence-reference.ts (seed ${RECORD_SEED}); npm run test:recurrence -- --record",\n  "cases": [\n${lines.join(',\n')}\n  ]\n}\n`,
  );
  console.log(`Recorded ${result.recorded.length} cases with python-dateutil ${result.version} in ${FIXTURE}.`);
  process.exit(0);
}

let failed = false;
const started = Date.now();
try {
  const compared = harness.checkAgainstRrulejs(runs, seed);
  console.log(`rrule.js: ${compared} rules agree (of ${runs} generated, seed ${seed}).`);
} catch (error) {
  console.error(`rrule.js: ${error.message}`);
  failed = true;
}
const result = withDateutil(harness.sampleCases(runs, seed + 1));
if (result) {
  try {
    harness.checkAgainstRecorded(result.recorded);
    console.log(`python-dateutil ${result.version}: ${result.recorded.length} rules agree (seed ${seed + 1}).`);
  } catch (error) {
    console.error(`python-dateutil ${result.version}: ${error.message}`);
    failed = true;
  }
}
console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
