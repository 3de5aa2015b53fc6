/**
 * From events to what `<torg-events>` shows: filtered, repeating events
 * expanded, and occurrences grouped by Oslo date, sorted. All the per-event
 * work happens here, once per load; rendering only reads the result.
 */
import { createLogger } from '../../core/logger.js';
import type { TorgEvent } from '../../core/schemas.js';
import { addDays, osloOffsetMinutes } from '../../domain/oslo-time.js';

/** An event as the model reads it: from an iCalendar feed it may also have RDATEs. */
export type SeriesEvent = TorgEvent & { rdates?: string[] };

export interface Filters {
  torg: string;
  category: string;
  audience: string;
}

/** One occurrence of an event (a one-off event has one). */
export interface Item {
  /** Unique within a model: the event id, plus the date for a series. */
  key: string;
  event: SeriesEvent;
  start: number;
  end: number | undefined;
  /** The Oslo dates it covers (first and last, inclusive). */
  first: string;
  last: string;
  /** Oslo minutes since midnight of its start and end. */
  startMinute: number;
  endMinute: number | undefined;
  /** The event repeats by a rule the engine refused: shown once, with a note (the reason is logged). */
  repeatsElsewhere?: boolean;
}

export interface Model {
  /** The range shown, `[from, to)`. */
  from: string;
  to: string;
  /** Occurrences per Oslo date of the range, in date order; each day sorted. */
  days: Map<string, Item[]>;
  /** How many occurrences the range holds. */
  count: number;
  /** Items the API sent that could not be read. */
  skipped: number;
  /** Torg names by id (from `GET /torg`), when known. */
  torgNames: Map<string, string>;
  /** Whether a missing price means free (API data), or is unknown (an iCalendar feed has no price). */
  prices: boolean;
}

const HOUR = 3_600_000;
const offsets = new Map<number, number>();

/**
 * The Oslo date and minute of an instant. Oslo's offset is read once per
 * UTC hour (DST changes fall on whole UTC hours), so thousands of events
 * cost a few hundred `Intl` calls, not thousands.
 */
export function osloWall(instant: number): { date: string; minute: number } {
  const hour = Math.floor(instant / HOUR);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    offset = osloOffsetMinutes(hour * HOUR);
    offsets.set(hour, offset);
  }
  const d = new Date(instant + offset * 60_000);
  const date = d.toISOString().slice(0, 10);
  return { date, minute: d.getUTCHours() * 60 + d.getUTCMinutes() };
}

export function matches(event: TorgEvent, filters: Filters): boolean {
  return (
    (!filters.torg || event.torgId === filters.torg) &&
    (!filters.category || event.categories.includes(filters.category)) &&
    (!filters.audience || (event.audience ?? []).includes(filters.audience as never))
  );
}

function item(event: SeriesEvent, key: string, start: number, end: number | undefined): Item {
  const s = osloWall(start);
  const e = end === undefined || end <= start ? undefined : osloWall(end);
  // An event that ends at midnight ends on the day before.
  const last = e === undefined ? s.date : e.minute === 0 ? addDays(e.date, -1) : e.date;
  return {
    key,
    event,
    start,
    end: e ? end : undefined,
    first: s.date,
    last: last < s.date ? s.date : last,
    startMinute: s.minute,
    endMinute: e?.minute,
  };
}

/**
 * The model for `[from, to)`: events that match the filters, series
 * expanded (the recurrence module is loaded only when there is one),
 * occurrences on every date they cover, each day sorted (whole-day and
 * continuing first, then by start time and title).
 */
export async function buildModel(
  events: readonly SeriesEvent[],
  range: { from: string; to: string },
  filters: Filters,
  extra: Extra = {},
): Promise<Model> {
  const { from, to } = range;
  const fromInstant = Date.parse(`${from}T00:00:00Z`) - 2 * HOUR;
  const toInstant = Date.parse(`${to}T00:00:00Z`);
  const items: Item[] = [];
  const seen = new Set<string>();
  const series: SeriesEvent[] = [];
  for (const event of events) {
    if (seen.has(event.id) || !matches(event, filters)) continue;
    seen.add(event.id);
    if (event.rrule) {
      series.push(event);
      continue;
    }
    const start = Date.parse(event.start);
    const end = event.end ? Date.parse(event.end) : undefined;
    if (Number.isNaN(start)) continue;
    items.push(item(event, event.id, start, Number.isNaN(end) ? undefined : end));
  }
  if (series.length > 0) {
    const { expandSeries } = await import(/* torg:inline-in-bundle */ '../../domain/recurrence.js');
    for (const event of series) {
      const { occurrences, refused } = expandSeries(
        {
          start: Date.parse(event.start),
          end: event.end ? Date.parse(event.end) : undefined,
          allDay: event.allDay,
          rrule: event.rrule!,
          exdates: (event.exdates ?? []).map((d) => Date.parse(d)),
          rdates: event.rdates?.map((d) => Date.parse(d)),
        },
        fromInstant,
        toInstant + 2 * HOUR,
      );
      if (refused) warnOnce(event, refused);
      for (const o of occurrences) {
        const it = item(event, `${event.id}@${o.start}`, o.start, o.end);
        if (refused) it.repeatsElsewhere = true;
        items.push(it);
      }
    }
  }
  return group(items, from, to, extra);
}

const warned = new Set<string>();

/** Says once per event and rule why a repeating event is shown once only. */
function warnOnce(event: SeriesEvent, reason: string): void {
  const key = `${event.id}\n${event.rrule}`;
  if (warned.has(key)) return;
  warned.add(key);
  createLogger('torg-events').warn(`"${event.title}" (${event.id}) repeats by a rule shown once only: ${reason}.`);
}

interface Extra {
  skipped?: number;
  torgNames?: Map<string, string>;
  prices?: boolean;
}

function group(items: Item[], from: string, to: string, extra: Extra): Model {
  const buckets = new Map<string, Item[]>();
  let count = 0;
  for (const it of items) {
    if (it.first >= to || it.last < from) continue;
    count++;
    for (let date = it.first < from ? from : it.first; date <= it.last && date < to; date = addDays(date, 1)) {
      let day = buckets.get(date);
      if (!day) buckets.set(date, (day = []));
      day.push(it);
    }
  }
  const days = new Map<string, Item[]>();
  for (const date of [...buckets.keys()].sort()) {
    days.set(
      date,
      buckets
        .get(date)!
        .sort(
          (a, b) =>
            order(a, date) - order(b, date) || a.start - b.start || collator().compare(a.event.title, b.event.title),
        ),
    );
  }
  return {
    from,
    to,
    days,
    count,
    skipped: extra.skipped ?? 0,
    torgNames: extra.torgNames ?? new Map(),
    prices: extra.prices ?? true,
  };
}

let titles: Intl.Collator | undefined;
const collator = (): Intl.Collator => (titles ??= new Intl.Collator('nb'));

/** Whole-day and continuing events first on a day. */
function order(it: Item, date: string): number {
  return it.event.allDay || it.first < date ? 0 : 1;
}
