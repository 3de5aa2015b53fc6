#!/usr/bin/env node
/**
 * The mock municipal API over real HTTP, with the same msw handlers as
 * Storybook, the dev page and the tests. CORS is open, so a CMS staging page
 * or a partner's site can point `api-base` at it:
 *
 *   npm run mock-api                          http://localhost:8787/v1
 *   npm run mock-api -- --port 9000 --scenario slow
 *
 * Scenarios: default, slow, loading, empty, server-error, unavailable, flaky,
 * network-error, malformed-json, invalid-shape, partly-invalid.
 * The data is EXAMPLE DATA, not the municipality's.
 */
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    scenario: { type: 'string', default: 'default' },
  },
});

// The handlers are TypeScript: bundle them for Node once at start-up.
const bundled = await build({
  stdin: {
    contents: `export { createHandlers, MOCK_API_BASE, SCENARIOS } from './mocks/handlers.ts';
               export { getResponse } from 'msw';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  // Inside node_modules so the bundle's own imports (msw, valibot) resolve.
  outfile: 'node_modules/.cache/torg-widgets/mock-api.mjs',
  logLevel: 'error',
});
if (bundled.errors.length) process.exit(1);
const { createHandlers, MOCK_API_BASE, SCENARIOS, getResponse } = await import(
  pathToFileURL('node_modules/.cache/torg-widgets/mock-api.mjs').href
);

if (!SCENARIOS.includes(values.scenario)) {
  console.error(`Unknown scenario "${values.scenario}". Use one of: ${SCENARIOS.join(', ')}`);
  process.exit(1);
}

const handlers = createHandlers({ scenario: values.scenario });
const mockBase = new URL(MOCK_API_BASE);
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Accept, Idempotency-Key, If-None-Match',
  'Access-Control-Expose-Headers': 'ETag, Retry-After, Idempotent-Replayed',
  'Access-Control-Max-Age': '600',
};

const server = createServer(async (req, res) => {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS).end();
    return;
  }
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const body = chunks.length ? Buffer.concat(chunks) : undefined;
  // Requests to http://localhost:8787/v1/torg are answered as the mock's own base would be.
  const incoming = new URL(req.url ?? '/', 'http://localhost');
  const url = `${mockBase.origin}${incoming.pathname}${incoming.search}`;
  const request = new Request(url, {
    method: req.method,
    headers: Object.entries(req.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
    body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
  });
  try {
    const response = await getResponse(handlers, request);
    if (response?.type === 'error') {
      // The network-error scenario: drop the connection without an answer.
      req.socket.destroy();
      return;
    }
    if (!response) {
      res.writeHead(404, { ...CORS, 'Content-Type': 'application/problem+json' });
      res.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }));
      return;
    }
    const headers = { ...CORS };
    response.headers.forEach((value, key) => (headers[key] = value));
    res.writeHead(response.status, headers);
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    res.writeHead(500, { ...CORS, 'Content-Type': 'application/problem+json' });
    res.end(JSON.stringify({ title: 'Mock failure', status: 500, detail: String(error) }));
  }
});

server.listen(Number(values.port), values.host, () => {
  console.log(
    `Mock municipal API (example data, scenario "${values.scenario}") on http://${values.host === '127.0.0.1' ? 'localhost' : values.host}:${values.port}${mockBase.pathname}`,
  );
  console.log(
    `Point a page at it: <meta name="torg:api-base" content="http://localhost:${values.port}${mockBase.pathname}">`,
  );
});
