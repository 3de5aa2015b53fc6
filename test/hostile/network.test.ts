/**
 * The built bundle against a real server on another origin that misbehaves
 * (scripts/mock-api-server.mjs): answers whose body never ends, a trickle,
 * no answer at all, `503` with `Retry-After: 3600`. Every widget that reads
 * the API must show its error, with "try again", within 20 s. The page runs
 * a fast clock (5×), so 20 s of the page's time is 4 s of the test's; the
 * server is real and holds its bodies open for real.
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
const WARP = 5;
const BOUND_MS = 20_000;

describe('the built bundle against a misbehaving server', function () {
  // Whole pages of widgets over real HTTP: more than a unit test needs on a busy machine.
  this.timeout(30_000);
  let page: HostilePage | undefined;
  afterEach(() => page?.close());

  const cases: [ServerMode, string][] = [
    ['hang-body', 'headers, then the body never ends'],
    ['trickle', 'a trickle of one byte every 400 ms'],
    ['no-headers', 'no headers at all'],
    ['retry-after', '503 with Retry-After: 3600'],
  ];
  for (const [mode, what] of cases) {
    it(`${what}: every widget shows its error with "try again" within 20 s`, async () => {
      const session = newSession();
      page = await openHostilePage({ api: await apiBase(session, mode), warp: WARP });
      const start = page.now();
      const elements = READING.map(({ html }) => page!.add(html));
      const shownAt = new Map<Element, number>();
      await waitFor(
        () => {
          for (const el of elements) {
            const root = el.shadowRoot;
            if (!shownAt.has(el) && root?.querySelector('[part~="error"]') && root.querySelector('[part~="retry"]')) {
              shownAt.set(el, page!.now() - start);
            }
          }
          return shownAt.size === elements.length || page!.now() - start > BOUND_MS + 2_000;
        },
        'the widgets gave up',
        // 22 s of the page's time (4.4 s), plus room for a busy machine.
        480,
      );
      const late = elements
        .filter((el) => !((shownAt.get(el) ?? Infinity) <= BOUND_MS))
        .map((el) => `<${el.localName}> ${shownAt.get(el) ?? 'never'} ms: "${textOf(el).slice(0, 80)}"`);
      expect(late, late.join('\n')).to.deep.equal([]);
      expect(page.result.errors).to.deep.equal([]);
      if (mode === 'hang-body' || mode === 'trickle') {
        // The abort reached the body reader: the client closed every unfinished answer.
        let open: string[] = [];
        for (let i = 0; i < 60; i++) {
          open = (await serverRequests(session)).filter((r) => !r.closedEarly).map((r) => r.path);
          if (open.length === 0) break;
          await nextFrame();
        }
        expect(open, 'answers still being read').to.deep.equal([]);
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
