/**
 * Helpers shared by the stories: the embed snippet a web editor copies, and
 * a mock-API scenario per story.
 */
import cdn from 'virtual:torg-cdn';
import { createHandlers, type HandlerOptions, type Scenario } from '../mocks/handlers.js';

/**
 * The versioned CDN script tag of a dist/ entry (`torg-widgets.js`, `torg-events.js`, …), with
 * its integrity hash when dist/ is built. Each docs page shows it once (.storybook/docs-template.mdx).
 */
export function scriptTag(file = 'torg-widgets.js'): string {
  return cdn[file] ?? cdn['torg-widgets.js'] ?? '';
}

/** The story's HTML as a web editor would paste it under the script tag: the element alone. */
export function elementSource(code: string): string {
  return code
    .replace(/<!--\?lit\$[0-9]+\$-->|<!--\/?lit-[a-z]*-->/g, '')
    .replace(/\s(api-base)="[^"]*"/g, '')
    .replace(/=""/g, '')
    .trim();
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

/**
 * A stale-state story: the mock answers each URL once and fails after that;
 * once the widget shows its data, the page "comes back" eleven minutes later
 * (as after a switch of tabs), the widget refreshes, the refresh fails, and
 * it keeps the data with a notice ("Kunne ikke oppdatere …") and a retry.
 */
export function staleStory(tag: string): {
  parameters: ReturnType<typeof scenario>;
  play: (context: { canvasElement: HTMLElement }) => Promise<void>;
} {
  const text = (el: Element): string => el.shadowRoot?.textContent ?? '';
  return {
    parameters: scenario('stale'),
    play: async ({ canvasElement }) => {
      const el = await until(() => canvasElement.querySelector(tag), `<${tag}>`);
      await until(
        () =>
          el.shadowRoot?.querySelector('[part~="base"]:not([aria-busy="true"])') &&
          !el.shadowRoot.querySelector('[part~="loading"]'),
        `<${tag}> loaded`,
      );
      // Data older than the refresh interval: the next `visibilitychange` refreshes it.
      const now = Date.now;
      Date.now = () => now.call(Date) + 11 * 60_000;
      try {
        document.dispatchEvent(new Event('visibilitychange'));
      } finally {
        Date.now = now;
      }
      await until(() => text(el).includes('Kunne ikke oppdatere'), `<${tag}> in the stale state`);
    },
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
