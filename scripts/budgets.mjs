#!/usr/bin/env node
/**
 * Size budgets (`npm run size`, part of `npm test`, after `npm run build`):
 * what a citizen waits for, not what a bundler's entry happens to hold.
 *
 * - First render, per element alone on a page: every script file the page
 *   fetches from `dist/` until the element shows its content (no busy state
 *   left), on the mock API over HTTP, gzip — Lit and the core included:
 *   ≤ 25 kB.
 * - The all-in-one `dist/torg-widgets.js` with every element on one page:
 *   every script file it fetches until all of them show their content (the
 *   file and the chunks it shares with the per-element files; bokmål
 *   included, nynorsk and English, the map and the iCalendar parser on
 *   demand): ≤ 60 kB gzip.
 *
 * Where a figure is over its budget, it may not grow past its ceiling in
 * `size-ceilings.json` (scripts/lib/ceilings.mjs): the budgets met stay met,
 * the others are printed as over and can only shrink. `--lower-ceilings`
 * writes lower figures there.
 *
 * Sizes only: no timing is checked here (time to content and layout shift
 * are reported by `npm run bench`). Writes bench-results/budgets.json.
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { judge, lowerCeilings, readCeilings } from './lib/ceilings.mjs';
import { ROOT, builtElements, editorPage, gz, kB, measurePage, serve, startMockApi } from './lib/pages.mjs';

const FIRST_RENDER_LIMIT = 25_000;
const ALL_IN_ONE_LIMIT = 60_000;

if (!existsSync(join(ROOT, 'dist/torg-widgets.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const api = await startMockApi();
const tags = builtElements();
const pages = {
  ...Object.fromEntries(tags.map((tag) => [`/budget/${tag}.html`, editorPage({ tags: [tag], apiBase: api.base })])),
  // Every element on one page, through the all-in-one file only.
  '/budget/all.html': editorPage({ tags, apiBase: api.base, script: '/dist/torg-widgets.js' }),
};
const { base, server } = await serve(pages);
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const rows = [];
/** Each file's gzip size, largest first. */
const sizes = (files) => files.map((path) => ({ path, bytes: gz(join(ROOT, path)) })).sort((a, b) => b.bytes - a.bytes);
try {
  for (const tag of tags) {
    const { bytes, files } = await measurePage(browser, `${base}/budget/${tag}.html`, { base, settleMs: 0 });
    rows.push({ what: `first render <${tag}>`, bytes, limit: FIRST_RENDER_LIMIT, files: sizes(files) });
  }
  const all = await measurePage(browser, `${base}/budget/all.html`, { base, settleMs: 0 });
  rows.push({
    what: 'dist/torg-widgets.js, every element',
    bytes: all.bytes,
    limit: ALL_IN_ONE_LIMIT,
    files: sizes(all.files),
  });
} finally {
  await browser.close();
  server.close();
  api.stop();
}

const ceilings = readCeilings();
let failed = false;
let met = 0;
for (const row of rows) {
  // A page that loaded no script measured nothing: that is a broken measurement, not a pass.
  if (row.bytes === 0) {
    console.error(`${row.what}: no script was measured (the page did not load)`);
    failed = true;
  }
  const { verdict, ceiling } = judge(row.what, row.bytes, row.limit, ceilings);
  row.verdict = verdict;
  row.ceiling = ceiling;
  if (verdict === 'met') met++;
  failed ||= verdict === 'grown';
  const mark = { met: '  ok ', held: 'OVER ', grown: 'GREW ' }[verdict];
  const held = verdict === 'met' ? '' : `, ceiling ${ceiling === undefined ? 'none' : kB(ceiling)}`;
  console.log(
    `${mark} ${row.what.padEnd(38)} ${kB(row.bytes).padStart(8)} of ${kB(row.limit)}${held}  (${row.files.length} file${row.files.length === 1 ? '' : 's'})`,
  );
  // What it is made of, largest first (`--files`, and always when over).
  if (verdict !== 'met' || process.argv.includes('--files')) {
    for (const file of row.files) console.log(`        ${kB(file.bytes).padStart(8)}  ${file.path}`);
  }
}
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results/budgets.json'), JSON.stringify(rows, null, 2));
if (process.argv.includes('--lower-ceilings')) lowerCeilings(rows);

console.log(
  `\n${met} of ${rows.length} figures within issue 18's budgets (first render ${kB(FIRST_RENDER_LIMIT)}, all-in-one ${kB(ALL_IN_ONE_LIMIT)}, gzip);` +
    ` ${rows.length - met} over, held at their ceilings (size-ceilings.json): they may shrink, not grow.`,
);
if (failed) {
  console.error(
    '\nA figure over its budget grew past its ceiling (gzip). Make it smaller again; see CONTRIBUTING.md, "Size".',
  );
  process.exit(1);
}
