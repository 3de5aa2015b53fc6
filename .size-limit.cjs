/**
 * Size budgets, gzip-compressed, checked by `npm test` (size-limit). Run
 * `npm run build` first.
 *
 * - Each element entry with everything it loads up front (its shared chunks,
 *   Lit and the core included): ≤ 15 kB. That is what defines the element
 *   and shows its loading state.
 * - Chunks loaded on demand — a widget's views (fetched in parallel with its
 *   data), the validators, the nynorsk and English texts, the map, the
 *   iCalendar parser — are reported each once, named by their source, with
 *   ceilings of their own.
 * - The all-in-one entry, with everything it loads up front (every element
 *   and the core; it shares its chunks with the element entries): ≤ 110 kB.
 */
const { allInOneGraph, bundleGraph } = require('./scripts/bundle-graph.cjs');

module.exports = (() => {
  const entries = bundleGraph();
  const checks = entries.map((entry) => ({
    name: `<${entry.name}> entry (with shared chunks)`,
    path: entry.files,
    limit: '15 kB',
    gzip: true,
  }));
  checks.push({
    name: 'dist/torg-widgets.js (all elements, with shared chunks)',
    path: allInOneGraph().files,
    limit: '110 kB',
    gzip: true,
  });
  const lazy = new Map();
  for (const entry of entries) for (const chunk of entry.lazy) lazy.set(chunk.file, chunk.source);
  for (const [file, source] of [...lazy].sort((a, b) => a[1].localeCompare(b[1]))) {
    const name = source.replace(/^src\//, '').replace(/^node_modules\//, '');
    const heavy = /leaflet|ical\.js/.test(name);
    checks.push({ name: `lazy: ${name}`, path: file, limit: heavy ? '60 kB' : '20 kB', gzip: true });
  }
  return checks;
})();
