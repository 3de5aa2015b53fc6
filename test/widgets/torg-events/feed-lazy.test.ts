/**
 * The iCalendar feed reader (feed.ts with domain/ics-read.ts) is fetched only
 * for an element with `src`: one that shows the API's events or `data`
 * never loads it. A file of its own, so nothing has fetched the reader
 * before (the built files: test/package/package.test.mjs).
 */
import { expect, html } from '@open-wc/testing';
import '../../../src/widgets/torg-events/define.js';
import { $$, useTestEnv } from '../../helpers/env.js';
import { event, type TorgEvents } from './helpers.js';

const FEED = new URL('./fixtures/partner.ics', import.meta.url).href;
/** The reader's modules the page has fetched. */
const fetched = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\/(widgets\/torg-events\/feed|domain\/ics-read)\.ts$/.test(path))
    .sort();

describe('<torg-events> and its iCalendar feed reader', () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  it('fetches the reader only when src is set', async () => {
    const api = await env.render<TorgEvents>(html`<torg-events days="14"></torg-events>`);
    const data = [event({ id: 'a', title: 'Kveld', start: '2026-12-04T18:00:00+01:00', rrule: 'FREQ=WEEKLY' })];
    const given = await env.render<TorgEvents>(html`<torg-events .data=${data}></torg-events>`);
    expect($$(api, '[part~="event"]').length).to.be.greaterThan(0);
    expect($$(given, '[part~="event"]').length).to.be.greaterThan(0);
    expect(fetched()).to.deep.equal([]);
    const feed = await env.render<TorgEvents>(html`<torg-events src=${FEED}></torg-events>`);
    expect($$(feed, '[part~="event"]').length).to.be.greaterThan(0);
    expect(fetched()).to.deep.equal(['/src/domain/ics-read.ts', '/src/widgets/torg-events/feed.ts']);
  });
});
