/**
 * The built bundle on a hostile host page (test/hostile/page.html) in a
 * frame, against the mock API over real HTTP on another origin (the server
 * of web-test-runner.config.mjs). Run `npm run build` first.
 *
 *   const session = newSession();
 *   const page = await openHostilePage({ api: await apiBase(session), pollute: ['prototype'] });
 *   const el = page.add('<torg-events></torg-events>');
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { textOf, waitFor } from './dom.js';

/** How the mock server misbehaves (see scripts/mock-api-server.mjs), or a mock scenario. */
export type ServerMode = 'ok' | 'hang-body' | 'trickle' | 'no-headers' | 'retry-after' | 'server-error';

export interface ServerRequest {
  method: string;
  path: string;
  ifNoneMatch: string | null;
  contentType: string | null;
  status: number;
  body: string;
  closedEarly: boolean;
}

let sessions = 0;

/** A session of the mock server of its own: own state, own request log. */
export function newSession(): string {
  return `s${Date.now().toString(36)}${(sessions++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export async function apiBase(session: string, mode: ServerMode = 'ok'): Promise<string> {
  return (await executeServerCommand('mock-api-base', { session, mode })) as string;
}

export async function serverRequests(session: string): Promise<ServerRequest[]> {
  return (await executeServerCommand('mock-api-requests', { session })) as ServerRequest[];
}

/** Adds items (first, replacing those with the same id) to a session's example data. */
export async function seed(session: string, data: Record<string, unknown[]>): Promise<void> {
  await executeServerCommand('mock-api-seed', { session, data });
}

export type Pollution = 'value' | 'function' | 'prototype';

export interface HostileOptions {
  api?: string;
  pollute?: Pollution[];
  /** The page's clock runs this many times faster. */
  warp?: number;
  /** The page's clock stands still; `result.jump` moves it and fires the timers it passes. */
  clock?: 'manual';
  /** The scripts to load (default: the all-in-one bundle). */
  bundle?: string[];
  /**
   * Enforce Trusted Types with these policy names allowed
   * (`require-trusted-types-for 'script'; trusted-types …`).
   */
  trustedTypes?: string;
  /**
   * The frame's `sandbox` tokens, as some CMSs embed third-party code (`allow-scripts`; add
   * `allow-same-origin` so the test can reach into the frame — it does not allow forms).
   */
  sandbox?: string;
}

export interface HostileResult {
  errors: string[];
  /** Content-Security-Policy violations (`directive: blocked`). */
  violations: string[];
  loaded: boolean;
  loadError: string | null;
  /**
   * Moves the page's clock forward (when it has a warp or a manual clock). A manual clock fires the timers
   * the jump passes, each in a task of its own; the promise resolves when they have run.
   */
  jump: ((ms: number) => void | Promise<void>) | null;
  /** The URLs the page's `fetch` was called with (with a manual clock), in order. */
  fetches: string[];
}

export interface HostilePage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & { __hostile: HostileResult };
  doc: Document;
  result: HostileResult;
  /** Adds markup to the page's body; returns the first element added. */
  add<T extends HTMLElement = HTMLElement>(html: string): T;
  /** The page's clock (epoch ms). */
  now(): number;
  close(): void;
}

/** Every element file of the build (the per-element way of embedding). */
export const ELEMENT_FILES = [
  'torg-finder',
  'torg-opening-hours',
  'torg-events',
  'torg-committee',
  'torg-agenda',
  'torg-stedskompass',
  'torg-booking',
  'torg-tilskudd',
  'torg-innspill',
].map((tag) => `/dist/${tag}.js`);

export async function openHostilePage(options: HostileOptions = {}): Promise<HostilePage> {
  const params = new URLSearchParams();
  if (options.api) params.set('api', options.api);
  if (options.pollute?.length) params.set('pollute', options.pollute.join(','));
  if (options.warp !== undefined) params.set('warp', String(options.warp));
  if (options.clock) params.set('clock', options.clock);
  if (options.bundle) params.set('bundle', options.bundle.join(','));
  if (options.trustedTypes) params.set('tt', options.trustedTypes);
  const frame = document.createElement('iframe');
  frame.src = `/test/hostile/page.html?${params}`;
  frame.style.cssText = 'width: 1000px; height: 1500px; border: 0';
  if (options.sandbox !== undefined) frame.setAttribute('sandbox', options.sandbox);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostilePage['win'];
  await waitFor(
    () => win.__hostile?.loaded,
    () => `${frame.src} loaded its scripts (errors: ${JSON.stringify(win.__hostile?.errors)})`,
    // The bundle over real HTTP: 20 s at 60 frames a second, more on a busy machine (its frames come slower).
    1_200,
  );
  const result = win.__hostile;
  return {
    frame,
    win,
    doc: frame.contentDocument!,
    result,
    add<T extends HTMLElement>(html: string): T {
      // Parsed here and imported: the page may enforce Trusted Types, where innerHTML needs a policy.
      const template = document.createElement('template');
      template.innerHTML = html;
      const fragment = frame.contentDocument!.importNode(template.content, true);
      const first = fragment.firstElementChild as T;
      frame.contentDocument!.body.append(fragment);
      return first;
    },
    now: () => win.Date.now(),
    close: () => frame.remove(),
  };
}

/** Waits until an element (in a frame) shows every text. */
export async function untilShows(el: Element, texts: (string | RegExp)[], frames = 360): Promise<void> {
  const shows = (t: string | RegExp): boolean => (typeof t === 'string' ? textOf(el).includes(t) : t.test(textOf(el)));
  await waitFor(
    () => texts.every(shows),
    () => `<${el.localName}> shows ${texts.join(', ')} (it shows: "${textOf(el).slice(0, 200)}")`,
    frames,
  );
}
