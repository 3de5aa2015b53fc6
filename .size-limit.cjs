/**
 * Size budgets, gzip-compressed, checked by `npm test` (size-limit).
 *
 * - Each element entry with everything it loads up front (its shared chunks,
 *   Lit and the core included): ≤ 15 kB.
 * - The all-in-one bundle: ≤ 60 kB.
 * - Lazy chunks (the map, the iCalendar parser) are reported with their own
 *   ceilings; they are loaded only by pages that use them.
 *
 * Run `npm run build` first.
 */
const { existsSync, readdirSync } = require('node:fs');

const { bundleGraph } = require('./scripts/bundle-graph.cjs');

module.exports = (() => {
  const checks = bundleGraph().map((entry) => ({
    name: `<${entry.name}> entry (with shared chunks)`,
    path: entry.files,
    limit: '15 kB',
    gzip: true,
  }));
  checks.push({
    name: 'dist/torg-widgets.js (all elements)',
    path: 'dist/torg-widgets.js',
    limit: '60 kB',
    gzip: true,
  });
  // Chunks loaded on demand (validators, other languages, the map, the iCalendar parser), each reported once.
  const lazy = new Set(bundleGraph().flatMap((entry) => entry.lazy));
  for (const dir of ['dist/lazy']) {
    if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.js')) lazy.add(`${dir}/${f}`);
  }
  for (const file of [...lazy].sort()) {
    const name = file.replace(/^dist\//, '').replace(/-[\w-]{8}\.js$/, '');
    checks.push({ name: `lazy: ${name}`, path: file, limit: name.includes('leaflet') ? '60 kB' : '30 kB', gzip: true });
  }
  return checks;
})();
