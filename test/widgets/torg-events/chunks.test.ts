/**
 * The parts of `<torg-events>` loaded on demand (the month grid, the
 * repeating-event engine, the iCalendar feed reader, the .ics writer): when
 * one cannot be fetched once (offline, a deploy replaced the files), the
 * widget says so and trying again recovers. Each part is fetched for the
 * first time in this file (its own page), so the failure is real ("add to
 * calendar", which needs the writer: calendar-links-lazy.test.ts).
 */
import { expect, html } from '@open-wc/testing';
import '../../../src/widgets/torg-events/define.js';
import { failModuleOnce } from '../../helpers/chunks.js';
import { $, settle, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { dayHeadings, entries, event, type TorgEvents } from './helpers.js';

const NOW = '2026-12-03T10:00:00+01:00';

describe('<torg-events> when a part of its code cannot be fetched', () => {
  const env = useTestEnv({ now: NOW });

  it('the month grid: the error state with a retry that fetches it again, the toolbar still there', async () => {
    const chunk = failModuleOnce('/src/widgets/torg-events/parts/month');
    // Events without a series: the repeating-event engine is not fetched here (see below).
    const data = [event({ id: 'a', title: 'Kveld', start: '2026-12-04T18:00:00+01:00' })];
    const el = await env.render<TorgEvents>(html`<torg-events view="month" .data=${data}></torg-events>`);
    await waitFor(() => $(el, '[part="error"]'), 'the error state');
    expect(chunk.failed()).to.equal(true);
    expect(textOf($(el, '[part="error"]'))).to.contain('Vi fikk ikke kontakt med tjenesten');
    expect($(el, '[part~="toolbar"]')).to.exist;
    expect($(el, '[role="grid"]')).to.equal(null);
    $<HTMLButtonElement>(el, '[part="retry"]')!.click();
    await waitFor(() => $(el, '[role="grid"]'), 'the grid after retry');
    await settle(el);
    expect($(el, '[part="error"]')).to.equal(null);
    expect(textOf($(el, '#month-title'))).to.equal('Desember 2026');
    expect(textOf($(el, 'td[data-date="2026-12-04"] .cell-events'))).to.equal('18.00 Kveld');
  });

  it('the repeating-event engine: the error state, and retry shows the series', async () => {
    const chunk = failModuleOnce('/src/domain/recurrence');
    const series = event({
      id: 'sprak',
      title: 'Språkkafé',
      start: '2026-11-25T18:00:00+01:00',
      end: '2026-11-25T19:30:00+01:00',
      rrule: 'FREQ=WEEKLY;BYDAY=WE',
    });
    const el = await env.render<TorgEvents>(html`<torg-events days="14" .data=${[series]}></torg-events>`);
    expect(chunk.failed()).to.equal(true);
    expect($(el, '[part="error"]')).to.exist;
    $<HTMLButtonElement>(el, '[part="retry"]')!.click();
    await waitFor(() => $(el, '[part~="event"]'), 'the series after retry');
    expect(dayHeadings(el)).to.deep.equal(['Onsdag 9. desember', 'Onsdag 16. desember']);
  });

  it('the iCalendar feed reader: the error state, and retry reads the feed', async () => {
    const chunk = failModuleOnce('/src/widgets/torg-events/feed');
    const feed = new URL('./fixtures/partner.ics', import.meta.url).href;
    const el = await env.render<TorgEvents>(html`<torg-events src=${feed}></torg-events>`);
    expect(chunk.failed()).to.equal(true);
    expect($(el, '[part="error"]')).to.exist;
    $<HTMLButtonElement>(el, '[part="retry"]')!.click();
    await waitFor(() => $(el, '[part~="event"]'), 'the feed after retry');
    expect(entries(el, 'Julekonsert')).to.have.length(1);
  });

  it('the .ics writer: the event opens anyway, and its calendar links come at the next opening', async () => {
    const chunk = failModuleOnce('/src/domain/ics');
    const data = [event({ id: 'a', title: 'Kveld', start: '2026-12-04T18:00:00+01:00' })];
    const el = await env.render<TorgEvents>(html`<torg-events .data=${data}></torg-events>`);
    const toggle = (): HTMLButtonElement => $<HTMLButtonElement>(el, '[part~="event-toggle"]')!;
    toggle().click();
    // The links are busy while the writer loads: settled, it has failed.
    await settle(el);
    expect(chunk.failed()).to.equal(true);
    expect($(el, '[part~="details"]')).to.exist;
    expect($(el, '[part~="calendar-link"]')).to.equal(null);
    toggle().click(); // closed
    await settle(el);
    toggle().click(); // opened again
    await settle(el);
    expect(textOf($(el, '[part~="calendar-link"]'))).to.equal('Legg til i kalenderen: Kveld');
  });
});
