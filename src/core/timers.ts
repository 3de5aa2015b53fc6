/**
 * One timer for a moment in the future, however far away (browsers cap
 * `setTimeout` at ~24.8 days, so longer waits are chained). Returns a cancel
 * function.
 */
const MAX_DELAY = 2_147_483_647;

export function scheduleAt(instant: number, callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (): void => {
    const delay = instant - Date.now();
    if (delay <= 0) {
      timer = undefined;
      callback();
      return;
    }
    timer = setTimeout(arm, Math.min(delay, MAX_DELAY));
  };
  arm();
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
}

/**
 * Lets the page run (input, paint) before going on: `scheduler.yield()` where
 * there is one, else a message to itself (a task of its own, never clamped,
 * and not a timer a host page or a test clock may have replaced).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * A clock for long loops: `due()` says when the current task has run for
 * `sliceMs`, and `pause()` yields to the page and starts the next slice.
 *
 *   const slice = slicer();
 *   for (const item of items) { work(item); if (slice.due()) await slice.pause(); }
 */
export function slicer(sliceMs = 30): { due(): boolean; pause(): Promise<void> } {
  let start = performance.now();
  return {
    due: () => performance.now() - start >= sliceMs,
    pause: async () => {
      await yieldToPage();
      start = performance.now();
    },
  };
}
