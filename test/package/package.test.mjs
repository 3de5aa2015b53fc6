/**
 * The npm package as a developer gets it: `npm pack`, then the tarball
 * installed into a throw-away project outside the repository, where strict
 * TypeScript checks a plain page, a React 19 app, a Vue 3 app and a Lit app
 * (test/package/consumers/), and a bundler shows that a Lit app importing one
 * element has exactly one Lit and only that element. Also: what the tarball
 * holds (each file once, no maps, no build manifest, under 1 MB or no larger
 * than its ceiling until it is: scripts/lib/ceilings.mjs), the
 * iCalendar feed reader loaded only on demand, attw and publint.
 *
 * Run after `npm run build` (`npm test` does): `npm run test:package`.
 * Installing is offline-friendly: the tarball's dependencies come from the
 * npm cache (filled by `npm ci`); without one, they are linked from the
 * repository's node_modules.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { judge } from '../../scripts/lib/ceilings.mjs';

const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const { bundleGraph, allInOneGraph } = createRequire(import.meta.url)('../../scripts/bundle-graph.cjs');
const BIN = join(ROOT, 'node_modules/.bin');
const CONSUMERS = join(ROOT, 'test/package/consumers');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const TAGS = readdirSync(join(ROOT, 'src/widgets'))
  .filter((tag) => existsSync(join(ROOT, 'src/widgets', tag, 'define.ts')))
  .sort();
/** Issue 12's target for the unpacked tarball (npm's MB: 10^6 bytes). */
const MAX_UNPACKED = 1_000_000;
/** Over the target, the package may not grow past its ceiling (scripts/lib/ceilings.mjs). */
const UNPACKED = 'npm package, unpacked';

/** Runs a command; on failure the assertion shows its output. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed:\n${output}`);
  return output;
}

let work;
let tarball;
let files; // [{ path, size }]
let project;
let installedBy;

before(() => {
  for (const built of [
    'lib/index.js',
    'lib/index.d.ts',
    'dist/torg-widgets.js',
    'custom-elements.json',
    'web-types.json',
  ]) {
    assert.ok(existsSync(join(ROOT, built)), `${built} is missing: run \`npm run build\` first`);
  }
  work = mkdtempSync(join(tmpdir(), 'torg-widgets-package-'));
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  );
  tarball = join(work, packed.filename);
  files = packed.files;

  // A consumer project outside the repository: nothing resolves from the repo by accident.
  project = join(work, 'app');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: { 'torg-widgets': `file:${tarball}`, lit: pkg.dependencies.lit },
    }),
  );
  installedBy = install(project);
  // The consumers' own tools (type packages, Vue's compiler types) come from the repository.
  for (const tool of ['@types/react', 'vue']) {
    const target = join(project, 'node_modules', tool);
    mkdirSync(dirname(target), { recursive: true });
    if (!existsSync(target)) symlinkSync(join(ROOT, 'node_modules', tool), target, 'dir');
  }
  cpSync(CONSUMERS, join(project, 'src'), { recursive: true });
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** `npm install` from the cache only; when the cache cannot serve it, the dependencies are linked. */
function install(dir) {
  const npm = spawnSync(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', '--loglevel=error'],
    { cwd: dir, encoding: 'utf8' },
  );
  if (npm.status === 0) return 'npm install --offline';
  // Offline without a cache: unpack the tarball as npm would and link its dependencies.
  const target = join(dir, 'node_modules/torg-widgets');
  mkdirSync(target, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  for (const name of ['lit', ...Object.keys(pkg.dependencies)]) {
    const link = join(dir, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    if (!existsSync(link)) symlinkSync(join(ROOT, 'node_modules', name), link, 'dir');
  }
  return `linked (npm install --offline failed: ${npm.stderr.trim().split('\n').at(-1)})`;
}

const installed = (...path) => join(project, 'node_modules/torg-widgets', ...path);

describe('the tarball', () => {
  it('lists no file twice, neither by name nor by content', () => {
    const names = files.map((f) => f.path);
    assert.deepEqual(names.length, new Set(names).size);
    const byHash = new Map();
    for (const { path } of files) {
      const hash = createHash('sha256')
        .update(readFileSync(installed(path)))
        .digest('hex');
      assert.equal(byHash.get(hash), undefined, `${path} has the same content as ${byHash.get(hash)}`);
      byHash.set(hash, path);
    }
  });

  it(`is under ${MAX_UNPACKED / 1e6} MB unpacked or, until it is, no larger than its ceiling; no source maps or build manifest`, () => {
    const total = files.reduce((sum, f) => sum + f.size, 0);
    const { verdict, ceiling } = judge(UNPACKED, total, MAX_UNPACKED);
    console.info(
      `unpacked: ${(total / 1e3).toFixed(1)} kB in ${files.length} files (${installedBy}); ` +
        (verdict === 'met' ? 'under 1 MB' : `OVER the 1 MB target, ceiling ${(ceiling / 1e3).toFixed(1)} kB`),
    );
    assert.notEqual(verdict, 'grown', `unpacked ${total} bytes: over 1 MB and over its ceiling (${ceiling})`);
    assert.deepEqual(
      files.filter((f) => /\.map$|manifest\.json$|\/\.vite\//.test(f.path)).map((f) => f.path),
      [],
    );
  });

  it('ships lib/ and dist/ for every element, and nothing of src/', () => {
    const names = new Set(files.map((f) => f.path));
    for (const tag of TAGS) {
      for (const file of [`dist/${tag}.js`, `lib/widgets/${tag}/define.js`, `lib/widgets/${tag}/define.d.ts`]) {
        assert.ok(names.has(file), `${file} is not in the tarball`);
      }
    }
    assert.deepEqual(
      [...names].filter((n) => n.startsWith('src/') || n.startsWith('test/')),
      [],
    );
  });

  it('resolves every export to a file it ships, and exports no internal chunk', () => {
    const names = new Set(files.map((f) => f.path));
    const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap((v) => targets(v)));
    for (const [key, value] of Object.entries(pkg.exports)) {
      for (const target of targets(value)) {
        const paths = target.includes('*')
          ? TAGS.map((tag) => target.replace('*', tag.replace(/^torg-/, '')))
          : [target];
        for (const path of paths) assert.ok(names.has(path.replace(/^\.\//, '')), `${key} → ${path} is not shipped`);
      }
      assert.ok(!targets(value).some((t) => t.includes('/chunks/')), `${key} exports a chunk`);
    }
  });

  it('keeps THIRD-PARTY-NOTICES up to date with what dist/ carries', () => {
    run(process.execPath, [join(ROOT, 'scripts/third-party-notices.mjs'), '--check']);
    assert.ok(files.some((f) => f.path === 'THIRD-PARTY-NOTICES'));
  });

  it('loads the iCalendar feed reader only on demand: in one chunk of dist/ that no entry imports up front', () => {
    // The reader's message for a text without a calendar, as minified code keeps it.
    const reader = files
      .filter((f) => f.path.startsWith('dist/') && f.path.endsWith('.js'))
      .filter((f) => readFileSync(installed(f.path), 'utf8').includes('No VCALENDAR in the text'))
      .map((f) => f.path);
    assert.equal(reader.length, 1, `the reader is in ${reader.join(', ') || 'no file'}`);
    assert.match(reader[0], /^dist\/chunks\//);
    const dist = join(ROOT, 'dist');
    const name = (file) => relative(ROOT, file);
    const events = [...bundleGraph(dist), allInOneGraph(dist)].filter((e) => /torg-(events|widgets)\.js$/.test(e.file));
    assert.equal(events.length, 2);
    for (const entry of [...bundleGraph(dist), allInOneGraph(dist)]) {
      assert.ok(!entry.files.map(name).includes(reader[0]), `${name(entry.file)} imports the reader up front`);
    }
    for (const entry of events) {
      assert.ok(entry.lazy.map((l) => name(l.file)).includes(reader[0]), `${name(entry.file)} cannot load the reader`);
    }
  });

  it('bundles nothing from npm into lib/: Lit and the others stay imports', () => {
    for (const { path } of files.filter((f) => f.path.startsWith('lib/') && f.path.endsWith('.js'))) {
      const code = readFileSync(installed(path), 'utf8');
      assert.ok(!code.includes('litHtmlVersions'), `${path} carries a copy of Lit`);
      assert.ok(!/from\s*["'][^"']*node_modules/.test(code), `${path} imports from node_modules`);
    }
  });

  it("ships the contract's types as plain interfaces, each the same type as its schema infers", () => {
    const shipped = readFileSync(installed('lib/contract/schemas.d.ts'), 'utf8');
    assert.doesNotMatch(shipped, /valibot|Schema</, 'no schema type in the shipped declarations');
    const names = [...shipped.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]);
    const source = readFileSync(join(ROOT, 'src/contract/schemas.ts'), 'utf8');
    assert.deepEqual(names.sort(), [...source.matchAll(/^export type (\w+)/gm)].map((m) => m[1]).sort());
    // Each pair assignable both ways (strict, optional properties exact), else tsc fails.
    const check = join(work, 'schema-types-check.ts');
    writeFileSync(
      check,
      [
        `import type * as Schemas from '${join(ROOT, 'src/contract/schemas.js')}';`,
        `import type * as Shipped from '${installed('lib/contract/schemas.js')}';`,
        'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
        ...names.map((name) => `export const ${name}: Same<Schemas.${name}, Shipped.${name}> = true;`),
      ].join('\n'),
    );
    run(
      join(BIN, 'tsc'),
      [
        '--noEmit',
        '--strict',
        '--exactOptionalPropertyTypes',
        '--skipLibCheck',
        '--target',
        'ES2022',
        '--module',
        'ESNext',
        '--moduleResolution',
        'Bundler',
        check,
      ],
      { cwd: work },
    );
  });

  it('passes publint (strict)', () => {
    const output = run(join(BIN, 'publint'), ['run', tarball, '--strict']);
    assert.match(output, /All good/);
  });

  it('passes arethetypeswrong for every public entry (ESM only)', () => {
    const entrypoints = TAGS.map((tag) => `./${tag}.js`);
    run(join(BIN, 'attw'), [
      tarball,
      '--profile',
      'esm-only',
      '--format',
      'ascii',
      '--include-entrypoints',
      ...entrypoints,
      // A stylesheet, not a module: nothing for TypeScript to resolve (publint checks that it is there).
      '--exclude-entrypoints',
      './torg-widgets.css',
    ]);
  });
});

/** Writes a tsconfig into the project and type-checks it with `tool` (tsc or vue-tsc). */
function typeCheck(name, compilerOptions, include, tool = 'tsc') {
  const config = join(project, `tsconfig.${name}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        // The package's declarations are checked; TypeScript's own DOM library is not.
        skipLibCheck: false,
        skipDefaultLibCheck: true,
        target: 'ES2022',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        types: [],
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        ...compilerOptions,
      },
      include,
    }),
  );
  return run(join(BIN, tool), ['-p', config], { cwd: project });
}

describe('a consumer project with the tarball installed', () => {
  // One strict program for the plain page, the React app and the Lit app (Node16 resolution, as
  // strict as it gets); misuse in each is marked `@ts-expect-error`, so types that went `any`
  // or wrong fail the check too.
  it('type-checks a plain page, a React 19 app and a Lit app, each importing elements by their own entries', () => {
    typeCheck(
      'apps',
      { module: 'NodeNext', moduleResolution: 'NodeNext', jsx: 'react-jsx', useDefineForClassFields: false },
      ['src/html/*.ts', 'src/react/*.tsx', 'src/lit/*.ts'],
    );
  });

  it('type-checks a Vue 3 app (GlobalComponents, props, `@torg-*` events) with vue-tsc', () => {
    typeCheck(
      'vue',
      { module: 'ESNext', moduleResolution: 'Bundler', jsx: 'preserve', exactOptionalPropertyTypes: false },
      ['src/vue/*.ts', 'src/vue/*.vue'],
      'vue-tsc',
    );
  });

  it("type-checks the plain page's HTML against the editor data (tags, attributes, values)", () => {
    const data = JSON.parse(readFileSync(installed('vscode.html-custom-data.json'), 'utf8'));
    const tags = new Map(data.tags.map((t) => [t.name, t]));
    const page = readFileSync(join(project, 'src/html/index.html'), 'utf8');
    let checked = 0;
    for (const [, tag, attrs] of page.matchAll(/<(torg-[a-z-]+)([^>]*)>/g)) {
      const known = tags.get(tag);
      assert.ok(known, `<${tag}> is not in vscode.html-custom-data.json`);
      for (const [, attr, value] of attrs.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) {
        const spec = known.attributes.find((a) => a.name === attr);
        assert.ok(spec, `<${tag} ${attr}> is not a known attribute`);
        if (spec.values && value !== undefined) {
          assert.ok(
            spec.values.some((v) => v.name === value),
            `<${tag} ${attr}="${value}"> is not a known value`,
          );
        }
        checked += 1;
      }
    }
    assert.ok(checked >= 8, `only ${checked} attributes checked`);
  });

  it('bundles a Lit app importing one element with exactly one Lit and only that element', async () => {
    const result = await build({
      absWorkingDir: project,
      entryPoints: ['src/lit/app.ts'],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs).map((p) => relative(project, join(project, p)));
    const litCopies = new Set(
      inputs.map((p) => /^(.*node_modules\/lit-html)\//.exec(p)?.[1]).filter((copy) => copy !== undefined),
    );
    assert.equal(litCopies.size, 1, `Lit copies: ${[...litCopies].join(', ')}`);
    const ours = inputs.filter((p) => p.includes('node_modules/torg-widgets/'));
    assert.ok(ours.length > 0 && ours.every((p) => p.includes('/lib/')), 'the bundler reads lib/, not dist/');
    const otherElements = TAGS.filter((tag) => tag !== 'torg-events').filter((tag) =>
      ours.some((p) => p.includes(`/widgets/${tag}/`)),
    );
    assert.deepEqual(otherElements, [], 'importing <torg-events> brings in no other element');
  });

  it('bundles <torg-finder> with its map (code and styles) in a plain bundler, the map in a chunk of its own', async () => {
    writeFileSync(join(project, 'src/finder.js'), "import 'torg-widgets/torg-finder.js';\n");
    const result = await build({
      absWorkingDir: project,
      entryPoints: ['src/finder.js'],
      bundle: true,
      splitting: true,
      write: false,
      outdir: 'out',
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
    });
    const map = result.outputFiles.filter(
      (f) => f.text.includes('.map-surface') && f.text.includes('cache.kartverket.no'),
    );
    assert.equal(map.length, 1, 'one chunk holds the map: its code and its styles');
    assert.ok(!map[0].path.endsWith('finder.js'), 'the map is a chunk of its own, loaded when needed');
    assert.deepEqual(
      result.outputFiles.filter((f) => /leaflet/i.test(f.text)).map((f) => f.path),
      [],
      'no Leaflet anywhere',
    );
  });
});
