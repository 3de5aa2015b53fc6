import { expect, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { formatTime } from '../../../src/core/format.js';
import '../../../src/widgets/torg-booking/define.js';
import type { TorgBooking } from '../../../src/widgets/torg-booking/torg-booking.js';
import { $, $$, settle, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import {
  KARI,
  NOW,
  active,
  button,
  chooseFirstDay,
  chooseFirstSlot,
  chooseResource,
  click,
  fill,
  fixtureFreeSlots,
  freeDayCells,
  heading,
  tabTo,
  toReview,
  untilStep,
  toDetails,
} from './helpers.js';

interface A11yNode {
  role?: string;
  name?: string;
  children?: A11yNode[];
}

function nodes(tree: A11yNode, role: string): A11yNode[] {
  const own = tree.role === role ? [tree] : [];
  return [...own, ...(tree.children ?? []).flatMap((child) => nodes(child, role))];
}

describe('<torg-booking> steps', () => {
  const env = useTestEnv({ now: NOW });

  it('walks the whole flow by keyboard only, with focus on each step heading and the progress read out', async () => {
    const el = await env.render<TorgBooking>(html`<torg-booking torg="tofte"></torg-booking>`);
    const booked: CustomEvent[] = [];
    el.addEventListener('torg-booked', (e) => booked.push(e));
    expect(heading(el)).to.equal('Steg 1 av 5 Hva vil du bestille?');

    // 1. Resource: Tab to it, Enter.
    await tabTo(el, (f) => textOf(f) === 'Byggesak: drop-in');
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'Velg dag');
    expect(active(el)).to.equal($(el, '#heading'));
    expect(heading(el)).to.equal('Steg 2 av 5 Velg dag');

    // 2. Day: Tab into the grid (it lands on the first free day), arrows, Enter.
    const cell = await tabTo(el, (f) => f.getAttribute('role') === 'gridcell');
    expect(cell.getAttribute('data-date')).to.equal('2026-12-08');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(active(el)?.getAttribute('data-date')).to.equal('2026-12-15');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'Velg tid');
    expect(active(el)).to.equal($(el, '#heading'));
    expect(heading(el)).to.equal('Steg 3 av 5 Velg tid');

    // 3. Slot.
    const slot = await tabTo(el, (f) => f.matches('[part~="slot"]'));
    const slotName = textOf(slot);
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'Dine opplysninger');
    expect(heading(el)).to.equal('Steg 4 av 5 Dine opplysninger');

    // 4. Details: type, Space on the consent, Enter on "Gå videre".
    await tabTo(el, (f) => f.getAttribute('name') === 'name');
    await sendKeys({ type: 'Kari Nordmann' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'kari@eksempel.no' });
    await tabTo(el, (f) => f.getAttribute('name') === 'consent');
    await sendKeys({ press: 'Space' });
    await tabTo(el, (f) => textOf(f) === 'Gå videre');
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'Se over og bekreft');
    expect(heading(el)).to.equal('Steg 5 av 5 Se over og bekreft');
    const review = textOf($(el, '[part~="review"]'));
    expect(review).to.contain('Byggesak: drop-in').and.contain('Tirsdag 8. desember').and.contain('Kari Nordmann');
    expect(review).to.contain(slotName.replace(/, 30 minutter$/, ''));

    // 5. Confirm.
    await tabTo(el, (f) => f.matches('[part~="confirm"]'));
    await sendKeys({ press: 'Enter' });
    await untilStep(el, 'Bestillingen er bekreftet');
    expect(active(el)).to.equal($(el, '#heading'));
    expect(booked).to.have.length(1);
    expect(env.requests({ method: 'POST', path: '/bookings' })).to.have.length(1);
  });

  describe('is accessible in every step', () => {
    it('the resource, the day and the time', async () => {
      const el = await env.render<TorgBooking>(html`<torg-booking torg="borgen"></torg-booking>`);
      await expect(el).to.be.accessible();
      await chooseResource(el, 'Møterom Fjorden');
      await expect(el).to.be.accessible();
      await chooseFirstDay(el);
      await expect(el).to.be.accessible();
    });

    it('the details, with and without errors', async () => {
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="borgen" resource="borgen-fjorden"></torg-booking>`,
      );
      await toDetails(el);
      await expect(el).to.be.accessible();
      await click(el, $(el, 'button[type="submit"]'), 'Gå videre');
      expect($(el, '[part~="error-summary"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('the review and the result', async () => {
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="borgen" resource="borgen-fjorden"></torg-booking>`,
      );
      await toReview(el, {
        ...KARI,
        phone: '+47 912 34 567',
        organisation: 'Borgen vel',
        purpose: 'Styremøte',
        attendees: '8',
      });
      await expect(el).to.be.accessible();
      await click(el, $(el, '[part~="confirm"]'), 'confirm');
      await untilStep(el, 'Bestillingen er bekreftet');
      await expect(el).to.be.accessible();
    });
  });

  it('follows heading-level: the step heading and the headings inside it', async () => {
    const el = await env.render<TorgBooking>(html`<torg-booking torg="tofte" heading-level="3"></torg-booking>`);
    expect($(el, '#heading')!.localName).to.equal('h3');
    expect($$(el, '.group').map((h) => h.localName)).to.deep.equal(['h4', 'h4', 'h4']);
    await chooseResource(el, 'Byggesak: drop-in');
    expect($(el, '#heading')!.localName).to.equal('h3');
    expect($(el, '#month')!.localName).to.equal('h4');
    await chooseFirstDay(el);
    expect($(el, '.step .sub')!.localName).to.equal('h4');
    expect($$(el, 'h2')).to.have.length(0);
  });

  describe('preselected resource', () => {
    it('skips the resource step, counts four steps and does not take focus on load', async () => {
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="borgen" resource="borgen-fjorden"></torg-booking>`,
      );
      await untilStep(el, 'Velg dag');
      expect(heading(el)).to.equal('Steg 1 av 4 Velg dag');
      expect(active(el)).to.equal(null);
      expect(textOf($(el, '.context'))).to.equal('Møterom Fjorden');
      expect($(el, '[part~="back"]')).to.equal(null);
      const [request] = env.requests({ path: '/resources/borgen-fjorden/availability' });
      expect(request?.url.searchParams.get('from')).to.equal('2026-12-01');
      expect(request?.url.searchParams.get('to')).to.equal('2027-01-01');
      await expect(el).to.be.accessible();
    });

    it('offers no "change" for the resource in the review', async () => {
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="borgen" resource="borgen-fjorden"></torg-booking>`,
      );
      await toReview(el);
      const rows = $$(el, '.review .row');
      expect(textOf(rows[0]!)).to.equal('Hva Møterom Fjorden');
      expect(textOf(rows[1]!)).to.match(/^Dag .+ Endre dag$/);
    });

    it('says so when the resource does not exist at the torg, and lists the others', async () => {
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="borgen" resource="finnes-ikke"></torg-booking>`,
      );
      expect(textOf($(el, '[part="notice"]'))).to.equal(
        'Vi fant ikke «finnes-ikke» på dette torget. Velg blant disse:',
      );
      expect(heading(el)).to.equal('Steg 1 av 5 Hva vil du bestille?');
      expect($$(el, '[part~="resource"]')).to.have.length(2);
    });
  });

  describe('the day', () => {
    it('disables days without a free time and days beyond maxDaysAhead, and says why', async () => {
      // Byggesak drop-in: Tuesdays only, at most 21 days ahead (3 to 24 December).
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="tofte" resource="tofte-byggesak"></torg-booking>`,
      );
      await untilStep(el, 'Velg dag');
      expect(freeDayCells(el).map((c) => c.dataset.date)).to.deep.equal(['2026-12-08', '2026-12-15', '2026-12-22']);
      const day = (date: string): HTMLElement => $(el, `[data-date="${date}"]`)!;
      const spoken = (date: string): string => textOf(day(date).querySelector('.vh'));
      expect(day('2026-12-09').getAttribute('aria-disabled')).to.equal('true');
      expect(spoken('2026-12-09')).to.equal('onsdag 9. desember, ingen ledige tider');
      expect(spoken('2026-12-29')).to.equal('tirsdag 29. desember, kan ikke bestilles');
      expect(spoken('2026-12-01')).to.equal('tirsdag 1. desember, kan ikke bestilles');
      expect(spoken('2026-12-03')).to.equal('torsdag 3. desember, i dag, ingen ledige tider');
      expect(spoken('2026-12-08')).to.equal('tirsdag 8. desember');
      expect(textOf($(el, '.hint'))).to.equal('Dager med ledige tider har ramme. Andre dager kan ikke velges.');
      // Next month is beyond maxDaysAhead: the button says so and does nothing.
      const next = button(el, /Neste måned$/)!;
      expect(next.getAttribute('aria-disabled')).to.equal('true');
      await click(el, next, 'next month');
      expect(textOf($(el, '#month'))).to.equal('Desember 2026');
      // A disabled day cannot be chosen by click or keyboard.
      await click(el, day('2026-12-09'), 'a disabled day');
      expect(heading(el)).to.contain('Velg dag');
      day('2026-12-09').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(heading(el)).to.contain('Velg dag');
      // PageDown stays inside the window.
      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
      expect(active(el)?.getAttribute('data-date')).to.equal('2026-12-24');
      expect(env.requests({ path: /availability/ })).to.have.length(1);
    });

    it('moves between months, loading each month and announcing it', async () => {
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="borgen" resource="borgen-fjorden"></torg-booking>`,
      );
      await untilStep(el, 'Velg dag');
      expect(button(el, /Forrige måned$/)!.getAttribute('aria-disabled')).to.equal('true');
      await click(el, button(el, /Neste måned$/), 'next month');
      await settle(el);
      expect(textOf($(el, '#month'))).to.equal('Januar 2027');
      await waitFor(() => textOf($(el, '[role="status"]')) === 'Januar 2027', 'the month announced');
      const january = env.requests({ path: '/resources/borgen-fjorden/availability' })[1];
      expect(january?.url.searchParams.get('from')).to.equal('2027-01-01');
      expect(january?.url.searchParams.get('to')).to.equal('2027-02-01');
      // 1 January is a holiday in the example data; 1 February is beyond 60 days.
      expect($(el, '[data-date="2027-01-01"]')!.getAttribute('aria-disabled')).to.equal('true');
      expect(freeDayCells(el).every((c) => c.dataset.date! <= '2027-02-01')).to.be.true;
      expect(button(el, /Neste måned$/)!.getAttribute('aria-disabled')).to.equal('false');
    });

    it('shows the next month with free times when the current one has none', async () => {
      env.clock!.set('2026-12-30T10:00:00+01:00');
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="tofte" resource="tofte-byggesak"></torg-booking>`,
      );
      await untilStep(el, 'Velg dag');
      await waitFor(() => textOf($(el, '#month')) === 'Januar 2027', 'January');
      await settle(el);
      expect(freeDayCells(el).map((c) => c.dataset.date)).to.deep.equal(['2027-01-05', '2027-01-12', '2027-01-19']);
      await click(el, button(el, /Forrige måned$/), 'previous month');
      expect(textOf($(el, '[part="empty"]'))).to.contain('Ingen ledige tider i desember 2026.');
      await expect(el).to.be.accessible();
    });
  });

  describe('the time', () => {
    it('offers only free times, each with a full accessible name (never "30m")', async () => {
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="tofte" resource="tofte-byggesak"></torg-booking>`,
      );
      await untilStep(el, 'Velg dag');
      await chooseFirstDay(el);
      expect(textOf($(el, '.step h3'))).to.equal('Ledige tider tirsdag 8. desember');
      const expected = fixtureFreeSlots('tofte-byggesak', '2026-12-08').map(
        (s) => `kl. ${formatTime(Date.parse(s.start), 'nb')}–${formatTime(Date.parse(s.end), 'nb')}, 30 minutter`,
      );
      expect(expected.length).to.be.within(1, 8);
      const names = $$(el, '[part~="slot"]').map((b) => textOf(b));
      expect(names).to.deep.equal(expected);
      // What a screen reader gets, from Chromium's accessibility tree.
      const tree = (await a11ySnapshot({})) as unknown as A11yNode;
      // Spaces as a person hears them (the times keep "kl." and the hour together with a no-break space).
      const buttons = nodes(tree, 'button').map((b) => b.name?.replace(/\s+/g, ' '));
      for (const name of expected) expect(buttons).to.include(name);
      expect(buttons.some((name) => /\d+ ?m\b|min\b/.test(name ?? ''))).to.be.false;
    });

    it('names hours and minutes in full ("1 time", "2 timer")', async () => {
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="borgen" resource="borgen-kime"></torg-booking>`,
      );
      await untilStep(el, 'Velg dag');
      await chooseFirstDay(el);
      expect(textOf($(el, '[part~="slot"]'))).to.match(/^kl\. \d\d\.00–\d\d\.00, 2 timer$/);
    });

    it('shows Oslo times and says so to a viewer in another time zone', async () => {
      await env.setTimeZone('America/New_York');
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="tofte" resource="tofte-byggesak"></torg-booking>`,
      );
      await untilStep(el, 'Velg dag');
      await chooseFirstDay(el);
      const first = fixtureFreeSlots('tofte-byggesak', '2026-12-08')[0]!;
      expect(first.start.slice(11, 16)).to.match(/^1[0-3]:[03]0$/);
      expect(textOf($(el, '[part~="slot"]'))).to.equal(
        `kl. ${first.start.slice(11, 13)}.${first.start.slice(14, 16)}–${formatTime(Date.parse(first.end), 'nb')}, 30 minutter`,
      );
      expect(textOf($(el, '.oslo-time'))).to.equal('Alle tider er norsk tid.');
    });
  });

  describe('back and forward', () => {
    it('keeps every choice and every typed detail', async () => {
      const el = await env.render<TorgBooking>(html`<torg-booking torg="borgen"></torg-booking>`);
      await chooseResource(el, 'Møterom Fjorden');
      const date = await chooseFirstDay(el);
      const slot = await chooseFirstSlot(el);
      await untilStep(el, 'Dine opplysninger');
      fill(el, { name: 'Kari Nordmann', email: 'kari@eksempel.no', purpose: 'Styremøte' });

      await click(el, button(el, 'Tilbake'), 'back');
      await untilStep(el, 'Steg 3 av 5 Velg tid');
      expect(active(el)).to.equal($(el, '#heading'));
      expect(textOf($(el, '[part~="slot"][aria-current="true"]'))).to.equal(slot);
      await click(el, button(el, 'Tilbake'), 'back');
      await untilStep(el, 'Steg 2 av 5 Velg dag');
      expect($(el, '[aria-selected="true"]')!.dataset.date).to.equal(date);
      await click(el, button(el, 'Tilbake'), 'back');
      await untilStep(el, 'Steg 1 av 5');
      expect(textOf($(el, '[part~="resource"][aria-current="true"]'))).to.equal('Møterom Fjorden');

      // Forward again through the same choices.
      await click(el, button(el, 'Møterom Fjorden', '[part~="resource"]'), 'the resource');
      await untilStep(el, 'Velg dag');
      await click(el, $(el, `[data-date="${date}"]`), 'the day');
      await untilStep(el, 'Velg tid');
      await click(el, $(el, '[part~="slot"][aria-current="true"]'), 'the time');
      await untilStep(el, 'Dine opplysninger');
      expect($<HTMLInputElement>(el, '[name="name"]')!.value).to.equal('Kari Nordmann');
      expect($<HTMLInputElement>(el, '[name="email"]')!.value).to.equal('kari@eksempel.no');
      expect($<HTMLTextAreaElement>(el, '[name="purpose"]')!.value).to.equal('Styremøte');
    });

    it('goes back from the review with "change" and straight on to the review after a new time', async () => {
      const el = await env.render<TorgBooking>(html`<torg-booking torg="borgen"></torg-booking>`);
      await toReview(el, KARI, 'Møterom Fjorden');
      await click(el, button(el, 'Endre tid'), 'change time');
      await untilStep(el, 'Velg tid');
      const second = $$(el, '[part~="slot"]')[1]!;
      const name = textOf(second);
      await click(el, second, 'another time');
      await untilStep(el, 'Se over og bekreft');
      expect(textOf($(el, '[part~="review"]'))).to.contain(name.replace(/, 1 time$/, ''));
      expect(textOf($(el, '[part~="review"]'))).to.contain('Kari Nordmann');

      await click(el, button(el, 'Endre e-post'), 'change e-mail');
      await untilStep(el, 'Dine opplysninger');
      expect(active(el)).to.equal($(el, '#f-email'));
    });
  });
});
