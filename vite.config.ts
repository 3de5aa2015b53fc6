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
 *   later steps and views, the map, the iCalendar feed reader). Lit and Leaflet keep their
 *   `@license` / `@preserve` comments (Leaflet's is written in the finder's leaflet-map.ts, which
 *   imports Leaflet's source modules); all licences: THIRD-PARTY-NOTICES.
 * - `vite build --mode npm` → lib/, for npm and bundlers: one ES module per
 *   source module (the tree of `src/`), importing `lit`, `valibot`
 *   and `leaflet` instead of bundling them, so an app
 *   has one Lit and its bundler keeps only what is imported (Leaflet's
 *   stylesheet, which the map puts in its shadow root, is a module of text:
 *   `lib/_virtual/leaflet.css.js`, for any bundler); and
 *   `lib/ssr/index.js` (`torg-widgets/ssr`), server rendering in Node.js.
 *   `tsc -p tsconfig.build.json` puts the declarations next to them.
 *
 * Source maps are written beside the files (`hidden`: no `sourceMappingURL`
 * comment) for local debugging; the package does not ship them.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
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
 * The classes of Leaflet's parts that `<torg-finder>`'s map never creates
 * (src/widgets/torg-finder/parts/leaflet-map.ts): popups, tooltips, the
 * layers and scale controls, image overlays (their modules are not imported),
 * the default marker image and its shadow (every marker is a `divIcon` with
 * a class of its own, so neither `leaflet-div-icon`'s square) and old
 * Internet Explorer's. Their panes (`leaflet-popup-pane`, …) the map does
 * create, and keeps.
 */
const UNUSED_LEAFLET_CLASS =
  /^(leaflet-(popup|tooltip)(-(?!pane$)[\w-]+)?|leaflet-control-(layers|scale)(-[\w-]+)?|leaflet-(image-layer|default-icon-path|marker-shadow|div-icon|oldie|vml-shape)|lvml)$/;

/**
 * What of the parts above the JavaScript could name: if a chunk's code names one, the map creates it
 * now, and the build fails rather than ship it without its styles.
 */
const UNUSED_LEAFLET_PART = /leaflet-(popup|tooltip)(?!-pane)|leaflet-control-(layers|scale)|leaflet-image-layer/;

/**
 * Leaflet's stylesheet without the rules of the parts above (a selector that
 * names one goes; a rule with no selector left goes), and with them the
 * images those rules inline (the layers control's and the default marker's,
 * about 4.5 kB). Whatever else Leaflet's stylesheet holds, now or after an
 * update, stays. `css`: esbuild's minified output (rules and at-rule blocks,
 * no comments).
 */
function withoutUnusedLeafletRules(css: string): string {
  const used = (selector: string): boolean =>
    ![...selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].some(([, name]) => UNUSED_LEAFLET_CLASS.test(name!));
  /** Splits at `separator` outside strings, parentheses and blocks. */
  const split = (text: string, separator: string): string[] => {
    const parts: string[] = [];
    let depth = 0;
    let quote = '';
    let start = 0;
    for (let i = 0; i < text.length; i += 1) {
      const c = text[i]!;
      if (quote) {
        if (c === '\\') i += 1;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '(' || c === '{') depth += 1;
      else if (c === ')' || c === '}') depth -= 1;
      if (!quote && depth === 0 && c === separator) {
        parts.push(text.slice(start, i));
        start = i + 1;
      }
    }
    if (depth !== 0 || quote) throw new Error('withoutUnusedLeafletRules: unbalanced stylesheet');
    return [...parts, text.slice(start)].filter((part) => part !== '');
  };
  const rules = (text: string): string =>
    split(text, '}')
      .map((rule) => {
        const open = rule.indexOf('{');
        if (open < 0) throw new Error(`withoutUnusedLeafletRules: not a rule: ${rule.slice(0, 80)}`);
        const prelude = rule.slice(0, open);
        const body = rule.slice(open + 1);
        if (prelude.startsWith('@')) {
          // A block of rules (`@media`, `@supports`); any other at-rule stays as it is.
          if (!/^@(media|supports|layer|container)\b/.test(prelude)) return `${rule}}`;
          const inner = rules(body);
          return inner ? `${prelude}{${inner}}` : '';
        }
        const selectors = split(prelude, ',').filter(used);
        return selectors.length ? `${selectors.join(',')}{${body}}` : '';
      })
      .join('');
  return rules(css);
}

/** Fails the build if a chunk's code names a Leaflet part whose styles `withoutUnusedLeafletRules` leaves out. */
function leafletPartsChecked(): Plugin {
  return {
    name: 'torg-leaflet-parts-checked',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        const found = file.type === 'chunk' && UNUSED_LEAFLET_PART.exec(file.code);
        if (found) {
          this.error(
            `torg-leaflet-parts-checked: ${file.fileName} creates \`${found[0]}\`, whose styles vite.config.ts leaves out of Leaflet's stylesheet (UNUSED_LEAFLET_CLASS)`,
          );
        }
      }
    },
  };
}

/**
 * `import css from 'x.css?inline'`, in both builds: a plain module whose
 * default export is the CSS text, so any bundler (not only Vite) can use it
 * from lib/ — also for a dependency's stylesheet (Leaflet's), which would
 * otherwise stay an import only Vite understands. Minified, its images
 * inlined; Leaflet's without the rules of parts the map never creates
 * (`withoutUnusedLeafletRules`). The dev server, Storybook and the browser
 * tests load Leaflet's whole stylesheet.
 */
function inlineCssModules(): Plugin {
  const prefix = '\0torg-inline-css:';
  return {
    name: 'torg-inline-css',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('.css?inline')) return null;
      const resolved = await this.resolve(source.slice(0, -'?inline'.length), importer, { skipSelf: true });
      // `.js`: a module, not a stylesheet for Vite's CSS pipeline.
      return resolved ? `${prefix}${resolved.id}.js` : null;
    },
    async load(id) {
      if (!id.startsWith(prefix)) return null;
      const { outputFiles } = await esbuild({
        entryPoints: [id.slice(prefix.length, -'.js'.length)],
        bundle: true,
        minify: true,
        write: false,
        loader: { '.png': 'dataurl', '.gif': 'dataurl', '.svg': 'dataurl' },
        logLevel: 'silent',
      });
      const css = outputFiles[0]!.text.trim();
      const leaflet = /[\\/]node_modules[\\/]leaflet[\\/]dist[\\/]leaflet\.css\.js$/.test(id);
      return `export default ${JSON.stringify(leaflet ? withoutUnusedLeafletRules(css) : css)};`;
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
    plugins: [
      inlineCssModules(),
      leafletPartsChecked(),
      minifyTemplates(),
      ownKeysInRuntime(),
      guardLitPolicy(),
      firstScreenStylesheet(),
    ],
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
        output: {
          // Library mode keeps whitespace by default; the size budget is for what browsers download.
          minify: true,
          // Licence comments stay; pure annotations are of no use in a minified bundle.
          comments: { legal: true, annotation: false, jsdoc: false },
          entryFileNames: '[name].js',
          chunkFileNames: (chunk) => `chunks/${chunkName(chunk)}-[hash].js`,
          codeSplitting: {
            groups: [
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

/** lib/: ES modules for npm and bundlers, one per source module. */
function npmBuild(): UserConfig {
  return {
    define,
    publicDir: false,
    plugins: [inlineCssModules(), minifyTemplates()],
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
        // A dependency's stylesheet, imported `?inline`, becomes a module of lib/ (inlineCssModules).
        external: (id) => isDependency(id) && !/\.css(\?inline)?$/.test(id),
        preserveEntrySignatures: 'strict',
        output: {
          preserveModules: true,
          preserveModulesRoot: SRC,
          // Compact, without comments (the declarations carry the documentation),
          // but with the modules' own top-level names: a developer reads them in
          // stack traces, in node_modules and as the elements' class names
          // (`TorgEvents.name`), their bundler mangles them anyway. Mangled they
          // would save 24 kB of the package, but the classes would be named `v`,
          // and a text catalogue without imports would come out byte for byte as
          // its chunk in dist/ (the package would hold that file twice).
          minify: { compress: true, mangle: { toplevel: false }, codegen: true },
          comments: { legal: true, annotation: true, jsdoc: false },
          entryFileNames: (chunk) => {
            // Helpers and inlined CSS that have no file in src/: `_virtual/<name>.js` (the bundler's
            // decorator helper, imported by every element, under its own name, not its package's path).
            if (chunk.facadeModuleId?.startsWith('\0torg-inline-css:'))
              return `_virtual/${basename(chunk.facadeModuleId, '.css.js')}.css.js`;
            if (chunk.name.startsWith('_virtual/')) return `_virtual/${basename(chunk.name)}.js`;
            return '[name].js';
          },
        },
      },
    },
  };
}

export default defineConfig(({ mode }) => (mode === 'npm' ? npmBuild() : cdnBuild()));
