#!/usr/bin/env node
/**
 * Screenshots of every story on the host pages a widget meets: a light page,
 * a dark page (with the widgets' dark set, `<meta name="torg:theme"
 * content="dark">`) and a hostile CMS theme (test/fixtures/hostile-theme.css),
 * each at a phone's width (375 px) and a desktop's (1280 px), in headless
 * Chromium (puppeteer-core, never a downloaded browser). For a person to LOOK
 * at before a release: what a citizen sees, in every state.
 *
 *   npm run build-storybook && node scripts/screenshots.mjs
 *   node scripts/screenshots.mjs --url http://127.0.0.1:6006   (a running `npm run storybook`)
 *
 * Options:
 *   --dir storybook-static   the built Storybook to serve (default)
 *   --url URL                a running Storybook instead
 *   --filter torg-booking    only stories whose id contains this (comma-separated: any of them)
 *   --pages light,dark,hostile
 *   --widths 375,1280
 *   --out screenshots        where the PNGs go (git-ignored): <out>/<page>-<width>/<story id>.png; a tall
 *                            page is cut into pieces of 2000 px (<story id>-2.png, …)
 *   --sheets                 also a contact sheet per widget, page and width (<out>/sheets/…)
 *   --settle 8000            how long to wait for the widgets' content (ms; a loading story is taken as it is)
 *
 * The viewer prefers reduced motion (the loading bars stand still), so two
 * runs give the same pictures.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const DIR = arg('dir', 'storybook-static');
const URL_ARG = arg('url', '');
const FILTERS = arg('filter', '').split(',').filter(Boolean);
const PAGES = arg('pages', 'light,dark,hostile').split(',');
const WIDTHS = arg('widths', '375,1280').split(',').map(Number);
const OUT = arg('out', 'screenshots');
const SHEETS = process.argv.includes('--sheets');
/** How long a story may take to render and run its play function. */
const STORY_TIMEOUT_MS = 30_000;
/** The tallest page taken, and the height of each piece it is cut into. */
const MAX_HEIGHT = 16_000;
const SEGMENT = 2_000;
/** How long its widgets may take to show their content (a loading story never does: it is taken as it is). */
const SETTLE_TIMEOUT_MS = Number(arg('settle', '8000'));

const fixture = (name) => readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8');

/** What each host page adds to the story's document before anything renders. */
const HOST_PAGES = {
  light: { css: '', meta: {} },
  dark: { css: fixture('dark-page.css'), meta: { 'torg:theme': 'dark' } },
  // Storybook's own frame (`body > div`, e.g. #storybook-root) is not the host page: the theme styles what is
  // around the widget, never the harness's wrappers (their margins would leave a 375 px page an 85 px column).
  hostile: {
    css: `${fixture('hostile-theme.css')}\nbody > div { margin: 0; padding: 0; border: 0; }\n`,
    meta: {},
  },
};
for (const page of PAGES) {
  if (!HOST_PAGES[page]) {
    console.error(`Unknown page "${page}": use ${Object.keys(HOST_PAGES).join(', ')}.`);
    process.exit(1);
  }
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The built Storybook over HTTP (the mock's service worker needs a real origin). */
async function serve(dir) {
  if (!existsSync(join(dir, 'index.json'))) {
    console.error(`${dir}/index.json is missing: run \`npm run build-storybook\` first, or pass --url.`);
    process.exit(1);
  }
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Runs in the story's document before its scripts: the host page's style sheet and meta tags. */
function hostPage({ css, meta }) {
  const add = () => {
    if (!document.head) return false;
    for (const [name, content] of Object.entries(meta)) {
      const tag = document.createElement('meta');
      tag.name = name;
      tag.content = content;
      document.head.append(tag);
    }
    if (css) {
      const style = document.createElement('style');
      style.dataset.hostPage = '';
      style.textContent = css;
      document.head.append(style);
    }
    return true;
  };
  if (!add()) {
    const observer = new MutationObserver(() => add() && observer.disconnect());
    observer.observe(document, { childList: true, subtree: true });
  }
}

/** In the page: every widget has rendered its content (nothing loading, nothing busy) — or a story that stays loading. */
function widgetsSettled() {
  const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('torg-') && el.shadowRoot);
  return widgets.every((el) => {
    const root = el.shadowRoot;
    return root.querySelector('[part~="base"]') && !root.querySelector('[aria-busy="true"]');
  });
}

async function shoot(page, base, story, hostName, width) {
  const file = join(OUT, `${hostName}-${width}`, `${story.id}.png`);
  await page.setViewport({ width, height: 800 });
  await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, {
    waitUntil: 'domcontentloaded',
    timeout: STORY_TIMEOUT_MS * 2,
  });
  const phase = await page
    .waitForFunction(
      () => {
        const render = /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender;
        const done = ['completed', 'afterEach', 'finished', 'errored', 'aborted'];
        return render && done.includes(render.phase) ? render.phase : false;
      },
      { timeout: STORY_TIMEOUT_MS },
    )
    .then((handle) => handle.jsonValue());
  // A loading story stays busy: wait a while, then take it as it is.
  await page.waitForFunction(widgetsSettled, { timeout: SETTLE_TIMEOUT_MS }).catch(() => undefined);
  await page.evaluate(() => document.fonts.ready);
  // The whole page in the viewport, so what is drawn only on screen (content-visibility) is drawn; then
  // the page in pieces of at most SEGMENT px (<id>.png, <id>-2.png, …), each small enough to look at.
  const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), MAX_HEIGHT);
  await page.setViewport({ width, height: Math.max(height, 800) });
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (let top = 0, n = 1; top < height; top += SEGMENT, n++) {
    const path = n === 1 ? file : file.replace(/\.png$/, `-${n}.png`);
    await page.screenshot({ path, clip: { x: 0, y: top, width, height: Math.min(SEGMENT, height - top) } });
  }
  return phase === 'errored' || phase === 'aborted' ? `${story.id} (${hostName}, ${width}): the story failed` : '';
}

/** One PNG with many screenshots side by side, to look at a widget's stories at once. */
async function contactSheet(browser, title, files, width) {
  const page = await browser.newPage();
  const column = width > 600 ? 640 : 375;
  const cells = files
    .map(
      (file) =>
        `<figure><figcaption>${file.split('/').pop()}</figcaption><img src="data:image/png;base64,${readFileSync(file).toString('base64')}"></figure>`,
    )
    .join('');
  await page.setViewport({ width: column * (width > 600 ? 2 : 4) + 100, height: 800 });
  await page.setContent(
    `<style>body{margin:8px;font:12px sans-serif;background:#888}main{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-start}
      figure{margin:0;width:${column}px;background:#fff}img{width:100%;display:block}figcaption{padding:2px 4px}</style>
      <h1>${title}</h1><main>${cells}</main>`,
    { waitUntil: 'load' },
  );
  const out = join(OUT, 'sheets', `${title}.png`);
  await page.screenshot({ path: out, fullPage: true });
  await page.close();
  return out;
}

const server = URL_ARG ? { base: URL_ARG.replace(/\/$/, ''), close: () => undefined } : await serve(DIR);
const index = await (await fetch(`${server.base}/index.json`)).json();
const stories = Object.values(index.entries).filter(
  (e) => e.type === 'story' && (!FILTERS.length || FILTERS.some((f) => e.id.includes(f))),
);
for (const host of PAGES) for (const width of WIDTHS) mkdirSync(join(OUT, `${host}-${width}`), { recursive: true });
if (SHEETS) mkdirSync(join(OUT, 'sheets'), { recursive: true });

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const failures = [];
let count = 0;
try {
  for (const host of PAGES) {
    // Two pages at a time, each in a browser context of its own (so both run their animation frames).
    const jobs = stories.flatMap((story) => WIDTHS.map((width) => ({ story, width })));
    await Promise.all(
      [0, 1].map(async () => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        await page.evaluateOnNewDocument(hostPage, HOST_PAGES[host]);
        for (let job = jobs.shift(); job; job = jobs.shift()) {
          try {
            const failed = await shoot(page, server.base, job.story, host, job.width);
            if (failed) failures.push(failed);
          } catch (error) {
            failures.push(`${job.story.id} (${host}, ${job.width}): ${error.message}`);
          }
          count += 1;
          if (count % 25 === 0) console.log(`  ${count} screenshots`);
        }
        await context.close();
      }),
    );
    if (SHEETS) {
      const widgets = [...new Set(stories.map((s) => s.id.split('--')[0]))];
      for (const widget of widgets) {
        for (const width of WIDTHS) {
          const files = stories
            .filter((s) => s.id.startsWith(`${widget}--`))
            .map((s) => join(OUT, `${host}-${width}`, `${s.id}.png`))
            .filter((file) => existsSync(file));
          if (files.length)
            console.log(`  sheet ${await contactSheet(browser, `${widget}-${host}-${width}`, files, width)}`);
        }
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

console.log(`${count} screenshots of ${stories.length} stories in ${OUT}/`);
if (failures.length) {
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
