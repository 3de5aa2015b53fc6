/**
 * Makes a module of the widgets' code unreachable once, as when a page is
 * offline or a deploy replaced the files: the next request for it fails as a
 * network error (through the mock's service worker, which sees module
 * requests too), the one after goes through. Use it in a test file of its
 * own, where the module has not been loaded yet (a loaded module is never
 * fetched again).
 *
 *   const chunk = failModuleOnce('/src/widgets/torg-events/parts/month');
 *   …
 *   expect(chunk.failed()).to.equal(true);
 */
import { HttpResponse, http } from 'msw';
import { worker } from '../../mocks/browser.js';

/** `path`: the module's path from the server root, without its extension (`.ts` or `.js`). */
export function failModuleOnce(path: string): { failed: () => boolean } {
  let failed = false;
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${escaped}\\.(js|ts)$`);
  worker.use(
    http.get(
      ({ request }) => pattern.test(new URL(request.url).pathname),
      () => {
        failed = true;
        return HttpResponse.error();
      },
      { once: true },
    ),
  );
  return { failed: () => failed };
}
