/**
 * What each built entry of dist/ loads: the entry file and every chunk it
 * imports statically (from Vite's build manifest), and the chunks it may load
 * on demand (dynamic imports, followed to the end). Used by the benchmark's
 * report (scripts/bench.mjs). The manifest is written next to the
 * build (`dist/.vite/manifest.json`) and is not shipped.
 */
const { existsSync, readFileSync } = require('node:fs');

const MANIFEST = '.vite/manifest.json';
/** The all-in-one entry (every element); the others are one element each. */
const ALL_IN_ONE = 'torg-widgets';

function graph(dist) {
  const manifestPath = `${dist}/${MANIFEST}`;
  if (!existsSync(manifestPath)) {
    throw new Error(`${manifestPath} is missing: run \`npm run build\` first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const statically = (key, seen = new Set()) => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) statically(dep, seen);
    return seen;
  };
  const everything = (key, seen = new Set()) => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const dep of [...(manifest[key]?.imports ?? []), ...(manifest[key]?.dynamicImports ?? [])]) {
      everything(dep, seen);
    }
    return seen;
  };
  const file = (key) => `${dist}/${manifest[key].file}`;
  const entries = [];
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isEntry) continue;
    const upFront = statically(key);
    const lazy = [...everything(key)]
      .filter((k) => !upFront.has(k))
      .map((k) => ({ file: file(k), source: manifest[k].src ?? manifest[k].name ?? k }));
    entries.push({ name: chunk.name, file: file(key), files: [...upFront].map(file), lazy });
  }
  return entries.sort((a, b) => a.name.localeCompare(b.name));
}

/** The element entries (`dist/<tag>.js`). */
function bundleGraph(dist = 'dist') {
  return graph(dist).filter((entry) => entry.name !== ALL_IN_ONE);
}

/** The all-in-one entry (`dist/torg-widgets.js`). */
function allInOneGraph(dist = 'dist') {
  const entry = graph(dist).find((e) => e.name === ALL_IN_ONE);
  if (!entry) throw new Error(`${dist}/${ALL_IN_ONE}.js is not in the build manifest.`);
  return entry;
}

module.exports = { bundleGraph, allInOneGraph, MANIFEST };
