/**
 * The page's `fetch` calls from now on, with the signal each was given: msw's handlers do not see an
 * abort, so a test of "the request is given up" watches the signal here. `restore()` puts `fetch` back.
 */
export interface FetchCall {
  url: URL;
  signal: AbortSignal | undefined;
}

export function spyFetch(only: (url: URL, init?: RequestInit) => boolean = () => true): {
  calls: FetchCall[];
  restore(): void;
} {
  const real = window.fetch;
  const calls: FetchCall[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (only(url, init)) calls.push({ url, signal: init?.signal ?? undefined });
    return real.call(window, input, init);
  };
  return { calls, restore: () => void (window.fetch = real) };
}
