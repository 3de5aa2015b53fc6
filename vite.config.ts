/**
 * Library build.
 *
 * - `vite build` → `dist/<tag>.js`, one ES module per element, sharing chunks
 *   (`dist/chunks/`), so a page with one widget loads only what it needs.
 * - `vite build --mode bundle` → `dist/torg-widgets.js`, one ES module that
 *   defines all seven elements with every dependency inlined. Code that is
 *   only needed on demand (the map, the iCalendar parser) stays in lazy
 *   chunks next to it and is fetched only when used.
 *
 * Lit and every other dependency are bundled: no bare imports in `dist/`.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Every `src/widgets/<tag>/define.ts` is an element entry. */
function elementEntries(): Record<string, string> {
  const dir = resolve(__dirname, 'src/widgets');
  const entries: Record<string, string> = {};
  if (!existsSync(dir)) return entries;
  for (const tag of readdirSync(dir)) {
    const define = resolve(dir, tag, 'define.ts');
    if (existsSync(define)) entries[tag] = define;
  }
  return entries;
}

/**
 * In the all-in-one bundle, `import(/* torg:inline-in-bundle *\/ './x.js')`
 * becomes a static import: the nynorsk and English texts are inlined, so the
 * single file works on its own. Per-element builds keep them lazy.
 */
function inlineInBundle(): Plugin {
  const marked = /import\(\s*\/\*\s*torg:inline-in-bundle\s*\*\/\s*(['"][^'"]+['"])\s*\)/g;
  return {
    name: 'torg-inline-in-bundle',
    enforce: 'pre',
    transform(code) {
      if (!code.includes('torg:inline-in-bundle')) return null;
      const imports: string[] = [];
      const out = code.replace(marked, (_match, specifier: string) => {
        const name = `__torgInline${imports.length}`;
        imports.push(`import * as ${name} from ${specifier};`);
        return `Promise.resolve(${name})`;
      });
      return { code: `${imports.join('\n')}\n${out}`, map: null };
    },
  };
}

/**
 * Minifies the `html`, `svg` and `css` template literals of the library's own
 * code (whitespace, CSS): the bundler minifies JavaScript, not what is inside
 * Lit's templates.
 */
function minifyTemplates(): Plugin {
  return {
    name: 'torg-minify-templates',
    async transform(code, id) {
      if (!id.includes('/src/') || !/\b(html|svg|css)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
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

export default defineConfig(({ mode }) => {
  const bundle = mode === 'bundle';
  return {
    define: {
      __TORG_VERSION__: JSON.stringify(pkg.version),
    },
    publicDir: false,
    plugins: [...(bundle ? [inlineInBundle()] : []), minifyTemplates(), ownKeysInRuntime(), guardLitPolicy()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !bundle,
      sourcemap: true,
      manifest: bundle ? false : 'manifest.json',
      minify: true,
      reportCompressedSize: false,
      lib: {
        entry: bundle ? { 'torg-widgets': resolve(__dirname, 'src/index.ts') } : elementEntries(),
        formats: ['es'],
      },
      rolldownOptions: {
        output: {
          // Library mode keeps whitespace by default; the size budget is for what browsers download.
          minify: true,
          // Licence comments stay; pure annotations are of no use in a minified bundle.
          comments: { legal: true, annotation: false, jsdoc: false },
          entryFileNames: '[name].js',
          chunkFileNames: bundle ? 'lazy/[name]-[hash].js' : 'chunks/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  };
});
