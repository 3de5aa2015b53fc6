/**
 * The API client's common part: where and how to call (`ApiContext`),
 * URLs, GETs through the shared cache read with a schema, and data a page
 * hands a widget checked like an answer (writes and how their answer is
 * read: `http-send.ts`, loaded only by the widgets that write). The endpoints are in the modules beside this one (one per
 * resource of `api.md`), so a widget's code carries only the endpoints it
 * calls and the schemas they read.
 */
import type { GenericSchema, InferOutput } from 'valibot';
import { encodeSegment, wellFormed } from '../../domain/encode.js';
import { requestOf, type AnswerBook } from '../answers.js';
import { getJson, head, type GetOptions } from '../http.js';
import { parseCollection, parseDocument, type Collection } from '../validate.js';

export type { Collection };

/** Where and how to call: the resolved API base and the caller's signal. */
export interface ApiContext {
  base: string;
  signal?: AbortSignal | undefined;
  /** Skip the cache's freshness window (a refresh or a retry). */
  revalidate?: boolean;
  /** Answers that came with server-rendered HTML (read instead of asking), or that the server notes. */
  answers?: AnswerBook | undefined;
}

// --- data handed to a widget directly -------------------------------------------

/**
 * Data a page gives a widget (its `data` property) is checked like an API
 * answer, with the schema of that answer: a document of the wrong shape is an
 * `invalid-data` error.
 */
export async function checkDocument<S extends GenericSchema>(
  schema: S,
  data: unknown,
  what = 'data',
): Promise<InferOutput<S>> {
  return parseDocument(schema, data, what);
}

/** Like `checkDocument` for a list: unreadable items are left out and counted. */
export async function checkItems<S extends GenericSchema>(
  schema: S,
  items: unknown,
  what = 'data',
): Promise<Collection<InferOutput<S>>> {
  return parseCollection(schema, { items }, what);
}

/** Joins the base and a path; query values are encoded, empty ones dropped. */
export function apiUrl(
  base: string,
  path: string,
  query: Record<string, string | number | undefined | null> = {},
): string {
  const url = new URL(base.replace(/\/+$/, '') + path);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, wellFormed(value));
  }
  return url.href;
}

/** A path segment from an id: well-formed, then encoded (never a URIError). */
export const seg = encodeSegment;

export function get(
  ctx: ApiContext,
  path: string,
  query?: Record<string, string | number | undefined>,
): Promise<unknown> {
  // The context is the request's options too (its signal, whether it revalidates).
  const options: GetOptions = ctx;
  const url = apiUrl(ctx.base, path, query);
  const book = ctx.answers;
  if (!book) return getJson(url, options);
  const request = requestOf(ctx.base, url);
  const known = ctx.revalidate ? undefined : book.read(request);
  if (known !== undefined) return Promise.resolve(known);
  return getJson(url, options).then((data) => {
    book.write?.(request, data);
    return data;
  });
}

/**
 * Whether the API offers an optional endpoint (`/places`, a calendar feed):
 * a `HEAD` request, shared and cached like a GET. Offered unless the answer
 * is 404 or 410 — any other answer (2xx, or 400 from a place search that
 * wants its `q`) means the path exists. No answer, or a 5xx, counts as not
 * offered for now (the next load asks again). Never rejects but on abort.
 */
export async function offers(ctx: ApiContext, path: string): Promise<boolean> {
  const url = apiUrl(ctx.base, path);
  // Answers that came with server-rendered HTML hold the server's finding too (`HEAD /events.ics`).
  const request = ctx.answers && `HEAD ${requestOf(ctx.base, url)}`;
  const known = request && !ctx.revalidate ? ctx.answers?.read(request) : undefined;
  if (typeof known === 'boolean') return known;
  const offered = await ask(ctx, url);
  if (request) ctx.answers?.write?.(request, offered);
  return offered;
}

async function ask(ctx: ApiContext, url: string): Promise<boolean> {
  try {
    await head(url, ctx);
    return true;
  } catch (error) {
    if (ctx.signal?.aborted) throw error;
    const status = (error as { status?: unknown }).status;
    return typeof status === 'number' && status < 500 && status !== 404 && status !== 410;
  }
}

/** A GET whose answer is a document of `schema`. */
export async function getDocument<S extends GenericSchema>(
  ctx: ApiContext,
  schema: S,
  path: string,
  what: string,
  query?: Record<string, string | number | undefined>,
): Promise<InferOutput<S>> {
  return parseDocument(schema, await get(ctx, path, query), what);
}

/** A GET whose answer is `{ items }` of `schema`. */
export async function getItems<S extends GenericSchema>(
  ctx: ApiContext,
  schema: S,
  path: string,
  what: string,
  query?: Record<string, string | number | undefined>,
): Promise<Collection<InferOutput<S>>> {
  return parseCollection(schema, await get(ctx, path, query), what);
}
