/**
 * The build's entries (vite.config.ts, scripts/build-cdn.mjs): every
 * `src/widgets/<tag>/define.ts` is an element's, `src/index.ts` the
 * all-in-one's, `src/embed-builder/page.ts` the embed builder page's.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

/** `<tag>` → its `define.ts`. */
export function elementEntries() {
  const dir = resolve(SRC, 'widgets');
  const entries = {};
  if (!existsSync(dir)) return entries;
  for (const tag of readdirSync(dir).sort()) {
    const define = resolve(dir, tag, 'define.ts');
    if (existsSync(define)) entries[tag] = define;
  }
  return entries;
}

/**
 * The entries of dist/: the all-in-one file (`torg-widgets`), one per element, and the embed builder's page
 * (dist/embed-builder.html), which shares the widgets' chunks.
 */
export function cdnEntries() {
  return {
    'torg-widgets': resolve(SRC, 'index.ts'),
    ...elementEntries(),
    'embed-builder': resolve(SRC, 'embed-builder/page.ts'),
  };
}
