#!/usr/bin/env node
/**
 * Benchmark (`npm run bench`, after `npm run build`): <torg-events> against
 * FullCalendar, and the first render of every element.
 *
 * Renders 100, 1 000 and 5 000 events over 30 days in headless Chromium, in
 * the list view (every event of the range) and the month view (a few rows a
 * day, then "+N flere"), and measures the time from creating the element
 * until every title it shows is in the page and a frame has been painted.
 * The same data goes through FullCalendar 6 (core + daygrid + list: its
 * 30-day list view, and its month grid with `dayMaxEvents: 3`) for a
 * side-by-side. Also reports the gzip size of every element entry (with its
 * shared chunks) and of the lazy chunks.
 *
 * Writes the figures to docs/benchmark.md. Not a test: figures vary with
 * the machine; what matters is the ratio to FullCalendar and that time
 * grows linearly with N.
 *
 *   npm run build && npm run bench
 *   CHROME_PATH=/path/to/chrome npm run bench
 *   BENCH_RUNS=9 npm run bench          (runs per case, median reported; default 5)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import * as prettier from 'prettier';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';

const require = createRequire(import.meta.url);
const { bundleGraph, MANIFEST } = require('./bundle-graph.cjs');

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench-results');
const SIZES = [100, 1000, 5000];
const VIEWS = ['list', 'month'];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The page's clock: 1 January 2027, 08:00 in Oslo; the data covers 1–30 January. */
const NOW = Date.parse('2027-01-01T08:00:00+01:00');
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

// --- the pages ------------------------------------------------------------------

/** The events of the benchmark, deterministic: N over 30 days, 08:00–21:00, a few whole-day and cancelled. */
const dataScript = `
window.makeEvents = (n) => {
  const pad = (x) => String(x).padStart(2, '0');
  const categories = ['kultur', 'kurs', 'trening', 'marked', 'mote'];
  const torg = ['borgen', 'tofte', 'heggedal', 'slemmestad'];
  return Array.from({ length: n }, (_, i) => {
    const day = 1 + (i % 30);
    const hour = 8 + ((i * 7) % 13);
    const minute = (i * 15) % 60;
    const date = '2027-01-' + pad(day);
    const allDay = i % 50 === 0;
    return {
      id: 'b' + i,
      title: 'Arrangement nummer ' + i,
      start: allDay ? date + 'T00:00:00+01:00' : date + 'T' + pad(hour) + ':' + pad(minute) + ':00+01:00',
      end: allDay ? '2027-01-' + pad(day + 1) + 'T00:00:00+01:00' : date + 'T' + pad(hour + 1) + ':' + pad(minute) + ':00+01:00',
      allDay,
      categories: [categories[i % 5]],
      torgId: torg[i % 4],
      location: { name: 'Sal ' + (i % 7) },
      audience: ['alle'],
      price: i % 3 ? null : '50 kr',
      cancelled: i % 97 === 0,
    };
  });
};
window.nextFrame = () => new Promise((r) => requestAnimationFrame(() => r()));
/** Polls each frame until count() reaches the target (or stops changing when target is 'stable'), then one more frame. */
window.until = async (count, target) => {
  let last = -1, same = 0;
  for (let i = 0; i < 6000; i++) {
    const c = count();
    if (target === 'stable' ? c > 0 && c === last && ++same >= 2 : c >= target) break;
    if (c !== last) same = 0;
    last = c;
    await window.nextFrame();
  }
  await window.nextFrame();
  return count();
};
`;

const torgPage = `<!doctype html><html lang="nb"><head><meta charset="utf-8">
<style>body{font-family:system-ui;margin:0;width:1200px}</style>
<script>${dataScript}</script>
<script type="module">
import '/dist/torg-events.js';
window.ready = customElements.whenDefined('torg-events');
window.run = async (n, view) => {
  document.body.replaceChildren();
  const events = window.makeEvents(n);
  const t0 = performance.now();
  const el = document.createElement('torg-events');
  el.setAttribute('view', view);
  el.setAttribute('days', '30');
  el.data = events;
  document.body.append(el);
  const titles = () => el.shadowRoot ? el.shadowRoot.querySelectorAll(view === 'list' ? '.name' : '.cell-events li').length : 0;
  let target = n;
  if (view === 'month') {
    const perDay = new Map();
    for (const e of events) { const d = e.start.slice(0, 10); perDay.set(d, (perDay.get(d) ?? 0) + 1); }
    target = [...perDay.values()].reduce((s, k) => s + (k > 3 ? 2 : k), 0);
  }
  const shown = await window.until(titles, target);
  return { ms: performance.now() - t0, shown, target };
};
</script></head><body></body></html>`;

const fcPage = `<!doctype html><html lang="nb"><head><meta charset="utf-8">
<style>body{font-family:system-ui;margin:0;width:1200px}</style>
<script>${dataScript}</script>
<script src="/bench-results/fullcalendar.js"></script>
<script>
window.ready = Promise.resolve();
window.run = async (n, view) => {
  document.body.replaceChildren();
  const events = window.makeEvents(n).map((e) => ({
    id: e.id, title: (e.cancelled ? 'Avlyst: ' : '') + e.title, start: e.start, end: e.end, allDay: e.allDay,
  }));
  const t0 = performance.now();
  const div = document.createElement('div');
  document.body.append(div);
  const calendar = new FC.Calendar(div, {
    plugins: [FC.dayGridPlugin, FC.listPlugin],
    timeZone: 'Europe/Oslo',
    locale: 'nb',
    initialDate: '2027-01-01',
    initialView: view === 'list' ? 'list30' : 'dayGridMonth',
    views: { list30: { type: 'list', duration: { days: 30 } } },
    dayMaxEvents: 3,
    weekNumbers: true,
    events,
  });
  calendar.render();
  window.calendar = calendar;
  const titles = () => div.querySelectorAll(view === 'list' ? '.fc-list-event-title' : '.fc-daygrid-event-harness:not([style*="hidden"]) .fc-event-title').length;
  const shown = await window.until(titles, view === 'list' ? n : 'stable');
  const ms = performance.now() - t0;
  calendar.destroy();
  return { ms, shown, target: view === 'list' ? n : shown };
};
</script></head><body></body></html>`;

/** FullCalendar core + daygrid + list, bundled and minified like a page would ship it. */
async function bundleFullCalendar() {
  const entry = join(OUT, 'fullcalendar-entry.js');
  writeFileSync(
    entry,
    `export { Calendar } from '@fullcalendar/core';
export { default as dayGridPlugin } from '@fullcalendar/daygrid';
export { default as listPlugin } from '@fullcalendar/list';
`,
  );
  await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'FC',
    outfile: join(OUT, 'fullcalendar.js'),
    nodePaths: [join(ROOT, 'node_modules')],
    logLevel: 'error',
  });
  return gz(join(OUT, 'fullcalendar.js'));
}

// --- a static server --------------------------------------------------------------

const TYPES = {
  '.js': 'text/javascript',
  '.html': 'text/html',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

function serve(pages) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (pages[path]) {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.end(pages[path]);
    }
    const file = join(ROOT, path);
    if (!file.startsWith(ROOT) || !existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// --- the runs ---------------------------------------------------------------------

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A tab with the page and a fixed clock, so "today" and the data agree. */
async function open(browser, url) {
  // Its own context is its own window: never a hidden tab, where animation frames stop.
  const tab = await (await browser.createBrowserContext()).newPage();
  await tab.setViewport({ width: 1200, height: 900 });
  await tab.evaluateOnNewDocument((now) => {
    const RealDate = Date;
    const offset = now - RealDate.now();
    class FixedDate extends RealDate {
      constructor(...args) {
        if (args.length === 0) super(RealDate.now() + offset);
        else super(...args);
      }
      static now() {
        return RealDate.now() + offset;
      }
    }
    globalThis.Date = FixedDate;
  }, NOW);
  await tab.goto(url, { waitUntil: 'load' });
  await tab.evaluate(() => window.ready);
  return tab;
}

/**
 * Both implementations on the same case, runs interleaved (ours, theirs, ours, …)
 * so that noise on a shared machine hits both alike; the median of each.
 */
async function measure(browser, base, n, view) {
  const tabs = {
    ours: await open(browser, `${base}/bench/torg.html`),
    theirs: await open(browser, `${base}/bench/fc.html`),
  };
  const result = {};
  const times = { ours: [], theirs: [] };
  for (const tab of Object.values(tabs)) await tab.evaluate((n, view) => window.run(n, view), n, view); // warm-up
  for (let i = 0; i < RUNS; i++) {
    for (const [name, tab] of Object.entries(tabs)) {
      const r = await tab.evaluate((n, view) => window.run(n, view), n, view);
      if (r.shown < r.target) throw new Error(`${name} ${view} ${n}: ${r.shown} of ${r.target} titles shown`);
      times[name].push(r.ms);
      result[name] = { shown: r.shown };
    }
  }
  for (const [name, tab] of Object.entries(tabs)) {
    result[name].ms = median(times[name]);
    await tab.browserContext().close();
  }
  return result;
}

// --- first render of every element ----------------------------------------------

/** Each element as a web editor pastes it. */
const ELEMENTS = {
  'torg-finder': '<torg-finder></torg-finder>',
  'torg-opening-hours': '<torg-opening-hours torg="borgen"></torg-opening-hours>',
  'torg-events': '<torg-events></torg-events>',
  'torg-committee': '<torg-committee committee="tofte-lsu"></torg-committee>',
  'torg-agenda': '<torg-agenda committee="tofte-lsu"></torg-agenda>',
  'torg-stedskompass': '<torg-stedskompass area="tofte"></torg-stedskompass>',
  'torg-booking': '<torg-booking torg="borgen"></torg-booking>',
};

/** The mock API over HTTP (scripts/mock-api.mjs) on a free port. */
async function startMockApi() {
  const port = 8900 + Math.floor(Math.random() * 90);
  const child = spawn(process.execPath, [join(ROOT, 'scripts/mock-api.mjs'), '--port', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((ok, fail) => {
    child.stdout.on('data', (chunk) => String(chunk).includes('Mock municipal API') && ok());
    child.on('exit', (code) => fail(new Error(`mock API exited (${code})`)));
  });
  return { base: `http://127.0.0.1:${port}/v1`, stop: () => child.kill() };
}

/**
 * A page with one element's own file (`dist/<tag>.js`) and the element, on
 * the mock API: what it downloads (gzip, as served compressed) and how long
 * it takes until its content shows (no busy state left).
 */
async function firstRender(browser, base, apiBase, tag) {
  const tab = await (await browser.createBrowserContext()).newPage();
  await tab.setViewport({ width: 1200, height: 900 });
  const scripts = new Set();
  tab.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === base && url.pathname.endsWith('.js')) scripts.add(url.pathname);
  });
  await tab.goto(`${base}/bench/first/${tag}.html?api=${encodeURIComponent(apiBase)}`, { waitUntil: 'load' });
  const ms = await tab.evaluate(async (name) => {
    await customElements.whenDefined(name);
    const el = document.querySelector(name);
    for (let i = 0; i < 1200; i++) {
      const root = el.shadowRoot;
      if (root && root.querySelector('[part~="base"]') && !root.querySelector('[aria-busy="true"]')) break;
      await new Promise((r) => requestAnimationFrame(r));
    }
    return performance.now();
  }, tag);
  await tab.close();
  const bytes = [...scripts].reduce((sum, path) => sum + gz(join(ROOT, path)), 0);
  return { ms, bytes, files: scripts.size };
}

function firstRenderPage(tag) {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8">
<script>document.write('<meta name="torg:api-base" content="' + new URL(location.href).searchParams.get('api') + '">')</script>
<script type="module" src="/dist/${tag}.js"></script></head>
<body>${ELEMENTS[tag]}</body></html>`;
}

async function main() {
  if (!existsSync(join(ROOT, 'dist', MANIFEST))) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  mkdirSync(OUT, { recursive: true });
  const fcSize = await bundleFullCalendar();
  const firstPages = Object.fromEntries(
    Object.keys(ELEMENTS).map((tag) => [`/bench/first/${tag}.html`, firstRenderPage(tag)]),
  );
  const server = await serve({ '/bench/torg.html': torgPage, '/bench/fc.html': fcPage, ...firstPages });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  const rows = [];
  const firstRows = [];
  try {
    for (const view of VIEWS) {
      for (const n of SIZES) {
        const { ours, theirs } = await measure(browser, base, n, view);
        rows.push({ view, n, ours, theirs });
        console.log(
          `${view.padEnd(5)} ${String(n).padStart(5)} events: <torg-events> ${ours.ms.toFixed(0).padStart(5)} ms` +
            ` (${ours.shown} titles)   FullCalendar ${theirs.ms.toFixed(0).padStart(5)} ms (${theirs.shown} titles)`,
        );
      }
    }
    const api = await startMockApi();
    try {
      for (const tag of Object.keys(ELEMENTS)) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await firstRender(browser, base, api.base, tag));
        const result = { ms: median(runs.map((r) => r.ms)), bytes: runs[0].bytes, files: runs[0].files };
        firstRows.push({ tag, ...result });
        console.log(
          `first render <${tag}>: ${kB(result.bytes)} of script in ${result.files} files, ${result.ms.toFixed(0)} ms`,
        );
      }
    } finally {
      api.stop();
    }
  } finally {
    await browser.close();
    server.close();
  }

  const entries = bundleGraph();
  const lazy = [...new Map(entries.flatMap((e) => e.lazy).map((c) => [c.file, c])).values()]
    .map(({ file, source }) => ({ file, name: source }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const chromium = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS }).then(async (b) => {
    const v = await b.version();
    await b.close();
    return v;
  });
  const sizeRows = entries.map(
    (e) =>
      `| \`<${e.name}>\` entry (with its shared chunks, Lit and the core) | ${kB(e.files.reduce((s, f) => s + gz(f), 0))} |`,
  );
  const lazyRows = lazy.map(
    ({ file, name }) => `| lazy: \`${name.replace(/^node_modules\//, '')}\` | ${kB(gz(file))} |`,
  );
  const perThousand = (view, impl) => {
    const r = rows.filter((x) => x.view === view);
    const a = r.find((x) => x.n === 1000)[impl].ms;
    const b = r.find((x) => x.n === 5000)[impl].ms;
    return ((b - a) / 4).toFixed(0);
  };
  const md = `# Benchmark

Latest figures from \`npm run bench\` (\`scripts/bench.mjs\`), ${new Date().toISOString().slice(0, 10)}, ${chromium}, headless, on a shared 2-core machine: ${RUNS} runs per case, ours and FullCalendar's interleaved, median reported, after one warm-up run each.

**What is measured:** the time from creating the element (with its events set
as the \`data\` property: validated, repeating events expanded, grouped) until
every title it shows is in the page and a frame has been painted. N events
over 30 days (1–30 January 2027), the same data for both. The list view
shows *every* event of the 30 days (no pagination); the month view shows up
to three a day, else two and "+N flere". FullCalendar 6.1 (core + daygrid +
list) renders its 30-day list view and its month grid with
\`dayMaxEvents: 3\`, in the Europe/Oslo zone.

## Time to all titles visible

| view | events | \`<torg-events>\` | FullCalendar | FullCalendar / ours |
| --- | ---: | ---: | ---: | ---: |
${rows
  .map(
    (r) =>
      `| ${r.view} | ${r.n.toLocaleString('en-GB')} | ${r.ours.ms.toFixed(0)} ms | ${r.theirs.ms.toFixed(0)} ms | ${(r.theirs.ms / r.ours.ms).toFixed(1)}× |`,
  )
  .join('\n')}

Growth: each further 1 000 events (from 1 000 to 5 000) add about
${perThousand('list', 'ours')} ms to our list view and ${perThousand('month', 'ours')} ms to our month view
(FullCalendar: ${perThousand('list', 'theirs')} ms and ${perThousand('month', 'theirs')} ms): time grows linearly with N.

## First render of every element

A page with one element's own file (\`dist/<tag>.js\`) and the element as a
web editor pastes it, on the mock API over HTTP: all the script it downloads
until the element shows its content (entry, shared chunks, the views, the
validators and the API client it loads with its data; gzip), and the time
from navigation to content (median of ${RUNS}).

| element | script downloaded (gzip) | files | time to content |
| --- | ---: | ---: | ---: |
${firstRows.map((r) => `| \`<${r.tag}>\` | ${kB(r.bytes)} | ${r.files} | ${r.ms.toFixed(0)} ms |`).join('\n')}

## Size (gzip)

| what | gzip |
| --- | ---: |
${sizeRows.join('\n')}
${lazyRows.join('\n')}
| FullCalendar core + daygrid + list (for comparison) | ${kB(fcSize)} |

The element entry is what a page with one \`<torg-events>\` loads up front
(budget: 15 kB). Its views and data layer follow at once as a lazy chunk;
the month grid, the recurrence engine (only when a repeating event is
present), the iCalendar writer (when an event is opened) and ical.js (only
for a \`src\` feed or an RRULE outside the engine) load when needed.
`;
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  const target = join(ROOT, 'docs/benchmark.md');
  const options = (await prettier.resolveConfig(target)) ?? {};
  writeFileSync(target, await prettier.format(md, { ...options, filepath: target }));
  console.log('\nWrote docs/benchmark.md');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
