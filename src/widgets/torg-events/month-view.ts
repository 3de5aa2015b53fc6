/**
 * `<torg-events>`' month view, loaded when it is first shown: the month
 * heading with previous / today / next, the shared date grid with a few
 * events per day ("+3 flere"), and the opened day's events below it.
 */
import { css, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { DataSource } from '../../core/data-controller.js';
import { DateGridController, dateGridStyles, renderDateGrid } from '../../shared/date-grid.js';
import { formatClock, formatDate, formatMonth } from '../../core/format.js';
import type { Model } from '../../domain/events.js';
import type { EventsUI } from './events-ui.js';

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
  .day-panel h3:focus {
    outline: none;
  }
  .day-panel h3:focus-visible {
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

/** The month view of one `<torg-events>`. */
export class MonthView implements ReactiveController {
  private readonly ui: EventsUI;
  private readonly grid: DateGridController;
  /** The day whose events are listed below the grid. */
  private openDay: string | undefined;
  private focusDay = false;

  constructor(ui: EventsUI) {
    this.ui = ui;
    const host = ui.host;
    const today = ui.today;
    this.grid = new DateGridController(host, {
      initial: today.startsWith(ui.month) ? today : `${ui.month}-01`,
      onMonthChange: (month) => ui.setMonth(month),
      onActivate: (date) => {
        this.openDay = date;
        this.focusDay = true;
        host.requestUpdate();
      },
    });
    host.addController(this);
    // Added to the element's styles only when the month view is first shown.
    const root = host.shadowRoot;
    if (root) {
      root.adoptedStyleSheets = [
        ...root.adoptedStyleSheets,
        ...[dateGridStyles, monthStyles].flatMap((s) => (s.styleSheet ? [s.styleSheet] : [])),
      ];
    }
  }

  hostUpdated(): void {
    if (!this.focusDay) return;
    this.focusDay = false;
    this.ui.host.shadowRoot?.querySelector<HTMLElement>('#day-title')?.focus();
  }

  /** The heading, navigation and grid; the grid stays in place (and keeps focus) while a month loads. */
  renderGrid(data: DataSource<Model>): TemplateResult {
    const ui = this.ui;
    const t = ui.t;
    const locale = ui.language;
    const [y, m] = ui.month.split('-').map(Number) as [number, number];
    const from = `${ui.month}-01`;
    const model = data.value?.from === from ? data.value : undefined;
    const today = ui.today;
    const nav = (label: string, months: number, symbol: string): TemplateResult =>
      html`<button type="button" class="button secondary" @click=${() => this.grid.shiftMonths(months)}>
        <span aria-hidden="true">${symbol}</span><span class="vh">${label}</span>
      </button>`;
    return html`<div class="month-bar">
        <h2 id="month-title" part="month-heading">${formatMonth(y, m, locale, true)}</h2>
        <div class="month-nav" part="month-nav">
          ${nav(t.previous, -1, '‹')}
          <button type="button" class="button secondary" @click=${() => this.grid.goTo(today)}>${t.today}</button>
          ${nav(t.next, 1, '›')}
        </div>
      </div>
      <div class="grid-wrap">
        ${renderDateGrid(this.grid, {
          locale,
          today,
          labelledBy: 'month-title',
          labels: { week: t.week, today: t.todayMark },
          busy: data.busy,
          selected: (date) => date === this.openDay,
          day: (date, info) => (info.inMonth && model ? this.renderCell(model, date) : nothing),
        })}
      </div>`;
  }

  private renderCell(model: Model, date: string): unknown {
    const items = model.days.get(date);
    if (!items?.length) return nothing;
    const t = this.ui.t;
    const shown = items.length > ROWS ? items.slice(0, ROWS - 1) : items;
    return html`<ul class="cell-events">
        ${shown.map(
          (item) =>
            html`<li class=${item.event.cancelled ? 'x' : ''}>
              ${item.event.cancelled ? `${t.cancelled}: ` : ''}${
                item.event.allDay || item.first < date ? '' : `${formatClock(item.startMinute, this.ui.language)} `
              }${item.event.title}
            </li>`,
        )}
      </ul>
      ${items.length > shown.length ? html`<span class="more-n">${t.moreOnDay(items.length - shown.length)}</span>` : nothing}
      <span class="n"><span class="vh">${t.count(items.length)}</span></span>`;
  }

  /** Below the grid: the opened day's events, or a hint to open one. */
  renderDay(model: Model): TemplateResult {
    const ui = this.ui;
    const t = ui.t;
    const date = this.openDay;
    if (!date || !date.startsWith(ui.month)) return html`<p class="hint">${t.pickDay}</p>`;
    const items = model.days.get(date) ?? [];
    return html`<section class="day-panel" aria-labelledby="day-title">
      <h3 id="day-title" class="day" tabindex="-1">${formatDate(date, ui.language, { capital: true })}</h3>
      ${
        items.length
          ? html`<ul class="events" part="list">
              ${items.map((item) => ui.renderItem(item, date))}
            </ul>`
          : html`<p>${t.noneOnDay}</p>`
      }
    </section>`;
  }
}
