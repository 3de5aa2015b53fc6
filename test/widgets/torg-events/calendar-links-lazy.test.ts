/**
 * "Add to calendar" (parts/calendar-links.ts) comes with the .ics writer the
 * first time an event is opened. When it cannot be fetched once, the event
 * opens anyway and its links come at the next opening. A file of its own: the
 * links need the writer, so nothing may have fetched either before
 * (the writer failing: chunks.test.ts).
 */
import { expect, html } from '@open-wc/testing';
import '../../../src/widgets/torg-events/define.js';
import { failModuleOnce } from '../../helpers/chunks.js';
import { $, settle, textOf, useTestEnv } from '../../helpers/env.js';
import { event, type TorgEvents } from './helpers.js';

describe('<torg-events> and "add to calendar"', () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  it('"add to calendar": the event opens anyway, and its calendar links come at the next opening', async () => {
    const chunk = failModuleOnce('/src/widgets/torg-events/parts/calendar-links');
    const data = [event({ id: 'a', title: 'Kveld', start: '2026-12-04T18:00:00+01:00' })];
    const el = await env.render<TorgEvents>(html`<torg-events .data=${data}></torg-events>`);
    const toggle = (): HTMLButtonElement => $<HTMLButtonElement>(el, '[part~="event-toggle"]')!;
    toggle().click();
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
