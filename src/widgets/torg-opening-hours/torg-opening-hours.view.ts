/**
 * What `<torg-opening-hours>` looks like: the heading, the status line, the
 * week table or today's line, and the changes in the next 14 days. Pure
 * rendering of what the element worked out before the render (`Shown`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { OpeningHours } from '../../contract/schemas.js';
import type { Locale } from '../../core/config.js';
import { formatClock, formatDate } from '../../core/format.js';
import type { WidgetHost } from '../../core/widget-host.js';
import { deviations, weekOf, type DayHours, type Deviation } from '../../domain/opening-hours.js';
import { isoWeekNumber } from '../../domain/oslo-time.js';
import { isolated } from '../../shared/bidi.js';
import {
  openingStatusCatalog,
  statusLine,
  type OpeningStatusMessages,
} from '../../shared/opening-status/opening-status.js';
import { openingHoursCatalog, type OpeningHoursMessages } from './messages/index.js';
import type { Shown, TorgOpeningHours } from './torg-opening-hours.js';
import { tableStyles } from '../../shared/styles.js';
import { styles as ownStyles } from './torg-opening-hours.styles.js';

export const styles = [tableStyles, ownStyles];
export const catalogs = [openingHoursCatalog, openingStatusCatalog];

/** How many days ahead upcoming changes are listed. */
export const DEVIATION_DAYS = 14;

type Texts = OpeningHoursMessages & OpeningStatusMessages;

export function createView(host: WidgetHost<TorgOpeningHours>) {
  const texts = (): Texts => ({ ...host.text(openingStatusCatalog), ...host.text(openingHoursCatalog) });
  return {
    texts,
    /** The heading, the status line first, then the `today` or `week` details. */
    render({ subject, state, today }: Shown, view: string, service: string): TemplateResult {
      const m = texts();
      const locale = host.locale;
      const line = statusLine(state, m, locale);
      return html`<div class="oh">
        ${host.heading(0, isolated(m.title(subject.place), subject.place), { part: 'heading' })}
        ${service && !subject.service ? host.renderNotice(m.unknownService(service), 'warning') : nothing}
        <p part="status" class="status ${line.tone}">
          <span class="dot" aria-hidden="true"></span>
          <span
            ><strong>${isolated(line.label, line.reason)}</strong>${line.detail ? ` · ${line.detail}` : nothing}</span
          >
        </p>
        ${renderDetails(host, view, subject.hours, today, m, locale)} ${host.renderOsloTimeNote()}
      </div>`;
    },
  };
}

/** "08.00–12.00, 13.00–16.00", "19.00–01.00", "07.00–24.00" or "Stengt" (each interval kept on one line). */
function renderIntervals(day: DayHours, m: Texts, locale: Locale): TemplateResult | string {
  if (!day.intervals.length) return m.closed;
  const clock = (minutes: number): string => formatClock(minutes > 1440 ? minutes - 1440 : minutes, locale);
  return html`${day.intervals.map(
    (i, n) => html`${n ? ', ' : ''}<span class="iv">${clock(i.opens)}–${clock(i.closes)}</span>`,
  )}`;
}

/** A holiday's name and an exception's note (API text, isolated): "Grunnlovsdagen · Åpent på 17. mai". */
function dayNote(day: DayHours, m: Texts): TemplateResult | string {
  const holiday = day.holiday ? m.holidays[day.holiday] : undefined;
  const note = day.source === 'exception' ? (day.note ?? m.changedHours) : undefined;
  return isolated([holiday, note].filter(Boolean).join(' · '), day.source === 'exception' ? day.note : undefined);
}

/** The `today` view's line, or the `week` view's table; then the changes in the next 14 days. */
function renderDetails(
  host: WidgetHost,
  view: string,
  hours: OpeningHours | undefined,
  today: string,
  m: Texts,
  locale: Locale,
): TemplateResult {
  const week = weekOf(hours, today);
  return html`${view === 'today' ? renderToday(week, today, m, locale) : renderWeek(week, today, m, locale)}
  ${renderDeviations(host, deviations(hours, today, DEVIATION_DAYS), m, locale)}`;
}

function renderToday(week: DayHours[], today: string, m: Texts, locale: Locale): TemplateResult {
  const day = week.find((d) => d.date === today)!;
  const note = dayNote(day, m);
  return html`<p part="today">
    <strong>${m.todayMark}, ${formatDate(today, locale)}:</strong> ${renderIntervals(day, m, locale)}
    ${note ? html`<span class="note">(${note})</span>` : nothing}
  </p>`;
}

function renderWeek(week: DayHours[], today: string, m: Texts, locale: Locale): TemplateResult {
  const names = [...new Set(week.map((d) => d.season).filter((name): name is string => !!name))];
  const seasons = isolated(names.join(', '), ...names);
  return html`<table part="table">
    <caption>
      ${m.week(isoWeekNumber(today))}${names.length ? html` · ${seasons}` : ''}
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

function renderDeviations(
  host: WidgetHost,
  list: Deviation[],
  m: Texts,
  locale: Locale,
): TemplateResult | typeof nothing {
  if (!list.length) return nothing;
  return html`<section part="deviations" aria-labelledby="deviations">
    ${host.heading(1, m.deviations(DEVIATION_DAYS), { id: 'deviations' })}
    <ul>
      ${list.map((d) => {
        const what =
          d.kind === 'season-start'
            ? isolated(m.seasonStarts(d.season), d.season)
            : d.kind === 'season-end'
              ? isolated(m.seasonEnds(d.season), d.season)
              : dayNote(d.day, m);
        return html`<li>
          <strong>${formatDate(d.date, locale, { capital: true })}:</strong> ${what} –
          ${renderIntervals(d.day, m, locale)}
        </li>`;
      })}
    </ul>
  </section>`;
}
