/**
 * From events to what `<torg-events>` shows: filtered, repeating events
 * expanded, and occurrences grouped by Oslo date, sorted. All the per-event
 * work happens here, once per load; rendering only reads the result.
 *
 * Also the widget's other rules: which dates are on screen and how they are
 * asked for, how an event's time reads on each day it covers, and where it
 * takes place (what "add to calendar" writes: `events-ics.ts`).
 */
import type { TorgEvent } from '../contract/schemas.js';
import { addDays, addMonths, osloOffsetMinutes } from './oslo-time.js';

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
  /**
   * Why the event's rule was not expanded (the engine refused it): the event
   * is then shown once, with a note, and the reason is logged.
   */
  refused?: string;
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
const DAY = 24 * HOUR;
const offsets = new Map<number, number>();
/** `YYYY-MM-DD` by day number since the epoch (of Oslo wall time read as UTC). */
const dates = new Map<number, string>();

/**
 * The Oslo date and minute of an instant. Oslo's offset is read once per
 * UTC hour (DST changes fall on whole UTC hours), so thousands of events
 * cost a few hundred `Intl` calls, not thousands; each date's text is made
 * once, the minute is arithmetic (no `Date` per instant).
 */
export function osloDateMinute(instant: number): { date: string; minute: number } {
  const hour = Math.floor(instant / HOUR);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    offset = osloOffsetMinutes(hour * HOUR);
    offsets.set(hour, offset);
  }
  const local = instant + offset * 60_000;
  const day = Math.floor(local / DAY);
  let date = dates.get(day);
  if (date === undefined) {
    date = new Date(day * DAY).toISOString().slice(0, 10);
    dates.set(day, date);
  }
  return { date, minute: Math.floor((local - day * DAY) / 60_000) };
}

export function matches(event: TorgEvent, filters: Filters): boolean {
  return (
    (!filters.torg || event.torgId === filters.torg) &&
    (!filters.category || event.categories.includes(filters.category)) &&
    (!filters.audience || (event.audience ?? []).includes(filters.audience as never))
  );
}

function item(event: SeriesEvent, key: string, start: number, end: number | undefined): Item {
  const s = osloDateMinute(start);
  const e = end === undefined || end <= start ? undefined : osloDateMinute(end);
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
  if (series.length > 0) items.push(...(await seriesOccurrences(series, fromInstant, toInstant + 2 * HOUR)));
  return group(items, from, to, extra);
}

/**
 * The occurrences of repeating events between two instants, as items (the
 * recurrence engine is loaded only here, when there is a series to expand;
 * the full RRULE parser only when a rule is not a common one).
 */
async function seriesOccurrences(
  series: readonly SeriesEvent[],
  fromInstant: number,
  toInstant: number,
): Promise<Item[]> {
  const items: Item[] = [];
  const { expandParsed, readSimpleRule } = await import('./recurrence-expand.js');
  // Common rules (a weekly event's) are read without the full RRULE parser; it loads for the others only.
  const rules = series.map((event) => readSimpleRule(event.rrule!));
  const parse = rules.includes(undefined) ? (await import('./rrule.js')).parseRule : undefined;
  // By index, not `series.entries()`: a page with Prototype.js has replaced `Array.prototype.entries`.
  for (let i = 0; i < series.length; i++) {
    const event = series[i]!;
    const { occurrences, refused } = expandParsed(
      {
        start: Date.parse(event.start),
        end: event.end ? Date.parse(event.end) : undefined,
        allDay: event.allDay,
        rrule: event.rrule!,
        exdates: (event.exdates ?? []).map((d) => Date.parse(d)),
        rdates: event.rdates?.map((d) => Date.parse(d)),
      },
      rules[i] ?? parse!(event.rrule!),
      fromInstant,
      toInstant,
    );
    for (const o of occurrences) {
      const it = item(event, `${event.id}@${o.start}`, o.start, o.end);
      if (refused) it.refused = refused;
      items.push(it);
    }
  }
  return items;
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
      // Most events take one day: no date after it to work out.
      if (date === it.last) break;
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

// --- the dates on screen ----------------------------------------------------------------

/** At most this many days per request (the API's limit), and in the list. */
export const MAX_SPAN = 366;

/** `days`, read safely: a whole number of 1 to 366, else 30. */
export function listSpan(days: unknown): number {
  const n = Math.floor(Number(days));
  return n >= 1 ? Math.min(n, MAX_SPAN) : 30;
}

/** Dates `[from, to)`, asked for `chunk` days a request (0: as few requests as the API allows). */
export interface Range {
  from: string;
  to: string;
  chunk: number;
}

/** The list: `pages` times `span` days from today, asked for `span` days at a time ("show more" asks only for the new days). */
export function listRange(today: string, span: number, pages: number): Range {
  return { from: today, to: addDays(today, span * pages), chunk: span };
}

/** The month view: one month (`YYYY-MM`). */
export function monthRange(month: string): Range {
  const from = `${month}-01`;
  return { from, to: addMonths(from, 1), chunk: 0 };
}

/** The requests for a range: `[from, to)` pieces of `chunk` days (at most 366). */
export function requestSpans({ from, to, chunk }: Range): [string, string][] {
  const step = chunk > 0 ? Math.min(chunk, MAX_SPAN) : MAX_SPAN;
  const spans: [string, string][] = [];
  for (let f = from; f < to; f = addDays(f, step)) {
    const end = addDays(f, step);
    spans.push([f, end < to ? end : to]);
  }
  return spans;
}

/** Whether any filter is on. */
export function isFiltered(filters: Filters): boolean {
  return Boolean(filters.torg || filters.category || filters.audience);
}

// --- one occurrence on one day ------------------------------------------------------------

/**
 * How an occurrence's time reads on a date it covers: the whole day (a
 * whole-day event, or a day in the middle of a longer one), from its start
 * (its first day of several), until its end (its last day), or its times.
 */
export type DayTime =
  | { kind: 'all-day' }
  | { kind: 'from'; minute: number }
  | { kind: 'until'; minute: number }
  | { kind: 'time'; start: number; end: number | undefined };

export function dayTime(item: Item, date: string): DayTime {
  if (item.event.allDay || (item.first < date && item.last > date)) return { kind: 'all-day' };
  if (item.first < date) return { kind: 'until', minute: item.endMinute ?? 0 };
  if (item.last > date) return { kind: 'from', minute: item.startMinute };
  return { kind: 'time', start: item.startMinute, end: item.endMinute };
}

/** "Borgen innbyggertorg, kafé KIME": the torg's name, unless the place names it already. */
export function placeOf(event: TorgEvent, torgNames: ReadonlyMap<string, string>): string {
  const torg = event.torgId ? torgNames.get(event.torgId) : undefined;
  const name = event.location?.name;
  if (!name) return torg ?? '';
  return torg && !name.includes(torg) ? `${torg}, ${name}` : name;
}
