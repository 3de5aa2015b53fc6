/**
 * "The person is about to use this widget": the pointer comes over it, focus
 * comes into it, or a finger touches it. Code the first screen does not need
 * (a booking's later steps, the calendar file writer) is fetched then — not
 * before, so it never competes with first screens for a slow link, and
 * still ahead of the click that needs it.
 */
const INTENT = ['pointerover', 'focusin', 'touchstart'] as const;

/** Runs `task` once, at the first sign of intent on `element` (see above). */
export function onIntent(element: HTMLElement, task: () => void): void {
  const run = (): void => {
    for (const type of INTENT) element.removeEventListener(type, run);
    task();
  };
  for (const type of INTENT) element.addEventListener(type, run, { passive: true });
}
