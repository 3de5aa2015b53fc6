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
 * GET answers carry `ETag` and `Cache-Control` and a matching
 * `If-None-Match` gets `304`, as from a real API behind a CDN.
 * The data is EXAMPLE DATA, not the municipality's.
 */
import { parseArgs } from 'node:util';
import { startMockApiServer } from './mock-api-server.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    scenario: { type: 'string', default: 'default' },
  },
});

let server;
try {
  server = await startMockApiServer({ port: Number(values.port), host: values.host, scenario: values.scenario });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const shown = values.host === '127.0.0.1' ? 'localhost' : values.host;
console.log(
  `Mock municipal API (example data, scenario "${values.scenario}") on http://${shown}:${values.port}${server.mockPath}`,
);
console.log(
  `Point a page at it: <meta name="torg:api-base" content="http://localhost:${values.port}${server.mockPath}">`,
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => void server.close().then(() => process.exit(0)));
}
