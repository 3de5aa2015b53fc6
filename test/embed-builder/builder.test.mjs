/**
 * The embed builder (dist/embed-builder.html, as built) driven as a web editor
 * would — keyboard and clicks in Chromium: choose a widget, choose a torg from
 * the list read from the API, set options, copy. The copied snippet is then
 * pasted into a plain page whose CDN requests are answered from dist/ (so the
 * integrity hash is checked by the browser against the real file), and that
 * page must show the same widget as the builder's preview. Also: the builder
 * offers every element and attribute of the manifest, speaks nynorsk and
 * English, and axe finds nothing.
 *
 *   npm run build && node --test test/embed-builder/builder.test.mjs
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CDN } from '../../scripts/cdn-snippet.mjs';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs';
import { ROOT, serve } from '../../scripts/lib/pages.mjs';
import { startMockApiServer } from '../../scripts/mock-api-server.mjs';

if (!existsSync(join(ROOT, 'dist/embed-builder.html'))) {
  throw new Error('dist/embed-builder.html is missing: run `npm run build` first.');
}
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));

let api;
let site;
let browser;
const pages = {};

before(async () => {
  api = await startMockApiServer({ sessions: true, cwd: ROOT });
  site = await serve(pages);
  browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
});

after(async () => {
  await browser?.close();
  site?.server.close();
  await api?.close();
});

/** A tab whose requests for this version on the CDN are answered from dist/ (as the CDN would). */
async function tab({ clipboard = false } = {}) {
  const context = await browser.createBrowserContext();
  if (clipboard)
    await context.overridePermissions(site.base, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  const page = await context.newPage();
  await page.setViewport({ width: 1100, height: 1000 });
  await page.setRequestInterception(true);
  const cdn = `${CDN}/${name}@${version}/`;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(cdn)) return request.continue();
    const file = join(ROOT, url.slice(cdn.length).split('?')[0]);
    if (!file.startsWith(join(ROOT, 'dist')) || !existsSync(file)) return request.respond({ status: 404, body: '' });
    return request.respond({
      status: 200,
      contentType: file.endsWith('.css') ? 'text/css' : 'text/javascript',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: readFileSync(file),
    });
  });
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, errors, close: () => context.close() };
}

/** In the builder's shadow root (`pierce/` looks into shadow roots; the builder's ids and parts are its own). */
const inBuilder = (selector) => `pierce/${selector}`;

async function openBuilder(page, query = '') {
  await page.goto(
    `${site.base}/dist/embed-builder.html?api-base=${encodeURIComponent(api.base('builder', 'ok'))}${query}`,
  );
  await page.waitForFunction(
    () => {
      const root = document.querySelector('torg-embed-builder')?.shadowRoot;
      return root?.querySelector('input[name="widget"]') && root.querySelector('.preview > *');
    },
    { timeout: 15_000 },
  );
}

/** The text a reader sees in a widget (its shadow root), once it shows its content. */
async function widgetText(page, selector) {
  await page.waitForFunction(
    (selector) => {
      const root = document.querySelector(selector)?.shadowRoot ?? null;
      const widget = root?.querySelector('.preview > *') ?? document.querySelector(selector);
      const base = widget?.shadowRoot?.querySelector('[part~="base"]');
      return (
        base && !base.querySelector('[part~="loading"], [aria-busy="true"]') && base.textContent.trim().length > 40
      );
    },
    { timeout: 15_000 },
    selector,
  );
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)?.shadowRoot ?? null;
    const widget = root?.querySelector('.preview > *') ?? document.querySelector(selector);
    return widget.shadowRoot.querySelector('[part~="base"]').innerText.replace(/\s+/g, ' ').trim();
  }, selector);
}

describe('the embed builder', () => {
  it('makes the snippet an editor chooses, and the snippet shows the same widget on a plain page', async () => {
    const builder = await tab({ clipboard: true });
    const { page } = builder;
    await openBuilder(page);

    // Choose the widget with the keyboard: focus the first choice, arrow to "Åpningstider".
    await page.focus(inBuilder('input[name="widget"]'));
    const radios = await page.$$eval(inBuilder('input[name="widget"]'), (inputs) => inputs.map((i) => i.value));
    const steps = radios.indexOf('torg-opening-hours');
    assert.ok(steps >= 0, 'the builder offers <torg-opening-hours>');
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
    assert.equal(await page.$eval(inBuilder('input[value="torg-opening-hours"]'), (i) => i.checked), true);

    // Choose the torg from the list read from the API, then options.
    await page.waitForFunction(
      () => document.querySelector('torg-embed-builder').shadowRoot.querySelectorAll('#o-torg option').length > 3,
      { timeout: 15_000 },
    );
    const torgOptions = await page.$$eval(inBuilder('#o-torg option'), (options) =>
      options.map((o) => o.textContent.trim()),
    );
    assert.ok(torgOptions.includes('Borgen innbyggertorg'), torgOptions.join(', '));
    await page.select(inBuilder('#o-torg'), 'borgen');
    await page.select(inBuilder('#o-view'), 'today');
    await page.focus(inBuilder('#o-heading-level'));
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await page.click(inBuilder('#o-hide-title'));

    // Copy.
    await page.click(inBuilder('[part="copy"]'));
    await page.waitForFunction(() =>
      document.querySelector('torg-embed-builder').shadowRoot.querySelector('.status').textContent.includes('kopiert'),
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const shown = await page.$eval(inBuilder('#code'), (field) => field.value);
    assert.equal(copied, shown);
    // The stylesheet that holds the widget's room, then the element's own script, each pinned and hashed.
    const link = copied.match(/^<link [^>]*>/)?.[0] ?? '';
    assert.match(link, new RegExp(`href="${CDN}/${name}@${version}/dist/torg-widgets\\.css"`));
    assert.match(link, /integrity="sha384-[A-Za-z0-9+/=]{64}"/);
    const script = copied.match(/^<script [^>]*><\/script>/m)?.[0] ?? '';
    assert.match(script, new RegExp(`src="${CDN}/${name}@${version}/dist/torg-opening-hours\\.js"`));
    assert.match(script, /integrity="sha384-[A-Za-z0-9+/=]{64}"/);
    assert.match(script, /crossorigin="anonymous"/);
    assert.ok(
      copied.endsWith(
        `<torg-opening-hours torg="borgen" view="today" heading-level="3" hide-title api-base="${api.base('builder', 'ok')}"></torg-opening-hours>`,
      ),
      copied,
    );
    const preview = await widgetText(page, 'torg-embed-builder');
    await builder.close();

    // Pasted into a plain page (no meta tag, nothing else): the same widget.
    pages['/pasted.html'] =
      `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Limt inn</title></head><body>\n${copied}\n</body></html>`;
    const plain = await tab();
    await plain.page.goto(`${site.base}/pasted.html`);
    const pasted = await widgetText(plain.page, 'torg-opening-hours');
    const errors = plain.errors;
    await plain.close();
    assert.deepEqual(errors, [], 'no console errors (an integrity mismatch would block the script)');
    assert.equal(pasted, preview);
    assert.match(pasted, /Borgen innbyggertorg/);
    assert.doesNotMatch(pasted, /Denne uken/, 'the today view');
  });

  it('offers every element and attribute of the manifest', async () => {
    const { page, close } = await tab();
    await openBuilder(page);
    const offered = await page.$$eval(inBuilder('input[name="widget"]'), (inputs) => inputs.map((i) => i.value));
    const elements = manifest.modules.flatMap((m) =>
      (m.declarations ?? []).filter((d) => d.customElement && d.tagName),
    );
    assert.deepEqual(offered.sort(), elements.map((d) => d.tagName).sort());
    for (const element of elements) {
      await page.click(inBuilder(`input[value="${element.tagName}"]`));
      const controls = await page.$$eval(inBuilder('[id^="o-"]:is(input, select)'), (fields) =>
        fields.map((f) => f.id.slice(2)),
      );
      const expected = (element.attributes ?? [])
        .map((a) => a.name)
        .filter((n) => !['texts', 'api-base', 'at'].includes(n));
      assert.deepEqual(controls.sort(), expected.sort(), element.tagName);
    }
    await close();
  });

  for (const [lang, title, copy] of [
    ['nn', 'Lag kode til nettsida', 'Kopier koden'],
    ['en', 'Make the code for your page', 'Copy the code'],
  ]) {
    it(`speaks ${lang}`, async () => {
      const { page, close } = await tab();
      await openBuilder(page, `&lang=${lang}`);
      await page.waitForFunction(
        (title) =>
          document.querySelector('torg-embed-builder').shadowRoot.querySelector('h1')?.textContent.includes(title),
        { timeout: 10_000 },
        title,
      );
      assert.equal((await page.$eval(inBuilder('[part="copy"]'), (b) => b.textContent)).trim(), copy);
      await close();
    });
  }

  it('has nothing axe finds', async () => {
    const { page, close } = await tab();
    await openBuilder(page);
    await widgetText(page, 'torg-embed-builder');
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    });
    await close();
    assert.deepEqual(violations, []);
  });
});
