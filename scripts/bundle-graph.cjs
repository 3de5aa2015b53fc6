/**
 * What each built entry of dist/ loads: the entry file and every chunk it
 * imports statically, and the chunks it may load on demand (dynamic imports,
 * followed to the end). Each entry is a build of its own
 * (scripts/build-cdn.mjs) with its own Vite build manifest,
 * `dist/.vite/manifest.<entry>.json` (not shipped). Used by the benchmark's
 * report (scripts/bench.mjs) and to look at sizes:
 *
 *   node -e "console.log(require('./scripts/bundle-graph.cjs').bundleGraph())"
 */
const { existsSync, readFileSync, readdirSync } = require('node:fs');

const MANIFESTS = '.vite';
/** The all-in-one entry (every element); the others are one element each. */
const ALL_IN_ONE = 'torg-widgets';

function manifests(dist) {
  const dir = `${dist}/${MANIFESTS}`;
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /^manifest(\..+)?\.json$/.test(f)) : [];
  if (!files.length) throw new Error(`${dir}/manifest.<entry>.json is missing: run \`npm run build\` first.`);
  return files.map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')));
}

function graph(dist) {
  const entries = [];
  for (const manifest of manifests(dist)) {
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
    for (const [key, chunk] of Object.entries(manifest)) {
      if (!chunk.isEntry) continue;
      const upFront = statically(key);
      const lazy = [...everything(key)]
        .filter((k) => !upFront.has(k))
        .map((k) => ({ file: file(k), source: manifest[k].src ?? manifest[k].name ?? k }));
      entries.push({ name: chunk.name, file: file(key), files: [...upFront].map(file), lazy });
    }
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
  if (!entry) throw new Error(`${dist}/${ALL_IN_ONE}.js is not in the build manifests.`);
  return entry;
}

module.exports = { bundleGraph, allInOneGraph, MANIFESTS };
