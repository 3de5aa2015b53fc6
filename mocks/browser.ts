/**
 * The mock API in the browser (dev page, Storybook, tests): an msw service
 * worker with the same handlers as everywhere else.
 */
import { setupWorker } from 'msw/browser';
import { createHandlers, type HandlerOptions } from './handlers.js';

export const worker = setupWorker(...createHandlers());

let started: Promise<unknown> | undefined;

/** Starts the worker once; requests that are not for the mock API pass through. */
export function startMockApi(options: { quiet?: boolean; url?: string } = {}): Promise<unknown> {
  started ??= worker.start({
    quiet: options.quiet ?? true,
    onUnhandledFrame: 'bypass',
    serviceWorker: { url: options.url ?? '/mockServiceWorker.js' },
  });
  return started;
}

/** Replaces the handlers with a scenario's (`default` restores normal behaviour). */
export function useMockScenario(options: HandlerOptions): void {
  worker.resetHandlers(...createHandlers(options));
}
