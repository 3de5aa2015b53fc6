/**
 * Imports a TypeScript module (and the TypeScript modules it imports) in
 * Node.js, for the scripts that run the test harnesses at length
 * (`npm run test:recurrence`, `npm run test:ics-read`): esbuild bundles it
 * into one ES module beside the project's node_modules (so its packages
 * resolve as they do for the tests), which is imported and then removed.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'node_modules/.cache/torg-scripts');

/** The module's exports. */
export async function importTypeScript(file) {
  mkdirSync(OUT, { recursive: true });
  const out = join(OUT, `${basename(file).replace(/\.ts$/, '')}-${process.pid}.mjs`);
  await build({
    entryPoints: [file],
    outfile: out,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    logLevel: 'error',
  });
  try {
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(out, { force: true });
  }
}
