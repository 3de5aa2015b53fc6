#!/usr/bin/env node
/**
 * Every story of the built Storybook (storybook-static/), checked with axe in
 * headless Chromium: the story's iframe is opened, its play function (if any)
 * runs, and axe-core checks the page with each widget's shadow root. A
 * serious or critical violation fails (exit 1); minor and moderate ones are
 * listed. `npm run test:storybook` after `npm run build-storybook`.
 *
 *   node scripts/storybook-axe.mjs [--dir storybook-static] [--port 0] [--filter torg-events]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';

const require = createRequire(import.meta.url);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const DIR = arg('dir', 'storybook-static');
/** 0: a free port the system picks. */
const PORT = Number(arg('port', '0'));
const FILTER = arg('filter', '');
/** Impacts that fail the run. */
const FAILING = new Set(['serious', 'critical']);
/** How long a story may take to render (and run its play function). */
const STORY_TIMEOUT_MS = 30_000;

if (!existsSync(join(DIR, 'index.json'))) {
  console.error(`${DIR}/index.json is missing: run \`npm run build-storybook\` first.`);
  process.exit(1);
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

const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(DIR, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(PORT, '127.0.0.1', resolve));
const { port } = server.address();

const index = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.includes(FILTER));
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const failures = [];
let minor = 0;
/** Checks one story in `page`. */
async function check(page, story) {
  const url = `http://127.0.0.1:${port}/iframe.html?id=${story.id}&viewMode=story`;
  try {
    await page.goto(url, { waitUntil: 'load' });
    // The story rendered and its play function ran (Storybook's render phase), or it failed.
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
    if (phase === 'errored' || phase === 'aborted' || (await page.$('.sb-show-errordisplay'))) {
      const message = await page.evaluate(() => document.querySelector('#error-message')?.textContent ?? '');
      failures.push(`${story.id}: the story (or its play function) failed: ${message.trim() || phase}`);
      return;
    }
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => {
      const axe = /** @type {any} */ (window).axe;
      const root = document.querySelector('#storybook-root') ?? document.body;
      // Storybook's accessibility panel runs axe itself after a story renders (the same `window.axe`):
      // wait until its run is over ("Axe is already running"), then run ours.
      const run = async (tries) => {
        try {
          return await axe.run(root, { resultTypes: ['violations'] });
        } catch (error) {
          if (tries <= 0 || !/already running/i.test(String(error))) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250));
          return run(tries - 1);
        }
      };
      const { violations } = await run(120);
      return violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }));
    });
    for (const v of result) {
      const line = `${story.id}: ${v.impact} ${v.id} — ${v.help} (${v.targets.join('; ')})`;
      if (FAILING.has(v.impact)) failures.push(line);
      else {
        minor += 1;
        console.warn(`  note: ${line}`);
      }
    }
  } catch (error) {
    failures.push(`${story.id}: ${error.message}`);
  }
}

/** Two pages at a time, each in a context (window) of its own, so both are visible; progress every 20 stories. */
const queue = [...stories];
let done = 0;
try {
  await Promise.all(
    [0, 1].map(async () => {
      const page = await (await browser.createBrowserContext()).newPage();
      await page.setViewport({ width: 1000, height: 800 });
      for (let story = queue.shift(); story; story = queue.shift()) {
        await check(page, story);
        done += 1;
        if (done % 20 === 0) console.log(`  ${done}/${stories.length} stories checked`);
      }
    }),
  );
} finally {
  await browser.close();
  server.close();
}

console.log(
  `axe on ${stories.length} stories: ${failures.length} failing (serious or critical), ${minor} minor or moderate`,
);
if (failures.length) {
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
