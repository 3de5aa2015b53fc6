/**
 * Reading and waiting on widgets in tests: no mock, no clock, no source
 * import — so the same helpers work on elements in a frame that loaded the
 * built bundle (test/hostile/).
 */
import type { LitElement } from 'lit';

/** The next animation frame (independent of faked timers and `Date`). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * Polls `predicate` once per animation frame (so it works with faked timers)
 * until it holds; fails after `frames` frames (~60 per second).
 */
export async function waitFor(predicate: () => unknown, message: string | (() => string), frames = 300): Promise<void> {
  for (let i = 0; i < frames; i++) {
    if (await predicate()) return;
    await nextFrame();
  }
  // A function: the message says how things were at the end, not at the start.
  throw new Error(`Timeout: ${typeof message === 'function' ? message() : message}`);
}

/** Waits until an element has rendered and finished loading (no `aria-busy="true"` inside). */
export async function settle(el: HTMLElement, frames = 300): Promise<void> {
  await (el as LitElement).updateComplete;
  await waitFor(
    () => !el.shadowRoot?.querySelector('[aria-busy="true"]'),
    `<${el.localName}> did not finish loading`,
    frames,
  );
  await (el as LitElement).updateComplete;
}

/** The visible text of an element's shadow root (whitespace collapsed). */
export function textOf(el: Element | ShadowRoot | null | undefined): string {
  if (!el) return '';
  // Not `instanceof`: elements in a frame come from another realm.
  const root = (el as Partial<Element>).shadowRoot ?? el;
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Query inside an element's shadow root. */
export function $<E extends Element = HTMLElement>(el: Element, selector: string): E | null {
  return el.shadowRoot?.querySelector<E>(selector) ?? null;
}

export function $$<E extends Element = HTMLElement>(el: Element, selector: string): E[] {
  return [...(el.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}
