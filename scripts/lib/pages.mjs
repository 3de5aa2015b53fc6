/**
 * What the size budgets (`scripts/budgets.mjs`) and the benchmark
 * (`scripts/bench.mjs`) share: the built files and test pages served over
 * HTTP, the mock API over HTTP, each element as a web editor pastes it, and
 * the measurement of a first render in headless Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Gzip size of a file (level 9, as a CDN serves it). */
export const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Each element as a web editor pastes it (the all-in-one bundle defines them all). */
export const ELEMENTS = {
  'torg-finder': '<torg-finder></torg-finder>',
  'torg-opening-hours': '<torg-opening-hours torg="borgen"></torg-opening-hours>',
  'torg-events': '<torg-events></torg-events>',
  'torg-committee': '<torg-committee committee="tofte-lsu"></torg-committee>',
  'torg-agenda': '<torg-agenda committee="tofte-lsu"></torg-agenda>',
  'torg-stedskompass': '<torg-stedskompass area="tofte"></torg-stedskompass>',
  'torg-booking': '<torg-booking torg="borgen"></torg-booking>',
  'torg-tilskudd': '<torg-tilskudd committee="tofte-lsu"></torg-tilskudd>',
  'torg-innspill': '<torg-innspill committee="tofte-lsu"></torg-innspill>',
};

/** The elements that exist in this build. */
export function builtElements() {
  return Object.keys(ELEMENTS).filter((tag) => existsSync(join(ROOT, 'dist', `${tag}.js`)));
}

const EDITOR_ABOVE = `<h1>Innbyggertorget på Borgen</h1>
<p>Innbyggertorget er et møtested for alle som bor i nærområdet. Her finner du bibliotek, innbyggerservice,
kafé og rom du kan låne til møter og aktiviteter. Ta gjerne kontakt hvis du lurer på noe.</p>`;
const EDITOR_BELOW = `<h2>Slik finner du fram</h2>
<p>Bussen stopper rett utenfor døren. Det er sykkelparkering ved inngangen og to parkeringsplasser for
bevegelseshemmede. Inngangen er trinnfri, og det er heis til alle etasjer.</p>
<p>Har du spørsmål om tilbudet, kan du ringe eller sende e-post til innbyggerservice. Vi svarer så fort vi kan.</p>`;

/**
 * A CMS page: the editor's text above and below one or more elements, the
 * stylesheet and the element files in the head (as the README's snippet
 * puts them), the API base in a meta tag.
 */
export function editorPage({ tags, apiBase, script }) {
  const scripts = (script ? [script] : tags.map((tag) => `/dist/${tag}.js`))
    .map((src) => `<script type="module" src="${src}"></script>`)
    .join('\n');
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="torg:api-base" content="${apiBase}">
<title>Borgen innbyggertorg</title>
<link rel="stylesheet" href="/bench/page.css">
<link rel="stylesheet" href="/dist/torg-widgets.css">
${scripts}
</head><body><main>
${EDITOR_ABOVE}
${tags.map((tag) => ELEMENTS[tag]).join('\n')}
${EDITOR_BELOW}
</main></body></html>`;
}

const PAGE_CSS = `body { margin: 0; padding: 0 16px; font: 16px/1.5 system-ui, sans-serif; color: #222; }
main { max-width: 48em; margin: 0 auto; }
h1 { font-size: 1.75em; margin: 0.67em 0; } h2 { font-size: 1.375em; }
torg-finder, torg-opening-hours, torg-events, torg-committee, torg-agenda, torg-stedskompass, torg-booking,\ntorg-tilskudd, torg-innspill { margin-block: 1.5em; }`;

const compressed = new Map();
function gzipped(file) {
  if (!compressed.has(file)) compressed.set(file, gzipSync(readFileSync(file), { level: 9 }));
  return compressed.get(file);
}

const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json' };

/** Serves the repo's files (dist/ …) and the given pages (`path → html` or `(url) → html`). */
export function serve(pages = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const page = pages[url.pathname];
    if (page) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(typeof page === 'function' ? page(url) : page);
    }
    if (url.pathname === '/bench/page.css') {
      res.writeHead(200, { 'Content-Type': 'text/css' });
      return res.end(PAGE_CSS);
    }
    const file = join(ROOT, url.pathname);
    if (!file.startsWith(ROOT) || !existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Compressed, as a CDN serves it (what the budgets count).
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && type !== 'application/octet-stream') {
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      return res.end(gzipped(file));
    }
    res.writeHead(200, { 'Content-Type': type });
    res.end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => ok({ base: `http://127.0.0.1:${server.address().port}`, server })),
  );
}

/** The mock API over HTTP (scripts/mock-api.mjs) on a free port. */
export async function startMockApi(scenario = 'default') {
  const port = 8900 + Math.floor(Math.random() * 900);
  const child = spawn(
    process.execPath,
    [join(ROOT, 'scripts/mock-api.mjs'), '--port', String(port), '--scenario', scenario],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise((ok, fail) => {
    child.stdout.on('data', (chunk) => String(chunk).includes('Mock municipal API') && ok());
    child.on('exit', (code) => fail(new Error(`mock API exited (${code})`)));
  });
  return { base: `http://127.0.0.1:${port}/v1`, stop: () => child.kill() };
}

/** A mid-range phone on a slow 4G link (the budgets' profile): 412 × 823, CPU 4× slower, 150 ms RTT, 1.6 Mbit/s. */
export const MID_RANGE_PHONE = {
  viewport: { width: 412, height: 823, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true },
  cpu: 4,
  network: { download: (1.6e6 / 8) * 0.9, upload: (750e3 / 8) * 0.9, latency: 150 },
};

/** Records layout shifts the way Core Web Vitals count CLS (largest session window: gaps < 1 s, ≤ 5 s). */
const CLS_OBSERVER = () => {
  const shifts = [];
  window.__torgShifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) shifts.push({ t: entry.startTime, value: entry.value });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

function cumulativeLayoutShift(shifts) {
  let best = 0;
  let windowValue = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const { t, value } of shifts) {
    if (t - last > 1000 || t - first > 5000) {
      first = t;
      windowValue = 0;
    }
    last = t;
    windowValue += value;
    best = Math.max(best, windowValue);
  }
  return best;
}

/**
 * Opens a page and waits until every element on it shows its content (no
 * busy state left), then until layout has settled. Returns the script files
 * fetched from `base` until the content showed, the time to content from
 * navigation, and the CLS.
 */
export async function measurePage(browser, url, { base, emulate, settleMs = 1500 } = {}) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  if (emulate) {
    await tab.setViewport(emulate.viewport);
    await tab.emulateCPUThrottling(emulate.cpu);
    await tab.emulateNetworkConditions(emulate.network);
  } else {
    await tab.setViewport({ width: 1200, height: 900 });
  }
  await tab.evaluateOnNewDocument(CLS_OBSERVER);
  const scripts = new Set();
  let contentShown = false;
  tab.on('request', (request) => {
    const u = new URL(request.url());
    if (!contentShown && u.origin === base && u.pathname.endsWith('.js')) scripts.add(u.pathname);
  });
  await tab.goto(url, { waitUntil: 'domcontentloaded' });
  const ms = await tab.evaluate(async () => {
    const tags = [...new Set([...document.querySelectorAll('*')].map((e) => e.localName))].filter((n) =>
      n.startsWith('torg-'),
    );
    await Promise.all(tags.map((t) => customElements.whenDefined(t)));
    const elements = tags.flatMap((t) => [...document.querySelectorAll(t)]);
    const shown = (el) => {
      const root = el.shadowRoot;
      return root && root.querySelector('[part~="base"]') && !root.querySelector('[aria-busy="true"]');
    };
    for (let i = 0; i < 3000 && !elements.every(shown); i++) await new Promise((r) => setTimeout(r, 10));
    return performance.now();
  });
  contentShown = true;
  await new Promise((r) => setTimeout(r, settleMs));
  const shifts = await tab.evaluate(() => window.__torgShifts);
  await context.close();
  const files = [...scripts];
  return {
    ms,
    files,
    bytes: files.reduce((sum, path) => sum + gz(join(ROOT, path)), 0),
    cls: cumulativeLayoutShift(shifts),
  };
}
