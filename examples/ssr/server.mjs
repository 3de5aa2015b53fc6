#!/usr/bin/env node
/**
 * Renders the pages on request (node:http, no framework).
 *
 *   npm run build
 *   node examples/ssr/server.mjs                       # with the mock API, http://localhost:6180
 *   node examples/ssr/server.mjs --api-base https://api.example.no/innbyggertorg/v1 --port 8080
 *
 * Without `--api-base` it starts the mock API (example data) beside it.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createSite } from './site.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '6180' }, 'api-base': { type: 'string' } },
});

let apiBase = values['api-base'];
if (!apiBase) {
  const { startMockApiServer } = await import('../../scripts/mock-api-server.mjs');
  apiBase = (await startMockApiServer()).base();
  console.log(`Mock API (example data): ${apiBase}`);
}

const server = createServer(createSite({ apiBase }));
server.listen(Number(values.port), () => {
  console.log(`Pages rendered on request: http://localhost:${server.address().port}/`);
});
