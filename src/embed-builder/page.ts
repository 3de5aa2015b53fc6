/**
 * `dist/embed-builder.js`: the embed builder as a page of its own
 * (`dist/embed-builder.html`, written by `scripts/embed-builder-page.mjs`).
 * The page carries the manifest and the CDN script tags as JSON blocks
 * (never executed, so a strict Content-Security-Policy needs no exception);
 * the API comes from the page's `torg:api-base` meta tag, or `?api-base=` in
 * its address; the language from `<html lang>`, or `?lang=nn`.
 */
// Every widget, for the preview: the same modules (and chunks) as dist/torg-widgets.js, so the
// widgets' own files and their shared chunks stay as they are without the builder.
import '../index.js';
import './define.js';
import type { Manifest } from './model.js';

function json<T>(id: string, fallback: T): T {
  try {
    return JSON.parse(document.getElementById(id)?.textContent ?? '') as T;
  } catch {
    return fallback;
  }
}

for (const builder of document.querySelectorAll('torg-embed-builder')) {
  builder.manifest = json<Manifest>('torg-manifest', { modules: [] });
  builder.snippets = json<Record<string, string>>('torg-cdn', {});
  const params = new URLSearchParams(location.search);
  const base = params.get('api-base');
  if (base) builder.apiBase = base;
  const lang = params.get('lang');
  if (lang) builder.lang = lang;
}
