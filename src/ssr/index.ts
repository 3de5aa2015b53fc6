/**
 * `torg-widgets/ssr`: a widget's loaded content as HTML, rendered in Node.js —
 * for a CMS that publishes pages, or a server that renders on request.
 *
 *   import { renderWidget } from 'torg-widgets/ssr';
 *
 *   const { html } = await renderWidget('torg-opening-hours', { torg: 'borgen' }, {
 *     apiBase: 'https://api.asker.kommune.no/innbyggertorg/v1',
 *   });
 *
 * The widget's data is read with the same client as in the browser, and its
 * render is written in a declarative shadow root (`<template
 * shadowrootmode="open">`), which the browser shows as it parses the page:
 * readers without JavaScript, slow phones and crawlers get the content.
 * The API's answers go with it in a `<script type="application/json">` block
 * (never executed; see `core/answers.ts`), so when the widget's script runs
 * the element shows the same data without asking the API again, and replaces
 * the server's content in one frame, with its own (what depends on the time,
 * such as "open now", is worked out again then).
 *
 * Needs `@lit-labs/ssr` (an optional peer dependency: `npm install
 * @lit-labs/ssr`).
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { CSSResultOrNative, PropertyValues, ReactiveElement } from 'lit';
import { answersJson } from '../core/answers.js';
import type { TorgElement } from '../core/torg-element.js';

/** The elements a server can render, and the module that defines each. */
const ELEMENTS = {
  'torg-opening-hours': () => import('../widgets/torg-opening-hours/define.js'),
  'torg-events': () => import('../widgets/torg-events/define.js'),
  'torg-committee': () => import('../widgets/torg-committee/define.js'),
  'torg-agenda': () => import('../widgets/torg-agenda/define.js'),
  'torg-finder': () => import('../widgets/torg-finder/define.js'),
} as const;

export type ServerRenderedTag = keyof typeof ELEMENTS;

/** The tags `renderWidget` renders: the widgets that show data (the forms load in the browser). */
export const SERVER_RENDERED_TAGS = Object.keys(ELEMENTS) as readonly ServerRenderedTag[];

/** An attribute's value: text, a number, or `true` / `false` for a boolean attribute (present or absent). */
export type AttributeValue = string | number | boolean | null | undefined;

export interface RenderWidgetOptions {
  /**
   * The API to read (an absolute URL). Default: the `api-base` attribute, else the documented default.
   * It is not written into the HTML: the page's `api-base` attribute or `torg:api-base` meta tag says where
   * the browser reads, and the answers that come with the HTML are the same for any base.
   */
  apiBase?: string;
  /**
   * The page's language (`nb`, `nn`, `en`, or a tag such as `nn-NO`), for an element without a `lang`
   * attribute, which takes the page's in the browser. Default `nb`.
   */
  lang?: string;
  /** A CSP nonce for the widget's `<style>` element, for a page whose `style-src` has no `'unsafe-inline'`. */
  nonce?: string;
}

export interface RenderedWidget {
  /**
   * The element's HTML: its attributes, a declarative shadow root with the loaded content, and the API's
   * answers. When the data could not be loaded, the bare element (it loads in the browser, as without
   * server rendering).
   */
  html: string;
  /** Whether the loaded content was rendered (else see `error`). */
  rendered: boolean;
  /** Why the content was not rendered (the API's error, a missing required attribute …). */
  error?: Error;
  /** The API requests the content was rendered from, relative to the API base (`/torg/borgen`). */
  requests: string[];
}

/** Attribute names a server writes: plain names, and no event handlers (`on…`). */
const ATTRIBUTE_NAME = /^(?!on)[a-z][a-z0-9_.-]*$/;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

function isServerRenderedTag(tag: string): tag is ServerRenderedTag {
  return Object.hasOwn(ELEMENTS, tag);
}

/** The attributes as written: text kept, `true` as an empty value, `false` / `null` / `undefined` left out. */
function attributeList(attributes: Readonly<Record<string, AttributeValue>>): [string, string][] {
  const list: [string, string][] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`renderWidget: "${name}" is not an attribute it writes`);
    if (value === false || value === null || value === undefined) continue;
    list.push([name, value === true ? '' : String(value)]);
  }
  return list;
}

function openingTag(tag: string, attributes: [string, string][]): string {
  return `<${tag}${attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('')}>`;
}

/** The properties the attributes set (as the browser would see them changed before the first render). */
function changedProperties(element: ReactiveElement, attributes: [string, string][]): PropertyValues {
  const names = new Set(attributes.map(([name]) => name));
  const changed: PropertyValues = new Map();
  const ctor = element.constructor as typeof ReactiveElement;
  for (const [property, options] of ctor.elementProperties) {
    const attribute =
      options.attribute === true || options.attribute === undefined
        ? String(property).toLowerCase()
        : options.attribute;
    if (typeof attribute === 'string' && names.has(attribute)) changed.set(property, undefined);
  }
  return changed;
}

/** Boolean properties a template binds (`.checked=${…}`), which Lit's server renderer writes as text. */
const BOOLEAN_PROPERTY = / (checked|selected|disabled|hidden|open|required|readonly|multiple)="(true|false)"/g;

/**
 * Two fixes to what Lit's server renderer writes (text and attribute values are escaped, so neither pattern
 * can come from them): a boolean property binding is written `checked="false"`, which HTML reads as
 * checked — here it is the attribute, or none; and the end of a template that ends in a value is marked
 * `<?>`, which a browser reads as a comment — written as one, so the page is valid HTML.
 */
function tidy(html: string): string {
  return html
    .replace(BOOLEAN_PROPERTY, (_, name: string, value: string) => (value === 'true' ? ` ${name}` : ''))
    .replaceAll('<?>', '<!--?-->');
}

function styleText(styles: CSSResultOrNative[]): string {
  // A CSSResult has its text; a constructed sheet (browsers only) has none on a server.
  return styles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
}

/**
 * Renders a widget with its data as HTML (see the module's documentation).
 *
 * @param tag one of {@link SERVER_RENDERED_TAGS}
 * @param attributes its attributes, as a web editor writes them (`{ torg: 'borgen', view: 'today' }`)
 */
export async function renderWidget(
  tag: string,
  attributes: Readonly<Record<string, AttributeValue>> = {},
  options: RenderWidgetOptions = {},
): Promise<RenderedWidget> {
  if (!isServerRenderedTag(tag)) {
    throw new TypeError(
      `renderWidget: <${tag}> is not rendered on a server (use one of ${SERVER_RENDERED_TAGS.join(', ')})`,
    );
  }
  const list = attributeList(attributes);
  const start = openingTag(tag, list);
  const bare = (error: Error, requests: string[] = []): RenderedWidget => ({
    html: `${start}</${tag}>`,
    rendered: false,
    error,
    requests,
  });

  await ELEMENTS[tag]();
  const Element = customElements.get(tag) as (new () => TorgElement) | undefined;
  if (!Element) return bare(new Error(`<${tag}> is not defined`));
  const element = new Element();
  for (const [name, value] of list) {
    element.setAttribute(name, value);
    element.attributeChangedCallback(name, null, value);
  }
  if (options.apiBase && !element.apiBase) element.apiBase = options.apiBase;
  if (options.lang && !element.lang) element.lang = options.lang;

  const answers = new Map<string, unknown>();
  const book = { read: () => undefined, write: (request: string, data: unknown) => answers.set(request, data) };
  let shown;
  try {
    shown = await element.renderOnServer(book, changedProperties(element, list));
  } catch (error) {
    return bare(error instanceof Error ? error : new Error(String(error)), [...answers.keys()]);
  }
  const content = tidy(await collectResult(render(shown.content)));
  const nonce = options.nonce ? ` nonce="${escapeHtml(options.nonce)}"` : '';
  const html =
    `${start}<template shadowrootmode="open"><style${nonce}>${styleText(shown.styles)}</style>${content}</template>` +
    `<script type="application/json" data-torg-answers>${answersJson(answers, Date.now())}</script></${tag}>`;
  return { html, rendered: true, requests: [...answers.keys()] };
}
