/**
 * The host page around a widget in a test: style sheets a page might have
 * (a dark page, a hostile theme, Designsystemet's tokens), the viewer's
 * media preferences and a touch screen. Everything is undone after the test.
 */
import { emulateMedia as emulate, executeServerCommand } from '@web/test-runner-commands';

const cleanups: (() => unknown)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Adds a style sheet to the page for this test. */
export function usePageCss(cssText: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = cssText;
  document.head.append(style);
  cleanups.push(() => style.remove());
  return style;
}

/** Adds `<meta name=… content=…>` to the page for this test. */
export function usePageMeta(name: string, content: string): HTMLMetaElement {
  const meta = document.createElement('meta');
  meta.name = name;
  meta.content = content;
  document.head.append(meta);
  cleanups.push(() => meta.remove());
  return meta;
}

/**
 * Emulates the viewer's media preferences for this test (`{ colorScheme: 'dark' }`,
 * `{ reducedMotion: 'reduce' }`); each call replaces the last.
 */
export async function emulateMedia(media: Parameters<typeof emulate>[0]): Promise<void> {
  await emulate(media);
  cleanups.push(() => emulate({}));
}

/** Emulates a touch screen (`pointer: coarse`) for this test. */
export async function emulateTouch(): Promise<void> {
  await executeServerCommand('emulate-touch', { enabled: true });
  cleanups.push(() => executeServerCommand('emulate-touch', { enabled: false }));
}

/**
 * Emulates forced colours (Windows High Contrast: `forced-colors: active`, rendered with Chromium's forced
 * palette) for this test.
 */
export async function emulateForcedColors(): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { active: true });
  cleanups.push(() => executeServerCommand('emulate-forced-colors', { active: false }));
}

/** What a system colour (`Highlight`, `GrayText`, …) is on this page now, e.g. in the forced palette. */
export function systemColor(name: string): string {
  const probe = document.createElement('div');
  probe.style.backgroundColor = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return value;
}
