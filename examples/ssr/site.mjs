/**
 * A small CMS-like site whose pages carry torg widgets, rendered on the
 * server with `torg-widgets/ssr`: the pages (`PAGES`), how one is written as
 * HTML (`renderPage`), and a node:http handler that renders on request and
 * serves the widgets' script files (`createSite`). `server.mjs` runs it;
 * `publish.mjs` writes the same pages as static files.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderWidget } from 'torg-widgets/ssr';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** What the web editors wrote: text, and widgets as they paste them (a tag and its attributes). */
export const PAGES = {
  '/': {
    title: 'Borgen innbyggertorg',
    blocks: [
      {
        html: '<p>Innbyggertorget på Borgen er et møtested for alle i nærområdet: bibliotek, innbyggerservice og rom å låne.</p>',
      },
      { tag: 'torg-opening-hours', attributes: { torg: 'borgen' } },
      { html: '<h2>Skjer på Borgen</h2>' },
      { tag: 'torg-events', attributes: { torg: 'borgen', 'heading-level': 3 } },
    ],
  },
  '/lokalsamfunnsutvalg': {
    title: 'Lokalsamfunnsutvalget på Tofte',
    blocks: [
      { html: '<p>Lokalsamfunnsutvalget gir innbyggerne på Tofte en stemme i saker som angår nærmiljøet.</p>' },
      { tag: 'torg-committee', attributes: { committee: 'tofte-lsu' } },
      { tag: 'torg-agenda', attributes: { committee: 'tofte-lsu' } },
    ],
  },
  '/finn-innbyggertorg': {
    title: 'Finn ditt innbyggertorg',
    // The finder has no title of its own: its entries' headings follow the page's h1.
    blocks: [{ tag: 'torg-finder', attributes: { 'heading-level': 1 } }],
  },
};

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (char) => ESCAPES[char]);

/**
 * A page as HTML, each widget rendered with its data.
 *
 * - `apiBase`: where the server reads the API.
 * - `publicApiBase`: where browsers read it (the page's `torg:api-base`; default `apiBase`).
 * - `scripts`: the folder of the widgets' files (`dist/`), as the browser reaches it.
 * - `log`: told when a widget could not be rendered (it then loads in the browser).
 */
export async function renderPage(page, { apiBase, publicApiBase = apiBase, scripts = '/dist/', log = console } = {}) {
  const widgets = page.blocks.filter((block) => block.tag);
  const rendered = await Promise.all(
    widgets.map(async (block) => {
      const result = await renderWidget(block.tag, block.attributes, { apiBase, lang: 'nb' });
      if (!result.rendered) log.warn(`<${block.tag}> rendered in the browser: ${result.error?.message}`);
      return result.html;
    }),
  );
  const body = page.blocks.map((block) => (block.tag ? rendered[widgets.indexOf(block)] : block.html)).join('\n');
  const tags = [...new Set(widgets.map((block) => block.tag))];
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="torg:api-base" content="${escapeHtml(publicApiBase)}">
<title>${escapeHtml(page.title)} – Asker kommune</title>
${tags.map((tag) => `<script type="module" src="${escapeHtml(scripts)}${tag}.js"></script>`).join('\n')}
<style>body { margin: 0 auto; padding: 0 1rem; max-width: 48rem; font: 1rem/1.5 system-ui, sans-serif; }</style>
</head>
<body>
<header><nav aria-label="Sider">${Object.entries(PAGES)
    .map(([path, p]) => `<a href="${path}">${escapeHtml(p.title)}</a>`)
    .join(' · ')}</nav></header>
<main>
<h1>${escapeHtml(page.title)}</h1>
${body}
</main>
</body>
</html>
`;
}

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.html': 'text/html; charset=utf-8' };

/** A request handler: the pages, rendered on each request, and the widgets' files under `/dist/`. */
export function createSite(options) {
  const dist = join(ROOT, 'dist');
  return async (request, response) => {
    const path = new URL(request.url, 'http://site').pathname;
    const page = Object.hasOwn(PAGES, path) ? PAGES[path] : undefined;
    if (page) {
      const html = await renderPage(page, options);
      response.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache' });
      return response.end(html);
    }
    if (path.startsWith('/dist/')) {
      const file = normalize(join(dist, path.slice('/dist/'.length)));
      if (file.startsWith(dist) && existsSync(file) && statSync(file).isFile()) {
        response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
        return createReadStream(file).pipe(response);
      }
    }
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
  };
}
