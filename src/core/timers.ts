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
