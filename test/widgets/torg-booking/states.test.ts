import { expect, fixture, html } from '@open-wc/testing';
import { resourceFixtures } from '../../../mocks/fixtures/resources.js';
import type { Resource } from '../../../src/contract/schemas.js';
import '../../../src/widgets/torg-booking/define.js';
import type { TorgBooking, TorgBookingData } from '../../../src/widgets/torg-booking/torg-booking.js';
import { expectConfigError } from '../../helpers/config-error.js';
import { $, $$, settle, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { NOW, button, chooseFirstDay, click, freeDayCells, heading, untilStep } from './helpers.js';

const borgen = (): Resource[] => structuredClone(resourceFixtures.filter((r) => r.torgId === 'borgen'));

describe('<torg-booking> states', () => {
  const env = useTestEnv({ now: NOW });

  describe('loading', () => {
    it('is busy, says "Laster" and is accessible', async () => {
      env.scenario('loading');
      const el = await fixture<TorgBooking>(html`<torg-booking torg="borgen"></torg-booking>`);
      await waitFor(() => $(el, '[part="loading"]'), 'the loading state');
      expect($(el, '[aria-busy="true"]')).to.exist;
      expect(textOf($(el, '[part="loading"]'))).to.equal('Laster …');
      await expect(el).to.be.accessible();
    });

    for (const [what, attributes] of [
      ['the resources', { torg: 'borgen' }],
      ['the month grid (a preselected resource)', { torg: 'borgen', resource: 'borgen-fjorden' }],
    ] as const) {
      it(`holds the space of ${what}, so nothing below jumps when it comes`, async () => {
        env.scenario('loading');
        const waiting = await fixture<TorgBooking>(
          html`<torg-booking
            torg=${attributes.torg}
            resource=${'resource' in attributes ? attributes.resource : ''}
          ></torg-booking>`,
        );
        await waitFor(() => $(waiting, '[part="loading"]'), 'the loading state');
        const reserved = waiting.getBoundingClientRect().height;
        env.scenario('default');
        const el = await env.render<TorgBooking>(
          html`<torg-booking
            torg=${attributes.torg}
            resource=${'resource' in attributes ? attributes.resource : ''}
          ></torg-booking>`,
        );
        await waitFor(() => $(el, '.card, .date-grid'), 'the content');
        await settle(el);
        const shown = el.getBoundingClientRect().height;
        expect(Math.abs(shown - reserved) / shown, `${reserved} px reserved, ${shown} px shown`).to.be.below(0.08);
      });
    }

    it('is busy while a month’s free times load', async () => {
      const el = await env.render<TorgBooking>(html`<torg-booking torg="borgen"></torg-booking>`);
      env.scenario('loading');
      $<HTMLElement>(el, '[part~="resource"]')!.click();
      await waitFor(() => heading(el).includes('Velg dag'), 'the day step');
      expect($(el, '[part="loading"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('loaded', () => {
    it('lists the resources grouped by kind, with description, capacity and approval, accessibly', async () => {
      const el = await env.render<TorgBooking>(html`<torg-booking torg="borgen"></torg-booking>`);
      expect($$(el, 'h3.group').map((h) => textOf(h))).to.deep.equal(['Rom og lokaler']);
      const cards = $$(el, '.card').map((c) => textOf(c));
      expect(cards[0]).to.equal(
        'Møterom Fjorden Lyst møterom med skjerm og whiteboard. Lånes ut til frivillige lag først. Plass til 12 personer · Du bestiller 1 time om gangen',
      );
      expect(cards[1]).to.contain(
        'Plass til 30 personer · Du bestiller 2 timer om gangen · Kommunen må godkjenne bestillingen',
      );
      const choice = $(el, '[part~="resource"]')!;
      expect(textOf(el.shadowRoot!.getElementById(choice.getAttribute('aria-describedby')!))).to.contain(
        'Lyst møterom',
      );
      expect(env.requests({ path: '/torg/borgen/resources' })).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('groups rooms, guidance and digital meetings in that order', async () => {
      const el = await env.render<TorgBooking>(html`<torg-booking torg="tofte"></torg-booking>`);
      expect($$(el, 'h3.group').map((h) => textOf(h))).to.deep.equal([
        'Rom og lokaler',
        'Veiledning',
        'Digitale møter',
      ]);
    });
  });

  describe('empty', () => {
    it('says there is nothing to book, accessibly', async () => {
      env.scenario('empty');
      const el = await env.render<TorgBooking>(html`<torg-booking torg="borgen"></torg-booking>`);
      expect(textOf($(el, '[part="empty"]'))).to.equal('Det er ingenting å bestille på dette torget nå.');
      await expect(el).to.be.accessible();
    });

    it('says when a month has no free times and offers the next month', async () => {
      env.scenario('empty');
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="borgen" resource="borgen-fjorden" .data=${{ resources: borgen() }}></torg-booking>`,
      );
      await untilStep(el, 'Velg dag');
      // It looks ahead once, through the months that can be booked, and ends at the last.
      await waitFor(() => textOf($(el, '#month')) === 'Februar 2027', 'the last bookable month');
      await settle(el);
      expect(textOf($(el, '[part="empty"]'))).to.equal('Ingen ledige tider i februar 2027.');
      expect(button(el, /Neste måned$/)!.getAttribute('aria-disabled')).to.equal('true');
      await click(el, button(el, /Forrige måned$/), 'previous month');
      expect(textOf($(el, '[part="empty"]'))).to.equal('Ingen ledige tider i januar 2027. Neste måned');
      await expect(el).to.be.accessible();
    });
  });

  describe('error', () => {
    it('explains a server error with a retry button that works, accessibly', async () => {
      env.scenario('server-error');
      const el = await env.render<TorgBooking>(html`<torg-booking torg="borgen"></torg-booking>`);
      const error = $(el, '[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(textOf(error)).to.contain('Tjenesten har en feil akkurat nå');
      await expect(el).to.be.accessible();
      env.scenario('default');
      await click(el, $(el, '[part="retry"]'), 'retry');
      await untilStep(el, 'Hva vil du bestille?');
      expect($$(el, '[part~="resource"]')).to.have.length(2);
    });

    it('names an unknown torg', async () => {
      const el = await env.render<TorgBooking>(html`<torg-booking torg="atlantis"></torg-booking>`);
      expectConfigError(el, 'Tjenesten fant ikke torget «atlantis». Sjekk attributtet torg.');
      await expect(el).to.be.accessible();
    });

    it('says the torg attribute is missing, without a request', async () => {
      const el = await env.render<TorgBooking>(html`<torg-booking></torg-booking>`);
      expectConfigError(el, 'Elementet mangler attributtet «torg».');
      expect(env.requests()).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('shows the error state for an answer of the wrong shape', async () => {
      env.scenario('invalid-shape');
      const el = await env.render<TorgBooking>(html`<torg-booking torg="borgen"></torg-booking>`);
      expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten sendte data vi ikke kunne lese');
      expect($(el, '[part~="resource"]')).to.equal(null);
    });

    it('shows an error with a retry inside the day step when the free times cannot be loaded', async () => {
      const el = await env.render<TorgBooking>(html`<torg-booking torg="borgen"></torg-booking>`);
      env.scenario('server-error');
      await click(el, $(el, '[part~="resource"]'), 'a resource');
      await untilStep(el, 'Velg dag');
      expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten har en feil akkurat nå');
      await expect(el).to.be.accessible();
      env.scenario('default');
      await click(el, $(el, '[part="retry"]'), 'retry');
      expect(freeDayCells(el).length).to.be.greaterThan(5);
    });
  });

  describe('stale', () => {
    it('keeps the resources with a notice when a refresh fails, accessibly', async () => {
      const el = await env.render<TorgBooking>(html`<torg-booking torg="borgen"></torg-booking>`);
      env.scenario('server-error');
      // Back to the page after 11 minutes: the data refreshes, and the refresh fails.
      env.clock!.jump(11 * 60_000);
      document.dispatchEvent(new Event('visibilitychange'));
      await waitFor(() => $(el, '[part="notice"]'), 'the stale notice');
      await settle(el);
      expect(textOf($(el, '[part="notice"]'))).to.match(
        /^Kunne ikke oppdatere\. Viser informasjon hentet kl\. 10\.00\./,
      );
      expect($$(el, '[part~="resource"]')).to.have.length(2);
      await expect(el).to.be.accessible();
    });
  });

  describe('bad data', () => {
    it('leaves out unreadable resources and says how many', async () => {
      env.scenario('partly-invalid');
      const el = await env.render<TorgBooking>(html`<torg-booking torg="tofte"></torg-booking>`);
      expect($$(el, '[part~="resource"]')).to.have.length(2);
      expect(textOf($(el, '[part="notice"]'))).to.contain('1 oppføring kunne ikke vises');
      await expect(el).to.be.accessible();
    });

    it('uses the data property instead of the API, leaving out invalid items', async () => {
      const data = {
        resources: [...borgen(), { id: 7, name: null, kind: 'slott' }, 'rubbish'],
      } as unknown as TorgBookingData;
      const el = await env.render<TorgBooking>(html`<torg-booking .data=${data}></torg-booking>`);
      expect($$(el, '[part~="resource"]').map((b) => textOf(b))).to.deep.equal([
        'Møterom Fjorden',
        'Kafé KIME, bakre del',
      ]);
      expect(textOf($(el, '[part="notice"]'))).to.contain('2 oppføringer kunne ikke vises');
      expect(env.requests({ path: /\/resources$/ })).to.have.length(0);
    });

    it('shows the error state when the data property has no readable resource', async () => {
      const el = await env.render<TorgBooking>(
        html`<torg-booking .data=${{ resources: 'nope' } as unknown as TorgBookingData}></torg-booking>`,
      );
      expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten sendte data vi ikke kunne lese');
    });

    it('uses free times from the data property and ignores unreadable or broken slots', async () => {
      const data: TorgBookingData = {
        resources: borgen(),
        availability: {
          'borgen-fjorden': [
            { start: '2026-12-10T10:00:00+01:00', end: '2026-12-10T11:00:00+01:00', available: true },
            { start: '2026-12-11T10:00:00+01:00', end: '2026-12-11T09:00:00+01:00', available: true },
            { start: '2026-12-14T10:00:00+01:00', end: '2026-12-14T11:00:00+01:00', available: false },
            { start: '2026-12-02T10:00:00+01:00', end: '2026-12-02T11:00:00+01:00', available: true },
          ],
        },
      };
      const el = await env.render<TorgBooking>(
        html`<torg-booking resource="borgen-fjorden" .data=${data}></torg-booking>`,
      );
      await untilStep(el, 'Velg dag');
      expect(freeDayCells(el).map((c) => c.dataset.date)).to.deep.equal(['2026-12-10']);
      await chooseFirstDay(el);
      expect($$(el, '[part~="slot"]').map((b) => textOf(b))).to.deep.equal(['kl. 10.00–11.00, 1 time']);
      expect(env.requests()).to.have.length(0);
    });

    it('shows hostile text as text, never as HTML', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const [fjorden] = borgen();
      const data: TorgBookingData = { resources: [{ ...fjorden!, name: hostile, description: hostile }] };
      const el = await env.render<TorgBooking>(html`<torg-booking .data=${data}></torg-booking>`);
      expect(textOf($(el, '[part~="resource"]'))).to.equal(hostile);
      expect(textOf($(el, '.about p'))).to.equal(hostile);
      expect($(el, 'img')).to.equal(null);
      expect($(el, 'script')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('language', () => {
    it('speaks nynorsk, with nynorsk day names', async () => {
      const el = await env.render<TorgBooking>(html`<torg-booking lang="nn" torg="tofte"></torg-booking>`);
      expect(heading(el)).to.equal('Steg 1 av 5 Kva vil du bestille?');
      expect($$(el, 'h3.group').map((h) => textOf(h))).to.deep.equal(['Rom og lokale', 'Rettleiing', 'Digitale møte']);
      await click(el, button(el, 'Byggesak: drop-in', '[part~="resource"]'), 'the resource');
      await untilStep(el, 'Vel dag');
      expect(textOf($(el, '[data-date="2026-12-09"] .vh'))).to.equal('onsdag 9. desember, ingen ledige tider');
      expect(textOf($(el, '[data-date="2026-12-29"] .vh'))).to.equal('tysdag 29. desember, kan ikkje bestillast');
      await click(el, freeDayCells(el)[0], 'a day');
      await untilStep(el, 'Vel tid');
      expect(textOf($(el, '.step h3'))).to.equal('Ledige tider tysdag 8. desember');
      expect(textOf($(el, '[part~="slot"]'))).to.match(/^kl\. \d\d\.\d\d–\d\d\.\d\d, 30 minutt$/);
      await expect(el).to.be.accessible();
    });

    it('speaks English, with English times', async () => {
      const el = await env.render<TorgBooking>(html`<torg-booking lang="en" torg="tofte"></torg-booking>`);
      expect(heading(el)).to.equal('Step 1 of 5 What would you like to book?');
      expect(textOf($$(el, '.card')[0]!)).to.contain('Room for 40 people · You book 2 hours at a time');
      await click(el, button(el, 'Byggesak: drop-in', '[part~="resource"]'), 'the resource');
      await untilStep(el, 'Choose a day');
      expect(textOf($(el, '#month'))).to.equal('December 2026');
      expect(textOf($(el, '[data-date="2026-12-09"] .vh'))).to.equal('Wednesday 9 December, no free times');
      await click(el, freeDayCells(el)[0], 'a day');
      await untilStep(el, 'Choose a time');
      expect(textOf($(el, '.step h3'))).to.equal('Free times on Tuesday 8 December');
      expect(textOf($(el, '[part~="slot"]'))).to.match(/^\d\d:\d\d–\d\d:\d\d, 30 minutes$/);
      await expect(el).to.be.accessible();
    });

    it('switches language while keeping the step', async () => {
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="borgen" resource="borgen-fjorden"></torg-booking>`,
      );
      await untilStep(el, 'Velg dag');
      el.lang = 'en';
      await waitFor(() => heading(el) === 'Step 1 of 4 Choose a day', 'English heading');
    });
  });
});
