#!/usr/bin/env node
/**
 * Writes `dist/embed-builder.html`: the embed builder for web editors as a
 * static page an organisation can host next to the rest of `dist/`. It
 * carries what the builder offers — the elements and their attributes from
 * the Custom Elements Manifest, and the CDN script tags with their integrity
 * hashes from this build (`scripts/cdn-snippet.mjs`) — as JSON blocks, so it
 * never lags behind the widgets and needs no inline script. Run after
 * `vite build` and `cem analyze` (part of `npm run build`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cdnSnippets } from './cdn-snippet.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The manifest's elements with what the builder reads of them: each element's own attributes and
 * its `superclass`, whose attributes (`lang`, `theme`, …, shared by every element) come once.
 */
function builderManifest() {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  const declarations = manifest.modules.flatMap((mod) => mod.declarations ?? []);
  const elements = declarations.filter((d) => d.customElement && d.tagName);
  // The base classes the manifest declares (`TorgElement`).
  const bases = new Set(
    declarations.map((d) => d.name).filter((name) => elements.some((e) => e.superclass?.name === name)),
  );
  const read = (attribute) => ({
    name: attribute.name,
    type: attribute.type,
    default: attribute.default,
    description: attribute.description,
  });
  // An inherited attribute as the base has it comes with the base; one the element documents itself stays.
  const fromBase = (element, attribute) => {
    const base = bases.has(element.superclass?.name) && declarations.find((d) => d.name === element.superclass.name);
    const same = base && base.attributes?.find((a) => a.name === attribute.name);
    return Boolean(same) && JSON.stringify(read(same)) === JSON.stringify(read(attribute));
  };
  return {
    modules: [
      {
        declarations: [
          ...declarations
            .filter((d) => bases.has(d.name))
            .map(({ name, attributes = [] }) => ({ name, attributes: attributes.map(read) })),
          ...elements.map((element) => ({
            customElement: element.customElement,
            tagName: element.tagName,
            summary: element.summary,
            ...(bases.has(element.superclass?.name) ? { superclass: { name: element.superclass.name } } : {}),
            attributes: (element.attributes ?? []).filter((a) => !fromBase(element, a)).map(read),
          })),
        ],
      },
    ],
  };
}

/** JSON in a `<script type="application/json">` block: `<` escaped, so no text can close it. */
const block = (id, data) =>
  `<script type="application/json" id="${id}">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;

export function embedBuilderPage() {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lag kode for en widget – torg-widgets ${version}</title>
<!-- Your API, for the lists and the preview (else the documented default, or ?api-base= in the address):
<meta name="torg:api-base" content="https://api.example.no/innbyggertorg/v1"> -->
<script type="module" src="./embed-builder.js"></script>
</head>
<body>
<main>
<torg-embed-builder heading-level="1"></torg-embed-builder>
</main>
${block('torg-manifest', builderManifest())}
${block('torg-cdn', cdnSnippets())}
</body>
</html>
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(join(ROOT, 'dist/embed-builder.html'), embedBuilderPage());
  console.log('dist/embed-builder.html written');
}
