#!/usr/bin/env node
/**
 * Keeps the declarations a user of the package can reach: starting from the
 * public entries (`lib/index.d.ts`, each element's `define.d.ts`, the
 * framework typings, `lib/ssr/index.d.ts`), every `.d.ts` they import, and removes the rest (the
 * internals of views and helpers, which no entry exposes; what an element
 * shares with its own view only is marked `@internal` in the source and left
 * out by `tsc`, see tsconfig.build.json). The documentation
 * comments stay where a user reads them — the entries, what they export
 * directly, the element classes and their base (the modules of
 * custom-elements.json) — and are dropped from the machinery further down
 * (controllers, views, the HTTP layer), which only has to type-check.
 *
 * The contract's types (`Torg`, `TorgEvent`, …) are written as plain
 * interfaces (scripts/lib/schema-types.mjs) instead of what `tsc` makes of
 * `v.InferOutput<typeof TorgSchema>`: valibot's expanded schema types, which
 * no user reads and which made up a third of the declarations. The schemas
 * themselves are not public (the package exports their types only), so
 * their declarations (`lib/contract/schemas/*.d.ts`) then go with the other
 * internals.
 *
 * Run after `tsc -p tsconfig.build.json` and `cem analyze` (part of
 * `npm run build`).
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { schemaDeclarations } from './lib/schema-types.mjs';

const LIB = 'lib';

const SCHEMA_TYPES = join(LIB, 'contract', 'schemas.d.ts');
writeFileSync(
  SCHEMA_TYPES,
  `/**
 * The municipal API's data, as the widgets receive it (validated against the
 * contract, openapi.json): what \`data\` properties accept and events carry.
 */
${schemaDeclarations('src/contract/schemas.ts')}
`,
);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const all = walk(LIB).filter((f) => f.endsWith('.d.ts'));
const entries = all.filter(
  (f) =>
    f === join(LIB, 'index.d.ts') ||
    f === join(LIB, 'ssr', 'index.d.ts') ||
    /\/widgets\/[^/]+\/define\.d\.ts$/.test(f) ||
    f.startsWith(join(LIB, 'frameworks')),
);
if (!entries.includes(join(LIB, 'index.d.ts')))
  throw new Error('lib/index.d.ts is missing: run `npm run build:types` first.');

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const documented = new Set(manifest.modules.map((mod) => mod.path.replace(/\.js$/, '.d.ts')));

/** Breadth first, so each file's depth is its shortest distance from an entry. */
const depth = new Map(entries.map((file) => [file, 0]));
const queue = [...entries];
while (queue.length) {
  const file = queue.shift();
  if (!existsSync(file)) continue;
  const text = readFileSync(file, 'utf8');
  for (const [, specifier] of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = join(dirname(file), specifier.replace(/\.js$/, '.d.ts'));
    if (depth.has(target)) continue;
    depth.set(target, depth.get(file) + 1);
    queue.push(target);
  }
}
const reachable = new Set([...depth.keys()].filter((file) => existsSync(file)));

let undocumented = 0;
for (const file of reachable) {
  if (depth.get(file) <= 1 || documented.has(file)) continue;
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/^[ \t]*\/\*\*[\s\S]*?\*\/[ \t]*\n/gm, ''));
  undocumented += 1;
}

let removed = 0;
for (const file of all) {
  if (!reachable.has(file)) {
    rmSync(file);
    removed += 1;
  }
}
console.log(
  `declarations (${relative('.', LIB)}/): ${reachable.size} kept (${undocumented} of them without comments), ${removed} internal ones removed`,
);
