/**
 * "Abonner på kalenderen" in `<torg-events>`: offered when the API has the
 * optional feed `GET /events.ics` (one HEAD), with the filters in use; the
 * feed behind the link read with ical.js.
 */
import { expect, html } from '@open-wc/testing';
import ICAL from 'ical.js';
import { db } from '../../../mocks/db.js';
import '../../../src/widgets/torg-events/define.js';
import { warmUpAxe } from '../../helpers/axe.js';
import { $, MOCK_API_BASE, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { choose, event, type TorgEvents } from './helpers.js';

const NOW = '2026-12-03T10:00:00+01:00';
const FEED = `${MOCK_API_BASE}/events.ics`;
const WEBCAL = FEED.replace(/^https:/, 'webcal:');

const subscribe = (el: TorgEvents): HTMLAnchorElement | null => $<HTMLAnchorElement>(el, '[part~="subscribe"]');
const feedUrl = (el: TorgEvents): HTMLAnchorElement | null => $<HTMLAnchorElement>(el, '[part~="feed-url"]');

/** The UIDs of the events in a feed, read with ical.js. */
async function feedUids(url: string): Promise<string[]> {
  const text = await (await fetch(url, { cache: 'no-store' })).text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar
    .getAllSubcomponents('vevent')
    .map((v) => String(v.getFirstPropertyValue('uid')))
    .sort();
}

describe('<torg-events> subscribe to the calendar', () => {
  warmUpAxe();
  const env = useTestEnv({ now: NOW });

  it('offers the feed when the API has it (one HEAD, with the events): webcal to subscribe, https to paste', async () => {
    const el = await env.render<TorgEvents>(html`<torg-events></torg-events>`);
    expect(env.requests({ path: '/events.ics' }).map((r) => r.method)).to.deep.equal(['HEAD']);
    expect(textOf(subscribe(el))).to.equal('Abonner på kalenderen');
    expect(subscribe(el)!.href).to.equal(WEBCAL);
    expect(feedUrl(el)!.href).to.equal(FEED);
    expect(textOf(feedUrl(el))).to.equal(FEED);
    const help = textOf($(el, '[part~="feed"]'));
    // Subscribing versus the one event's own link, named by its exact text.
    expect(help).to.contain('Med et abonnement henter kalenderappen din selv nye og endrede arrangementer.');
    expect(help).to.contain(
      '«Legg til i kalenderen» ved ett arrangement lagrer bare en kopi, som ikke blir oppdatert.',
    );
    expect(help).to.contain('I Google Kalender eller Outlook på nett limer du inn denne adressen');
    expect(help).to.not.contain('filtrene');
  });

  it('is accessible with the subscribe block', async () => {
    const el = await env.render<TorgEvents>(html`<torg-events torg="borgen"></torg-events>`);
    expect(subscribe(el)).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('carries the filters in use — from the attributes and the controls — and says so', async () => {
    const el = await env.render<TorgEvents>(html`<torg-events category="kultur" torg="borgen"></torg-events>`);
    expect(subscribe(el)!.href).to.equal(`${WEBCAL}?torg=borgen&category=kultur`);
    expect(feedUrl(el)!.href).to.equal(`${FEED}?torg=borgen&category=kultur`);
    expect(textOf($(el, '[part~="feed"]'))).to.contain(
      'Abonnementet følger filtrene du har valgt: Kultur, Borgen innbyggertorg.',
    );
    await choose(el, 'Passer for', 'barn');
    await waitFor(() => subscribe(el)!.href.includes('audience=barn'), 'the audience in the link');
    expect(subscribe(el)!.href).to.equal(`${WEBCAL}?torg=borgen&category=kultur&audience=barn`);
    expect(textOf($(el, '[part~="feed"]'))).to.contain('valgt: Kultur, Barn, Borgen innbyggertorg.');
    await choose(el, 'Kategori', '');
    await choose(el, 'Sted', '');
    await waitFor(() => subscribe(el)!.href === `${WEBCAL}?audience=barn`, 'only the audience left');
    // One HEAD for the page, whatever the filters: the answer is reused.
    expect(env.requests({ method: 'HEAD' })).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('links a feed that holds exactly the events of those filters', async () => {
    const el = await env.render<TorgEvents>(html`<torg-events category="kultur" audience="barn"></torg-events>`);
    const expected = db()
      .events.filter((e) => e.categories.includes('kultur') && e.audience?.includes('barn'))
      .map((e) => `${e.id}@innbyggertorg.asker.kommune.no`)
      .sort();
    expect(expected.length).to.be.greaterThan(0);
    expect(await feedUids(feedUrl(el)!.href)).to.deep.equal(expected);
  });

  it('encodes filter values, whatever the page or the API put in them', async () => {
    const el = await env.render<TorgEvents>(
      html`<torg-events category=${'a&b=c#d e'} torg="x/../y?z" audience=${'\uD800'}></torg-events>`,
    );
    const link = new URL(feedUrl(el)!.href);
    expect(link.pathname).to.equal('/v1/events.ics');
    expect(link.hash).to.equal('');
    expect(Object.fromEntries(link.searchParams)).to.deep.equal({
      torg: 'x/../y?z',
      category: 'a&b=c#d e',
      audience: '\uFFFD',
    });
    expect(subscribe(el)!.getAttribute('href')).to.equal(
      'webcal://api.innbyggertorg.test/v1/events.ics?torg=x%2F..%2Fy%3Fz&category=a%26b%3Dc%23d+e&audience=%EF%BF%BD',
    );
  });

  it('offers no subscription when the API has no feed (the HEAD got 404)', async () => {
    env.scenario('without-optional');
    const el = await env.render<TorgEvents>(html`<torg-events></torg-events>`);
    expect($(el, '[part~="event"]')).to.not.equal(null);
    expect(env.requests({ path: '/events.ics' }).map((r) => r.method)).to.deep.equal(['HEAD']);
    expect($(el, '[part~="feed"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('with hide-subscribe: no link, and nothing asked', async () => {
    const el = await env.render<TorgEvents>(html`<torg-events hide-subscribe></torg-events>`);
    expect($(el, '[part~="event"]')).to.not.equal(null);
    expect($(el, '[part~="feed"]')).to.equal(null);
    expect(env.requests({ path: '/events.ics' })).to.deep.equal([]);
    el.hideSubscribe = false;
    await waitFor(() => subscribe(el) !== null, 'the link once asked for');
  });

  it('offers none for events given as data (they are not the API’s)', async () => {
    const data = [event({ id: 'a', start: '2026-12-04T18:00:00+01:00' })];
    const el = await env.render<TorgEvents>(html`<torg-events .data=${data}></torg-events>`);
    expect($(el, '[part~="feed"]')).to.equal(null);
    expect(env.requests()).to.deep.equal([]);
  });

  it('stays in the month view', async () => {
    const el = await env.render<TorgEvents>(html`<torg-events view="month" category="kurs"></torg-events>`);
    await waitFor(() => subscribe(el) !== null, 'the link');
    expect(subscribe(el)!.href).to.equal(`${WEBCAL}?category=kurs`);
  });

  it('speaks nynorsk and English', async () => {
    const nn = await env.render<TorgEvents>(html`<torg-events lang="nn" category="kultur"></torg-events>`);
    expect(textOf(subscribe(nn))).to.equal('Abonner på kalenderen');
    expect(textOf($(nn, '[part~="feed"]'))).to.contain('Med eit abonnement hentar kalenderappen din sjølv');
    expect(textOf($(nn, '[part~="feed"]'))).to.contain('filtra du har valt: Kultur.');
    const en = await env.render<TorgEvents>(html`<torg-events lang="en"></torg-events>`);
    expect(textOf(subscribe(en))).to.equal('Subscribe to the calendar');
    expect(textOf($(en, '[part~="feed"]'))).to.contain('your calendar app fetches new and changed events by itself');
  });
});
