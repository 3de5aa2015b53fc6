/**
 * The form rules only sending needs — pure, no DOM: which failures are tried
 * again with the same `Idempotency-Key`, a 422's field errors, how they land
 * at the form's fields, and the problems in the form's order. A module of its
 * own (the rest is `form.ts`), so they come with the code that sends and
 * what follows "send", not with a form's first screen.
 */
import { isTorgError, type FieldError } from '../contract/errors.js';
import type { Problem } from './form.js';

/**
 * A field's place in the form's order: `lines.2.amount` ranks with the
 * first `lines.*.…` of `order`, then by its number (each line's fields
 * together), then as `lines.*.amount`. Unknown fields come last.
 */
function placeOf(order: readonly string[], field: string): [number, number, number] {
  const rank = (pattern: string): number => {
    const i = order.indexOf(pattern);
    return i < 0 ? order.length : i;
  };
  const line = /^(.*?)\.(\d+)\.(.*)$/.exec(field);
  if (!line) return [rank(field), 0, 0];
  const group = order.findIndex((entry) => entry.startsWith(`${line[1]}.*.`));
  return [group < 0 ? order.length : group, Number(line[2]), rank(`${line[1]}.*.${line[3]}`)];
}

/** Problems in the form's order (see `placeOf`). */
export function inFormOrder(problems: readonly Problem[], order: readonly string[]): Problem[] {
  return [...problems].sort((a, b) => {
    const x = placeOf(order, a.field);
    const y = placeOf(order, b.field);
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}

/**
 * A 422's field errors on a form: those that name a field of it (`map` turns
 * the server's path, e.g. `budget.0.amount`, into the form's field, or
 * `undefined`), one per field, in the form's order; the rest are for the
 * whole form. `local` are the form's own problems, whose codes say more than
 * "refused".
 */
export function serverProblems(
  errors: readonly FieldError[],
  map: (path: string) => string | undefined,
  order: readonly string[],
  local: readonly Problem[] = [],
): { problems: Problem[]; other: string[] } {
  const problems: Problem[] = [];
  const other: string[] = [];
  for (const { field, message } of errors) {
    // "/budget/0/amount", "budget[0].amount" and "budget.0.amount" name the same field.
    const path = field
      .replace(/^\/+/, '')
      .replace(/\[(\d+)\]/g, '.$1')
      .replace(/\//g, '.');
    const target = map(path);
    if (target === undefined) other.push(message);
    else if (!problems.some((p) => p.field === target)) {
      problems.push(local.find((p) => p.field === target) ?? { field: target, code: 'rejected', message });
    }
  }
  return { problems: inFormOrder(problems, order), other };
}

/**
 * Besides network errors and time-outs, these answers are tried again (with
 * the same `Idempotency-Key`, so the submission is stored once).
 */
export const RETRY_STATUSES: readonly number[] = [500, 502, 503, 504];

/** The field errors of a 422 (the server refused fields of the form); none for any other failure. */
export function refusedFieldErrors(error: unknown): FieldError[] {
  return isTorgError(error) && error.kind === 'validation' ? error.fieldErrors : [];
}
