/**
 * The day step: the month's grid (the shared date grid: one tab stop, arrow
 * keys, PageUp/PageDown a month), days with a free time framed, the others
 * muted and not choosable, with the reason read out; months before and after.
 *
 * The grid's focused day is this step's own state; the month it shows is the
 * flow's (the element loads that month's free times), kept in step both ways.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatMonth } from '../../../core/format.js';
import type { BookingWindow } from '../../../domain/booking.js';
import { osloDate } from '../../../domain/oslo-time.js';
import { DateGridController, renderDateGrid } from '../../../shared/date-grid.js';
import { bookingCatalog } from '../messages/index.js';
import type { Shown } from '../torg-booking.js';
import { renderBack, type Host } from './common.js';

function clamp(date: string, window: BookingWindow): string {
  if (date < window.first) return window.first;
  return date > window.last ? window.last : date;
}

export function createDayStep(host: Host) {
  const t = () => host.text(bookingCatalog);
  const monthName = (month: string, capital = true): string =>
    formatMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)), host.locale, capital);

  /** The last render's input (the grid's callbacks read it). */
  let shown: Shown | undefined;
  /** The free times the grid's focused day was last placed for. */
  let placedFor: unknown;
  /** The resource the grid was last set up for. */
  let followed: string | undefined;

  const grid = new DateGridController(host.element, {
    initial: osloDate(Date.now()),
    onMonthChange: (month) => {
      shown?.dispatch({ type: 'month', month });
      host.announce(monthName(month));
    },
    onActivate: (date) => shown?.dispatch({ type: 'day', date }),
    disabled: (date) => whyNot(date),
  });

  function whyNot(date: string): string | undefined {
    const window = shown?.window;
    if (!shown || !window || date < window.first || date > window.last) return t().dayOutside;
    // A day of another month is not known yet: moving there loads it.
    if (!date.startsWith(grid.month)) return undefined;
    return shown.freeDays.has(date) ? undefined : t().dayFull;
  }

  /** The grid follows the flow's month and the resource's window; once per loaded month it lands on a free day. */
  function follow(next: Shown, window: BookingWindow): void {
    shown = next;
    grid.options.min = window.first;
    grid.options.max = window.last;
    const { month, day, resourceId } = next.flow;
    if (month && (grid.month !== month || resourceId !== followed)) {
      // Another month (or resource): its chosen day, else its first bookable one.
      followed = resourceId;
      grid.focused = clamp(day?.startsWith(month) ? day : `${month}-01`, window);
    }
    const loaded = next.availability.value;
    if (loaded && loaded !== placedFor) {
      placedFor = loaded;
      focusFreeDay(next.freeDays);
    }
  }

  /** Moves the grid's focusable day to a free one (unless focus is already in the grid). */
  function focusFreeDay(free: ReadonlySet<string>): void {
    const active = host.element.shadowRoot?.activeElement;
    if (free.has(grid.focused) || active?.getAttribute('role') === 'gridcell') return;
    const dates = [...free].sort();
    const next = dates.find((date) => date > grid.focused) ?? dates[0];
    if (next) grid.focused = next;
  }

  function monthButton(months: number, off: boolean, label: string): TemplateResult {
    return html`<button
      type="button"
      class="button secondary icon"
      aria-disabled=${off ? 'true' : 'false'}
      @click=${() => off || grid.shiftMonths(months)}
    >
      <span aria-hidden="true">${months < 0 ? '‹' : '›'}</span><span class="vh">${label}</span>
    </button>`;
  }

  return {
    render(next: Shown): TemplateResult | typeof nothing {
      const window = next.window;
      if (!window) return nothing;
      follow(next, window);
      const m = t();
      const month = grid.month;
      const last = month >= window.last.slice(0, 7);
      return html`<div class="month" part="nav">
          ${monthButton(-1, month <= window.first.slice(0, 7), m.previousMonth)}
          ${host.heading(1, monthName(month), { id: 'month', class: 'sub' })} ${monthButton(1, last, m.nextMonth)}
        </div>
        ${host.renderData(next.availability, {
          loading: () => html`<div class="grid-skeleton"></div>`,
          loaded: () =>
            html`${renderDateGrid(grid, {
                locale: host.locale,
                today: next.today,
                labelledBy: 'month',
                labels: { week: m.week, today: m.today },
                selected: (date) => date === next.flow.day,
                weekNumbers: false,
                busy: next.availability.busy,
                choose: true,
              })}
              <p class="hint">${m.dayHint}</p>`,
          empty: () =>
            html`<p>${m.noFreeInMonth(monthName(month, false))}</p>
              ${
                last
                  ? nothing
                  : html`<button type="button" class="button secondary" @click=${() => grid.shiftMonths(1)}>
                      ${m.nextMonth}
                    </button>`
              }`,
        })}
        <div class="actions">${renderBack(host, next)}</div>`;
    },
  };
}
