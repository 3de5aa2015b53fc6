/**
 * A reusable month grid (the ARIA grid pattern) for `<torg-events>`' month
 * view and `<torg-booking>`'s day picker.
 *
 * Two pieces, so a widget keeps its own layout around the grid:
 *
 * - {@link DateGridController}: the focused date and the keyboard. One tab
 *   stop (the focused day has `tabindex="0"`, every other day `-1`); arrows
 *   move a day or a week, Home/End to the start/end of the week (Monday /
 *   Sunday), PageUp/PageDown a month (Shift: a year), Enter or Space
 *   activates. The shown month is always the focused date's month, so
 *   moving past the month's edge changes month (`onMonthChange`: the host
 *   loads data and announces it).
 * - {@link renderDateGrid}: the grid itself: `role="grid"` labelled by the
 *   host's month heading, a row per week (Monday first, ISO week numbers
 *   optional as row headers), `role="gridcell"` days with the full date for
 *   screen readers, today marked with `aria-current="date"` and a ring (not
 *   colour alone), `aria-selected` for a selection and `aria-disabled` plus a
 *   spoken reason for days that cannot be chosen; with `choose`, the days
 *   that can be chosen stand out. What a day shows (events,
 *   free slots) comes from the host's `day` renderer.
 *
 *   // in the element
 *   private readonly grid = new DateGridController(this, {
 *     initial: today,
 *     onMonthChange: (month) => this.announce(formatMonth(…)),
 *     onActivate: (date) => (this.openDay = date),
 *     disabled: (date) => (date < today ? 'Passert' : undefined),
 *   });
 *   static styles = [sharedStyles, dateGridStyles, …];
 *   render: html`<h2 id="m">${…}</h2>
 *     ${renderDateGrid(this.grid, { locale, today, labelledBy: 'm', labels: { week: 'Uke', today: 'i dag' } })}`
 *
 * Dates are `YYYY-MM-DD` calendar dates (Oslo's calendar; no time zones).
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Locale } from '../core/config.js';
import { formatDate, weekdayName } from '../core/format.js';
import { addDays, addMonths, isoWeekNumber, parseDate, startOfIsoWeek } from '../domain/oslo-time.js';

export interface DateGridOptions {
  /** The date focused at first (default: today in the browser's calendar — pass Oslo's today). */
  initial: string;
  /** First date that can be focused (inclusive). */
  min?: string | undefined;
  /** Last date that can be focused (inclusive). */
  max?: string | undefined;
  /** The focused date moved to another month (`YYYY-MM`). */
  onMonthChange?: (month: string, previous: string) => void;
  /** A day was activated (Enter, Space or a click) and is not disabled. */
  onActivate?: (date: string) => void;
  /** Why a day cannot be chosen (read to screen-reader users), or `undefined` when it can. */
  disabled?: (date: string) => string | undefined;
}

/** What the per-day renderer knows about a day. */
export interface DayInfo {
  /** The day belongs to the shown month (else it pads the first or last week). */
  inMonth: boolean;
  today: boolean;
  selected: boolean;
  /** Why the day cannot be chosen, when it cannot. */
  disabled: string | undefined;
}

export interface DateGridRenderOptions {
  locale: Locale;
  /** Today's date (Oslo). */
  today: string;
  /** Id of the visible month heading that names the grid (same shadow root). */
  labelledBy?: string;
  /** The grid's name when there is no heading to point at. */
  label?: string;
  /** Show ISO week numbers as row headers (default true). */
  weekNumbers?: boolean;
  /** Texts: the week column's header ("Uke") and today's mark ("i dag"). */
  labels: { week: string; today: string };
  /** What a day shows besides its number. */
  day?: (date: string, info: DayInfo) => unknown;
  /** Whether a day is selected (`aria-selected`). */
  selected?: (date: string) => boolean;
  /** Data for the month is loading (`aria-busy`). */
  busy?: boolean;
  /** A grid for choosing a day: each day that can be chosen is framed and tinted (class `choose`). */
  choose?: boolean;
}

const KEYS: Record<string, (date: string, shift: boolean) => string> = {
  ArrowLeft: (d) => addDays(d, -1),
  ArrowRight: (d) => addDays(d, 1),
  ArrowUp: (d) => addDays(d, -7),
  ArrowDown: (d) => addDays(d, 7),
  Home: (d) => startOfIsoWeek(d),
  End: (d) => addDays(startOfIsoWeek(d), 6),
  PageUp: (d, shift) => addMonths(d, shift ? -12 : -1),
  PageDown: (d, shift) => addMonths(d, shift ? 12 : 1),
};

/** The focused date of a month grid and its keyboard handling. */
export class DateGridController implements ReactiveController {
  /** The focused day (`YYYY-MM-DD`); its month is the month shown. */
  focused: string;
  readonly options: DateGridOptions;
  readonly #host: ReactiveControllerHost & HTMLElement;
  #focusPending = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: DateGridOptions) {
    this.#host = host;
    this.options = options;
    this.focused = this.#clamp(options.initial);
    host.addController(this);
  }

  /** The shown month, `YYYY-MM`. */
  get month(): string {
    return this.focused.slice(0, 7);
  }

  /**
   * Focuses a date (clamped to min/max). A new month calls `onMonthChange`.
   * `focus: true` moves keyboard focus to the day after the next render.
   */
  goTo(date: string, { focus = false }: { focus?: boolean } = {}): void {
    const previous = this.month;
    this.focused = this.#clamp(date);
    this.#focusPending ||= focus;
    this.#host.requestUpdate();
    if (this.month !== previous) this.options.onMonthChange?.(this.month, previous);
  }

  /** Moves by whole months, keeping the day of the month where it exists. */
  shiftMonths(months: number, options?: { focus?: boolean }): void {
    this.goTo(addMonths(this.focused, months), options);
  }

  /** Keydown on the grid: the ARIA grid pattern's keys. */
  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const move = KEYS[event.key];
    if (move) {
      event.preventDefault();
      this.goTo(move(this.focused, event.shiftKey), { focus: true });
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#activate(this.focused);
    }
  };

  /** A day got focus some other way (a screen reader's cursor, a script): it becomes the tab stop. */
  readonly handleFocusin = (event: FocusEvent): void => {
    const date = (event.target as HTMLElement | null)?.dataset?.date;
    if (date && date !== this.focused) this.goTo(date);
  };

  /** Click on the grid: focuses and activates the clicked day. */
  readonly handleClick = (event: MouseEvent): void => {
    const cell = (event.target as Element | null)?.closest?.<HTMLElement>('[data-date]');
    const date = cell?.dataset.date;
    if (!date) return;
    this.goTo(date, { focus: true });
    this.#activate(this.focused);
  };

  hostUpdated(): void {
    if (!this.#focusPending) return;
    const root = this.#host.shadowRoot ?? this.#host;
    const cell = root.querySelector<HTMLElement>(`[data-date="${this.focused}"]`);
    if (cell) {
      this.#focusPending = false;
      cell.focus();
    }
  }

  #activate(date: string): void {
    if (this.options.disabled?.(date) === undefined) this.options.onActivate?.(date);
  }

  #clamp(date: string): string {
    const { min, max } = this.options;
    if (min && date < min) return min;
    if (max && date > max) return max;
    return date;
  }
}

/** The weeks (Monday to Sunday) that cover a month (`YYYY-MM`): 4 to 6 rows of 7 dates. */
export function monthWeeks(month: string): string[][] {
  const first = `${month}-01`;
  const next = addMonths(first, 1);
  const weeks: string[][] = [];
  for (let monday = startOfIsoWeek(first); monday < next; monday = addDays(monday, 7)) {
    // Not `Array.from`: a host page may have replaced it (Prototype.js 1.6 ignores the map function).
    weeks.push([0, 1, 2, 3, 4, 5, 6].map((i) => addDays(monday, i)));
  }
  return weeks;
}

/** The month grid of a controller's month. */
export function renderDateGrid(grid: DateGridController, o: DateGridRenderOptions): TemplateResult {
  const month = grid.month;
  const weekNumbers = o.weekNumbers !== false;
  const disabled = grid.options.disabled;
  const days = [1, 2, 3, 4, 5, 6, 7];
  return html`<table
    role="grid"
    class="date-grid${o.choose ? ' choose' : ''}"
    part="grid"
    aria-labelledby=${o.labelledBy ?? nothing}
    aria-label=${o.labelledBy ? nothing : (o.label ?? nothing)}
    aria-busy=${o.busy ? 'true' : 'false'}
    @keydown=${grid.handleKeydown}
    @click=${grid.handleClick}
    @focusin=${grid.handleFocusin}
  >
    <thead>
      <tr>
        ${weekNumbers ? html`<th scope="col" class="wk">${o.labels.week}</th>` : nothing}
        ${days.map(
          (d) =>
            html`<th scope="col" abbr=${weekdayName(d, o.locale)}>
              <span aria-hidden="true">${weekdayName(d, o.locale, 'short').replace('.', '')}</span
              ><span class="vh">${weekdayName(d, o.locale)}</span>
            </th>`,
        )}
      </tr>
    </thead>
    <tbody>
      ${monthWeeks(month).map(
        (week) =>
          html`<tr>
            ${weekNumbers ? html`<th scope="row" class="wk">${isoWeekNumber(week[0]!)}</th>` : nothing}
            ${week.map((date) => {
              const info: DayInfo = {
                inMonth: date.startsWith(month),
                today: date === o.today,
                selected: o.selected?.(date) ?? false,
                disabled: disabled?.(date),
              };
              return html`<td
                role="gridcell"
                data-date=${date}
                class="day${info.inMonth ? '' : ' outside'}${info.today ? ' today' : ''}"
                part="day${info.today ? ' today' : ''}${info.selected ? ' selected' : ''}"
                tabindex=${date === grid.focused ? 0 : -1}
                aria-selected=${info.selected ? 'true' : 'false'}
                aria-current=${info.today ? 'date' : nothing}
                aria-disabled=${info.disabled === undefined ? nothing : 'true'}
              >
                <span class="num" aria-hidden="true">${parseDate(date).day}</span
                ><span class="vh"
                  >${formatDate(date, o.locale)}${info.today ? `, ${o.labels.today}` : ''}${
                    info.disabled ? `, ${info.disabled}` : ''
                  }</span
                >${o.day?.(date, info) ?? nothing}
              </td>`;
            })}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * The grid's styles (add to the element's `styles`), one look for every
 * widget's grid: numbers centred, today marked with a bar under its number
 * (a shape, so it reads on any day, choosable or not), the selected day
 * filled, days that cannot be chosen muted; in a grid for choosing a day
 * (`choose`), each choosable day framed and tinted so it stands out. Knobs:
 * `--torg-date-grid-cell-min-height` (default 2.75em).
 */
export const dateGridStyles = css`
  .date-grid {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  .date-grid th {
    padding: var(--_space-1) 0;
    overflow-wrap: normal;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_color-text-muted);
    text-align: center;
  }
  .date-grid .wk {
    width: 2.5em;
    font-size: 0.75em;
    font-weight: 400;
  }
  .date-grid td {
    height: var(--torg-date-grid-cell-min-height, 2.75em);
    padding: var(--_space-1);
    border: 1px solid var(--_color-border-subtle);
    vertical-align: top;
    text-align: center;
    cursor: pointer;
  }
  .date-grid td:focus-visible {
    outline-offset: -3px;
  }
  .date-grid .outside {
    background: var(--_color-surface);
    color: var(--_color-text-muted);
  }
  .date-grid .num {
    position: relative;
    display: inline-grid;
    place-items: center;
    min-width: 2em;
    height: 2em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    font-variant-numeric: tabular-nums;
  }
  .date-grid .today .num {
    font-weight: 700;
  }
  .date-grid .today .num::after {
    content: '';
    position: absolute;
    inset-inline: 25%;
    bottom: 0.12em;
    height: 0.16em;
    border-radius: 1em;
    background: currentColor;
  }
  .date-grid [aria-selected='true'] {
    background: var(--_color-info-bg);
    box-shadow: inset 0 0 0 2px var(--_color-primary);
  }
  .date-grid [aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--_color-text-muted);
  }
  .date-grid.choose td:not([aria-disabled='true'], .outside) .num {
    border-color: var(--_color-primary);
    background: var(--_color-info-bg);
    color: var(--_color-primary);
    font-weight: 700;
  }
  .date-grid.choose td:not([aria-disabled='true'], .outside):hover .num,
  .date-grid.choose td[aria-selected='true'] .num {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .date-grid.choose [aria-selected='true'] {
    background: none;
    box-shadow: none;
  }
  @media (forced-colors: active) {
    .date-grid .num {
      forced-color-adjust: none;
      border-color: Canvas;
      color: CanvasText;
    }
    .date-grid .outside .num,
    .date-grid [aria-disabled='true'] .num {
      color: GrayText;
    }
    .date-grid.choose td:not([aria-disabled='true'], .outside) .num {
      border-color: LinkText;
      background: Canvas;
      color: LinkText;
    }
    .date-grid.choose td[aria-selected='true'] .num {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .date-grid [aria-selected='true'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }
`;
