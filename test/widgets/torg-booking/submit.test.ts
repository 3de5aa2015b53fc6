import { expect, html } from '@open-wc/testing';
import ICAL from 'ical.js';
import { HttpResponse, http } from 'msw';
import { worker } from '../../../mocks/browser.js';
import { resourceFixtures } from '../../../mocks/fixtures/resources.js';
import { MOCK_API_BASE } from '../../../mocks/handlers.js';
import { formatDate } from '../../../src/core/format.js';
import '../../../src/widgets/torg-booking/define.js';
import type { TorgBooking } from '../../../src/widgets/torg-booking/torg-booking.js';
import { $, $$, nextFrame, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import {
  KARI,
  NOW,
  active,
  button,
  chooseFirstSlot,
  click,
  confirm,
  fill,
  heading,
  toReview,
  untilStep,
  toDetails,
} from './helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function problem(status: number, body: Record<string, unknown>): HttpResponse<string> {
  return new HttpResponse(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

describe('<torg-booking> booking', () => {
  const env = useTestEnv({ now: NOW });
  const posts = (): ReturnType<typeof env.requests> => env.requests({ method: 'POST', path: '/bookings' });

  async function atDetails(torg = 'borgen', resource = 'borgen-fjorden'): Promise<TorgBooking> {
    const el = await env.render<TorgBooking>(html`<torg-booking torg=${torg} resource=${resource}></torg-booking>`);
    await toDetails(el);
    return el;
  }

  describe('checking the details', () => {
    it('blocks the booking until the details are right, with errors at the fields and a summary', async () => {
      const el = await atDetails();
      expect($<HTMLFormElement>(el, 'form')!.noValidate).to.be.true;
      fill(el, { email: 'kari@', attendees: '20' });
      await click(el, button(el, 'Gå videre'), 'Gå videre');
      expect(heading(el)).to.contain('Dine opplysninger');
      const summary = $(el, '[part~="error-summary"]')!;
      expect(active(el)).to.equal(summary);
      expect(textOf(summary.querySelector('h3'))).to.equal('Rett opp disse 4 feilene før du går videre:');
      const links = [...summary.querySelectorAll('a')].map((a) => textOf(a));
      expect(links).to.deep.equal([
        'Skriv navnet ditt.',
        'Skriv en gyldig e-postadresse, for eksempel ola@eksempel.no.',
        'Det er plass til høyst 12. Skriv et lavere tall.',
        'Du må godta dette for å kunne bestille.',
      ]);
      const email = $<HTMLInputElement>(el, '#f-email')!;
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(email.getAttribute('aria-describedby')).to.equal('f-email-hint f-email-error');
      expect(textOf($(el, '#f-email-error'))).to.equal(links[1]);
      expect($(el, '#f-phone')!.getAttribute('aria-invalid')).to.equal('false');
      expect($(el, '#f-consent')!.getAttribute('aria-describedby')).to.equal('f-consent-hint f-consent-error');
      // A link in the summary takes you to the field.
      await click(el, summary.querySelectorAll('a')[1], 'the e-mail link');
      expect(active(el)).to.equal(email);
      await expect(el).to.be.accessible();
      // Nothing was sent.
      expect(posts()).to.have.length(0);
    });

    it('clears a field’s error as soon as it is corrected', async () => {
      const el = await atDetails();
      await click(el, button(el, 'Gå videre'), 'Gå videre');
      expect($(el, '#f-name-error')).to.exist;
      fill(el, { name: 'Kari' });
      await el.updateComplete;
      expect($(el, '#f-name-error')).to.equal(null);
      expect($(el, '#f-name')!.getAttribute('aria-invalid')).to.equal('false');
      expect(textOf($(el, '[part~="error-summary"] h3'))).to.equal('Rett opp disse 2 feilene før du går videre:');
    });

    it('accepts Norwegian and international phone numbers and rejects others', async () => {
      const el = await atDetails();
      for (const [phone, ok] of [
        ['912 34 567', true],
        ['+47 22 12 34 56', true],
        ['+46 70 123 45 67', true],
        ['12 34', false],
      ] as const) {
        fill(el, { ...KARI, phone });
        await click(el, button(el, 'Gå videre'), 'Gå videre');
        expect(heading(el).includes('Se over og bekreft'), phone).to.equal(ok);
        if (ok) await click(el, button(el, 'Tilbake'), 'back to the details');
        else
          expect(textOf($(el, '#f-phone-error'))).to.equal('Skriv et gyldig telefonnummer, eller la feltet stå tomt.');
      }
      expect(posts()).to.have.length(0);
    });

    it('asks for the attendees only when the resource has a capacity', async () => {
      const el = await atDetails('tofte', 'tofte-byggesak');
      expect($(el, '[name="attendees"]')).to.equal(null);
      expect($(el, '[name="name"]')).to.exist;
    });

    it('says what the contact details are used for, next to the consent', async () => {
      const el = await atDetails();
      expect(textOf($(el, '#f-consent-hint'))).to.contain('bare til å behandle denne bestillingen');
      expect(textOf($(el, 'label[for="f-consent"]'))).to.equal('Jeg godtar at opplysningene mine brukes til dette');
    });
  });

  describe('confirming', () => {
    it('sends one booking with an idempotency key, fires torg-booked and shows the confirmation', async () => {
      const el = await env.render<TorgBooking>(html`<torg-booking torg="borgen"></torg-booking>`);
      const events: CustomEvent[] = [];
      document.addEventListener('torg-booked', (e) => events.push(e), { once: true });
      await toReview(
        el,
        { ...KARI, phone: '+47 912 34 567', purpose: 'Styremøte; årsmøte', attendees: '8' },
        'Møterom Fjorden',
      );
      await confirm(el);
      await untilStep(el, 'Bestillingen er bekreftet');
      // "Sender bestillingen …" is gone from the live region; the focused heading says it.
      await nextFrame();
      expect(textOf($(el, '[role="status"]'))).to.equal('');

      const [post] = posts();
      expect(post!.headers.get('Idempotency-Key')).to.match(UUID);
      const body = JSON.parse(post!.body) as Record<string, unknown>;
      expect(body).to.include({
        resourceId: 'borgen-fjorden',
        name: 'Kari Nordmann',
        email: 'kari@eksempel.no',
        phone: '+47 912 34 567',
        purpose: 'Styremøte; årsmøte',
        attendees: 8,
        consent: true,
      });
      expect(body).to.not.have.property('organisation');

      expect(events).to.have.length(1);
      expect(events[0]!.detail).to.deep.equal({ id: 'B-00001', status: 'confirmed' });
      expect(events[0]!.bubbles && events[0]!.composed).to.be.true;
      expect(textOf($(el, '[part~="reference"]'))).to.equal('Referansenummer B-00001');
      const receipt = $(el, '[part~="receipt"]')!;
      // What was booked, its status and where the e-mail went, in one panel.
      expect(textOf(receipt.querySelector('.text'))).to.equal(
        'Tiden er din. Vi har sendt en bekreftelse til kari@eksempel.no.',
      );
      expect(textOf(receipt)).to.contain('Hva Møterom Fjorden').and.contain('Status Bekreftet');
      const cancel = $<HTMLAnchorElement>(el, '[part~="cancel"]')!;
      expect(cancel.href).to.equal(`${MOCK_API_BASE}/bookings/B-00001?token=tb-00001x`);
      expect(active(el)).to.equal($(el, '#heading'));
      await expect(el).to.be.accessible();
    });

    it('offers an .ics file with the booking in Oslo time', async () => {
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="borgen" resource="borgen-fjorden"></torg-booking>`,
      );
      await toReview(el, { ...KARI, purpose: 'Styremøte' });
      const time = textOf($$(el, '.review .row')[2]!.querySelector('dd'));
      await confirm(el);
      await untilStep(el, 'Bestillingen er bekreftet');
      const link = $<HTMLAnchorElement>(el, '[part~="ics"]')!;
      expect(link.getAttribute('download')).to.equal('moterom-fjorden.ics');
      expect(link.href.startsWith('data:text/calendar;charset=utf-8,')).to.be.true;
      const ics = decodeURIComponent(link.href.slice('data:text/calendar;charset=utf-8,'.length));
      expect(ics).to.contain('\r\nUID:booking-B-00001@innbyggertorg.asker.kommune.no\r\n');
      expect(ics).to.contain('\r\nSTATUS:CONFIRMED\r\n');
      const match = /kl\. (\d\d)\.(\d\d)–(\d\d)\.(\d\d)/.exec(time)!;
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
      expect(event.summary).to.equal('Møterom Fjorden');
      expect(event.description).to.contain('Referansenummer: B-00001').and.contain('Styremøte');
      expect(event.description).to.contain('Avbestill: https://');
      expect(event.startDate.toString()).to.match(new RegExp(`T${match[1]}:${match[2]}:00$`));
      expect(event.endDate.toString()).to.match(new RegExp(`T${match[3]}:${match[4]}:00$`));
      expect(ics).to.match(/\r\nDTSTART;TZID=Europe\/Oslo:202612\d\dT\d{6}\r\n/);
    });

    it('reports a booking that was made as made, once, when its calendar file cannot be made', async () => {
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="borgen" resource="borgen-fjorden"></torg-booking>`,
      );
      const events: CustomEvent[] = [];
      el.addEventListener('torg-booked', (e) => events.push(e as CustomEvent));
      await toReview(el);
      // A host page whose encodeURIComponent fails on calendar text: the .ics (a data: URL) cannot be made.
      const encode = window.encodeURIComponent;
      window.encodeURIComponent = (text) => {
        if (String(text).startsWith('BEGIN:VCALENDAR')) throw new URIError('URI malformed');
        return encode(text);
      };
      try {
        await confirm(el);
        await untilStep(el, 'Bestillingen er bekreftet');
      } finally {
        window.encodeURIComponent = encode;
      }
      expect(events.map((e) => e.detail)).to.deep.equal([{ id: 'B-00001', status: 'confirmed' }]);
      expect(textOf($(el, '[part~="reference"]'))).to.equal('Referansenummer B-00001');
      expect(textOf($(el, '[part~="receipt"] .text'))).to.equal(
        `Tiden er din. Vi har sendt en bekreftelse til ${KARI.email}.`,
      );
      expect(textOf(el)).not.to.contain('ikke sendt');
      // No calendar file to offer; the rest of the result stands.
      expect($(el, '[part~="ics"]')).to.equal(null);
      expect($(el, '[part~="cancel"]')).not.to.equal(null);
      expect(posts()).to.have.length(1);
    });

    it('says clearly that a booking waits for approval', async () => {
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="borgen" resource="borgen-kime"></torg-booking>`,
      );
      const events: CustomEvent[] = [];
      el.addEventListener('torg-booked', (e) => events.push(e));
      await toReview(el, { ...KARI, attendees: '25' });
      expect(textOf($(el, '[part="notice"]'))).to.equal(
        'Kommunen må godkjenne denne bestillingen. Du får svar på e-post.',
      );
      await confirm(el);
      await untilStep(el, 'Bestillingen venter på godkjenning');
      const receipt = $(el, '[part~="receipt"]')!;
      expect(textOf(receipt.querySelector('.text'))).to.equal(
        'Bestillingen er ikke bekreftet ennå. Kommunen må godkjenne den, og du får svar på e-post til kari@eksempel.no.',
      );
      expect(textOf(receipt)).to.contain('Status Venter på godkjenning');
      expect(events[0]!.detail).to.deep.equal({ id: 'B-00001', status: 'pending' });
      const ics = decodeURIComponent($<HTMLAnchorElement>(el, '[part~="ics"]')!.href);
      expect(ics).to.contain('STATUS:TENTATIVE');
      await expect(el).to.be.accessible();
    });

    it('sends one booking for a double click', async () => {
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="borgen" resource="borgen-fjorden"></torg-booking>`,
      );
      await toReview(el);
      const button = $<HTMLButtonElement>(el, '[part~="confirm"]')!;
      button.click();
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(textOf(button)).to.equal('Sender bestillingen …');
      button.click();
      await untilStep(el, 'Bestillingen er bekreftet');
      expect(posts()).to.have.length(1);
    });

    it('retries a failed send with the same key (flaky: two POSTs, one booking)', async () => {
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="borgen" resource="borgen-fjorden"></torg-booking>`,
      );
      await toReview(el);
      env.scenario('flaky');
      await confirm(el);
      await untilStep(el, 'Bestillingen er bekreftet');
      const sent = posts();
      expect(sent).to.have.length(2);
      expect(sent[0]!.headers.get('Idempotency-Key')).to.match(UUID);
      expect(sent[1]!.headers.get('Idempotency-Key')).to.equal(sent[0]!.headers.get('Idempotency-Key'));
      expect(textOf($(el, '[part~="reference"]'))).to.equal('Referansenummer B-00001');
    });

    it('keeps everything when the network fails, and "Prøv igjen" sends the same booking with the same key', async () => {
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="borgen" resource="borgen-fjorden"></torg-booking>`,
      );
      await toReview(el, { ...KARI, purpose: 'Styremøte' });
      const review = textOf($(el, '[part~="review"]'));
      env.scenario('network-error');
      await confirm(el);
      await waitFor(() => $(el, '.notice.error'), 'the send error');
      expect(textOf($(el, '.notice.error'))).to.equal(
        'Bestillingen ble ikke sendt. Ingenting er bestilt ennå, og alt du har fylt ut, er tatt vare på. Vi fikk ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen.',
      );
      expect(heading(el)).to.contain('Se over og bekreft');
      expect(textOf($(el, '[part~="review"]'))).to.equal(review);
      await expect(el).to.be.accessible();
      const failed = posts();
      expect(failed.length).to.be.at.least(1);

      env.scenario('default');
      const retry = $<HTMLButtonElement>(el, '[part~="confirm"]')!;
      expect(textOf(retry)).to.equal('Prøv igjen');
      await click(el, retry, 'retry');
      await untilStep(el, 'Bestillingen er bekreftet');
      const keys = new Set(posts().map((p) => p.headers.get('Idempotency-Key')));
      expect(keys.size).to.equal(1);
      expect(posts()).to.have.length(failed.length + 1);
    });
  });

  describe('slot taken meanwhile (409)', () => {
    it('says so plainly, refreshes the free times, offers the next ones and keeps the details', async () => {
      // Two people pick the same time; the first one books it.
      const first = await env.render<TorgBooking>(
        html`<torg-booking torg="borgen" resource="borgen-fjorden"></torg-booking>`,
      );
      const second = await env.render<TorgBooking>(
        html`<torg-booking torg="borgen" resource="borgen-fjorden"></torg-booking>`,
      );
      const chosen = await toReview(first, { ...KARI, name: 'Ola' });
      await toReview(second, { ...KARI, phone: '912 34 567', purpose: 'Korøvelse', attendees: '10' });
      await confirm(first);
      await untilStep(first, 'Bestillingen er bekreftet');
      const availabilityBefore = env.requests({ path: '/resources/borgen-fjorden/availability' }).length;

      await confirm(second);
      await untilStep(second, 'Velg tid');
      const notice = $(second, '#lost')!;
      expect(active(second)).to.equal(notice);
      // The live region no longer says "Sender bestillingen …": the focused notice says what happened.
      await nextFrame();
      expect(textOf($(second, '[role="status"]'))).to.equal('');
      expect(textOf(notice)).to.equal(
        `Noen andre bestilte ${formatDate(chosen.date, 'nb')} ${chosen.slot.replace(/, 1 time$/, '')} rett før deg. Det du har skrevet inn, er tatt vare på. Velg en ny tid:`.replace(
          /\s+/g,
          ' ',
        ),
      );
      // The free times were asked for again, past any cache.
      expect(env.requests({ path: '/resources/borgen-fjorden/availability' }).length).to.be.greaterThan(
        availabilityBefore,
      );
      expect(textOf($(second, '.step h3'))).to.equal('Nærmeste ledige tider');
      const offered = $$(second, '[part~="slot"]').map((b) => textOf(b));
      expect(offered.length).to.be.within(1, 4);
      // Compact: each day once, as a short line above its times; each time's name still says its day.
      const days = $$(second, '.slot-date').map((p) => textOf(p));
      expect(days.length).to.be.within(1, offered.length);
      expect(new Set(days).size).to.equal(days.length);
      for (const slot of $$(second, '[part~="slot"]')) {
        const shown = [...slot.querySelectorAll<HTMLElement>(':scope > :not(.vh)')].map((s) => textOf(s)).join(' ');
        expect(shown).to.match(/^kl\. \d\d\.00–\d\d\.00, 1 time$/);
        // One line: the time and its length side by side.
        expect(slot.getBoundingClientRect().height).to.be.below(3.2 * parseFloat(getComputedStyle(slot).fontSize));
      }
      // As textOf() reads it: no-break spaces as spaces.
      const day = formatDate(chosen.date, 'nb', { capital: true }).replace(/\s+/g, ' ');
      expect(offered.every((name) => new RegExp(`^${day}, kl\\. \\d\\d\\.00–\\d\\d\\.00, 1 time$`).test(name))).to.be
        .true;
      expect(offered.some((name) => name.endsWith(chosen.slot))).to.be.false;
      await expect(second).to.be.accessible();

      // A new time goes straight to the review, with every detail kept, and a new key.
      await click(second, $(second, '[part~="slot"]'), 'the next free time');
      await untilStep(second, 'Se over og bekreft');
      const review = textOf($(second, '[part~="review"]'));
      expect(review).to.contain('912 34 567').and.contain('Korøvelse').and.contain('Antall 10');
      await confirm(second);
      await untilStep(second, 'Bestillingen er bekreftet');
      const keys = posts().map((p) => p.headers.get('Idempotency-Key'));
      expect(keys).to.have.length(3);
      expect(new Set(keys).size).to.equal(3);
    });
  });

  describe('field errors from the server (422)', () => {
    it('shows them at the fields, with the summary focused', async () => {
      // The page gave a larger capacity than the API knows: the server refuses the attendees.
      const resources = structuredClone(resourceFixtures.filter((r) => r.torgId === 'borgen'));
      resources[0]!.capacity = 100;
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="borgen" resource="borgen-fjorden" .data=${{ resources }}></torg-booking>`,
      );
      await toReview(el, { ...KARI, attendees: '50' });
      await confirm(el);
      await untilStep(el, 'Dine opplysninger');
      const summary = $(el, '[part~="error-summary"]')!;
      expect(active(el)).to.equal(summary);
      expect(textOf(summary)).to.contain('Rett opp dette før du går videre:');
      expect(textOf($(el, '#f-attendees-error'))).to.equal(
        'Tjenesten godtok ikke dette. Sjekk det du har skrevet. (At most 12.)',
      );
      expect($(el, '#f-attendees')!.getAttribute('aria-invalid')).to.equal('true');
      expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('Kari Nordmann');
      await expect(el).to.be.accessible();

      // Corrected, it is a new submission with a new key.
      fill(el, { attendees: '10' });
      await click(el, button(el, 'Gå videre'), 'Gå videre');
      await untilStep(el, 'Se over og bekreft');
      await confirm(el);
      await untilStep(el, 'Bestillingen er bekreftet');
      const [refused, accepted] = posts();
      expect(accepted!.headers.get('Idempotency-Key')).to.not.equal(refused!.headers.get('Idempotency-Key'));
    });

    it('maps a refused time to the time step', async () => {
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="borgen" resource="borgen-fjorden"></torg-booking>`,
      );
      await toReview(el);
      worker.use(
        http.post(`${MOCK_API_BASE}/bookings`, () =>
          problem(422, { title: 'Unprocessable Content', errors: [{ field: 'start', message: 'Not bookable.' }] }),
        ),
      );
      await confirm(el);
      await untilStep(el, 'Velg tid');
      expect(textOf($(el, '#lost'))).to.equal(
        'Denne tiden kan ikke bestilles. Velg en annen tid. Det du har skrevet inn, er tatt vare på. Velg en ny tid:',
      );
    });

    it('shows a general message for errors that belong to no field', async () => {
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="borgen" resource="borgen-fjorden"></torg-booking>`,
      );
      await toReview(el);
      worker.use(
        http.post(`${MOCK_API_BASE}/bookings`, () =>
          problem(422, { title: 'Unprocessable Content', errors: [{ field: 'resourceId', message: 'Unknown.' }] }),
        ),
      );
      await confirm(el);
      await waitFor(() => $(el, '.notice.error'), 'the error');
      expect(textOf($(el, '.notice.error'))).to.contain('Noen av opplysningene må rettes.');
      expect(heading(el)).to.contain('Se over og bekreft');
    });
  });

  describe('another booking', () => {
    it('starts again with the contact details kept, the consent asked again and fresh free times', async () => {
      const el = await env.render<TorgBooking>(
        html`<torg-booking torg="borgen" resource="borgen-fjorden"></torg-booking>`,
      );
      const { date, slot } = await toReview(el);
      await confirm(el);
      await untilStep(el, 'Bestillingen er bekreftet');
      await click(el, button(el, 'Bestill en ny tid'), 'new booking');
      await untilStep(el, 'Steg 1 av 4 Velg dag');
      await click(el, $(el, `[data-date="${date}"]`), 'the same day');
      await untilStep(el, 'Velg tid');
      expect($$(el, '[part~="slot"]').map((b) => textOf(b))).to.not.include(slot);
      await chooseFirstSlot(el);
      await untilStep(el, 'Dine opplysninger');
      expect($<HTMLInputElement>(el, '#f-email')!.value).to.equal('kari@eksempel.no');
      expect($<HTMLInputElement>(el, '#f-consent')!.checked).to.be.false;
    });
  });
});
