/**
 * The week table, today's hours and the upcoming changes of
 * `<torg-opening-hours>`. A chunk of its own, fetched in parallel with the
 * data (so it costs no waiting), which keeps the element's up-front download
 * to the status line.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../core/config.js';
import { formatClock, formatDate } from '../../core/format.js';
import type { OpeningHours } from '../../contract/schemas.js';
import { deviations, openingState, weekOf, type DayHours, type Deviation } from '../../domain/opening-hours.js';
import { addDays, isoWeekNumber, osloDate, startOfOsloDay } from '../../domain/oslo-time.js';
import { openingHoursCatalog } from './messages/index.js';
import type { OpeningHoursMessages } from './messages/types.js';
import { statusLine, statusText } from './status.js';
import type { Subject } from './torg-opening-hours.js';

export { styles } from './torg-opening-hours.styles.js';

/** The texts of the widget (bokmål built into this chunk; nynorsk and English on demand). */
export const catalog = openingHoursCatalog;

/** Today's Oslo date. */
export const today = osloDate;

export interface HoursOptions {
  view: string;
  now: number;
  /** The service asked for by the `service` attribute (empty: the torg's own hours). */
  service: string;
  messages: OpeningHoursMessages;
  locale: Locale;
  unknownService: (id: string) => TemplateResult;
  osloTimeNote: () => unknown;
}

export interface ShownHours {
  template: TemplateResult;
  open: boolean;
  /** The status in words, for announcing a flip. */
  text: string;
  /** The next moment the shown state changes: the next opening or closing, or Oslo midnight. */
  wakeAt: number;
}

/** The heading, the status line first, then the `today` or `week` details. */
export function renderHours({ hours, place, service }: Subject, options: HoursOptions): ShownHours {
  const { now, messages: m, locale } = options;
  const day = osloDate(now);
  const state = openingState(hours, now);
  const line = statusLine(state, m, locale);
  // One timer: the next opening or closing, or midnight (when "i morgen" and today's row move on).
  const midnight = startOfOsloDay(addDays(day, 1));
  const template = html`<div class="oh">
    <h2 part="heading">${m.title(place)}</h2>
    ${options.service && !service ? options.unknownService(options.service) : nothing}
    <p part="status" class="status ${line.tone}">
      <span class="dot" aria-hidden="true"></span>
      <span><strong>${line.label}</strong>${line.detail ? ` · ${line.detail}` : nothing}</span>
    </p>
    ${renderDetails(options.view, hours, day, m, locale)} ${options.osloTimeNote()}
  </div>`;
  return {
    template,
    open: state.open,
    text: statusText(state, m, locale),
    wakeAt: Math.min(state.nextChange ?? midnight, midnight),
  };
}

/** How many days ahead upcoming changes are listed. */
export const DEVIATION_DAYS = 14;

/** "08.00–12.00, 13.00–16.00", "19.00–01.00", "07.00–24.00" or "Stengt" (each interval kept on one line). */
export function renderIntervals(day: DayHours, m: OpeningHoursMessages, locale: Locale): TemplateResult | string {
  if (!day.intervals.length) return m.closed;
  const clock = (minutes: number): string => formatClock(minutes > 1440 ? minutes - 1440 : minutes, locale);
  return html`${day.intervals.map(
    (i, n) => html`${n ? ', ' : ''}<span class="iv">${clock(i.opens)}–${clock(i.closes)}</span>`,
  )}`;
}

/** A holiday's name and an exception's note: "Grunnlovsdagen · Åpent på 17. mai". */
export function dayNote(day: DayHours, m: OpeningHoursMessages): string {
  const holiday = day.holiday ? m.holidays[day.holiday] : undefined;
  const note = day.source === 'exception' ? (day.note ?? m.changedHours) : undefined;
  return [holiday, note].filter(Boolean).join(' · ');
}

/** The `today` view's line, or the `week` view's table; then the changes in the next 14 days. */
export function renderDetails(
  view: string,
  hours: OpeningHours | undefined,
  today: string,
  m: OpeningHoursMessages,
  locale: Locale,
): TemplateResult {
  const week = weekOf(hours, today);
  return html`${view === 'today' ? renderToday(week, today, m, locale) : renderWeek(week, today, m, locale)}
  ${renderDeviations(deviations(hours, today, DEVIATION_DAYS), m, locale)}`;
}

function renderToday(week: DayHours[], today: string, m: OpeningHoursMessages, locale: Locale): TemplateResult {
  const day = week.find((d) => d.date === today)!;
  const note = dayNote(day, m);
  return html`<p part="today">
    <strong>${m.todayMark}, ${formatDate(today, locale)}:</strong> ${renderIntervals(day, m, locale)}
    ${note ? html`<span class="note">(${note})</span>` : nothing}
  </p>`;
}

function renderWeek(week: DayHours[], today: string, m: OpeningHoursMessages, locale: Locale): TemplateResult {
  const seasons = [...new Set(week.map((d) => d.season).filter(Boolean))].join(', ');
  return html`<table part="table">
    <caption>
      ${m.week(isoWeekNumber(today))}${seasons ? ` · ${seasons}` : ''}
    </caption>
    <thead>
      <tr>
        <th scope="col">${m.dayHeader}</th>
        <th scope="col">${m.hoursHeader}</th>
      </tr>
    </thead>
    <tbody>
      ${week.map((day) => {
        const now = day.date === today;
        const note = dayNote(day, m);
        return html`<tr class=${now ? 'now' : ''} aria-current=${now ? 'date' : nothing}>
          <th scope="row">
            ${formatDate(day.date, locale, { capital: true })}
            ${now ? html`<span class="mark">${m.todayMark}</span>` : nothing}
          </th>
          <td>${renderIntervals(day, m, locale)} ${note ? html`<span class="note">${note}</span>` : nothing}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

function renderDeviations(list: Deviation[], m: OpeningHoursMessages, locale: Locale): TemplateResult | typeof nothing {
  if (!list.length) return nothing;
  return html`<section part="deviations" aria-labelledby="deviations">
    <h3 id="deviations">${m.deviations(DEVIATION_DAYS)}</h3>
    <ul>
      ${list.map((d) => {
        const what =
          d.kind === 'season-start'
            ? m.seasonStarts(d.season)
            : d.kind === 'season-end'
              ? m.seasonEnds(d.season)
              : dayNote(d.day, m);
        return html`<li>
          <strong>${formatDate(d.date, locale, { capital: true })}:</strong> ${what} –
          ${renderIntervals(d.day, m, locale)}
        </li>`;
      })}
    </ul>
  </section>`;
}
