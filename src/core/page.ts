/**
 * What every copy of the library on a page shares — a second bundle, another
 * version: the page-wide texts, the GET cache, which version defined each
 * tag. Kept on `globalThis` under a `Symbol.for` key, created by the first.
 */
const page = globalThis as typeof globalThis & Record<symbol, unknown>;

/** The page's shared value under `name`, created by `create` when no copy has made it yet. */
export function pageShared<T>(name: string, create: () => T): T {
  return (page[Symbol.for(name)] ??= create()) as T;
}
