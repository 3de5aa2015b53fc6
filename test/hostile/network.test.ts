/**
 * The built bundle against a real server on another origin that misbehaves
 * (scripts/mock-api-server.mjs): answers whose body never ends, a trickle,
 * no answer at all, `503` with `Retry-After: 3600`. Every widget that reads
 * the API must show its error, with "try again", within 20 s of the
 * widgets' own time.
 *
 * The server is real and holds its bodies open for real; the page's clock
 * is not: it stands still until the test moves it, to the next timer the
 * widgets set, and only once the page waits for nothing but that clock (each
 * request has reached the server; each answer the server gave has reached
 * the page). So "within 20 s" is what the widgets' time limits and retries
 * add up to, the same on a busy machine as on an idle one — no race against
 * the wall clock.
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
 * Waits (in real time, however long a busy machine takes) until the page waits only for its clock: every
 * request it started has reached the server, every answer the server began has reached the page, and that
 * has held for a few frames (the page's promises have settled).
 */
async function untilOnlyTheClock(page: HostilePage, session: string): Promise<void> {
  let last = '';
  let stable = 0;
  await waitFor(
    async () => {
      const fetches = page.result.fetches!;
      const received = (await serverRequests(session)).filter((r) => r.method !== 'OPTIONS');
      const unanswered = received.filter((r) => r.status === 0 && !r.closedEarly).length;
      const quiet = fetches.started === received.length && fetches.pending === unanswered;
      const now = JSON.stringify([fetches, received.map((r) => [r.status, r.closedEarly])]);
      stable = quiet && now === last ? stable + 1 : 0;
      last = now;
      return stable >= 3;
    },
    () => `the page waiting only for its clock (fetches ${JSON.stringify(page.result.fetches)})`,
    // Real time for a busy machine: nothing here is measured by it.
    3_600,
  );
}

describe('the built bundle against a misbehaving server', function () {
  // Whole pages of widgets over real HTTP, waited for in real time on a busy machine (nothing is measured by it).
  this.timeout(120_000);
  let page: HostilePage | undefined;
  afterEach(() => page?.close());

  const cases: [ServerMode, string][] = [
    ['hang-body', 'headers, then the body never ends'],
    ['trickle', 'a trickle of one byte every 400 ms'],
    ['no-headers', 'no headers at all'],
    ['retry-after', '503 with Retry-After: 3600'],
  ];
  for (const [mode, what] of cases) {
    it(`${what}: every widget shows its error with "try again" within 20 s of its own time`, async () => {
      const session = newSession();
      page = await openHostilePage({ api: await apiBase(session, mode), manualClock: true });
      const clock = page.result.clock!;
      const start = clock.now();
      const elements = READING.map(({ html }) => page!.add(html));
      const shownAt = new Map<Element, number>();
      const look = (): void => {
        for (const el of elements) {
          const root = el.shadowRoot;
          if (!shownAt.has(el) && root?.querySelector('[part~="error"]') && root.querySelector('[part~="retry"]')) {
            shownAt.set(el, clock.now() - start);
          }
        }
      };
      // Every widget has asked (its requests reached the server) before the clock moves at all.
      await waitFor(async () => (await serverRequests(session)).length >= 5, 'the widgets’ requests');
      for (let step = 0; step < 200 && shownAt.size < elements.length; step++) {
        await untilOnlyTheClock(page, session);
        look();
        if (shownAt.size === elements.length || clock.now() - start > BOUND_MS + 2_000) break;
        // The next timer the widgets set (a time limit, a pause before a retry), or a second when none is set.
        clock.runNext(clock.next() ?? clock.now() + 1_000);
        await nextFrame();
      }
      look();
      const late = elements
        .filter((el) => !((shownAt.get(el) ?? Infinity) <= BOUND_MS))
        .map((el) => `<${el.localName}> ${shownAt.get(el) ?? 'never'} ms: "${textOf(el).slice(0, 80)}"`);
      expect(late, late.join('\n')).to.deep.equal([]);
      expect(page.result.errors).to.deep.equal([]);
      if (mode === 'hang-body' || mode === 'trickle') {
        // The abort reached the body reader: the client closed every unfinished answer.
        let open: string[] = [];
        await waitFor(
          async () => {
            open = (await serverRequests(session)).filter((r) => !r.closedEarly).map((r) => r.path);
            return open.length === 0;
          },
          () => `answers still being read: ${open.join(', ')}`,
        );
      }
    });
  }
});

describe('the built bundle and the HTTP cache', function () {
  // Whole pages of widgets over real HTTP: more than a unit test needs on a busy machine.
  this.timeout(30_000);
  let page: HostilePage | undefined;
  afterEach(() => page?.close());

  it('a page of widgets that loads and refreshes sends no preflight; a refresh revalidates (304)', async () => {
    const session = newSession();
    page = await openHostilePage({ api: await apiBase(session), warp: 1 });
    const shown = READING.map(({ html, shows }) => ({ el: page!.add(html), shows }));
    await Promise.all(shown.map(({ el, shows }) => untilShows(el, shows)));
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
    );
    await Promise.all(shown.map(({ el, shows }) => untilShows(el, shows)));
    const all = await serverRequests(session);
    expect(all.filter((r) => r.method === 'OPTIONS')).to.deep.equal([]);
    // The browser sent the ETag itself; the widgets never did.
    expect(all.filter((r) => r.status === 304).every((r) => r.ifNoneMatch !== null)).to.equal(true);
    for (const { el } of shown) expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(page.result.errors).to.deep.equal([]);
  });
});
