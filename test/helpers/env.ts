/**
 * The test environment, in one place: the mock API (msw in the page), a
 * fixed clock, a mock scenario per test, the requests the widgets made, and
 * "render and wait until stable".
 *
 *   const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });
 *   it('…', async () => {
 *     env.scenario('server-error');
 *     const el = await env.render<TorgFinder>(html`<torg-finder></torg-finder>`);
 *     expect(env.requests()).to.have.length(1);
 *   });
 */
import { fixture, fixtureCleanup } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { startMockApi, useMockScenario, worker } from '../../mocks/browser.js';
import { resetMockDb } from '../../mocks/db.js';
import { MOCK_API_BASE, type HandlerOptions, type Scenario } from '../../mocks/handlers.js';
import { forgetViewerZone } from '../../src/core/clock.js';
import { clearHttpCache, configureHttp } from '../../src/core/http.js';
import { installClock, type TestClock } from './clock.js';
import { settle } from './dom.js';

export { MOCK_API_BASE };

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The request's cache mode (`no-cache` when it revalidates through the HTTP cache). */
  cache: RequestCache;
  body: string;
}

export interface TestEnvOptions {
  /** Start `Date` at this instant (RFC 3339) in every test; it advances in real time. */
  now?: string;
}

export interface TestEnv {
  /** The test clock (when `now` was given). */
  readonly clock: TestClock | undefined;
  /** Switches the mock API to a scenario for this test. */
  scenario(scenario: Scenario, options?: Omit<HandlerOptions, 'scenario'>): void;
  /** Requests sent to the mock API in this test, in order. */
  requests(filter?: { method?: string; path?: string | RegExp }): RecordedRequest[];
  /** Renders a template and waits until it settled (the page's `torg:api-base` meta tag points at the mock). */
  render<T extends HTMLElement>(template: TemplateResult): Promise<T>;
  /** Emulates the viewer's time zone (Chromium DevTools protocol); reset after each test. */
  setTimeZone(timeZone: string): Promise<void>;
}

let workerStarted = false;

/** Points every widget without `api-base` at the mock, the way a CMS page would with its meta tag. */
export function useMockApiBaseMeta(): void {
  if (document.querySelector('meta[name="torg:api-base"]')) return;
  const meta = document.createElement('meta');
  meta.name = 'torg:api-base';
  meta.content = MOCK_API_BASE;
  document.head.append(meta);
}

/** Registers the mocha hooks of a test file and returns the environment. */
export function useTestEnv(options: TestEnvOptions = {}): TestEnv {
  let clock: TestClock | undefined;
  let recorded: RecordedRequest[] = [];
  let zoneChanged = false;

  const onRequest = ({ request }: { request: Request }): void => {
    const url = new URL(request.url);
    if (!url.href.startsWith(MOCK_API_BASE)) return;
    const entry: RecordedRequest = {
      method: request.method,
      url,
      headers: request.headers,
      cache: request.cache,
      body: '',
    };
    recorded.push(entry);
    if (request.method !== 'GET') {
      void request
        .clone()
        .text()
        .then((text) => {
          entry.body = text;
        });
    }
  };

  before(async () => {
    useMockApiBaseMeta();
    if (!workerStarted) {
      await startMockApi();
      workerStarted = true;
    }
    worker.events.on('request:start', onRequest);
  });

  after(() => {
    worker.events.removeListener('request:start', onRequest);
  });

  beforeEach(() => {
    if (options.now) clock = installClock(options.now);
    resetMockDb();
    useMockScenario({ scenario: 'default' });
    clearHttpCache();
    // Retries in tests wait milliseconds, not seconds.
    configureHttp({ retryDelaysMs: [10, 20], timeoutMs: 3_000 });
    recorded = [];
  });

  afterEach(async () => {
    fixtureCleanup();
    clock?.uninstall();
    clock = undefined;
    configureHttp('reset');
    clearHttpCache();
    if (zoneChanged) {
      await executeServerCommand('set-time-zone', { timeZone: '' });
      // The elements read the viewer's zone once per page (core/clock.ts).
      forgetViewerZone();
      zoneChanged = false;
    }
  });

  return {
    get clock() {
      return clock;
    },
    scenario(scenario, extra = {}) {
      useMockScenario({ ...extra, scenario });
    },
    requests(filter = {}) {
      return recorded.filter((r) => {
        if (filter.method && r.method !== filter.method) return false;
        const path = r.url.pathname.replace(new URL(MOCK_API_BASE).pathname, '');
        if (typeof filter.path === 'string' && path !== filter.path) return false;
        if (filter.path instanceof RegExp && !filter.path.test(path)) return false;
        return true;
      });
    },
    async render<T extends HTMLElement>(template: TemplateResult) {
      const el = await fixture<T>(template);
      await settle(el);
      return el;
    },
    async setTimeZone(timeZone) {
      await executeServerCommand('set-time-zone', { timeZone });
      forgetViewerZone();
      zoneChanged = true;
    },
  };
}

export { $, $$, nextFrame, settle, textOf, waitFor } from './dom.js';
