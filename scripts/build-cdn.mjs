#!/usr/bin/env node
/**
 * `npm run build:cdn`: dist/, one `vite build` per entry (vite.config.ts,
 * `cdnBuild`) — the all-in-one `torg-widgets.js` and `<tag>.js` for each
 * element — each self-contained: its file holds all its first screen needs,
 * its chunks what comes later. Chunk names carry a hash of their content, so
 * a chunk two entries have alike is one file.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { cdnEntries } from './lib/entries.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const names = Object.keys(cdnEntries());
for (const name of names) {
  process.env.TORG_CDN_ENTRY = name;
  await build({ root: ROOT, configFile: `${ROOT}vite.config.ts`, mode: 'production', logLevel: 'warn' });
}
console.log(`dist/: ${names.length} entries (${names.join(', ')})`);
