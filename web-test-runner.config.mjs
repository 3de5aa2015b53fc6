/**
 * Every test runs in real headless Chromium (Debian's, never a downloaded
 * one), with msw inside the page.
 *
 *   npm run test:browser                       all tests
 *   npm run test:browser -- --group core       one group (see `groups`)
 *   CHROME_PATH=/path/to/chrome npm run test:browser
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { sep } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './scripts/chrome.mjs';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { startMockApiServer } from './scripts/mock-api-server.mjs';

/** Strict CSP for the pages under /test/csp/: no inline script or style, no eval. */
const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' https://api.innbyggertorg.test",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * The property tests' seed (test/helpers/property-seed.ts): `FC_SEED`, else one from the commit, so the
 * same commit checks the same cases here and in CI; random outside a git checkout.
 */
function propertySeed() {
  if (process.env.FC_SEED) return Number(process.env.FC_SEED);
  try {
    return Number.parseInt(execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).slice(0, 8), 16) | 0;
  } catch {
    return undefined;
  }
}
const FC_SEED = propertySeed();
if (FC_SEED !== undefined) console.log(`Property tests: seed ${FC_SEED} (FC_SEED=<n> for another)`);

/** Server commands the tests call through `executeServerCommand`. */
function browserControlPlugin() {
  /** The DevTools session that emulates touch on a page (emulation lasts as long as it). */
  const touchSessions = new Map();
  /** The DevTools session that emulates forced colours on a page. */
  const forcedSessions = new Map();
  return {
    name: 'torg-browser-control',
    async executeCommand({ command, payload, session }) {
      if (command === 'set-time-zone') {
        const page = session.browser.getPage(session.id);
        await page.emulateTimezone(payload?.timeZone || undefined);
        return true;
      }
      if (command === 'emulate-touch') {
        // A touch screen, `(pointer: coarse)`, without reloading the page (as setViewport's hasTouch would).
        const page = session.browser.getPage(session.id);
        const client = touchSessions.get(page) ?? (await page.createCDPSession());
        touchSessions.set(page, client);
        await client.send('Emulation.setTouchEmulationEnabled', {
          enabled: Boolean(payload?.enabled),
          maxTouchPoints: 1,
        });
        return true;
      }
      if (command === 'emulate-forced-colors') {
        // Windows High Contrast: `forced-colors: active`, which Chromium also renders with its forced palette
        // (@web/test-runner-commands' emulateMedia passes `forcedColors` on only with Playwright).
        const page = session.browser.getPage(session.id);
        const client = forcedSessions.get(page) ?? (await page.createCDPSession());
        forcedSessions.set(page, client);
        await client.send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload?.active ? 'active' : '' }],
        });
        return true;
      }
      if (command === 'list-files') {
        // Files under `dir` (relative to the project) whose path matches `pattern`, as URL paths.
        const pattern = new RegExp(payload.pattern);
        return readdirSync(payload.dir, { recursive: true })
          .map((file) => `/${payload.dir}/${String(file).split(sep).join('/')}`)
          .filter((file) => pattern.test(file))
          .sort();
      }
      return undefined;
    },
  };
}

/**
 * The mock API over real HTTP on another origin (a random port of
 * 127.0.0.1): real CORS, preflights and the browser's HTTP cache, and a
 * server that can hold a body open (see scripts/mock-api-server.mjs). Each
 * test asks for a session of its own:
 *   executeServerCommand('mock-api-base', { session, mode })  → the API base
 *   executeServerCommand('mock-api-requests', { session })    → what it got
 *   executeServerCommand('mock-api-seed', { session, data })  → adds items to its example data
 */
function mockApiServerPlugin() {
  let api;
  return {
    name: 'torg-mock-api-server',
    async serverStart() {
      api = await startMockApiServer({ sessions: true });
    },
    async serverStop() {
      await api?.close();
    },
    async executeCommand({ command, payload }) {
      if (command === 'mock-api-base') return api.base(payload.session, payload.mode);
      if (command === 'mock-api-requests') return api.requests(payload.session);
      if (command === 'mock-api-seed') {
        await api.seed(payload.session, payload.data);
        return true;
      }
      return undefined;
    },
  };
}

/** `import css from './x.css?inline'` as Vite does it: a module whose default export is the CSS text. */
function cssInlinePlugin() {
  const isInlineCss = (context) => context.path.endsWith('.css') && context.URL.searchParams.has('inline');
  return {
    name: 'torg-css-inline',
    resolveMimeType(context) {
      return isInlineCss(context) ? 'js' : undefined;
    },
    transform(context) {
      if (isInlineCss(context)) return { body: `export default ${JSON.stringify(context.body)};` };
      return undefined;
    },
  };
}

/** One group per folder of tests, so a developer can run just one widget's. */
function groups() {
  // Groups run in addition to the top-level files: only define them when one is asked for.
  if (!process.argv.includes('--group')) return undefined;
  const dirs = [];
  for (const top of ['core', 'domain', 'shared', 'embed-builder']) {
    if (existsSync(`test/${top}`)) dirs.push({ name: top, files: `test/${top}/**/*.test.ts` });
  }
  if (existsSync('test/widgets')) {
    for (const tag of readdirSync('test/widgets')) {
      dirs.push({ name: tag, files: `test/widgets/${tag}/**/*.test.ts` });
    }
  }
  if (existsSync('test/integration')) dirs.push({ name: 'integration', files: 'test/integration/**/*.test.ts' });
  // The built bundle on hostile pages (run `npm run build` first).
  if (existsSync('test/hostile')) dirs.push({ name: 'hostile', files: 'test/hostile/**/*.test.ts' });
  return dirs;
}

export default {
  files: ['test/**/*.test.ts'],
  groups: groups(),
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // Two pages at a time, each in a browser context of its own (see createPage).
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 10_000 } },
  // The runner's own page (standards mode: a page without a doctype would render tables in quirks mode),
  // with the property tests' seed set before any test file runs.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/test/helpers/property-seed.ts${FC_SEED === undefined ? '' : `?seed=${FC_SEED}`}"></script>` +
    `<script type="module" src="${testFramework}"></script></body></html>`,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
      // Each test file in its own browser context (its own window): pages run side by side
      // (`concurrency`) are all visible, so requestAnimationFrame (waitFor, settle, the live
      // region) runs in every one, and storage and the mock's service worker are not shared.
      // The runner hands a page on from one test file to the next (it goes to about:blank in between): the
      // browser's cache is emptied then, so a module an earlier file loaded is fetched again, through the
      // mock's worker — a test that cuts a chunk off gets the failure it set up, not a cached copy. Within a
      // file the cache works as it does for citizens (the revalidation tests need it).
      createPage: async ({ browser }) => {
        const page = await (await browser.createBrowserContext()).newPage();
        const cdp = await page.createCDPSession();
        // Every page acts as the focused one: only one window has the system's focus, and a file that
        // sends keys takes it — in the other windows `.focus()` would then fire no focus event, and a test
        // that waits for one (a part fetched on intent) would time out beside it.
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        page.on('framenavigated', (frame) => {
          if (frame === page.mainFrame() && frame.url() === 'about:blank') {
            cdp.send('Network.clearBrowserCache').catch(() => undefined);
          }
        });
        return page;
      },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    browserControlPlugin(),
    // `a11ySnapshot()`: Chromium's accessibility tree, for tests of accessible names.
    a11ySnapshotPlugin(),
    cssInlinePlugin(),
    mockApiServerPlugin(),
  ],
  middleware: [
    function mockServiceWorker(context, next) {
      if (context.url === '/mockServiceWorker.js') context.url = '/public/mockServiceWorker.js';
      return next();
    },
    async function trustedTypes(context, next) {
      await next();
      // The hostile page with Trusted Types enforced and only the given policy names allowed.
      const allowed = context.path === '/test/hostile/page.html' ? context.query.tt : undefined;
      if (allowed)
        context.set('Content-Security-Policy', `require-trusted-types-for 'script'; trusted-types ${allowed}`);
    },
    async function strictCsp(context, next) {
      await next();
      if (context.path.startsWith('/test/csp/') && context.path.endsWith('.html')) {
        context.set('Content-Security-Policy', STRICT_CSP);
      }
    },
  ],
};
