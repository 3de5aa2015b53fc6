/**
 * What the embed builder offers, read from the Custom Elements Manifest
 * (custom-elements.json) so it follows the widgets as they change: each
 * element, its summary, and a control for each of its attributes; and the
 * snippet a web editor pastes — the script tag of the element's CDN file
 * (with its pinned version and integrity hash, made by
 * `scripts/cdn-snippet.mjs`) and the element with the chosen attributes.
 */

/**
 * The part of the Custom Elements Manifest the builder reads. An element's attributes are its own
 * and its `superclass`'s (the shipped manifest lists both on the element; the page of
 * `dist/embed-builder.html` carries the base class's once).
 */
export interface Manifest {
  modules: {
    declarations?: {
      name?: string;
      customElement?: boolean;
      tagName?: string;
      summary?: string;
      description?: string;
      superclass?: { name: string };
      attributes?: { name: string; type?: { text: string }; default?: string; description?: string }[];
    }[];
  }[];
}

type Declaration = NonNullable<Manifest['modules'][number]['declarations']>[number];
type Attribute = NonNullable<Declaration['attributes']>[number];

/** A declaration's attributes, then those of its superclass chain that it does not list itself. */
function attributesOf(declaration: Declaration, byName: ReadonlyMap<string, Declaration>): Attribute[] {
  const attributes = [...(declaration.attributes ?? [])];
  const seen = new Set<Declaration>([declaration]);
  let base = byName.get(declaration.superclass?.name ?? '');
  while (base && !seen.has(base)) {
    seen.add(base);
    for (const attribute of base.attributes ?? []) {
      if (!attributes.some((a) => a.name === attribute.name)) attributes.push(attribute);
    }
    base = byName.get(base.superclass?.name ?? '');
  }
  return attributes;
}

/** How an attribute is set: from a list read from the API, a fixed choice, on/off, a number, or text. */
export type OptionKind = 'torg' | 'committee' | 'service' | 'lang' | 'choice' | 'boolean' | 'number' | 'text';

export interface WidgetOption {
  /** The attribute. */
  name: string;
  kind: OptionKind;
  /** The values of a `choice`. */
  choices: string[];
  /** The element's default, as the manifest writes it (`'week'`, `2`, `false`), without quotes. */
  defaultValue: string | undefined;
  /** The manifest's description (English). */
  description: string;
  /** The element shows a configuration error without it. */
  required: boolean;
}

export interface WidgetInfo {
  tag: string;
  summary: string;
  options: WidgetOption[];
}

/** The chosen attribute values (a boolean attribute: `true`). Empty or absent: the element's default. */
export type OptionValues = Record<string, string | boolean | undefined>;

/**
 * Attributes the builder does not offer: `texts` (JSON, for developers), `api-base` (the builder's own
 * setting, written into the snippet when it is not the default), `at` (a preview instant for docs).
 */
const NOT_OFFERED = new Set(['texts', 'api-base', 'at']);

/** Ids read from the API, by attribute name (`area` is a torg's or an area's id: the torg list offers the torg). */
const LISTS: Record<string, OptionKind> = { torg: 'torg', area: 'torg', committee: 'committee', service: 'service' };

const LANGUAGES = ['nb', 'nn', 'en'];

function unquote(text: string | undefined): string | undefined {
  if (text === undefined || text === 'undefined' || text === "''") return undefined;
  return text.replace(/^'(.*)'$/, '$1');
}

/** `'today' | 'week'` → `['today', 'week']`; anything else (`string`, `Theme | undefined`) → none. */
function literals(type: string): string[] {
  const parts = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  return parts.length > 0 && parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((p) => p.slice(1, -1)) : [];
}

function option(attribute: Attribute): WidgetOption {
  const type = attribute.type?.text ?? 'string';
  const choices = literals(type);
  const description = attribute.description ?? '';
  const kind: OptionKind = Object.hasOwn(LISTS, attribute.name)
    ? LISTS[attribute.name]!
    : attribute.name === 'lang'
      ? 'lang'
      : choices.length
        ? 'choice'
        : /^boolean\b/.test(type)
          ? 'boolean'
          : /^number\b/.test(type)
            ? 'number'
            : 'text';
  return {
    name: attribute.name,
    kind,
    choices: kind === 'lang' ? LANGUAGES : choices,
    defaultValue: unquote(attribute.default),
    description,
    required: /\brequired\b/i.test(description),
  };
}

/** The elements of the manifest (each once, in the manifest's order) with the attributes the builder offers. */
export function widgetsOf(manifest: Manifest): WidgetInfo[] {
  const seen = new Set<string>();
  const widgets: WidgetInfo[] = [];
  const byName = new Map<string, Declaration>();
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) if (declaration.name) byName.set(declaration.name, declaration);
  }
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      const tag = declaration.tagName;
      if (!declaration.customElement || !tag || seen.has(tag)) continue;
      seen.add(tag);
      widgets.push({
        tag,
        summary: declaration.summary ?? declaration.description ?? '',
        options: attributesOf(declaration, byName)
          .filter((a) => !NOT_OFFERED.has(a.name))
          .map(option),
      });
    }
  }
  return widgets;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** The element as HTML: only the attributes that differ from the default, values escaped. */
export function elementHtml(widget: WidgetInfo, values: OptionValues, apiBase?: string): string {
  const attributes: string[] = [];
  for (const { name, kind, defaultValue } of widget.options) {
    const value = values[name];
    if (value === undefined || value === false || value === '') continue;
    if (kind === 'boolean') attributes.push(` ${name}`);
    else if (String(value) !== defaultValue)
      attributes.push(` ${name}="${String(value).replace(/[&"<>]/g, (c) => ESCAPES[c]!)}"`);
  }
  if (apiBase) attributes.push(` api-base="${apiBase.replace(/[&"<>]/g, (c) => ESCAPES[c]!)}"`);
  return `<${widget.tag}${attributes.join('')}></${widget.tag}>`;
}

/**
 * The snippet to paste: the stylesheet that holds the widget's room before its script runs, and the script
 * tag of the element's own CDN file (else the all-in-one file's), as `scripts/cdn-snippet.mjs` made them
 * (versioned, with their integrity hashes), then the element.
 */
export function snippet(tags: Readonly<Record<string, string>>, element: string, tag: string): string {
  const head = [tags['torg-widgets.css'], tags[`${tag}.js`] ?? tags['torg-widgets.js']].filter(Boolean);
  return head.length ? `${head.join('\n')}\n\n${element}` : element;
}
