/**
 * Every test runs in real headless Chromium (Debian's, never a downloaded
 * one), with msw inside the page.
 *
 *   npm run test:browser                       all tests
 *   npm run test:browser -- --group core       one group (see `groups`)
 *   CHROME_PATH=/path/to/chrome npm run test:browser
 */
import { existsSync, readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** The Chromium to test in: `CHROME_PATH`, else the usual places; a clear message when there is none. */
export function findChrome() {
  const found = CANDIDATES.find((path) => path && existsSync(path));
  if (!found) {
    console.error(
      '\nNo Chromium or Chrome found. Install one (Debian/Ubuntu: `apt-get install -y chromium`)\n' +
        'or point CHROME_PATH at its executable, e.g. CHROME_PATH=/usr/bin/chromium npm test\n',
    );
    process.exit(1);
  }
  return found;
}

/** Flags for a headless Chromium on a closed network (and as root in CI). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

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

/** Server commands the tests call through `executeServerCommand`. */
function browserControlPlugin() {
  return {
    name: 'torg-browser-control',
    async executeCommand({ command, payload, session }) {
      if (command === 'set-time-zone') {
        const page = session.browser.getPage(session.id);
        await page.emulateTimezone(payload?.timeZone || undefined);
        return true;
      }
      return undefined;
    },
  };
}

/** One group per folder of tests, so a developer can run just one widget's. */
function groups() {
  // Groups run in addition to the top-level files: only define them when one is asked for.
  if (!process.argv.includes('--group')) return undefined;
  const dirs = [];
  for (const top of ['core', 'domain']) {
    if (existsSync(`test/${top}`)) dirs.push({ name: top, files: `test/${top}/**/*.test.ts` });
  }
  if (existsSync('test/widgets')) {
    for (const tag of readdirSync('test/widgets')) {
      dirs.push({ name: tag, files: `test/widgets/${tag}/**/*.test.ts` });
    }
  }
  if (existsSync('test/integration')) dirs.push({ name: 'integration', files: 'test/integration/**/*.test.ts' });
  return dirs;
}

export default {
  files: ['test/**/*.test.ts'],
  groups: groups(),
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
      // Each page in its own browser context (its own window): with pages as tabs of one window, all
      // but the front tab are hidden, requestAnimationFrame never fires there and `settle()` waits forever.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), browserControlPlugin()],
  middleware: [
    function mockServiceWorker(context, next) {
      if (context.url === '/mockServiceWorker.js') context.url = '/public/mockServiceWorker.js';
      return next();
    },
    async function strictCsp(context, next) {
      await next();
      if (context.path.startsWith('/test/csp/') && context.path.endsWith('.html')) {
        context.set('Content-Security-Policy', STRICT_CSP);
      }
    },
  ],
};
