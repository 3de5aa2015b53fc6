/**
 * Helpers shared by the stories: the embed snippet a web editor copies, and
 * a mock-API scenario per story.
 */
import { createHandlers, type HandlerOptions, type Scenario } from '../mocks/handlers.js';

/** Where the built bundle is published (shown in embed snippets). */
export const BUNDLE_URL = 'https://unpkg.com/torg-widgets/dist/torg-widgets.js';

/** The story's HTML as a web editor would paste it: one script tag, then the element. */
export function embedSnippet(code: string): string {
  const element = code
    .replace(/<!--\?lit\$[0-9]+\$-->|<!--\/?lit-[a-z]*-->/g, '')
    .replace(/\s(api-base)="[^"]*"/g, '')
    .replace(/=""/g, '')
    .trim();
  return `<script type="module" src="${BUNDLE_URL}"></script>\n${element}`;
}

/**
 * Story parameters that switch the mock API to a scenario. On a docs page,
 * where every story of a widget is shown at once, a scenario story is drawn
 * in a frame of its own, so its mock API is not the other stories'.
 */
export function scenario(
  name: Scenario,
  options: Omit<HandlerOptions, 'scenario'> = {},
): { msw: { handlers: ReturnType<typeof createHandlers> }; docs: { story: { inline: false; iframeHeight: number } } } {
  return {
    msw: { handlers: createHandlers({ ...options, scenario: name }) },
    docs: { story: { inline: false, iframeHeight: 420 } },
  };
}

/** Waits (in a story's play function) until `find` returns something; fails after `ms`. */
export async function until<T>(find: () => T | null | undefined, what: string, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > end) throw new Error(`Story: ${what} did not appear`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
