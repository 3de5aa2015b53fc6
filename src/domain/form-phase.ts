/**
 * Where a submission is (a module of its own: a form's first screen shows its
 * phase before any of the form's other rules are needed; `domain/form.ts`
 * re-exports it).
 */

/**
 * Where a submission is: being edited, on its way (sending, trying again,
 * waiting for the network), failed (the draft kept), or done.
 */
export type SubmitPhase = 'edit' | OnItsWay | 'failed' | 'done';

/** The phases of a submission on its way. */
export type OnItsWay = 'sending' | 'retrying' | 'offline';

/** Whether a submission is on its way: the form is read-only and another send does nothing. */
export function isOnItsWay(phase: SubmitPhase): phase is OnItsWay {
  return phase === 'sending' || phase === 'retrying' || phase === 'offline';
}

/** The phase of a submission on its way: waiting while the browser is offline, else sending (or, after a failed attempt, trying again). */
export function phaseOnTheWay(online: boolean, retry = false): OnItsWay {
  if (!online) return 'offline';
  return retry ? 'retrying' : 'sending';
}
