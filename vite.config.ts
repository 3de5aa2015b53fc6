/**
 * Library build.
 *
 * - `vite build` → `dist/<tag>.js`, one ES module per element, sharing chunks
 *   (`dist/chunks/`), so a page with one widget loads only what it needs.
 * - `vite build --mode bundle` → `dist/torg-widgets.js`, one ES module that
 *   defines all seven elements with every dependency inlined. Code that is
 *   only needed on demand (the map, the iCalendar parser) stays in lazy
 *   chunks next to it and is fetched only when used.
 *
 * Lit and every other dependency are bundled: no bare imports in `dist/`.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Every `src/widgets/<tag>/define.ts` is an element entry. */
function elementEntries(): Record<string, string> {
  const dir = resolve(__dirname, 'src/widgets');
  const entries: Record<string, string> = {};
  if (!existsSync(dir)) return entries;
  for (const tag of readdirSync(dir)) {
    const define = resolve(dir, tag, 'define.ts');
    if (existsSync(define)) entries[tag] = define;
  }
  return entries;
}

export default defineConfig(({ mode }) => {
  const bundle = mode === 'bundle';
  return {
    define: {
      __TORG_VERSION__: JSON.stringify(pkg.version),
    },
    publicDir: false,
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !bundle,
      sourcemap: true,
      manifest: bundle ? false : 'manifest.json',
      minify: true,
      reportCompressedSize: false,
      lib: {
        entry: bundle ? { 'torg-widgets': resolve(__dirname, 'src/index.ts') } : elementEntries(),
        formats: ['es'],
      },
      rollupOptions: {
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: bundle ? 'lazy/[name]-[hash].js' : 'chunks/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  };
});
