/**
 * Runtime validation of API answers (valibot), for the client (`api.ts`):
 * each endpoint passes its own schema, so a bundle holds only the schemas
 * its widget reads.
 *
 * - A document of the wrong shape throws `TorgError('invalid-data')`.
 * - In a collection, items that fail validation are left out and counted
 *   (`skipped`); when items were sent but none is valid, it throws.
 */
import * as v from 'valibot';
import { TorgError } from '../contract/errors.js';
import { CollectionSchema } from '../contract/schemas/base.js';
import { slicer } from './timers.js';

/** A validated collection. `skipped` counts items left out as unreadable. */
export interface Collection<T> {
  items: T[];
  skipped: number;
}

type AnySchema = v.GenericSchema;

/** Validates a document; a wrong shape becomes a typed error. */
export function parseDocument<S extends AnySchema>(schema: S, data: unknown, what: string): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  throw new TorgError('invalid-data', `${what}: ${describeIssues(result.issues)}`);
}

/**
 * Validates `{ items: [...] }` item by item, in slices of a few tens of
 * milliseconds with the page let run between them: ten thousand items never
 * block it.
 */
export async function parseCollection<S extends AnySchema>(
  itemSchema: S,
  data: unknown,
  what: string,
): Promise<Collection<v.InferOutput<S>>> {
  const { items: raw } = parseDocument(CollectionSchema, data, what);
  const items: v.InferOutput<S>[] = [];
  const problems: string[] = [];
  const slice = slicer();
  // An index loop: a host page's `Array.prototype.entries` may not be the native one (Prototype.js 1.6).
  for (let index = 0; index < raw.length; index++) {
    const result = v.safeParse(itemSchema, raw[index]);
    if (result.success) items.push(result.output);
    else problems.push(`#${index}: ${describeIssues(result.issues)}`);
    if (slice.due()) await slice.pause();
  }
  if (raw.length > 0 && items.length === 0) {
    throw new TorgError('invalid-data', `${what}: no readable item (${problems.slice(0, 3).join('; ')})`);
  }
  return { items, skipped: raw.length - items.length };
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
