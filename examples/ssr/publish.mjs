#!/usr/bin/env node
/**
 * Renders the pages once and writes them as static files — what a CMS does
 * when an editor publishes. Serve the folder with `dist/` beside it.
 *
 *   npm run build
 *   node examples/ssr/publish.mjs                   # with the mock API: examples/ssr/out/
 *   node examples/ssr/publish.mjs --out site --api-base https://api.example.no/innbyggertorg/v1
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { PAGES, renderPage } from './site.mjs';

/** Writes every page into `out` (`/` → `index.html`, `/x` → `x/index.html`); returns the files written. */
export async function publish({ out, apiBase, publicApiBase, scripts = '/dist/' }) {
  const files = [];
  for (const [path, page] of Object.entries(PAGES)) {
    const file = join(out, path === '/' ? 'index.html' : `${path.slice(1)}/index.html`);
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, await renderPage(page, { apiBase, publicApiBase, scripts }));
    files.push(file);
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { out: { type: 'string', default: 'examples/ssr/out' }, 'api-base': { type: 'string' } },
  });
  let apiBase = values['api-base'];
  let mock;
  if (!apiBase) {
    const { startMockApiServer } = await import('../../scripts/mock-api-server.mjs');
    mock = await startMockApiServer();
    apiBase = mock.base();
  }
  const files = await publish({ out: resolve(values.out), apiBase });
  for (const file of files) console.log(`written: ${file}`);
  await mock?.close();
}
