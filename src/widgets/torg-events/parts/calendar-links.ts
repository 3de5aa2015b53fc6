/**
 * "Legg til i kalenderen" for an opened event: this date, and for a series
 * every date, as .ics files. Loaded with the .ics writer the first time an
 * event is opened (the list never needs it).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { eventIcs, type IcsDetails } from '../../../domain/events-ics.js';
import type { Item } from '../../../domain/events.js';
import { icsDataUrl, icsFileName, toIcs, type IcsEvent } from '../../../domain/ics.js';

/** The links' words: for this date, and for every date of a series. */
export interface CalendarLabels {
  one: string;
  series: string;
}

export function renderCalendarLinks(item: Item, details: IcsDetails, labels: CalendarLabels): TemplateResult {
  const title = item.event.title;
  const { one, series } = eventIcs(item, details);
  const file = icsFileName(title);
  const link = (label: string, event: IcsEvent): TemplateResult =>
    html`<a class="button secondary" part="calendar-link" download=${file} href=${icsDataUrl(toIcs([event]))}
      >${label}<span class="vh">: ${title}</span></a
    >`;
  return html`${link(labels.one, one)} ${series ? link(labels.series, series) : nothing}`;
}
