/**
 * "Abonner på møtekalenderen" in `<torg-agenda>`: offered when the API has
 * the optional feed `GET /committees/{id}/meetings.ics` (one HEAD); the feed
 * behind the link read with ical.js.
 */
import { expect, html } from '@open-wc/testing';
import ICAL from 'ical.js';
import { db } from '../../../mocks/db.js';
import type { TorgAgenda } from '../../../src/widgets/torg-agenda/define.js';
import '../../../src/widgets/torg-agenda/define.js';
import { warmUpAxe } from '../../helpers/axe.js';
import { $, MOCK_API_BASE, textOf, useTestEnv, waitFor } from '../../helpers/env.js';

const NOW = '2026-12-03T10:00:00+01:00';
const FEED = `${MOCK_API_BASE}/committees/tofte-lsu/meetings.ics`;

const subscribe = (el: TorgAgenda): HTMLAnchorElement | null => $<HTMLAnchorElement>(el, '[part~="subscribe"]');
const feedUrl = (el: TorgAgenda): HTMLAnchorElement | null => $<HTMLAnchorElement>(el, '[part~="feed-url"]');

describe('<torg-agenda> subscribe to the meeting calendar', () => {
  warmUpAxe();
  const env = useTestEnv({ now: NOW });

  it("offers the committee's feed when the API has it (one HEAD, with the meetings)", async () => {
    const el = await env.render<TorgAgenda>(html`<torg-agenda committee="tofte-lsu"></torg-agenda>`);
    expect(env.requests({ path: '/committees/tofte-lsu/meetings.ics' }).map((r) => r.method)).to.deep.equal(['HEAD']);
    expect(textOf(subscribe(el))).to.equal('Abonner på møtekalenderen');
    expect(subscribe(el)!.href).to.equal(FEED.replace(/^https:/, 'webcal:'));
    expect(feedUrl(el)!.href).to.equal(FEED);
    const help = textOf($(el, '[part~="feed"]'));
    expect(help).to.contain('henter kalenderappen din selv nye, flyttede og avlyste møter.');
    expect(help).to.contain('«Legg til i kalenderen» ved ett møte lagrer bare en kopi');
  });

  it('is accessible with the subscribe block', async () => {
    const el = await env.render<TorgAgenda>(html`<torg-agenda committee="slemmestad-lsu"></torg-agenda>`);
    expect(subscribe(el)).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('links a feed with every meeting of the committee, the cancelled one as cancelled', async () => {
    const el = await env.render<TorgAgenda>(html`<torg-agenda committee="tofte-lsu"></torg-agenda>`);
    const text = await (await fetch(feedUrl(el)!.href, { cache: 'no-store' })).text();
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const meetings = db().meetings.filter((m) => m.committeeId === 'tofte-lsu');
    expect(events.map((v) => v.getFirstPropertyValue('uid')).sort()).to.deep.equal(
      meetings.map((m) => `meeting-${m.id}@innbyggertorg.asker.kommune.no`).sort(),
    );
    const cancelled = events.filter((v) => v.getFirstPropertyValue('status') === 'CANCELLED');
    expect(cancelled.length).to.equal(meetings.filter((m) => m.status === 'avlyst').length);
    expect(cancelled.length).to.be.greaterThan(0);
  });

  it("offers the meeting's own committee's feed for one meeting shown in full", async () => {
    const el = await env.render<TorgAgenda>(html`<torg-agenda meeting="tofte-lsu-m3"></torg-agenda>`);
    await waitFor(() => subscribe(el) !== null, 'the link');
    expect(feedUrl(el)!.href).to.equal(FEED);
  });

  it('offers none when the API has no feed, for an unknown committee, with hide-subscribe, or for data', async () => {
    env.scenario('without-optional');
    const without = await env.render<TorgAgenda>(html`<torg-agenda committee="tofte-lsu"></torg-agenda>`);
    expect($(without, '[part~="meeting"]')).to.not.equal(null);
    expect($(without, '[part~="feed"]')).to.equal(null);
    await expect(without).to.be.accessible();

    env.scenario('default');
    const hidden = await env.render<TorgAgenda>(
      html`<torg-agenda committee="heggedal-lsu" hide-subscribe></torg-agenda>`,
    );
    expect($(hidden, '[part~="meeting"]')).to.not.equal(null);
    expect($(hidden, '[part~="feed"]')).to.equal(null);
    expect(env.requests({ path: /heggedal-lsu\/meetings\.ics$/ })).to.deep.equal([]);

    const data = db().meetings.filter((m) => m.committeeId === 'tofte-lsu');
    const given = await env.render<TorgAgenda>(html`<torg-agenda .data=${data}></torg-agenda>`);
    expect($(given, '[part~="feed"]')).to.equal(null);
  });

  it('speaks nynorsk and English', async () => {
    const nn = await env.render<TorgAgenda>(html`<torg-agenda lang="nn" committee="tofte-lsu"></torg-agenda>`);
    expect(textOf(subscribe(nn))).to.equal('Abonner på møtekalenderen');
    expect(textOf($(nn, '[part~="feed"]'))).to.contain('nye, flytta og avlyste møte');
    const en = await env.render<TorgAgenda>(html`<torg-agenda lang="en" committee="tofte-lsu"></torg-agenda>`);
    expect(textOf(subscribe(en))).to.equal('Subscribe to the meeting calendar');
  });
});
