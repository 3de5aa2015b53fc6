/**
 * `<torg-events>`' month grid, a part loaded the first time the month view
 * shows (with the shared date grid): the month heading with previous /
 * today / next, the grid with a few events per day ("+3 flere"), and the
 * opened day's events below it. Its state: the focused and the opened day.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { DataSource } from '../../../core/data-controller.js';
import { formatClock, formatDate, formatMonth } from '../../../core/format.js';
import type { WidgetHost } from '../../../core/widget-host.js';
import { dayTime, type Item, type Model } from '../../../domain/events.js';
import { DateGridController, dateGridStyles, renderDateGrid } from '../../../shared/date-grid.js';
import { eventsMonthCatalog } from '../messages/month.js';
import type { TorgEvents } from '../torg-events.js';

/** How many events a day shows before "+N flere" (that line takes the last row). */
const ROWS = 3;

const monthStyles = css`
  .month-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2) var(--_space-4);
    margin-block: var(--_space-4) var(--_space-3);
  }
  .month-nav {
    display: flex;
    gap: var(--_space-2);
  }
  .month-nav .button {
    min-width: 2.75em;
    padding-inline: var(--_space-3);
  }
  .month-nav [aria-hidden] {
    font-size: 1.4em;
    line-height: 1;
  }
  .grid-wrap {
    container-type: inline-size;
  }
  .date-grid td {
    height: var(--torg-date-grid-cell-min-height, 6em);
  }
  .cell-events {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
    line-height: 1.3;
  }
  .cell-events li {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    padding-inline-start: var(--_space-1);
    border-inline-start: 3px solid var(--_accent);
    margin-block-end: 2px;
  }
  .cell-events .x {
    border-color: var(--_cancelled);
  }
  .x strong {
    color: var(--_cancelled);
  }
  .x span {
    text-decoration: line-through;
  }
  .more-n {
    font-size: 0.8125em;
    font-weight: 600;
  }
  .n {
    display: none;
  }
  @container (max-width: 40em) {
    .date-grid td {
      height: 3em;
      text-align: center;
    }
    .cell-events,
    .more-n {
      display: none;
    }
    .n {
      display: block;
      width: 0.5em;
      height: 0.5em;
      margin: 2px auto 0;
      border-radius: 50%;
      background: var(--_accent);
    }
    .date-grid .wk {
      width: 2em;
    }
  }
  .day-panel {
    margin-block-start: var(--_space-5);
  }
  #day-title:focus {
    outline: none;
  }
  #day-title:focus-visible {
    outline: 3px solid var(--_color-focus);
  }
  .hint {
    margin-block-start: var(--_space-3);
    color: var(--_color-text-muted);
  }
  @media (forced-colors: active) {
    .n {
      background: CanvasText;
    }
  }
`;

export const styles = [dateGridStyles, monthStyles];
export const catalogs = [eventsMonthCatalog];

export interface MonthGridOptions {
  /** The day focused at first (today, or the first of the month shown). */
  initial: string;
  /** The focused day moved to another month (`YYYY-MM`). */
  onMonthChange: (month: string) => void;
}

/** The month grid of one `<torg-events>`. */
export class MonthGrid {
  readonly #host: WidgetHost<TorgEvents>;
  readonly #grid: DateGridController;
  /** The day whose events are listed below the grid. */
  #openDay: string | undefined;

  constructor(host: WidgetHost<TorgEvents>, options: MonthGridOptions) {
    this.#host = host;
    this.#grid = new DateGridController(host.element, {
      initial: options.initial,
      onMonthChange: (month) => options.onMonthChange(month),
      onActivate: (date) => {
        this.#openDay = date;
        host.requestUpdate();
        void host.focus('#day-title');
      },
    });
  }

  /** The heading, navigation and grid of `month`; the grid stays in place (and keeps focus) while a month loads. */
  renderGrid(data: DataSource<Model>, month: string, today: string): TemplateResult {
    const host = this.#host;
    const t = host.text(eventsMonthCatalog);
    const locale = host.locale;
    const [y, m] = month.split('-').map(Number) as [number, number];
    const model = data.value?.from === `${month}-01` ? data.value : undefined;
    const nav = (label: string, months: number, symbol: string): TemplateResult =>
      html`<button type="button" class="button secondary" @click=${() => this.#grid.shiftMonths(months)}>
        <span aria-hidden="true">${symbol}</span><span class="vh">${label}</span>
      </button>`;
    return html`<div class="month-bar">
        ${host.heading(0, formatMonth(y, m, locale, true), { id: 'month-title', part: 'month-heading' })}
        <div class="month-nav" part="month-nav">
          ${nav(t.previous, -1, '‹')}
          <button type="button" class="button secondary" @click=${() => this.#grid.goTo(today)}>${t.today}</button>
          ${nav(t.next, 1, '›')}
        </div>
      </div>
      <div class="grid-wrap">
        ${renderDateGrid(this.#grid, {
          locale,
          today,
          labelledBy: 'month-title',
          labels: { week: t.week, today: t.todayMark },
          busy: data.busy,
          selected: (date) => date === this.#openDay,
          day: (date, info) => (info.inMonth && model ? this.#renderCell(model, date) : nothing),
        })}
      </div>`;
  }

  #renderCell(model: Model, date: string): unknown {
    const items = model.days.get(date);
    if (!items?.length) return nothing;
    const t = this.#host.text(eventsMonthCatalog);
    const locale = this.#host.locale;
    const shown = items.length > ROWS ? items.slice(0, ROWS - 1) : items;
    const start = (item: Item): string => {
      const time = dayTime(item, date);
      return time.kind === 'time' || time.kind === 'from' ? `${formatClock(item.startMinute, locale)} ` : '';
    };
    return html`<ul class="cell-events">
        ${shown.map(
          (item) =>
            html`<li class=${item.event.cancelled ? 'x' : ''}>
              ${item.event.cancelled ? `${t.cancelled}: ` : ''}${start(item)}${item.event.title}
            </li>`,
        )}
      </ul>
      ${items.length > shown.length ? html`<span class="more-n">${t.moreOnDay(items.length - shown.length)}</span>` : nothing}
      <span class="n"><span class="vh">${t.count(items.length)}</span></span>`;
  }

  /** Below the grid: the opened day's events (drawn by `renderItems`), or a hint to open one. */
  renderDay(model: Model, month: string, renderItems: (items: Item[], date: string) => unknown): TemplateResult {
    const host = this.#host;
    const t = host.text(eventsMonthCatalog);
    const date = this.#openDay;
    if (!date || !date.startsWith(month)) return html`<p class="hint">${t.pickDay}</p>`;
    const items = model.days.get(date) ?? [];
    return html`<section class="day-panel" aria-labelledby="day-title">
      ${host.heading(1, formatDate(date, host.locale, { capital: true }), {
        id: 'day-title',
        class: 'day',
        focusable: true,
      })}
      ${items.length ? renderItems(items, date) : html`<p>${t.noneOnDay}</p>`}
    </section>`;
  }
}
