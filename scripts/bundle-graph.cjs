/**
 * What each built element entry loads: the entry file and every chunk it
 * imports statically (from Vite's manifest), and the chunks it may load on
 * demand (dynamic imports, followed to the end). Shared by the size budget
 * report of the benchmark (scripts/bench.mjs).
 */
const { existsSync, readFileSync } = require('node:fs');

function bundleGraph(dist = 'dist') {
  const manifestPath = `${dist}/manifest.json`;
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

module.exports = { bundleGraph };
