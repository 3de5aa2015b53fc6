import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import { LitElement } from 'lit';
import { DateGridController, dateGridStyles, monthWeeks, renderDateGrid } from '../../src/shared/date-grid.js';
import { sharedStyles } from '../../src/core/styles.js';
import { isoWeekday } from '../../src/domain/oslo-time.js';
import { $, $$ } from '../helpers/env.js';

/** A host like a widget's: a heading and the grid, recording what happened. */
class GridHost extends LitElement {
  static override styles = [sharedStyles, dateGridStyles];
  months: string[] = [];
  activated: string[] = [];
  weekNumbers = true;
  choose = false;
  closed = new Set(['2026-12-25']);
  readonly grid = new DateGridController(this, {
    initial: '2026-12-03',
    min: '2026-01-01',
    max: '2027-12-31',
    onMonthChange: (month) => this.months.push(month),
    onActivate: (date) => this.activated.push(date),
    disabled: (date) => (this.closed.has(date) ? 'stengt' : undefined),
  });

  override render(): unknown {
    return html`<h2 id="m">${this.grid.month}</h2>
      ${renderDateGrid(this.grid, {
        locale: 'nb',
        today: '2026-12-03',
        labelledBy: 'm',
        weekNumbers: this.weekNumbers,
        choose: this.choose,
        labels: { week: 'Uke', today: 'i dag' },
        selected: (date) => this.activated.at(-1) === date,
        day: (date, info) => (info.inMonth && date.endsWith('-10') ? html`<span class="x">Marked</span>` : ''),
      })}`;
  }
}
customElements.define('grid-host', GridHost);

async function render(): Promise<GridHost> {
  const el = await fixture<GridHost>(html`<grid-host></grid-host>`);
  await el.updateComplete;
  return el;
}

const focusedDate = (el: GridHost): string | undefined =>
  (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.date;

async function press(el: GridHost, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await el.updateComplete;
}

describe('date grid (core)', () => {
  it('is an ARIA grid of weeks, Monday first, with ISO week numbers and day cells', async () => {
    const el = await render();
    const grid = $(el, 'table')!;
    expect(grid.getAttribute('role')).to.equal('grid');
    expect(grid.getAttribute('aria-labelledby')).to.equal('m');
    const headers = $$(el, 'thead th').map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
    expect(headers[0]).to.equal('Uke');
    expect(headers[1]).to.equal('manmandag');
    expect(headers[7]).to.equal('sønsøndag');
    const rows = $$(el, 'tbody tr');
    expect(rows).to.have.length(5);
    // 1 December 2026 is a Tuesday in ISO week 49.
    expect(rows[0]!.querySelector('th')!.textContent!.trim()).to.equal('49');
    const cells = $$(el, 'td');
    expect(cells).to.have.length(35);
    expect(cells.every((td) => td.getAttribute('role') === 'gridcell')).to.equal(true);
    expect(cells[0]!.dataset.date).to.equal('2026-11-30');
    expect(cells[0]!.classList.contains('outside')).to.equal(true);
    expect($(el, 'td[data-date="2026-12-10"] .x')!.textContent).to.equal('Marked');
  });

  it('gives the grid one tab stop, on the focused day', async () => {
    const el = await render();
    const stops = $$(el, 'td').filter((td) => td.tabIndex === 0);
    expect(stops.map((td) => td.dataset.date)).to.deep.equal(['2026-12-03']);
  });

  it('marks today with aria-current and a spoken "i dag", and says the full date', async () => {
    const el = await render();
    const today = $(el, 'td[data-date="2026-12-03"]')!;
    expect(today.getAttribute('aria-current')).to.equal('date');
    expect(today.querySelector('.vh')!.textContent).to.equal('torsdag 3.\u00a0desember, i dag');
    expect($(el, 'td[data-date="2026-12-04"]')!.hasAttribute('aria-current')).to.equal(false);
  });

  it('moves with arrows, Home/End and PageUp/PageDown, and reports a month change', async () => {
    const el = await render();
    $(el, 'td[tabindex="0"]')!.focus();
    await press(el, 'ArrowRight');
    expect(focusedDate(el)).to.equal('2026-12-04');
    await press(el, 'ArrowDown');
    expect(focusedDate(el)).to.equal('2026-12-11');
    await press(el, 'ArrowLeft');
    expect(focusedDate(el)).to.equal('2026-12-10');
    await press(el, 'ArrowUp');
    expect(focusedDate(el)).to.equal('2026-12-03');
    await press(el, 'Home');
    expect(focusedDate(el)).to.equal('2026-11-30');
    expect(el.months).to.deep.equal(['2026-11']);
    expect($(el, 'h2')!.textContent).to.equal('2026-11');
    await press(el, 'End');
    expect(focusedDate(el)).to.equal('2026-12-06');
    await press(el, 'PageDown');
    expect(focusedDate(el)).to.equal('2027-01-06');
    await press(el, 'PageUp');
    await press(el, 'PageUp');
    expect(focusedDate(el)).to.equal('2026-11-06');
    await sendKeys({ down: 'Shift' });
    await press(el, 'PageDown');
    await sendKeys({ up: 'Shift' });
    expect(focusedDate(el)).to.equal('2027-11-06');
    expect(el.months).to.deep.equal(['2026-11', '2026-12', '2027-01', '2026-12', '2026-11', '2027-11']);
    // Still exactly one tab stop.
    expect($$(el, 'td').filter((td) => td.tabIndex === 0)).to.have.length(1);
  });

  it('keeps the day of the month on PageDown where it exists (31 January → 28 February)', async () => {
    const el = await render();
    el.grid.goTo('2027-01-31');
    await el.updateComplete;
    $(el, 'td[tabindex="0"]')!.focus();
    await press(el, 'PageDown');
    expect(focusedDate(el)).to.equal('2027-02-28');
  });

  it('stops at min and max', async () => {
    const el = await render();
    el.grid.goTo('2026-01-01');
    await el.updateComplete;
    $(el, 'td[tabindex="0"]')!.focus();
    await press(el, 'ArrowLeft');
    expect(focusedDate(el)).to.equal('2026-01-01');
    el.grid.goTo('2030-05-05', { focus: true });
    await el.updateComplete;
    expect(el.grid.focused).to.equal('2027-12-31');
  });

  it('activates with Enter, Space and a click, and marks the selection', async () => {
    const el = await render();
    $(el, 'td[tabindex="0"]')!.focus();
    await press(el, 'Enter');
    await press(el, 'ArrowRight');
    await press(el, ' ');
    $(el, 'td[data-date="2026-12-10"]')!.click();
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.activated).to.deep.equal(['2026-12-03', '2026-12-04', '2026-12-10']);
    expect(focusedDate(el)).to.equal('2026-12-10');
    expect($(el, 'td[data-date="2026-12-10"]')!.getAttribute('aria-selected')).to.equal('true');
    expect($(el, 'td[data-date="2026-12-04"]')!.getAttribute('aria-selected')).to.equal('false');
  });

  it('does not activate a disabled day, and says why it is disabled', async () => {
    const el = await render();
    const christmas = $(el, 'td[data-date="2026-12-25"]')!;
    expect(christmas.getAttribute('aria-disabled')).to.equal('true');
    expect(christmas.querySelector('.vh')!.textContent).to.equal('fredag 25.\u00a0desember, stengt');
    el.grid.goTo('2026-12-25');
    await el.updateComplete;
    christmas.focus();
    await press(el, 'Enter');
    christmas.click();
    expect(el.activated).to.deep.equal([]);
  });

  it('leaves out the week numbers when asked', async () => {
    const el = await render();
    el.weekNumbers = false;
    el.requestUpdate();
    await el.updateComplete;
    expect($$(el, 'th.wk')).to.have.length(0);
    expect($$(el, 'thead th')).to.have.length(7);
  });

  it('is accessible', async () => {
    const el = await render();
    await expect(el).to.be.accessible();
  });

  describe('one look for every grid', () => {
    const num = (el: GridHost, date: string): HTMLElement => $(el, `td[data-date="${date}"] .num`)!;
    const style = (el: GridHost, date: string): CSSStyleDeclaration => getComputedStyle(num(el, date));
    /** Today's bar under its number (a shape: it reads on any day, choosable or not). */
    const bar = (el: GridHost, date: string): string => getComputedStyle(num(el, date), '::after').content;

    it('centres the numbers and marks today with a bar under its number, not a ring', async () => {
      const el = await render();
      const cell = $(el, 'td[data-date="2026-12-08"]')!;
      const box = cell.getBoundingClientRect();
      const number = num(el, '2026-12-08').getBoundingClientRect();
      expect(Math.abs(number.left + number.width / 2 - (box.left + box.width / 2))).to.be.below(1.5);
      expect(bar(el, '2026-12-03')).to.equal('""');
      expect(bar(el, '2026-12-08')).to.equal('none');
      expect(style(el, '2026-12-03').borderTopColor).to.equal(style(el, '2026-12-08').borderTopColor);
    });

    it('in a grid for choosing a day: choosable days framed and tinted, the others muted and not struck out', async () => {
      const el = await render();
      el.choose = true;
      el.closed = new Set(['2026-12-03', '2026-12-25']);
      el.requestUpdate();
      await el.updateComplete;
      expect($(el, 'table')!.classList.contains('choose')).to.equal(true);
      const free = style(el, '2026-12-08');
      const closed = style(el, '2026-12-25');
      expect(free.borderTopStyle).to.equal('solid');
      expect(free.borderTopColor).to.not.equal(free.backgroundColor);
      expect(free.borderTopColor).to.not.equal(closed.borderTopColor);
      expect(free.fontWeight).to.equal('700');
      expect(closed.textDecorationLine).to.equal('none');
      expect(getComputedStyle($(el, 'td[data-date="2026-12-25"]')!).textDecorationLine).to.equal('none');
      // Today, though it cannot be chosen, keeps its bar, and looks like neither a free nor a closed day.
      expect(bar(el, '2026-12-03')).to.equal('""');
      expect(style(el, '2026-12-03').fontWeight).to.equal('700');
      expect(style(el, '2026-12-03').borderTopColor).to.equal(closed.borderTopColor);
      await expect(el).to.be.accessible();
    });
  });

  it('covers every month with whole Monday-to-Sunday weeks (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const key = `${year}-${String(month).padStart(2, '0')}`;
        const weeks = monthWeeks(key);
        const all = weeks.flat();
        expect(weeks.length).to.be.within(4, 6);
        expect(weeks.every((w) => w.length === 7 && isoWeekday(w[0]!) === 1)).to.equal(true);
        const inMonth = all.filter((d) => d.startsWith(key));
        expect(inMonth[0]).to.equal(`${key}-01`);
        // Consecutive days, and the month's last day in the last week.
        expect(new Set(all).size).to.equal(all.length);
        expect(weeks.at(-1)!.some((d) => d.startsWith(key))).to.equal(true);
      }),
    );
  });
});
