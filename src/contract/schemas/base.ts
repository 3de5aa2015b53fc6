/** What every schema of the contract builds on: formats, text, counts, images, problems, collections. */
import * as v from 'valibot';

// --- formats ----------------------------------------------------------------

const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** RFC 3339 date-time with an offset (`Z`, `+01:00`, …); seconds optional. */
const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})$/;
const CLOCK_PATTERN = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `YYYY-MM-DD`, a real calendar date. */
export const DateSchema = v.pipe(
  v.string(),
  v.regex(DATE_PATTERN, 'Expected a YYYY-MM-DD date'),
  v.check(isRealDate, 'Expected a calendar date'),
  v.metadata({ format: 'date' }),
);

/** RFC 3339 date-time with offset. */
export const DateTimeSchema = v.pipe(
  v.string(),
  v.regex(DATE_TIME_PATTERN, 'Expected an RFC 3339 date-time with offset'),
  v.check(
    (s) => isRealDate(s.slice(0, 10)) && !Number.isNaN(Date.parse(s.replace(' ', 'T'))),
    'Expected a real date-time',
  ),
  v.metadata({ format: 'date-time' }),
);

/** `HH:MM`, 24-hour clock; `24:00` allowed as a closing time. */
export const ClockSchema = v.pipe(v.string(), v.regex(CLOCK_PATTERN, 'Expected HH:MM'));

/**
 * `v.object` with entries that have no prototype: valibot walks the entries
 * with `for…in`, which would also visit whatever a host page put on
 * `Object.prototype` (an enumerable `extend` function made every answer
 * "invalid data").
 */
/* @__NO_SIDE_EFFECTS__ */
export function object<const E extends v.ObjectEntries>(entries: E): v.ObjectSchema<E, undefined> {
  return v.object(Object.assign(Object.create(null) as E, entries));
}

export const Text = v.string();
export const NonEmptyText = v.pipe(v.string(), v.minLength(1));
export const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const ImageSchema = object({ url: Text, alt: Text });

// --- errors ---------------------------------------------------------------------

export const ProblemSchema = object({
  type: v.optional(Text),
  title: v.optional(Text),
  status: v.optional(v.number()),
  detail: v.optional(Text),
  instance: v.optional(Text),
  errors: v.optional(v.array(object({ field: Text, message: Text }))),
});

/** The collection wrapper `{ items: [...] }`; items are checked one by one. */
export const CollectionSchema = object({ items: v.array(v.unknown()) });
