// ESLint: TypeScript, Lit templates, web-component rules and template
// accessibility (lit-a11y); formatting is Prettier's job.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import { readdirSync } from 'node:fs';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'lib/',
      'storybook-static/',
      'coverage/',
      'public/mockServiceWorker.js',
      'custom-elements.json',
      'bench-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: [
      'scripts/**/*.{js,mjs}',
      'test/package/**/*.mjs',
      'test/ssr/**/*.mjs',
      'examples/**/*.mjs',
      '*.config.{js,mjs,ts}',
      '.storybook/**/*.ts',
      '.ci/**',
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The layers (CONTRIBUTING.md): contract → domain → core → shared → widgets → ssr, embed-builder. A layer imports only from
    // the layers below it; a widget never from another widget's folder; no import cycles.
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver()],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js'],
    },
    rules: {
      // Host pages with Prototype.js 1.6 (test/hostile/prototype-1.6.js) replace these array methods: `entries()` gives
      // an array, `reduce` ignores its callback, `Array.from` its map function. Loops instead.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[arguments.length=0] > MemberExpression.callee[property.name='entries']",
          message: 'A page with Prototype.js replaces Array.prototype.entries: loop by index (or for…of a Map).',
        },
        {
          selector: 'CallExpression > MemberExpression.callee[property.name=/^reduce(Right)?$/]',
          message: 'A page with Prototype.js replaces Array.prototype.reduce: use a loop.',
        },
        {
          selector:
            "CallExpression[arguments.length>1] > MemberExpression.callee[object.name='Array'][property.name='from']",
          message: 'A page with Prototype.js replaces Array.from (no map function): map afterwards, or loop.',
        },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: layerZones() }],
    },
  },
  {
    // The domain is pure: no DOM, no browser APIs.
    files: ['src/domain/**/*.ts', 'src/contract/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'fetch', 'customElements'],
    },
  },
  prettier,
);

/** Zones for `import-x/no-restricted-paths`: what each layer must not import. */
function layerZones() {
  // Above the widgets: server rendering (ssr) and the embed builder (embed-builder), which use them.
  const apps = ['ssr', 'embed-builder'];
  const above = {
    contract: ['domain', 'core', 'shared', 'widgets', ...apps],
    domain: ['core', 'shared', 'widgets', ...apps],
    core: ['shared', 'widgets', ...apps],
    shared: ['widgets', ...apps],
    widgets: apps,
  };
  const zones = Object.entries(above).flatMap(([layer, higher]) =>
    higher.map((from) => ({
      target: `./src/${layer}`,
      from: `./src/${from}`,
      message: `src/${layer} is below src/${from}: move the shared piece down a layer.`,
    })),
  );
  const widgets = readdirSync(new URL('./src/widgets', import.meta.url));
  for (const tag of widgets) {
    zones.push({
      target: `./src/widgets/${tag}`,
      from: './src/widgets',
      except: [`./${tag}`],
      message: 'A widget does not import another widget: move what both need to src/shared.',
    });
  }
  return zones;
}
