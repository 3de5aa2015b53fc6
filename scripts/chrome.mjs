/**
 * Which Chromium the tests and the benchmark run in, and how: Debian's (or
 * any local one), never a downloaded browser.
 */
import { existsSync } from 'node:fs';

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
