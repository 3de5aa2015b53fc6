/**
 * What each built element entry loads: the entry file and every chunk it
 * imports statically (from Vite's manifest), and the lazy chunks it may load
 * on demand. Shared by the size budget (.size-limit.cjs) and the benchmark.
 */
const { existsSync, readFileSync } = require('node:fs');

function bundleGraph(dist = 'dist') {
  const manifestPath = `${dist}/manifest.json`;
  if (!existsSync(manifestPath)) {
    throw new Error(`${manifestPath} is missing: run \`npm run build\` first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const closure = (key, seen = new Set()) => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
    return seen;
  };
  const entries = [];
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isEntry) continue;
    const statics = [...closure(key)].map((k) => `${dist}/${manifest[k].file}`);
    const lazy = new Set();
    for (const k of closure(key)) {
      for (const d of manifest[k]?.dynamicImports ?? []) {
        for (const l of closure(d)) lazy.add(`${dist}/${manifest[l].file}`);
      }
    }
    entries.push({
      name: chunk.name,
      file: `${dist}/${chunk.file}`,
      files: statics,
      lazy: [...lazy].filter((f) => !statics.includes(f)),
    });
  }
  return entries.sort((a, b) => a.name.localeCompare(b.name));
}

module.exports = { bundleGraph };
