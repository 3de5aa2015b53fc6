/**
 * How long opening one event takes in `<torg-events>`' list of many events: from the click to the next
 * painted frame, as the browser's Event Timing API measures an interaction (what INP reports), in headless
 * Chromium on the built bundle (`npm run build` first). Not a test: figures for a person to compare.
 *
 *   node scripts/bench-open-event.mjs                   1 000 events, 5 runs, CPU as is and 4× slower
 *   EVENTS=5000 RUNS=7 node scripts/bench-open-event.mjs
 *   DIST=bench-results/dist-before node scripts/bench-open-event.mjs   another build (a folder of the project)
 *
 * Each run opens another event, then closes it (the first opening, which fetches "add to calendar", is
 * done once before, unmeasured); the median of the runs is reported.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';
import { ROOT, serve } from './lib/pages.mjs';

const N = Number(process.env.EVENTS ?? 1000);
const RUNS = Number(process.env.RUNS ?? 5);
const DIST = process.env.DIST ?? 'dist';
/** The page's clock: 1 January 2027, 08:00 in Oslo; the events are on 1–30 January. */
const NOW = Date.parse('2027-01-01T08:00:00+01:00');

const page = `<!doctype html><html lang="nb"><head><meta charset="utf-8">
<style>body{font-family:system-ui;margin:0 auto;max-width:60rem}</style>
<script type="module">
import '/${DIST}/torg-events.js';
const pad = (x) => String(x).padStart(2, '0');
const categories = ['kultur', 'kurs', 'trening', 'marked', 'mote'];
const torg = ['borgen', 'tofte', 'heggedal', 'slemmestad'];
const events = [];
for (let i = 0; i < ${N}; i++) {
  const day = 1 + (i % 30), hour = 8 + ((i * 7) % 13), minute = (i * 15) % 60, date = '2027-01-' + pad(day);
  events.push({
    id: 'b' + i, title: 'Arrangement nummer ' + i, description: 'Beskrivelse av arrangement ' + i + '.',
    start: date + 'T' + pad(hour) + ':' + pad(minute) + ':00+01:00',
    end: date + 'T' + pad(hour + 1) + ':' + pad(minute) + ':00+01:00',
    categories: [categories[i % 5]], torgId: torg[i % 4], location: { name: 'Sal ' + (i % 7) },
    audience: ['alle'], price: i % 3 ? null : '50 kr', cancelled: false,
  });
}
const el = document.createElement('torg-events');
el.setAttribute('days', '30');
el.data = events;
document.body.append(el);
window.el = el;
window.interactions = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (e.interactionId) window.interactions.push({ name: e.name, duration: e.duration });
}).observe({ type: 'event', durationThreshold: 0, buffered: false });
</script></head><body></body></html>`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(browser, base, throttle) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1200, height: 900 });
  await tab.evaluateOnNewDocument((now) => {
    const RealDate = Date;
    const offset = now - RealDate.now();
    globalThis.Date = class extends RealDate {
      constructor(...args) {
        if (args.length === 0) super(RealDate.now() + offset);
        else super(...args);
      }
      static now() {
        return RealDate.now() + offset;
      }
    };
  }, NOW);
  await tab.goto(`${base}/bench/open-event.html`, { waitUntil: 'load' });
  await tab.waitForFunction(
    (n) => window.el?.shadowRoot?.querySelectorAll('[part="event-toggle"]').length === n,
    {
      timeout: 60_000,
    },
    N,
  );
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const toggle = async (index) => {
    const button = await tab.evaluateHandle(
      (i) => window.el.shadowRoot.querySelectorAll('[part="event-toggle"]')[i],
      index,
    );
    await button.evaluate((b) => b.scrollIntoView({ block: 'center' }));
    await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await tab.evaluate(() => (window.interactions.length = 0));
    // In the page: from the click's handler to the element's update done (the script's work), and to the next
    // frame painted (the task after the next rAF's).
    await tab.evaluate(() => {
      window.clickTimes = new Promise((resolve) => {
        window.el.shadowRoot.addEventListener(
          'click',
          () => {
            const t0 = performance.now();
            let update;
            // After the list's own handler (the root is the last stop of the click): the update it asked for.
            window.el.shadowRoot.addEventListener(
              'click',
              () => window.el.updateComplete.then(() => (update = performance.now() - t0)),
              { once: true },
            );
            requestAnimationFrame(() => setTimeout(() => resolve({ update, paint: performance.now() - t0 }), 0));
          },
          { capture: true, once: true },
        );
      });
    });
    await button.click();
    const { update, paint: inPage } = await tab.evaluate(() => window.clickTimes);
    // The Event Timing entry arrives after the frame; give it a few frames.
    await tab.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    const entries = await tab.evaluate(() => window.interactions);
    await button.dispose();
    return { inPage, update, inp: Math.max(0, ...entries.map((e) => e.duration)) };
  };
  // Unmeasured: the first opening loads "add to calendar" (a chunk) and the .ics writer.
  await toggle(3);
  await tab.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  await toggle(3);
  const open = [];
  const close = [];
  for (let run = 0; run < RUNS; run++) {
    const index = 40 + run * 97;
    open.push(await toggle(index));
    close.push(await toggle(index));
  }
  await tab.close();
  const sum = (list) => ({
    inp: median(list.map((r) => r.inp)),
    inPage: median(list.map((r) => r.inPage)),
    update: median(list.map((r) => r.update)),
    all: list.map((r) => r.inp),
  });
  return { open: sum(open), close: sum(close) };
}

async function main() {
  if (!existsSync(join(ROOT, DIST, 'torg-events.js'))) {
    console.error(`${DIST}/ is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const { base, server } = await serve({ '/bench/open-event.html': page });
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  try {
    console.log(
      `<torg-events> list, ${N} events over 30 days, ${RUNS} runs, median: the interaction's Event Timing duration ` +
        `(what INP reports; every run in brackets), and in the page: click → update done / next frame`,
    );
    for (const throttle of [1, 4]) {
      const { open, close } = await measure(browser, base, throttle);
      const cpu = throttle === 1 ? 'CPU as is' : `CPU ${throttle}× slower`;
      console.log(
        `${cpu.padEnd(16)} open ${open.inp.toFixed(0)} ms [${open.all.join(', ')}], update ${open.update.toFixed(1)} ms,` +
          ` frame ${open.inPage.toFixed(1)} ms;  close ${close.inp.toFixed(0)} ms [${close.all.join(', ')}],` +
          ` update ${close.update.toFixed(1)} ms, frame ${close.inPage.toFixed(1)} ms`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
