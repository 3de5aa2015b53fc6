/**
 * What "add to calendar" writes for an event of `<torg-events>` (one date, or
 * a series with its rule), and the mock's calendar feed. Apart from the event
 * model (`events.ts`): the widget loads it with the .ics writer, the first
 * time an event is opened.
 */
import type { TorgEvent } from '../contract/schemas.js';
import { wellFormed } from './encode.js';
import type { Item, SeriesEvent } from './events.js';
import type { IcsEvent } from './ics.js';
import { osloDate } from './oslo-time.js';

/** An RRULE value made only of the characters RFC 5545's recurrence grammar uses (nothing that could end a line). */
const RRULE_TEXT = /^[A-Za-z0-9=;,:+-]+$/;

/** What the page knows beyond the event: the place in words, a checked link, category names. */
export interface IcsDetails {
  location: string;
  url: string | undefined;
  categories: string[];
}

/** An event's UID in every calendar file and feed (`suffix`: an occurrence's date). The id is API text: encoded. */
function eventUid(event: TorgEvent, suffix = ''): string {
  // Control characters stay (encoded): distinct ids stay distinct UIDs.
  return `${encodeURIComponent(wellFormed(event.id, { controls: true }))}${suffix}@innbyggertorg.asker.kommune.no`;
}

/**
 * An event as a whole — a one-off event, or a series with its rule and
 * left-out dates — for a calendar feed and for "add every date". Its UID is
 * the same in both, so a calendar that has it from one does not get it twice.
 */
export function eventToIcsEvent(event: SeriesEvent, details: IcsDetails): IcsEvent {
  const rrule = event.rrule && RRULE_TEXT.test(event.rrule) ? event.rrule : undefined;
  return {
    uid: eventUid(event),
    start: Date.parse(event.start),
    end: event.end ? Date.parse(event.end) : undefined,
    allDay: event.allDay,
    summary: event.title,
    description: event.description,
    location: details.location,
    url: details.url,
    status: event.cancelled ? 'CANCELLED' : 'CONFIRMED',
    categories: details.categories,
    ...(rrule
      ? {
          rrule,
          exdates: event.exdates?.map((d) => Date.parse(d)),
          rdates: event.rdates?.map((d) => Date.parse(d)),
        }
      : {}),
  };
}

/**
 * "Add to calendar" for an occurrence: this date alone (for a series, with
 * the date in its UID, so it never replaces the series), and for a series
 * also every date (its rule and left-out dates, as in a feed).
 */
export function eventIcs(item: Item, details: IcsDetails): { one: IcsEvent; series?: IcsEvent } {
  const e = item.event;
  const whole = eventToIcsEvent(e, details);
  const { rrule: _rrule, exdates: _exdates, rdates: _rdates, ...base } = whole;
  const one: IcsEvent = {
    ...base,
    uid: e.rrule ? eventUid(e, `-${osloDate(item.start).replaceAll('-', '')}`) : whole.uid,
    start: item.start,
    end: item.end,
  };
  return whole.rrule ? { one, series: whole } : { one };
}
