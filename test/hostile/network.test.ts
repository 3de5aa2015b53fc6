/**
 * The built bundle against a real server on another origin that misbehaves
 * (scripts/mock-api-server.mjs): answers whose body never ends, a trickle,
 * no answer at all, `503` with `Retry-After: 3600`. Every widget that reads
 * the API must show its error, with "try again", within 20 s of asking it.
 * The page's clock is a manual one: it stands still while the widgets' code
 * comes over real HTTP (a busy machine must not eat the API's 20 s), and
 * once every widget has asked the API, the test moves it on in steps and
 * lets the page run between them. The server is real and holds its bodies
 * open for real.
 *
 * And the normal case: a page of widgets that loads and then refreshes costs
 * the API no CORS preflight; the refresh revalidates through the browser's
 * HTTP cache (the browser sends the ETag itself, the server answers 304).
 */
import { expect } from '@open-wc/testing';
import { nextFrame, textOf, waitFor } from '../helpers/dom.js';
import {
  apiBase,
  newSession,
  openHostilePage,
  serverRequests,
  untilShows,
  type HostilePage,
  type ServerMode,
} from '../helpers/hostile.js';
import { CASES } from '../helpers/widget-cases.js';

const READING = Object.values(CASES).filter((c) => c.reads !== false);
const BOUND_MS = 20_000;
/**
 * How many frames a wait on real HTTP may take (a page's chunks and answers, the server seeing sockets
 * close): 20 s at 60 frames a second, more on a busy machine (its frames come slower).
 */
const LOADS = 1_200;
/** How far the page's clock moves at a time. */
const STEP_MS = 250;

/** The request each widget that reads waits on first: its path under the API base, without the query. */
const FIRST_REQUEST: Record<string, string> = {
  'torg-finder': '/torg',
  'torg-opening-hours': '/torg/borgen',
  'torg-events': '/events',
  'torg-committee': '/committees/tofte-lsu',
  'torg-agenda': '/committees/tofte-lsu/meetings',
  'torg-stedskompass (results)': '/stedskompass/results',
  'torg-booking': '/torg/borgen/resources',
  'torg-tilskudd': '/committees/tofte-lsu/funds',
  'torg-innspill': '/committees/tofte-lsu',
};

describe('the built bundle against a misbehaving server', function () {
  // Whole pages of widgets over real HTTP; each wait has a bound of its own, well inside this.
  this.timeout(90_000);
  let page: HostilePage | undefined;
  afterEach(() => page?.close());

  it('knows the first request of every widget that reads', () => {
    const reading = Object.entries(CASES).filter(([, c]) => c.reads !== false);
    expect(Object.keys(FIRST_REQUEST).sort()).to.deep.equal(reading.map(([name]) => name).sort());
  });

  const cases: [ServerMode, string][] = [
    ['hang-body', 'headers, then the body never ends'],
    ['trickle', 'a trickle of one byte every 400 ms'],
    ['no-headers', 'no headers at all'],
    ['retry-after', '503 with Retry-After: 3600'],
  ];
  for (const [mode, what] of cases) {
    it(`${what}: every widget shows its error with "try again" within 20 s`, async () => {
      const session = newSession();
      const api = await apiBase(session, mode);
      page = await openHostilePage({ api, clock: 'manual' });
      const widgets = Object.entries(CASES)
        .filter(([, c]) => c.reads !== false)
        .map(([name, { html }]) => ({ name, el: page!.add(html), asks: `${api}${FIRST_REQUEST[name]}` }));

      // The clock stands still until every widget has asked the API (the page's fetch was called: the
      // browser sends at most six at a time to a host): its 20 s start there.
      const asked = (): string[] => page!.result.fetches.map((url) => url.split('?')[0]!);
      await waitFor(
        () => widgets.every(({ asks }) => asked().includes(asks)),
        () =>
          `every widget asked the API; not: ${widgets
            .filter(({ asks }) => !asked().includes(asks))
            .map(({ name, asks }) => `${name} (${asks})`)
            .join(', ')}`,
        LOADS,
      );
      const start = page.now();
      const shownAt = new Map<Element, number>();
      const look = (): void => {
        for (const { el } of widgets) {
          const root = el.shadowRoot;
          if (!shownAt.has(el) && root?.querySelector('[part~="error"]') && root.querySelector('[part~="retry"]')) {
            shownAt.set(el, page!.now() - start);
          }
        }
      };
      look();
      // The page's time moves on in steps; its timers fire, then it renders, before the next step.
      while (shownAt.size < widgets.length && page.now() - start < BOUND_MS + 2_000) {
        await page.result.jump!(STEP_MS);
        await nextFrame();
        look();
      }
      const late = widgets
        .filter(({ el }) => !((shownAt.get(el) ?? Infinity) <= BOUND_MS))
        .map(({ el }) => `<${el.localName}> ${shownAt.get(el) ?? 'never'} ms: "${textOf(el).slice(0, 80)}"`);
      expect(late, late.join('\n')).to.deep.equal([]);
      expect(page.result.errors).to.deep.equal([]);
      if (mode === 'hang-body' || mode === 'trickle') {
        // The abort reached the body reader: the client closed every unfinished answer (the server sees the
        // sockets close in real time).
        let open: string[] = [];
        await waitFor(
          async () => {
            open = (await serverRequests(session)).filter((r) => !r.closedEarly).map((r) => r.path);
            return open.length === 0;
          },
          () => `answers still being read: ${open.join(', ')}`,
          LOADS,
        );
      }
    });
  }
});

describe('the built bundle and the HTTP cache', function () {
  // Whole pages of widgets over real HTTP and the page's real clock: nothing here a fake clock could give.
  // Each wait has a bound of its own, well inside this.
  this.timeout(90_000);
  let page: HostilePage | undefined;
  afterEach(() => page?.close());

  it('a page of widgets that loads and refreshes sends no preflight; a refresh revalidates (304)', async () => {
    const session = newSession();
    page = await openHostilePage({ api: await apiBase(session), warp: 1 });
    const shown = READING.map(({ html, shows }) => ({ el: page!.add(html), shows }));
    await Promise.all(shown.map(({ el, shows }) => untilShows(el, shows, LOADS)));
    const loaded = await serverRequests(session);
    const paths = new Set(loaded.filter((r) => r.method === 'GET').map((r) => r.path));

    // The person comes back to the tab after 11 minutes: every widget refreshes.
    page.result.jump!(11 * 60_000);
    page.doc.dispatchEvent(new Event('visibilitychange'));
    let revalidated: string[] = [];
    await waitFor(
      async () => {
        const again = (await serverRequests(session)).slice(loaded.length);
        revalidated = again.filter((r) => r.method === 'GET' && r.status === 304).map((r) => r.path);
        return [...paths].every((p) => revalidated.includes(p));
      },
      `every GET revalidated with a 304 (${[...paths].join(', ')})`,
      LOADS,
    );
    await Promise.all(shown.map(({ el, shows }) => untilShows(el, shows, LOADS)));
    const all = await serverRequests(session);
    expect(all.filter((r) => r.method === 'OPTIONS')).to.deep.equal([]);
    // The browser sent the ETag itself; the widgets never did.
    expect(all.filter((r) => r.status === 304).every((r) => r.ifNoneMatch !== null)).to.equal(true);
    for (const { el } of shown) expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(page.result.errors).to.deep.equal([]);
  });
});
