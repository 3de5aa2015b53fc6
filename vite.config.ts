/**
 * Two builds, one source (`npm run build` runs both, then the declarations,
 * the manifest and the framework typings):
 *
 * - `vite build` → dist/, for script tags and CDNs, everything bundled (no
 *   bare imports): `dist/torg-widgets.js` defines every element, and
 *   `dist/<tag>.js` one element each. They share their chunks
 *   (`dist/chunks/`), so every file exists once and a page with two widgets
 *   loads Lit and the core once: one shared chunk holds what every element's
 *   first screen needs — Lit, the core, the contract, the API client and its
 *   validators — each element's file its own first screen, and what no first
 *   screen needs comes as chunks when needed (the nynorsk and English texts,
 *   later steps and views, the map, the iCalendar feed reader). Lit keeps its
 *   `@license` comments; all licences: THIRD-PARTY-NOTICES.
 * - `vite build --mode npm` → lib/, for npm and bundlers: one ES module per
 *   source module (the tree of `src/`), importing `lit` and `valibot`
 *   instead of bundling them, so an app
 *   has one Lit and its bundler keeps only what is imported; and
 *   `lib/ssr/index.js` (`torg-widgets/ssr`), server rendering in Node.js.
 *   `tsc -p tsconfig.build.json` puts the declarations next to them.
 *
 * Source maps are written beside the files (`hidden`: no `sourceMappingURL`
 * comment) for local debugging; the package does not ship them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { cdnEntries, elementEntries } from './scripts/lib/entries.mjs';
import { firstScreenCss } from './src/core/first-screen.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

const SRC = resolve(import.meta.dirname, 'src');

/**
 * Minifies the `html`, `svg` and `css` template literals of the library's own
 * code (whitespace, CSS): bundlers minify JavaScript, not what is inside
 * Lit's templates.
 */
function minifyTemplates(): Plugin {
  return {
    name: 'torg-minify-templates',
    async transform(code, id) {
      if (!id.includes('/src/') || !/\b(html|svg|css)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      // The CSS minifier escapes some characters ("mailto:" → "mailto\:"), but in a template literal "\:" is
      // read as ":": a selector that was valid becomes invalid and its rule is dropped in the built bundle only.
      const slashes = (text: string): number => text.split('\\').length;
      if (result && slashes(result.code) > slashes(code)) {
        throw new Error(`${id}: minifying its templates added a backslash escape, lost in a template literal`);
      }
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}

/**
 * The bundler's helper for module namespace objects walks an object literal
 * with `for…in`, so on a page with an enumerable property on
 * `Object.prototype` it defines a getter from that property and throws
 * ("Getter must be a function") before any element is defined. Here it
 * walks the object's own names instead. Fails the build if the helper
 * changes shape, so the fix is never silently lost.
 */
function ownKeysInRuntime(): Plugin {
  return {
    name: 'torg-own-keys-in-runtime',
    transform(code, id) {
      if (!id.includes('rolldown/runtime')) return null;
      const out = code.replace(/for \(var (\w+) in (\w+)\)/g, 'for (var $1 of Object.getOwnPropertyNames($2))');
      if (/for \([^;)]* in /.test(out)) {
        this.error('torg-own-keys-in-runtime: the bundler runtime has a for…in this plugin does not rewrite');
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * Lit creates its Trusted Types policy (`lit-html`) when it loads; on a page
 * whose CSP allows only its own policy names that throws, and the whole
 * bundle fails before any element is defined. Guarded here, so the elements
 * load and say visibly that the page blocks them (see TorgElement.update).
 */
/**
 * `dist/torg-widgets.css`, the page's optional stylesheet: each widget's first screen held before its script
 * has run (src/core/first-screen.ts), so a page that links it does not jump when the widgets come.
 */
function firstScreenStylesheet(): Plugin {
  return {
    name: 'torg-first-screen-css',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'torg-widgets.css', source: firstScreenCss() });
    },
  };
}

function guardLitPolicy(): Plugin {
  const policy = /(\w+)\?\1\.createPolicy\("lit-html",(\{createHTML:\w+=>\w+\})\):void 0/;
  return {
    name: 'torg-guard-lit-policy',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      if (!policy.test(code)) this.error('torg-guard-lit-policy: lit-html no longer creates its policy as expected');
      return {
        code: code.replace(policy, '(()=>{try{return $1?$1.createPolicy("lit-html",$2):void 0}catch{}})()'),
        map: null,
      };
    },
  };
}

/**
 * A chunk's file name says whose it is: `torg-events.month-view`,
 * `torg-committee.define`, `core.api`; third-party code keeps its own name.
 */
function chunkName(chunk: { name: string; moduleIds: readonly string[] }): string {
  const own =
    chunk.moduleIds.find((id) => /\/src\//.test(id) && basename(id).replace(/\.[jt]s$/, '') === chunk.name) ??
    chunk.moduleIds.find((id) => /\/src\//.test(id));
  const folder = own && /\/src\/(?:widgets\/([^/]+)|([^/]+))\//.exec(own);
  const owner = folder?.[1] ?? folder?.[2];
  return owner && !chunk.name.startsWith(owner) ? `${owner}.${chunk.name}` : chunk.name;
}

const define = { __TORG_VERSION__: JSON.stringify(pkg.version) };

/**
 * `<torg-events>`' recurrence engine with its reader of common rules (`rrule-simple.ts`), which its first
 * screen loads when there is a series: one chunk, not two. The full RRULE parser and the iCalendar reader,
 * which come later when needed, import from it. (Its door, `recurrence-expand.ts`, stays a file of its own:
 * see there.)
 */
const RECURRENCE = /src[\\/]domain[\\/](recurrence|rrule-simple)\.ts$/;

/**
 * The one chunk every element's first screen shares: Lit (without the
 * directives some widgets use) and the element machinery — TorgElement, the
 * host, the view loader, the data controller, texts (bokmål), styles,
 * errors. Not the API client: an element that fetches nothing on its first
 * screen (the survey of `<torg-stedskompass>`) does not load it.
 */
const SHARED_CORE =
  /decorate|rolldown[\\/]runtime|src[\\/]shared[\\/]styles\.ts$|[\\/](node_modules[\\/](lit[\\/](index|decorators)\.js|lit-html[\\/]lit-html\.js|lit-element[\\/]lit-element\.js|@lit[\\/]reactive-element[\\/](reactive-element|css-tag|decorators[\\/]\w+)\.js)|src[\\/](core[\\/](torg-element|widget-host|answers|first-screen|view-loader|data-controller|i18n|config|clock|define|logger|page|styles|tokens|events|messages[\\/](index|nb|glossary[\\/]nb))|contract[\\/]errors)\.ts)$/;

/**
 * What every data widget's first screen needs beside: the API client
 * (transport, validation, the schemas' common part) and the Oslo time,
 * date formats, safe links and isolated API text (`shared/bidi.ts`: every
 * data widget's first screen but booking's, which shows it in later steps)
 * its content is written with.
 */
const SHARED_DATA =
  /[\\/](node_modules[\\/]valibot[\\/]|src[\\/](shared[\\/]bidi|core[\\/](api[\\/]client|http|validate|format|url|timers)|contract[\\/]schemas[\\/]base|domain[\\/](encode|oslo-time))\.ts$)/;

/**
 * A form's draft on the device — where it is kept, how it is stored, the
 * form's phase — which the first screens of the three forms (stedskompass,
 * tilskudd, innspill) share: one small chunk, not three.
 */
const SHARED_DRAFTS = /src[\\/](shared[\\/]drafts|domain[\\/]form-(keys|phase))\.ts$/;

/**
 * A form's fields, their styles, its controller (draft, checks, sending's state) and the domain's field
 * checks: `<torg-innspill>`'s first screen uses all four, and so does `<torg-tilskudd>`'s application form;
 * one chunk, not three (0.24 kB less on innspill's first render and on the all-in-one page). Booking's and
 * the stedskompass' later steps, which use some of them, fetch the whole chunk (1.2–1.9 kB more, on intent).
 */
const SHARED_FORM = /src[\\/](shared[\\/]form(-styles|-controller)?|domain[\\/]form)\.ts$/;

/** dist/: the files for script tags and CDNs (see above). */
function cdnBuild(): UserConfig {
  return {
    define,
    publicDir: false,
    plugins: [minifyTemplates(), ownKeysInRuntime(), guardLitPolicy(), firstScreenStylesheet()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: 'hidden',
      // What each entry loads (scripts/bundle-graph.cjs: size budgets, benchmark); not shipped.
      manifest: '.vite/manifest.json',
      minify: true,
      reportCompressedSize: false,
      lib: {
        entry: cdnEntries(),
        formats: ['es'],
      },
      rolldownOptions: {
        // An element's entry file holds its code (it may export more than its class), so
        // dist/torg-widgets.js imports the element files themselves: no facade files.
        preserveEntrySignatures: 'allow-extension',
        // An imported constant is written where it is used (`inlineConst`: the bundler's default inlines
        // only in conditions), so a module of words (the glossary: `import * as g`) leaves in each chunk
        // the words that chunk uses, not the whole table in the one shared chunk.
        optimization: { inlineConst: { mode: 'all' } },
        output: {
          // Library mode keeps whitespace by default; the size budget is for what browsers download.
          minify: true,
          // Licence comments stay; pure annotations are of no use in a minified bundle.
          comments: { legal: true, annotation: false, jsdoc: false },
          entryFileNames: '[name].js',
          chunkFileNames: (chunk) => `chunks/${chunkName(chunk)}-[hash].js`,
          codeSplitting: {
            groups: [
              { name: 'recurrence', test: RECURRENCE },
              { name: 'core', test: SHARED_CORE },
              { name: 'data', test: SHARED_DATA },
              { name: 'drafts', test: SHARED_DRAFTS },
              { name: 'form', test: SHARED_FORM },
            ],
            includeDependenciesRecursively: false,
          },
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  };
}

/** The runtime dependencies stay imports in lib/ (`lit`, `lit/decorators.js`, … and `@lit-labs/ssr` for the server). */
const runtimeDependencies = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})];
const isDependency = (id: string): boolean =>
  runtimeDependencies.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * A module of lib/ that comes out byte for byte as a chunk of dist/ (a text catalogue that imports
 * nothing) is written once: the lib/ module re-exports the dist/ chunk, which the package ships anyway.
 * Run after the CDN build (`npm run build` does); without dist/ every module keeps its own code.
 */
function shareIdenticalChunks(): Plugin {
  const chunks = resolve(import.meta.dirname, 'dist/chunks');
  return {
    name: 'torg-share-identical-chunks',
    generateBundle(_options, bundle) {
      if (!existsSync(chunks)) return;
      const twins = new Map<string, string>();
      for (const file of readdirSync(chunks)) {
        if (file.endsWith('.js')) twins.set(readFileSync(join(chunks, file), 'utf8'), join(chunks, file));
      }
      for (const chunk of Object.values(bundle)) {
        const twin = chunk.type === 'chunk' ? twins.get(chunk.code) : undefined;
        if (chunk.type !== 'chunk' || twin === undefined) continue;
        const path = relative(dirname(resolve(import.meta.dirname, 'lib', chunk.fileName)), twin);
        chunk.code = `export{${chunk.exports.join(',')}}from${JSON.stringify(path.startsWith('.') ? path : `./${path}`)};\n`;
      }
    },
  };
}

/** lib/: ES modules for npm and bundlers, one per source module. */
function npmBuild(): UserConfig {
  return {
    define,
    publicDir: false,
    plugins: [minifyTemplates(), shareIdenticalChunks()],
    build: {
      target: 'es2022',
      outDir: 'lib',
      emptyOutDir: true,
      sourcemap: 'hidden',
      minify: false,
      reportCompressedSize: false,
      lib: {
        // `torg-widgets/ssr` (Node.js) is in lib/ only: the CDN files are for browsers.
        entry: [resolve(SRC, 'index.ts'), resolve(SRC, 'ssr/index.ts'), ...Object.values(elementEntries())],
        formats: ['es'],
      },
      rolldownOptions: {
        external: isDependency,
        preserveEntrySignatures: 'strict',
        output: {
          preserveModules: true,
          preserveModulesRoot: SRC,
          // Compact, without comments (the declarations carry the documentation), names mangled as the
          // consumer's bundler would — but the classes keep theirs: developers read the elements' class
          // names (`TorgEvents.name`) in their tools and errors. 21 kB less in the package than with the
          // modules' own top-level names.
          minify: {
            compress: true,
            mangle: { toplevel: true, keepNames: { function: false, class: true } },
            codegen: true,
          },
          comments: { legal: true, annotation: true, jsdoc: false },
          entryFileNames: (chunk) => {
            // Helpers that have no file in src/: `_virtual/<name>.js` (the bundler's decorator
            // helper, imported by every element, under its own name, not its package's path).
            if (chunk.name.startsWith('_virtual/')) return `_virtual/${basename(chunk.name)}.js`;
            return '[name].js';
          },
        },
      },
    },
  };
}

export default defineConfig(({ mode }) => (mode === 'npm' ? npmBuild() : cdnBuild()));
