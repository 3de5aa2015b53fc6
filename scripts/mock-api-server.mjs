/**
 * The mock municipal API over real HTTP: the same msw handlers as
 * Storybook, the dev page and the tests, behind a Node server with open
 * CORS. Used by `npm run mock-api` and, in the test runner, as a server on
 * another origin (see web-test-runner.config.mjs): real cross-origin
 * requests, the browser's own HTTP cache, preflights — and a server that
 * misbehaves in ways a service worker cannot (a body that never ends).
 *
 * Two kinds of server:
 * - `startMockApiServer({ scenario })`: every path is the API (`/v1/...`).
 * - `startMockApiServer({ sessions: true })`: `/<session>/<mode>/v1/...`.
 *   Each session has its own state (bookings, answers, replays) and its own
 *   log of requests (`requests(session)`), so test files running side by
 *   side do not meet. `mode` is `ok` or how the server misbehaves on every
 *   request but a preflight:
 *     hang-body    headers, a first chunk, then silence (the body never ends)
 *     trickle      headers, then one byte every `trickleMs` (400 ms), for ever
 *     no-headers   the connection is accepted and never answered
 *     retry-after  503 problem with `Retry-After: 3600`
 *     <scenario>   any msw scenario (`server-error`, `unavailable`, …)
 */
import { createServer } from 'node:http';
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Accept, Idempotency-Key',
  'Access-Control-Expose-Headers': 'ETag, Retry-After, Idempotent-Replayed',
  'Access-Control-Max-Age': '600',
};

export const MISBEHAVIOURS = ['hang-body', 'trickle', 'no-headers', 'retry-after'];

/** Bundles the TypeScript handlers for Node; returns a loader that gives each caller its own module instance. */
async function loadHandlers(cwd) {
  const outfile = `${cwd}/node_modules/.cache/torg-widgets/mock-api-${process.pid}.mjs`;
  const bundled = await build({
    stdin: {
      contents: `export { createHandlers, MOCK_API_BASE, SCENARIOS } from './mocks/handlers.ts';
                 export { db } from './mocks/db.ts';
                 export { getResponse } from 'msw';`,
      resolveDir: cwd,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    // Inside node_modules so the bundle's own imports (msw, valibot) resolve.
    outfile,
    logLevel: 'error',
  });
  if (bundled.errors.length) throw new Error('Could not bundle mocks/handlers.ts');
  const href = pathToFileURL(outfile).href;
  let instances = 0;
  return {
    // A query string makes a new module instance: state of its own (mocks/db.ts).
    load: (fresh) => import(fresh ? `${href}?instance=${++instances}` : href),
    remove: () => rmSync(outfile, { force: true }),
  };
}

/**
 * Starts the server. Resolves to `{ origin, base(session?, mode?), requests(session), close() }`.
 */
export async function startMockApiServer({
  port = 0,
  host = '127.0.0.1',
  scenario = 'default',
  sessions = false,
  trickleMs = 400,
  cwd = process.cwd(),
} = {}) {
  const handlers = await loadHandlers(cwd);
  const shared = await handlers.load(false);
  if (!shared.SCENARIOS.includes(scenario)) {
    throw new Error(`Unknown scenario "${scenario}". Use one of: ${shared.SCENARIOS.join(', ')}`);
  }
  const mockBase = new URL(shared.MOCK_API_BASE);

  /** Per session: its module instance (own state), handler sets per scenario, and its request log. */
  const state = new Map();
  const session = async (id) => {
    let entry = state.get(id);
    if (!entry) {
      entry = { module: sessions ? handlers.load(true) : Promise.resolve(shared), handlers: new Map(), log: [] };
      state.set(id, entry);
    }
    return entry;
  };
  const handlersFor = async (entry, name) => {
    const module = await entry.module;
    if (!entry.handlers.has(name)) entry.handlers.set(name, module.createHandlers({ scenario: name }));
    return { module, list: entry.handlers.get(name) };
  };

  const open = new Set();
  const started = Date.now();
  const server = createServer(async (req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    const incoming = new URL(req.url ?? '/', 'http://localhost');
    let id = '';
    let mode = scenario;
    let path = incoming.pathname;
    if (sessions) {
      const match = /^\/([\w-]+)\/([\w-]+)(\/.*)$/.exec(path);
      if (!match) {
        res.writeHead(404, CORS).end();
        return;
      }
      [, id, mode, path] = match;
      if (mode === 'ok') mode = 'default';
    }
    const entry = await session(id);
    const record = {
      method: req.method,
      path: `${path}${incoming.search}`,
      ifNoneMatch: req.headers['if-none-match'] ?? null,
      contentType: req.headers['content-type'] ?? null,
      status: 0,
      body: '',
      /** Whether the client went away before the answer was complete. */
      closedEarly: false,
      /** When it came and when its connection closed (ms since the server started). */
      at: Date.now() - started,
      closedAt: null,
    };
    entry.log.push(record);
    res.on('close', () => {
      record.closedAt = Date.now() - started;
      if (!res.writableFinished) record.closedEarly = true;
    });

    if (req.method === 'OPTIONS') {
      record.status = 204;
      res.writeHead(204, CORS).end();
      return;
    }
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    record.body = body ? body.toString('utf8') : '';

    if (MISBEHAVIOURS.includes(mode)) {
      misbehave(mode, res, record, trickleMs);
      return;
    }
    // Requests to http://host:port/…/v1/torg are answered as the mock's own base would be.
    const url = `${mockBase.origin}${path}${incoming.search}`;
    const request = new Request(url, {
      method: req.method,
      headers: Object.entries(req.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
    });
    try {
      const { module, list } = await handlersFor(entry, mode);
      const response = await module.getResponse(list, request);
      if (response?.type === 'error') {
        // The network-error scenario: drop the connection without an answer.
        req.socket.destroy();
        return;
      }
      if (!response) {
        record.status = 404;
        res.writeHead(404, { ...CORS, 'Content-Type': 'application/problem+json' });
        res.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }));
        return;
      }
      const headers = { ...CORS };
      response.headers.forEach((value, key) => (headers[key] = value));
      record.status = response.status;
      res.writeHead(response.status, headers);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      record.status = 500;
      res.writeHead(500, { ...CORS, 'Content-Type': 'application/problem+json' });
      res.end(JSON.stringify({ title: 'Mock failure', status: 500, detail: String(error) }));
    }
  });

  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const origin = `http://${host}:${address.port}`;
  return {
    origin,
    scenario,
    mockPath: mockBase.pathname,
    /** The API base for a session and mode (sessions) or the plain base. */
    base: (id, mode = 'ok') =>
      sessions ? `${origin}/${id}/${mode}${mockBase.pathname}` : `${origin}${mockBase.pathname}`,
    /** The requests a session made so far. */
    requests: (id = '') => state.get(id)?.log ?? [],
    /** Adds items to a session's example data: `{ torg: [...], events: [...], committees: [...], ... }`. */
    async seed(id, data) {
      const { db } = await (await session(id)).module;
      const store = db();
      for (const [key, items] of Object.entries(data)) {
        if (!Array.isArray(store[key])) throw new Error(`Cannot seed "${key}"`);
        // New items first, replacing any with the same id.
        const ids = new Set(items.map((item) => item.id));
        store[key] = [...items, ...store[key].filter((item) => !ids.has(item.id))];
      }
    },
    async close() {
      for (const res of open) res.destroy();
      await new Promise((resolve) => server.close(resolve));
      handlers.remove();
    },
  };
}

function misbehave(mode, res, record, trickleMs) {
  const json = { ...CORS, 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
  switch (mode) {
    case 'hang-body':
      record.status = 200;
      res.writeHead(200, json);
      res.write('{"items": [');
      return;
    case 'trickle': {
      record.status = 200;
      res.writeHead(200, json);
      res.write('{"items": [');
      const timer = setInterval(() => res.write(' '), trickleMs);
      res.on('close', () => clearInterval(timer));
      return;
    }
    case 'no-headers':
      return;
    case 'retry-after':
      record.status = 503;
      res.writeHead(503, {
        ...CORS,
        'Content-Type': 'application/problem+json',
        'Retry-After': '3600',
        'Cache-Control': 'no-store',
      });
      res.end(JSON.stringify({ title: 'Service Unavailable', status: 503, detail: 'Back in an hour.' }));
      return;
  }
}
