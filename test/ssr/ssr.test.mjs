/**
 * Server rendering (`torg-widgets/ssr`, from lib/ as built): each data widget
 * is rendered in Node.js from the mock API (over HTTP, scripts/mock-api-server.mjs),
 * then the page is opened in Chromium —
 *
 * - with JavaScript disabled: the content is there (declarative shadow DOM);
 * - with JavaScript on (the widget's CDN file from dist/): the element takes
 *   over with no request to the API, no frame of a loading state and no
 *   layout shift, and what depends on the time ("open now") is worked out
 *   again in the browser;
 *
 * and the example site (examples/ssr) renders on request and on publish;
 * its pages are checked by the Nu Html Checker (vnu.jar, with the machine's
 * Java) and by a parse5 round trip.
 *
 * Both clocks are set: Node's (the render, the mock's data) and the page's.
 *
 *   npm run build && node --test test/ssr/ssr.test.mjs
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse, serialize } from 'parse5';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs';
import { ROOT, serve } from '../../scripts/lib/pages.mjs';
import { startMockApiServer } from '../../scripts/mock-api-server.mjs';

for (const file of ['lib/ssr/index.js', 'dist/torg-widgets.js']) {
  if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run \`npm run build\` first.`);
}
const { renderWidget, SERVER_RENDERED_TAGS } = await import('../../lib/ssr/index.js');
const { answersJson } = await import('../../lib/core/answers.js');
const { createSite } = await import('../../examples/ssr/site.mjs');
const { publish } = await import('../../examples/ssr/publish.mjs');

/** A Thursday morning: Borgen is open (09–15). */
const NOW = '2026-12-03T10:00:00+01:00';

/** Each data widget, as a web editor writes it (`page`: the test page's name, when a tag is there twice), and text a reader must find in it. */
const WIDGETS = [
  {
    tag: 'torg-opening-hours',
    attributes: { torg: 'borgen' },
    texts: [
      'Åpningstider for Borgen innbyggertorg',
      'Åpent nå',
      'stenger kl. 15.00',
      'Torsdag 3. desember',
      '09.00–15.00',
    ],
  },
  {
    tag: 'torg-events',
    attributes: {},
    texts: ['Torsdag 3. desember', 'Konsert med kulturskolens elever', 'Teaterforestilling for barn: Bukkene Bruse'],
  },
  {
    tag: 'torg-committee',
    attributes: { committee: 'tofte-lsu' },
    texts: ['Lokalsamfunnsutvalget på Tofte', 'Ingrid Haugland', 'Petter Sandvik'],
  },
  {
    tag: 'torg-agenda',
    attributes: { committee: 'tofte-lsu', past: 1 },
    texts: ['Kommende møter', 'Lørdag 12. desember', 'Møte i lokalsamfunnsutvalget', 'Hurumveien 1185'],
  },
  {
    // One meeting in full: its agenda comes from a part of its own (parts/detail.ts), loaded for the render.
    tag: 'torg-agenda',
    page: 'torg-agenda-meeting',
    attributes: { meeting: 'tofte-lsu-m3' },
    texts: ['Søndag 4. oktober', 'Saksliste', 'Trafikksikker skolevei – innspill til kommunen'],
  },
  {
    tag: 'torg-finder',
    attributes: {},
    texts: ['Borgen innbyggertorg', 'Tofte innbyggertorg', 'Heggedal innbyggertorg'],
  },
];

// --- clocks -----------------------------------------------------------------------------

const RealDate = Date;
let offset = 0;

/** Node's clock reads `instant` and runs on from there (the render and the mock's data follow it). */
function setNodeClock(instant) {
  offset = RealDate.parse(instant) - RealDate.now();
  class ClockDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ClockDate;
}

/** The same in the page, before any of its scripts runs. */
function pageClock(target) {
  const Real = Date;
  const shift = target - Real.now();
  class ClockDate extends Real {
    constructor(...args) {
      if (args.length === 0) super(Real.now() + shift);
      else super(...args);
    }
    static now() {
      return Real.now() + shift;
    }
  }
  globalThis.Date = ClockDate;
}

/** Records what a reader would notice while the element takes over: layout shifts and frames without content. */
function pageWatch() {
  window.__torg = { shifts: [], emptyFrames: 0, loadingFrames: 0, frames: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__torg.shifts.push(entry.value);
      window.__torg.sources = (window.__torg.sources ?? []).concat(
        entry.sources.map(
          (s) =>
            `${s.node?.nodeName}.${s.node?.className} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`,
        ),
      );
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const frame = () => {
    for (const element of document.querySelectorAll('[data-ssr]')) {
      const root = element.shadowRoot;
      window.__torg.frames++;
      if (!root || !root.querySelector('[part~="base"]')) window.__torg.emptyFrames++;
      // The loading state (a refresh of shown data only marks it busy, which is not counted).
      else if (root.querySelector('[part~="loading"]')) window.__torg.loadingFrames++;
    }
    if (!window.__torg.stop) requestAnimationFrame(frame);
  };
  document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(frame));
}

// --- pages -----------------------------------------------------------------------------

function page({ title, body, script, apiBase }) {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="torg:api-base" content="${apiBase}">
<title>${title}</title>
${script ? `<script type="module" src="${script}"></script>` : ''}
</head>
<body>
<main>
<h1>${title}</h1>
<p>Tekst fra nettredaktøren over widgeten.</p>
${body}
<p id="below">Tekst fra nettredaktøren under widgeten.</p>
</main>
</body>
</html>
`;
}

/** The rendered element, marked so the page's watcher finds it. */
const marked = (html, tag) => html.replace(`<${tag}`, `<${tag} data-ssr`);

// --- the run ----------------------------------------------------------------------------

let api;
let site;
let browser;
const pages = {};

before(async () => {
  setNodeClock(NOW);
  api = await startMockApiServer({ sessions: true, cwd: ROOT });
  site = await serve(pages);
  browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
});

after(async () => {
  await browser?.close();
  site?.server.close();
  await api?.close();
  globalThis.Date = RealDate;
});

/** Opens a page; `js: false` disables JavaScript. Collects the requests to the API. */
async function open(path, { js = true, clock } = {}) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 1000, height: 900 });
  const requests = [];
  tab.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(api.origin) && request.method() !== 'OPTIONS') requests.push(url);
  });
  if (js) {
    // A reader in Norway (the widgets note other zones).
    await tab.emulateTimezone('Europe/Oslo');
    await tab.evaluateOnNewDocument(pageClock, clock ? RealDate.parse(clock) : Date.now());
    await tab.evaluateOnNewDocument(pageWatch);
  } else {
    await tab.setJavaScriptEnabled(false);
  }
  await tab.goto(`${site.base}${path}`, { waitUntil: 'load' });
  return { tab, requests, close: () => context.close() };
}

/** What a reader sees of the element (its shadow root's text), and whether its script ran. */
function readElement(tab, tag) {
  return tab.evaluate((tag) => {
    const element = document.querySelector(tag);
    const base = element?.shadowRoot?.querySelector('[part~="base"]');
    return {
      // The text in it (days far down the events list skip layout until scrolled to: not in `innerText`).
      text: base ? base.textContent.replace(/\s+/g, ' ') : '',
      defined: customElements.get(tag) !== undefined,
    };
  }, tag);
}

/** Waits until the element has replaced the server's content with its own render. */
async function hydrated(tab, tag) {
  await tab.waitForFunction(
    (tag) => {
      const element = document.querySelector(tag);
      return element?.hasUpdated && !element.shadowRoot.innerHTML.includes('<!--lit-part');
    },
    { timeout: 15_000, polling: 50 },
    tag,
  );
  // Anything that would still come (a second request, a late render) has time to show.
  await new Promise((resolve) => setTimeout(resolve, 400));
  return tab.evaluate(() => {
    window.__torg.stop = true;
    return window.__torg;
  });
}

describe('renderWidget', () => {
  for (const { tag, page: name = tag, attributes, texts } of WIDGETS) {
    describe(`<${tag}> ${JSON.stringify(attributes)}`, () => {
      let result;
      before(async () => {
        result = await renderWidget(tag, attributes, { apiBase: api.base('render', 'ok') });
        pages[`/${name}.html`] = page({
          title: tag,
          body: marked(result.html, tag),
          script: `/dist/${tag}.js`,
          apiBase: api.base('browser', 'ok'),
        });
        pages[`/${name}-nojs.html`] = page({ title: tag, body: result.html, apiBase: api.base('browser', 'ok') });
      });

      it('renders the loaded content with the API answers it came from', () => {
        assert.equal(result.rendered, true, result.error?.message);
        assert.ok(result.requests.length > 0);
        assert.match(result.html, new RegExp(`^<${tag}[^>]*><template shadowrootmode="open"><style>`));
        assert.match(
          result.html,
          /<script type="application\/json" data-torg-answers>\{.*\}<\/script><\/torg-[a-z-]+>$/s,
        );
        assert.doesNotMatch(result.html, /part="loading"|aria-busy="true"/);
      });

      it('reads correctly with JavaScript disabled', async () => {
        const { tab, requests, close } = await open(`/${name}-nojs.html`, { js: false });
        const shown = await readElement(tab, tag);
        await close();
        assert.equal(shown.defined, false, 'the element was not upgraded (no script ran)');
        for (const text of texts) assert.ok(shown.text.includes(text), `"${text}" in: ${shown.text.slice(0, 400)}`);
        assert.doesNotMatch(shown.text, /Laster/);
        assert.deepEqual(requests, []);
      });

      it('takes over in the browser without a request, a loading frame or a layout shift', async () => {
        const { tab, requests, close } = await open(`/${name}.html`);
        const watched = await hydrated(tab, tag);
        const shown = await readElement(tab, tag);
        await close();
        assert.equal(shown.defined, true);
        assert.deepEqual(requests, [], 'no request to the API: the answers came with the page');
        assert.ok(watched.frames > 0, 'frames were watched');
        assert.equal(watched.emptyFrames, 0, 'no frame without content');
        assert.equal(watched.loadingFrames, 0, 'no frame of a loading state');
        assert.equal(
          watched.shifts.reduce((sum, value) => sum + value, 0),
          0,
          `no layout shift: ${watched.sources}`,
        );
        for (const text of texts) assert.ok(shown.text.includes(text), `"${text}" after hydration`);
      });
    });
  }

  it('renders the time-dependent content again in the browser, still without a request', async () => {
    setNodeClock('2026-12-03T14:59:30+01:00');
    const { html } = await renderWidget(
      'torg-opening-hours',
      { torg: 'borgen' },
      { apiBase: api.base('render', 'ok') },
    );
    setNodeClock(NOW);
    assert.match(html, /Åpent nå/);
    pages['/later.html'] = page({
      title: 'later',
      body: marked(html, 'torg-opening-hours'),
      script: '/dist/torg-opening-hours.js',
      apiBase: api.base('browser', 'ok'),
    });
    // Read 40 seconds later, after closing time.
    const { tab, requests, close } = await open('/later.html', { clock: '2026-12-03T15:00:10+01:00' });
    const watched = await hydrated(tab, 'torg-opening-hours');
    const shown = await readElement(tab, 'torg-opening-hours');
    await close();
    assert.match(shown.text, /Stengt/);
    assert.doesNotMatch(shown.text, /Åpent nå/);
    assert.deepEqual(requests, []);
    assert.equal(watched.loadingFrames + watched.emptyFrames, 0);
  });

  it('asks the API once in the background when the answers that came with the page are old', async () => {
    // The page was published an hour before it is read.
    const { tab, requests, close } = await open('/later.html', { clock: '2026-12-03T16:00:00+01:00' });
    const watched = await hydrated(tab, 'torg-opening-hours');
    const shown = await readElement(tab, 'torg-opening-hours');
    await close();
    assert.match(shown.text, /Stengt/);
    assert.equal(requests.length, 1, requests.join(', '));
    assert.match(requests[0], /\/torg\/borgen$/);
    assert.equal(watched.loadingFrames + watched.emptyFrames, 0);
  });

  it('gives the bare element (loaded in the browser) and the reason when the API fails', async () => {
    const result = await renderWidget(
      'torg-opening-hours',
      { torg: 'borgen' },
      { apiBase: api.base('fail', 'server-error') },
    );
    assert.equal(result.rendered, false);
    assert.equal(result.html, '<torg-opening-hours torg="borgen"></torg-opening-hours>');
    assert.ok(result.error instanceof Error);
  });

  it('escapes attribute values, refuses event-handler attributes and tags it does not render', async () => {
    const result = await renderWidget(
      'torg-opening-hours',
      { torg: '"><script>alert(1)</script>' },
      { apiBase: api.base('render', 'ok') },
    );
    assert.equal(result.rendered, false);
    assert.ok(result.html.startsWith('<torg-opening-hours torg="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">'));
    await assert.rejects(renderWidget('torg-finder', { onclick: 'alert(1)' }), TypeError);
    await assert.rejects(renderWidget('script', {}), TypeError);
    assert.deepEqual([...SERVER_RENDERED_TAGS].sort(), [...new Set(WIDGETS.map((w) => w.tag))].sort());
  });

  it('writes the language, the heading level and a style nonce as asked', async () => {
    const result = await renderWidget(
      'torg-opening-hours',
      { torg: 'borgen', view: 'today', 'heading-level': 3 },
      { apiBase: api.base('render', 'ok'), lang: 'nn', nonce: 'r4nd"m' },
    );
    // The torg's name is API text, isolated in a <bdi>; Lit's markers are comments.
    assert.match(result.html, /<h3[^>]*>(<[^>]*>)*Opningstider for (<[^>]*>)*Borgen innbyggertorg/);
    assert.match(result.html, /<style nonce="r4nd&quot;m">/);
    assert.match(result.html, /^<torg-opening-hours torg="borgen" view="today" heading-level="3">/);
    assert.doesNotMatch(result.html, /<table/);
  });
});

describe('the data block', () => {
  it('cannot be closed or turned into markup by an answer', () => {
    const hostile = { title: '</script><script>alert(1)</script><!-- \u2028' };
    const json = answersJson(new Map([['/torg/x', hostile]]), 1);
    assert.doesNotMatch(json, /<|\u2028/);
    assert.deepEqual(JSON.parse(json), { at: 1, answers: { '/torg/x': hostile } });
  });
});

describe('the example site (examples/ssr)', () => {
  let out;
  let files;
  before(async () => {
    out = await mkdtemp(join(tmpdir(), 'torg-ssr-'));
    files = await publish({ out, apiBase: api.base('publish', 'ok'), publicApiBase: api.base('browser', 'ok') });
  });
  after(() => rm(out, { recursive: true, force: true }));

  it('renders its pages on request, readable without JavaScript', async () => {
    const server = createServer(createSite({ apiBase: api.base('request', 'ok') }));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${server.address().port}`;
    try {
      const answer = await fetch(`${origin}/`);
      assert.equal(answer.status, 200);
      const html = await answer.text();
      assert.equal((html.match(/<template shadowrootmode="open">/g) ?? []).length, 2);
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      await tab.setJavaScriptEnabled(false);
      await tab.goto(`${origin}/`);
      const text = await tab.evaluate(() =>
        [...document.querySelectorAll('torg-opening-hours, torg-events')]
          .map((element) => element.shadowRoot?.textContent ?? '')
          .join(' ')
          .replace(/\s+/g, ' '),
      );
      await context.close();
      for (const expected of ['Åpent nå', 'Åpningstider for Borgen innbyggertorg', 'Torsdag 3. desember']) {
        assert.ok(text.includes(expected), expected);
      }
      assert.equal((await fetch(`${origin}/dist/torg-events.js`)).status, 200);
      assert.equal((await fetch(`${origin}/dist/../package.json`)).status, 404);
    } finally {
      server.close();
    }
  });

  it('writes its pages on publish, each widget rendered', async () => {
    assert.equal(files.length, 3);
    for (const file of files) {
      const html = await readFile(file, 'utf8');
      assert.match(html, /<template shadowrootmode="open">/);
      assert.doesNotMatch(html, /<torg-[a-z-]+[^>]*><\/torg-/, 'no widget left unrendered');
    }
  });

  it('writes HTML that survives a parse5 round trip (what a browser builds is what was written)', async () => {
    for (const file of files) {
      const once = serialize(parse(await readFile(file, 'utf8')));
      assert.equal(serialize(parse(once)), once);
      assert.match(once, /<template shadowrootmode="open">/);
    }
  });

  it('writes valid HTML for the Nu Html Checker', (t) => {
    if (spawnSync('java', ['-version']).status !== 0) {
      t.diagnostic('no Java on this machine: the Nu Html Checker did not run');
      assert.fail('Java is needed for the Nu Html Checker (apt-get install -y default-jre-headless)');
    }
    const jar = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
    // One run for every page (the JVM starts once); the checker writes its JSON report to stderr.
    const run = spawnSync('java', ['-jar', jar, '--format', 'json', '--exit-zero-always', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const messages = JSON.parse(run.stderr.trim() || '{"messages":[]}').messages ?? [];
    assert.ok(run.status === 0, run.stderr);
    assert.deepEqual(
      messages
        .filter((m) => m.type === 'error' || m.subType === 'warning' || m.type === 'non-document-error')
        .map((m) => `${m.url}: ${m.type} ${m.message} (line ${m.lastLine}) ${m.extract ?? ''}`),
      [],
    );
  });
});
