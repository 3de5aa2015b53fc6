/**
 * Custom Elements Manifest (`npm run analyze` → custom-elements.json), from
 * the JSDoc of the elements. What the analyzer finds is then shaped into the
 * manifest a tool or a developer expects from the package:
 *
 * - paths are those of the shipped modules (`lib/…/*.js`), not of `src/`;
 * - one `custom-element-definition` per tag, from the `defineElement(tag,
 *   Class)` call in each `src/widgets/<tag>/define.ts`;
 * - events are typed from the library's event map (`TorgEventMap` in
 *   `src/core/events.ts`), attribute and property types that name a union
 *   of string literals are spelled out (editors offer the values);
 * - only the public surface: elements, their base class and the package
 *   entry; private, protected, static and `@internal` members are left out
 *   (`@internal` also keeps a declaration out of the shipped `.d.ts`:
 *   `stripInternal` in tsconfig.build.json);
 * - each element lists its attributes, properties, events and parts in full,
 *   the inherited ones marked `inheritedFrom` (as the schema has it, and as
 *   tools that generate types or check templates read them); the page-wide
 *   theme tokens (`--torg-color-…`, font, radius, spacing) are listed once,
 *   on `TorgElement`, which every element names as its `superclass` — they
 *   are set for the whole page, not per element, and the schema knows no
 *   inherited CSS property. Copies of them made up a third of the manifest.
 *   What reads the manifest in this repository merges them back
 *   (`withInherited()` in scripts/lib/manifest.mjs: Storybook's docs,
 *   web-types.json).
 */
import { posix } from 'node:path';

/** `src/x.ts`, `/src/x.js` (as the analyzer writes references) → `src/x.ts`. */
const sourcePath = (path) => path.replace(/^\//, '').replace(/\.js$/, '.ts');
/** The shipped module of a source module. */
const shipped = (path) => sourcePath(path).replace(/^src\/(.*)\.ts$/, 'lib/$1.js');

/** `defineElement('torg-x', TorgX)` in a define module → a custom-element definition. */
function defineCalls() {
  const calls = new Map(); // module path → [{ tag, className, module }]
  return {
    name: 'torg-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node.kind !== ts.SyntaxKind.SourceFile) return;
      const imports = new Map();
      for (const statement of node.statements) {
        if (ts.isImportDeclaration(statement) && statement.importClause?.namedBindings) {
          const bindings = statement.importClause.namedBindings;
          if (!ts.isNamedImports(bindings)) continue;
          const from = posix
            .join(posix.dirname(moduleDoc.path), statement.moduleSpecifier.text)
            .replace(/\.js$/, '.ts');
          for (const element of bindings.elements) imports.set(element.name.text, from);
        }
      }
      const visit = (child) => {
        if (
          ts.isCallExpression(child) &&
          ts.isIdentifier(child.expression) &&
          child.expression.text === 'defineElement' &&
          child.arguments.length >= 2 &&
          ts.isStringLiteral(child.arguments[0]) &&
          ts.isIdentifier(child.arguments[1])
        ) {
          const className = child.arguments[1].text;
          const list = calls.get(moduleDoc.path) ?? [];
          list.push({ tag: child.arguments[0].text, className, module: imports.get(className) ?? moduleDoc.path });
          calls.set(moduleDoc.path, list);
        }
        ts.forEachChild(child, visit);
      };
      ts.forEachChild(node, visit);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const found = calls.get(mod.path);
        if (!found) continue;
        mod.exports ??= [];
        for (const { tag, className, module } of found) {
          // The re-export of the class points at the module that declares it.
          for (const exported of mod.exports) {
            if (exported.kind === 'js' && exported.declaration?.name === className)
              exported.declaration.module = module;
          }
          mod.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module } });
        }
      }
    },
  };
}

/** Events typed from `TorgEventMap`; string-literal unions spelled out. */
function types() {
  const eventTypes = new Map(); // event name → detail type text
  const aliases = new Map(); // type alias name → its text (string-literal unions only)
  return {
    name: 'torg-types',
    analyzePhase({ ts, node }) {
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'TorgEventMap') {
        for (const member of node.members) {
          if (ts.isPropertySignature(member) && member.type && ts.isStringLiteral(member.name)) {
            eventTypes.set(member.name.text, member.type.getText());
          }
        }
      }
      if (
        ts.isTypeAliasDeclaration(node) &&
        ts.isUnionTypeNode(node.type) &&
        node.type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))
      ) {
        aliases.set(node.name.text, node.type.types.map((t) => `'${t.literal.text}'`).join(' | '));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      // `Theme`, `Theme | undefined` → `'light' | 'dark' | 'auto'`, `'light' | 'dark' | 'auto' | undefined`.
      const expand = (type) => {
        if (type?.text)
          type.text = type.text
            .split(' | ')
            .map((part) => aliases.get(part) ?? part)
            .join(' | ');
      };
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const detail = eventTypes.get(event.name);
            if (detail) event.type = { text: `CustomEvent<${detail}>` };
          }
          for (const member of declaration.members ?? []) expand(member.type);
          for (const attribute of declaration.attributes ?? []) expand(attribute.type);
        }
      }
    },
  };
}

/** Only what a user of the package uses; module paths of the shipped files. */
function publicSurface() {
  const isPublic = (member) =>
    (!member.privacy || member.privacy === 'public') &&
    !member.static &&
    // Controllers (`readonly source = new DataController(…)`) are the element's machinery.
    !(member.readonly && /^new \w*Controller\b/.test(member.default ?? ''));
  const tidy = (type) => {
    if (type?.text) type.text = type.text.replace(/( \| undefined)+/g, ' | undefined');
  };
  // `Class.member` of each class member marked `@internal`: the analyzer skips its declaration, but
  // finds it again, without its modifiers, where the constructor assigns it (`this.host = …`).
  const internal = new Set();
  return {
    name: 'torg-public-surface',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const tags = ts.getJSDocTags(member).map((tag) => tag.tagName.text);
        if (member.name && tags.includes('internal')) internal.add(`${node.name.text}.${member.name.getText()}`);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const elements = customElementsManifest.modules.flatMap((mod) =>
        (mod.declarations ?? []).filter((d) => d.customElement),
      );
      const bases = new Set(elements.map((e) => e.superclass?.module && sourcePath(e.superclass.module)));
      const classes = new Set(elements.map((e) => e.name));
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (mod) =>
          mod.path === 'src/index.ts' ||
          bases.has(mod.path) ||
          (mod.declarations ?? []).some((d) => d.customElement && d.tagName) ||
          (mod.exports ?? []).some((e) => e.kind === 'custom-element-definition' && classes.has(e.declaration.name)),
      );
      for (const mod of customElementsManifest.modules) {
        mod.declarations = (mod.declarations ?? []).filter((d) => d.customElement);
        for (const declaration of mod.declarations) {
          if (declaration.members)
            declaration.members = declaration.members.filter(
              (member) =>
                isPublic(member) && !internal.has(`${member.inheritedFrom?.name ?? declaration.name}.${member.name}`),
            );
          for (const member of declaration.members ?? []) tidy(member.type);
          for (const attribute of declaration.attributes ?? []) tidy(attribute.type);
        }
        // `customElements.define(tag, ctor)` inside the guarded helper is not a definition.
        mod.exports = (mod.exports ?? []).filter(
          (e) => e.kind !== 'custom-element-definition' || classes.has(e.declaration.name),
        );
        if (mod.path !== 'src/index.ts') {
          mod.exports = (mod.exports ?? []).filter(
            (e) => e.kind === 'custom-element-definition' || mod.declarations.some((d) => d.name === e.name),
          );
        }
      }
      // Every `path` and `module` names the shipped file.
      const rewrite = (value, base) => {
        if (Array.isArray(value)) return value.forEach((child) => rewrite(child, base));
        if (!value || typeof value !== 'object') return;
        for (const [key, child] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof child === 'string') {
            value[key] = shipped(child.startsWith('.') ? posix.join(posix.dirname(base), child) : child);
          } else rewrite(child, base);
        }
      };
      for (const mod of customElementsManifest.modules) rewrite(mod, mod.path);
    },
  };
}

/** The theme tokens once, on the class that declares them (see above): not copied into every element. */
function tokensOnce() {
  const text = ({ inheritedFrom: _, ...entry }) => JSON.stringify(entry);
  return {
    name: 'torg-tokens-once',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((mod) => mod.declarations ?? []);
      const byName = new Map(declarations.map((d) => [d.name, d]));
      for (const declaration of declarations) {
        if (!declaration.cssProperties) continue;
        declaration.cssProperties = declaration.cssProperties.filter((property) => {
          const from = property.inheritedFrom && byName.get(property.inheritedFrom.name);
          // An element's own entry for a token (its own default or text) stays.
          const same = from?.cssProperties?.find((p) => p.name === property.name);
          return !(same && text(same) === text(property));
        });
        if (declaration.cssProperties.length === 0) delete declaration.cssProperties;
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // Not the widgets: server rendering (Node.js) and the embed builder (a page for web editors).
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts', 'src/domain/**', 'src/ssr/**', 'src/embed-builder/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [defineCalls(), types(), publicSurface(), tokensOnce()],
};
