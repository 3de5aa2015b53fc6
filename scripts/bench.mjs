#!/usr/bin/env node
/**
 * Benchmark (`npm run bench`, after `npm run build`). Writes
 * docs/benchmark.md. Not a test: figures vary with the machine; what
 * matters are the ratios and the budgets (README, "Size and speed").
 *
 * 1. First render of every element, on an emulated mid-range phone
 *    (412 × 823, CPU 4× slower, slow 4G: 150 ms RTT, 1.6 Mbit/s — content
 *    arrives after the first paint, as it does for citizens), each alone on
 *    a CMS-like page (the editor's text above and below), on the mock API
 *    over HTTP, files served gzip-compressed: script downloaded until the
 *    content shows, time to content from navigation, and layout shift (CLS,
 *    Core Web Vitals' largest session window) from navigation until settled.
 *    Budget: CLS ≤ 0.02 each.
 * 2. All the elements stacked on one page (the all-in-one bundle, and the
 *    per-element files): CLS ≤ 0.1 and time until all show content.
 * 3. `<torg-events>` with 100, 1 000 and 5 000 events over 30 days, list
 *    and month views, against FullCalendar 6 (core + daygrid + list) and,
 *    for the list, a hand-written floor: a page that does nothing but parse
 *    the events, sort them, group them by Oslo day and create the list.
 *    Time from the JSON text to every title in the page and a frame
 *    painted. Budgets: list with 1 000 events ≤ 0.33× FullCalendar and
 *    ≤ 1.5× the floor.
 *
 *   npm run build && npm run bench
 *   BENCH_RUNS=9 npm run bench          (runs per case, median reported; default 5)
 *   BENCH_ONLY=events npm run bench     (only part 3; `elements` for parts 1 and 2)
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import * as prettier from 'prettier';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import {
  ROOT,
  MID_RANGE_PHONE,
  builtElements,
  editorPage,
  gz,
  kB,
  measurePage,
  serve,
  startMockApi,
} from './lib/pages.mjs';

const require = createRequire(import.meta.url);
const { bundleGraph, MANIFESTS } = require('./bundle-graph.cjs');

const OUT = join(ROOT, 'bench-results');
const SIZES = [100, 1000, 5000];
const VIEWS = ['list', 'month'];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ONLY = process.env.BENCH_ONLY;
/** The page's clock: 1 January 2027, 08:00 in Oslo; the data covers 1–30 January. */
const NOW = Date.parse('2027-01-01T08:00:00+01:00');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// --- <torg-events> against FullCalendar and the floor ------------------------------

/** The events of the benchmark as JSON text, deterministic: N over 30 days, 08:00–21:00, a few whole-day and cancelled. */
const dataScript = `
window.eventsJson = (n) => {
  const pad = (x) => String(x).padStart(2, '0');
  const categories = ['kultur', 'kurs', 'trening', 'marked', 'mote'];
  const torg = ['borgen', 'tofte', 'heggedal', 'slemmestad'];
  const events = [];
  for (let i = 0; i < n; i++) {
    const day = 1 + (i % 30);
    const hour = 8 + ((i * 7) % 13);
    const minute = (i * 15) % 60;
    const date = '2027-01-' + pad(day);
    const allDay = i % 50 === 0;
    events.push({
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
    });
  }
  return JSON.stringify(events);
};
const channel = new MessageChannel();
const waiting = [];
channel.port1.onmessage = () => waiting.shift()?.();
/** Yields to the event loop (after microtasks and pending tasks), without a frame's delay. */
window.yieldTask = () => new Promise((r) => { waiting.push(r); channel.port2.postMessage(0); });
window.nextFrame = () => new Promise((r) => requestAnimationFrame(() => r()));
/** Yields until count() reaches the target (or stops changing when target is 'stable'), then waits for a painted frame. */
window.until = async (count, target) => {
  let last = -1, same = 0;
  for (let i = 0; i < 200000; i++) {
    const c = count();
    if (target === 'stable' ? c > 0 && c === last && ++same >= 50 : c >= target) break;
    if (c !== last) same = 0;
    last = c;
    await (i % 50 === 49 ? window.nextFrame() : window.yieldTask());
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
  const json = window.eventsJson(n);
  const t0 = performance.now();
  const events = JSON.parse(json);
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
  const json = window.eventsJson(n);
  const t0 = performance.now();
  const events = JSON.parse(json).map((e) => ({
    id: e.id, title: (e.cancelled ? 'Avlyst: ' : '') + e.title, start: e.start, end: e.end, allDay: e.allDay,
  }));
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

/**
 * The floor: what any list of events must do at the least — parse, sort by
 * start, group by Oslo day, create a heading per day and an item per event
 * (time, title, place) — hand-written, no framework, no validation.
 */
const floorPage = `<!doctype html><html lang="nb"><head><meta charset="utf-8">
<style>body{font-family:system-ui;margin:0;width:1200px}</style>
<script>${dataScript}</script>
<script>
window.ready = Promise.resolve();
const dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });
const dayName = new Intl.DateTimeFormat('nb', { timeZone: 'Europe/Oslo', weekday: 'long', day: 'numeric', month: 'long' });
const clock = new Intl.DateTimeFormat('nb', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' });
window.run = async (n) => {
  document.body.replaceChildren();
  const json = window.eventsJson(n);
  const t0 = performance.now();
  const events = JSON.parse(json).map((e) => ({ ...e, at: Date.parse(e.start) })).sort((a, b) => a.at - b.at);
  const days = new Map();
  for (const e of events) {
    const key = dayKey.format(e.at);
    if (!days.has(key)) days.set(key, []);
    days.get(key).push(e);
  }
  const root = document.createElement('div');
  for (const [, list] of days) {
    const section = document.createElement('section');
    const h = document.createElement('h3');
    h.textContent = dayName.format(list[0].at);
    const ul = document.createElement('ul');
    for (const e of list) {
      const li = document.createElement('li');
      const time = document.createElement('time');
      time.textContent = e.allDay ? 'Hele dagen' : clock.format(e.at);
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = e.title;
      const place = document.createElement('span');
      place.textContent = e.location ? e.location.name : '';
      li.append(time, ' ', name, ' ', place);
      ul.append(li);
    }
    section.append(h, ul);
    root.append(section);
  }
  document.body.append(root);
  const shown = await window.until(() => root.querySelectorAll('.name').length, n);
  return { ms: performance.now() - t0, shown, target: n };
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
 * The implementations on the same case, runs interleaved (ours, theirs, floor,
 * ours, …) so that noise on a shared machine hits all alike; the median of each.
 */
async function measureEvents(browser, base, n, view) {
  const pages = { ours: 'torg', fullcalendar: 'fc', ...(view === 'list' ? { floor: 'floor' } : {}) };
  const tabs = {};
  for (const [name, page] of Object.entries(pages)) tabs[name] = await open(browser, `${base}/bench/${page}.html`);
  const times = Object.fromEntries(Object.keys(tabs).map((name) => [name, []]));
  const shown = {};
  for (const tab of Object.values(tabs)) await tab.evaluate((n, view) => window.run(n, view), n, view); // warm-up
  for (let i = 0; i < RUNS; i++) {
    for (const [name, tab] of Object.entries(tabs)) {
      const r = await tab.evaluate((n, view) => window.run(n, view), n, view);
      if (r.shown < r.target) throw new Error(`${name} ${view} ${n}: ${r.shown} of ${r.target} titles shown`);
      times[name].push(r.ms);
      shown[name] = r.shown;
    }
  }
  for (const tab of Object.values(tabs)) await tab.browserContext().close();
  return Object.fromEntries(Object.keys(tabs).map((name) => [name, { ms: median(times[name]), shown: shown[name] }]));
}

// --- first render, layout shift -------------------------------------------------------

async function measureElements(browser, base) {
  const rows = [];
  for (const tag of builtElements()) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await measurePage(browser, `${base}/bench/alone/${tag}.html`, { base, emulate: MID_RANGE_PHONE }));
    }
    const row = {
      tag,
      bytes: median(runs.map((r) => r.bytes)),
      files: median(runs.map((r) => r.files.length)),
      ms: median(runs.map((r) => r.ms)),
      cls: median(runs.map((r) => r.cls)),
      worstCls: Math.max(...runs.map((r) => r.cls)),
    };
    rows.push(row);
    console.log(
      `<${tag}> alone: ${kB(row.bytes)} in ${row.files} files, content after ${row.ms.toFixed(0)} ms, ` +
        `CLS ${row.cls.toFixed(3)} (worst ${row.worstCls.toFixed(3)})`,
    );
  }
  const stacked = [];
  for (const [what, page] of [
    ['all of them, dist/torg-widgets.js', 'stacked-bundle'],
    ['all of them, one file per element', 'stacked-files'],
  ]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await measurePage(browser, `${base}/bench/${page}.html`, { base, emulate: MID_RANGE_PHONE }));
    }
    const row = {
      what,
      bytes: median(runs.map((r) => r.bytes)),
      ms: median(runs.map((r) => r.ms)),
      cls: median(runs.map((r) => r.cls)),
      worstCls: Math.max(...runs.map((r) => r.cls)),
    };
    stacked.push(row);
    console.log(
      `${what}: content after ${row.ms.toFixed(0)} ms, CLS ${row.cls.toFixed(3)} (worst ${row.worstCls.toFixed(3)})`,
    );
  }
  return { rows, stacked };
}

// --- the report -------------------------------------------------------------------------

function report({ chromium, events, elements, fcSize }) {
  const date = new Date().toISOString().slice(0, 10);
  const parts = [
    `# Benchmark

Latest figures from \`npm run bench\` (\`scripts/bench.mjs\`), ${date}, ${chromium}, headless, on a shared 2-core machine; ${RUNS} runs per case, median reported. Budgets in **bold** (README, "Size and speed").`,
  ];
  if (elements) {
    const { rows, stacked } = elements;
    parts.push(`## First render and layout shift, on a mid-range phone

Each element alone on a CMS-like page (the editor's heading and text above,
more text below; \`dist/torg-widgets.css\` and the element's own file \`dist/<tag>.js\` in the head, as the README's snippet puts them), on the
mock API over HTTP, files served gzip-compressed, in Chromium emulating a
mid-range phone: 412 × 823, CPU 4× slower, slow 4G (150 ms RTT, 1.6 Mbit/s).
*Script* is every file fetched until the content shows (**≤ 25 kB**, checked
by \`npm run size\`); *content* is the time from navigation until no part
of the element is busy; *CLS* is Core Web Vitals' layout shift (largest
session window) from navigation until 1.5 s after the content showed
(**≤ 0.02**).

| element | script (gzip) | files | content after | CLS (median) | CLS (worst run) |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows
  .map(
    (r) =>
      `| \`<${r.tag}>\` | ${kB(r.bytes)} | ${r.files} | ${r.ms.toFixed(0)} ms | ${r.cls.toFixed(3)} | ${r.worstCls.toFixed(3)} |`,
  )
  .join('\n')}

All the elements stacked on one page, same phone (**CLS ≤ 0.1**):

| page | script (gzip) | content after | CLS (median) | CLS (worst run) |
| --- | ---: | ---: | ---: | ---: |
${stacked.map((r) => `| ${r.what} | ${kB(r.bytes)} | ${r.ms.toFixed(0)} ms | ${r.cls.toFixed(3)} | ${r.worstCls.toFixed(3)} |`).join('\n')}`);
  }
  if (events) {
    const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : '–');
    parts.push(`## \`<torg-events>\` with many events

From the events as JSON text in the page to every title in the page and a
frame painted: N events over 30 days (1–30 January 2027), the same data for
all. The list view shows *every* event of the 30 days (no pagination); the
month view up to three a day, else two and "+N flere". FullCalendar 6.1
(core + daygrid + list, ${kB(fcSize)} gzip) renders its 30-day list and its
month grid with \`dayMaxEvents: 3\`, in the Europe/Oslo zone. The floor is a
hand-written page that only parses, sorts, groups by Oslo day and creates
the list (no framework, no validation, no filters). Budgets for the list
with 1 000 events: **ours ≤ 0.33× FullCalendar** and **≤ 1.5× the floor**.

| view | events | \`<torg-events>\` | FullCalendar | floor | ours / FullCalendar | ours / floor |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${events
  .map(
    (r) =>
      `| ${r.view} | ${r.n.toLocaleString('en-GB')} | ${r.ours.ms.toFixed(0)} ms | ${r.fullcalendar.ms.toFixed(0)} ms | ${
        r.floor ? `${r.floor.ms.toFixed(0)} ms` : '–'
      } | ${ratio(r.ours.ms, r.fullcalendar.ms)} | ${r.floor ? ratio(r.ours.ms, r.floor.ms) : '–'} |`,
  )
  .join('\n')}`);
  }
  const entries = bundleGraph();
  const lazy = [...new Map(entries.flatMap((e) => e.lazy).map((c) => [c.file, c])).values()].sort((a, b) =>
    a.source.localeCompare(b.source),
  );
  parts.push(`## Files (gzip)

| file | gzip |
| --- | ---: |
| \`dist/torg-widgets.js\` itself (with every element on a page, what it loads is in the table above; **≤ 60 kB**) | ${kB(gz(join(ROOT, 'dist/torg-widgets.js')))} |
${entries.map((e) => `| \`<${e.name}>\`: its file and the chunks it imports up front | ${kB(e.files.reduce((s, f) => s + gz(f), 0))} |`).join('\n')}
${lazy.map((c) => `| on demand: \`${c.source.replace(/^(src|node_modules)\//, '')}\` | ${kB(gz(c.file))} |`).join('\n')}`);
  return parts.join('\n\n') + '\n';
}

async function main() {
  if (!existsSync(join(ROOT, 'dist', MANIFESTS))) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  mkdirSync(OUT, { recursive: true });
  const fcSize = await bundleFullCalendar();
  const api = await startMockApi();
  const tags = builtElements();
  const pages = {
    '/bench/torg.html': torgPage,
    '/bench/fc.html': fcPage,
    '/bench/floor.html': floorPage,
    '/bench/stacked-bundle.html': editorPage({ tags, apiBase: api.base, script: '/dist/torg-widgets.js' }),
    '/bench/stacked-files.html': editorPage({ tags, apiBase: api.base }),
    ...Object.fromEntries(
      tags.map((tag) => [`/bench/alone/${tag}.html`, editorPage({ tags: [tag], apiBase: api.base })]),
    ),
  };
  const { base, server } = await serve(pages);
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  let events;
  let elements;
  try {
    if (ONLY !== 'events') elements = await measureElements(browser, base);
    if (ONLY !== 'elements') {
      events = [];
      for (const view of VIEWS) {
        for (const n of SIZES) {
          const result = await measureEvents(browser, base, n, view);
          events.push({ view, n, ...result });
          console.log(
            `${view.padEnd(5)} ${String(n).padStart(5)} events: ` +
              Object.entries(result)
                .map(([name, r]) => `${name} ${r.ms.toFixed(0)} ms`)
                .join(', '),
          );
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
    api.stop();
  }
  const chromium = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS }).then(async (b) => {
    const version = await b.version();
    await b.close();
    return version;
  });
  writeFileSync(join(OUT, 'bench.json'), JSON.stringify({ events, elements }, null, 2));
  const target = join(ROOT, 'docs/benchmark.md');
  const options = (await prettier.resolveConfig(target)) ?? {};
  writeFileSync(
    target,
    await prettier.format(report({ chromium, events, elements, fcSize }), { ...options, filepath: target }),
  );
  console.log('\nWrote docs/benchmark.md');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
