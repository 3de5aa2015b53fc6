/**
 * The glossary's bokmål functions that only parts loaded later use — a booking's time range (its later
 * steps), a form's error summary (after "send") — in a module of their own, like a catalog's `nb-steps.ts`,
 * so no first screen carries them. `nb.ts` exports them with the rest of the glossary.
 */
import type { Glossary } from './types.js';

/** "kl." once, as `at` in `nb.ts` writes it (not imported from there: `nb.ts` imports this module). */
export const range: Glossary['range'] = (from, to) => {
  const text = `${from}–${to}`;
  return text.startsWith('kl.') ? text : `kl.\u00a0${text}`;
};
export const fixBeforeSending: Glossary['fixBeforeSending'] = (count) =>
  count === 1 ? 'Rett opp dette før du sender:' : `Rett opp disse ${count} feilene før du sender:`;
