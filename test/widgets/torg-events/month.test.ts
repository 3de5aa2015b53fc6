import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/torg-events/define.js';
import { $, $$, settle, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { announced, click, event, type TorgEvents } from './helpers.js';

const NOW = '2026-12-03T10:00:00+01:00';

const focused = (el: TorgEvents): string | undefined =>
  (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset?.date;

async function press(el: TorgEvents, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}

function cell(el: TorgEvents, date: string): HTMLElement {
  return $(el, `td[data-date="${date}"]`)!;
}

/** Events on one day, `n` of them, from 09:00 hourly. */
function manyOn(date: string, n: number, prefix = 'Aktivitet'): ReturnType<typeof event>[] {
  return Array.from({ length: n }, (_, i) =>
    event({
      id: `${prefix}-${date}-${i}`,
      title: `${prefix} ${i + 1}`,
      start: `${date}T${String(9 + i).padStart(2, '0')}:00:00+01:00`,
    }),
  );
}

describe('<torg-events> month view', () => {
  const env = useTestEnv({ now: NOW });

  it('asks for the month only and shows a Monday-first ARIA grid with ISO week numbers', async () => {
    const el = await env.render<TorgEvents>(html`<torg-events view="month"></torg-events>`);
    const [request] = env.requests({ path: '/events' });
    expect(request!.url.searchParams.get('from')).to.equal('2026-12-01');
    expect(request!.url.searchParams.get('to')).to.equal('2027-01-01');
    const grid = $(el, '[role="grid"]')!;
    const heading = el.shadowRoot!.getElementById(grid.getAttribute('aria-labelledby')!)!;
    expect(textOf(heading)).to.equal('Desember 2026');
    expect(heading.tagName).to.equal('H2');
    expect($$(el, 'thead th').map((th) => th.getAttribute('abbr') ?? textOf(th))).to.deep.equal([
      'Uke',
      'mandag',
      'tirsdag',
      'onsdag',
      'torsdag',
      'fredag',
      'lørdag',
      'søndag',
    ]);
    expect($$(el, 'tbody th').map((th) => textOf(th))).to.deep.equal(['49', '50', '51', '52', '53']);
    const cells = $$(el, 'tbody td');
    expect(cells).to.have.length(35);
    expect(cells.every((td) => td.getAttribute('role') === 'gridcell')).to.equal(true);
    expect(cells[0]!.dataset.date).to.equal('2026-11-30');
    // Today: aria-current and a spoken "i dag", not colour alone.
    expect(cell(el, '2026-12-03').getAttribute('aria-current')).to.equal('date');
    expect(textOf(cell(el, '2026-12-03').querySelector('.vh'))).to.equal('torsdag 3. desember, i dag');
    // One tab stop: today.
    expect(cells.filter((td) => td.tabIndex === 0).map((td) => td.dataset.date)).to.deep.equal(['2026-12-03']);
    // The view switch says which view is on.
    const pressed = $$(el, '[part~="view-switch"] button').map((b) => b.getAttribute('aria-pressed'));
    expect(pressed).to.deep.equal(['false', 'true']);
  });

  it('shows a few events a day, then "+N flere"', async () => {
    const data = [...manyOn('2026-12-10', 5), ...manyOn('2026-12-11', 3, 'Kurs')];
    const el = await env.render<TorgEvents>(html`<torg-events view="month" .data=${data}></torg-events>`);
    const busy = cell(el, '2026-12-10');
    expect([...busy.querySelectorAll('.cell-events li')].map((li) => textOf(li))).to.deep.equal([
      '09.00 Aktivitet 1',
      '10.00 Aktivitet 2',
    ]);
    expect(textOf(busy.querySelector('.more-n'))).to.equal('+3 flere');
    const three = cell(el, '2026-12-11');
    expect(three.querySelectorAll('.cell-events li')).to.have.length(3);
    expect(three.querySelector('.more-n')).to.equal(null);
    expect(cell(el, '2026-12-12').querySelector('.cell-events')).to.equal(null);
  });

  it('marks a cancelled event in its day cell in words', async () => {
    const data = [event({ id: 'x', title: 'Julemarked', start: '2026-12-12T12:00:00+01:00', cancelled: true })];
    const el = await env.render<TorgEvents>(html`<torg-events view="month" .data=${data}></torg-events>`);
    expect(textOf(cell(el, '2026-12-12').querySelector('.cell-events li'))).to.equal('Avlyst: 12.00 Julemarked');
  });

  it('moves between months with the buttons, says so, and does not ask again for a month it has', async () => {
    const el = await env.render<TorgEvents>(html`<torg-events view="month"></torg-events>`);
    const nav = $$<HTMLButtonElement>(el, '[part~="month-nav"] button');
    expect(nav.map((b) => textOf(b))).to.deep.equal(['‹Forrige måned', 'I dag', '›Neste måned']);
    nav[2]!.click();
    await settle(el);
    expect(textOf($(el, '#month-title'))).to.equal('Januar 2027');
    await waitFor(() => announced(el) === 'Januar 2027', 'the month announced');
    let events = env.requests({ path: '/events' });
    expect(events).to.have.length(2);
    expect(events[1]!.url.searchParams.get('from')).to.equal('2027-01-01');
    expect(events[1]!.url.searchParams.get('to')).to.equal('2027-02-01');
    nav[0]!.click();
    await settle(el);
    expect(textOf($(el, '#month-title'))).to.equal('Desember 2026');
    nav[2]!.click();
    await settle(el);
    nav[2]!.click();
    await settle(el);
    expect(textOf($(el, '#month-title'))).to.equal('Februar 2027');
    nav[1]!.click();
    await settle(el);
    expect(textOf($(el, '#month-title'))).to.equal('Desember 2026');
    events = env.requests({ path: '/events' });
    // December, January and February, each asked for once.
    expect(events.map((r) => r.url.searchParams.get('from'))).to.deep.equal(['2026-12-01', '2027-01-01', '2027-02-01']);
    expect(env.requests({ path: '/torg' })).to.have.length(1);
  });

  it('follows the ARIA grid pattern from the keyboard, with one tab stop', async () => {
    const el = await env.render<TorgEvents>(html`<torg-events view="month"></torg-events>`);
    // Tab from the last button before the grid lands on today's cell.
    $$<HTMLButtonElement>(el, '[part~="month-nav"] button')[2]!.focus();
    await press(el, 'Tab');
    expect(focused(el)).to.equal('2026-12-03');
    await press(el, 'ArrowRight');
    expect(focused(el)).to.equal('2026-12-04');
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal('2026-12-11');
    await press(el, 'ArrowLeft');
    await press(el, 'ArrowUp');
    expect(focused(el)).to.equal('2026-12-03');
    await press(el, 'End');
    expect(focused(el)).to.equal('2026-12-06');
    await press(el, 'Home');
    expect(focused(el)).to.equal('2026-11-30');
    // The focused day decides the month: November now.
    expect(textOf($(el, '#month-title'))).to.equal('November 2026');
    await waitFor(() => announced(el) === 'November 2026', 'November announced');
    await press(el, 'PageDown');
    expect(focused(el)).to.equal('2026-12-30');
    expect(textOf($(el, '#month-title'))).to.equal('Desember 2026');
    await press(el, 'PageDown');
    expect(focused(el)).to.equal('2027-01-30');
    await press(el, 'PageUp');
    expect(focused(el)).to.equal('2026-12-30');
    expect($$(el, 'tbody td').filter((td) => td.tabIndex === 0)).to.have.length(1);
    // Each month was asked for once: December, November, January.
    expect(env.requests({ path: '/events' }).map((r) => r.url.searchParams.get('from'))).to.deep.equal([
      '2026-12-01',
      '2026-11-01',
      '2027-01-01',
    ]);
    // Tab leaves the grid (to what follows it), Shift+Tab comes back to the same day.
    await press(el, 'Tab');
    expect(focused(el)).to.equal(undefined);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)).to.equal('2026-12-30');
  });

  it('opens a day with Enter: its events below the grid, focus on its heading', async () => {
    const data = [
      ...manyOn('2026-12-10', 5),
      event({ id: 'b', title: 'Annen dag', start: '2026-12-11T12:00:00+01:00' }),
    ];
    const el = await env.render<TorgEvents>(html`<torg-events view="month" .data=${data}></torg-events>`);
    expect(textOf($(el, '.hint'))).to.equal('Velg en dag for å se arrangementene.');
    cell(el, '2026-12-03').focus();
    for (let i = 0; i < 7; i++) await press(el, 'ArrowRight');
    expect(focused(el)).to.equal('2026-12-10');
    await press(el, 'Enter');
    const heading = $(el, '#day-title')!;
    expect(textOf(heading)).to.equal('Torsdag 10. desember');
    expect(el.shadowRoot!.activeElement).to.equal(heading);
    expect(cell(el, '2026-12-10').getAttribute('aria-selected')).to.equal('true');
    const titles = $$(el, '.day-panel [part~="event-toggle"]').map((b) => textOf(b));
    expect(titles).to.deep.equal(['Aktivitet 1', 'Aktivitet 2', 'Aktivitet 3', 'Aktivitet 4', 'Aktivitet 5']);
    await expect(el).to.be.accessible();
    // A click opens another day; Space works too.
    cell(el, '2026-12-11').click();
    await settle(el);
    expect(textOf($(el, '#day-title'))).to.equal('Fredag 11. desember');
    cell(el, '2026-12-12').focus();
    await press(el, ' ');
    expect(textOf($(el, '.day-panel p'))).to.equal('Ingen arrangementer denne dagen.');
  });

  it('switches views with the buttons and the view property', async () => {
    const el = await env.render<TorgEvents>(html`<torg-events></torg-events>`);
    expect($(el, '[role="grid"]')).to.equal(null);
    await click(el, 'Måned');
    expect(el.view).to.equal('month');
    expect($(el, '[role="grid"]')).to.exist;
    el.view = 'list';
    await settle(el);
    expect($(el, '[role="grid"]')).to.equal(null);
    expect($(el, '[part~="range"]')).to.exist;
  });

  it('is accessible with events', async () => {
    const el = await env.render<TorgEvents>(html`<torg-events view="month"></torg-events>`);
    await expect(el).to.be.accessible();
  });

  it('empty: "Ingen arrangementer i desember", the grid still there, accessible', async () => {
    env.scenario('empty');
    const el = await env.render<TorgEvents>(html`<torg-events view="month"></torg-events>`);
    expect(textOf($(el, '[part="empty"]'))).to.equal('Ingen arrangementer i desember.');
    expect($(el, '[role="grid"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('error: plain words below the grid, accessible', async () => {
    env.scenario('server-error');
    const el = await env.render<TorgEvents>(html`<torg-events view="month"></torg-events>`);
    expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten har en feil akkurat nå');
    expect($(el, '[role="grid"]')!.getAttribute('aria-busy')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('loading: the grid holds the space, busy, says "Laster", accessible', async () => {
    env.scenario('loading');
    const el = await fixture<TorgEvents>(html`<torg-events view="month"></torg-events>`);
    await waitFor(() => $(el, '[role="grid"]'), 'the grid');
    expect($(el, '[role="grid"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(textOf($(el, '[part="loading"]'))).to.equal('Laster …');
    expect($$(el, 'tbody td')).to.have.length(35);
    await expect(el).to.be.accessible();
  });

  it('speaks English and nynorsk', async () => {
    const en = await env.render<TorgEvents>(html`<torg-events view="month" lang="en"></torg-events>`);
    expect(textOf($(en, '#month-title'))).to.equal('December 2026');
    expect(textOf($(en, 'thead th'))).to.equal('Week');
    expect(textOf($(en, 'thead th:nth-child(2) [aria-hidden]'))).to.equal('Mon');
    expect(textOf(cell(en, '2026-12-03').querySelector('.vh'))).to.equal('Thursday 3 December, today');
    expect($$(en, '[part~="month-nav"] button').map((b) => textOf(b))).to.deep.equal([
      '‹Previous month',
      'Today',
      '›Next month',
    ]);
    const nn = await env.render<TorgEvents>(html`<torg-events view="month" lang="nn"></torg-events>`);
    expect(textOf($(nn, 'thead th'))).to.equal('Veke');
    expect(textOf($(nn, 'thead th:nth-child(2) [aria-hidden]'))).to.equal('mån');
    expect(textOf(cell(nn, '2026-12-01').querySelector('.vh'))).to.equal('tysdag 1. desember');
  });
});
