/**
 * The week table, today's hours and the upcoming changes of
 * `<torg-opening-hours>`. A chunk of its own, fetched in parallel with the
 * data (so it costs no waiting), which keeps the element's up-front download
 * to the status line.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../core/config.js';
import { formatClock, formatDate } from '../../core/format.js';
import type { OpeningHours } from '../../core/schemas.js';
import { deviations, weekOf, type DayHours, type Deviation } from '../../domain/opening-hours.js';
import { isoWeekNumber } from '../../domain/oslo-time.js';
import type { OpeningHoursMessages } from './messages/types.js';

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
