import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { db } from '../../../mocks/db.js';
import { committeeFixtures } from '../../../mocks/fixtures/committees.js';
import '../../../src/widgets/torg-innspill/define.js';
import type { TorgInnspill } from '../../../src/widgets/torg-innspill/torg-innspill.js';
import { expectVisibleLoadingInBothSets } from '../../helpers/any-page.js';
import { $, $$, settle, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { smallTargets } from '../../helpers/targets.js';

const NOW = '2026-12-03T10:00:00+01:00';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function type(el: TorgInnspill, id: string, value: string): void {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function tick(el: TorgInnspill): void {
  const box = $<HTMLInputElement>(el, '#f-consent')!;
  box.checked = true;
  box.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

async function fillIn(el: TorgInnspill, who: { name?: string; email?: string } = {}): Promise<void> {
  type(el, 'f-title', 'Gatelys i Kirkeveien');
  type(el, 'f-description', 'Det er mørkt mellom skolen og butikken om kvelden.');
  type(el, 'f-place', 'Kirkeveien');
  if (who.name) type(el, 'f-name', who.name);
  if (who.email) type(el, 'f-email', who.email);
  tick(el);
  await el.updateComplete;
}

const submit = (el: TorgInnspill): HTMLButtonElement => $<HTMLButtonElement>(el, '[part="submit"]')!;

async function sendAndWait(el: TorgInnspill): Promise<void> {
  submit(el).click();
  await waitFor(
    () => $(el, '[part="received"]'),
    () => `the thanks (it shows: "${textOf(el).slice(0, 200)}")`,
  );
}

function proposals(el: TorgInnspill): CustomEvent<{ id: string }>[] {
  const events: CustomEvent<{ id: string }>[] = [];
  el.addEventListener('torg-proposal', (e) => events.push(e));
  return events;
}

describe('<torg-innspill>', function () {
  // Whole forms with axe take seconds on a busy machine.
  this.timeout(30_000);

  const env = useTestEnv({ now: NOW });
  const posts = () => env.requests({ method: 'POST', path: '/committees/tofte-lsu/proposals' });
  const render = (template?: TemplateResult): Promise<TorgInnspill> =>
    env.render<TorgInnspill>(template ?? html`<torg-innspill committee="tofte-lsu"></torg-innspill>`);

  beforeEach(() => localStorage.clear());

  it('names the council, asks for the matter, and says plainly that a name and e-mail may be left out', async () => {
    const el = await render();
    expect(textOf($(el, '[part="heading"]'))).to.equal('Send et innspill til Lokalsamfunnsutvalget på Tofte');
    expect($$(el, 'label').map((l) => textOf(l))).to.deep.equal([
      'Hva gjelder saken?',
      'Beskriv saken',
      'Sted (valgfritt)',
      'Navn',
      'E-post',
      'Jeg har lest dette og vil sende innspillet',
    ]);
    expect(textOf($(el, '.about legend'))).to.equal('Om deg (valgfritt)');
    expect(textOf($(el, '#about-hint'))).to.equal(
      'Du kan sende innspillet uten navn og e-post. Da kan ikke utvalget svare deg.',
    );
    expect(textOf($(el, '[part="anonymous"]'))).to.equal('Du sender innspillet anonymt.');
    type(el, 'f-name', 'Ola');
    await el.updateComplete;
    expect(textOf($(el, '[part="anonymous"]'))).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('says what happens next: the council decides, meetings are public, the next one, the agenda', async () => {
    const el = await render(
      html`<torg-innspill committee="tofte-lsu" agenda-url="https://www.asker.kommune.no/tofte/moter"></torg-innspill>`,
    );
    await waitFor(() => textOf($(el, '[part="next"]')).includes('Neste møte'), 'the next meeting');
    expect(textOf($(el, '[part="next"]'))).to.equal(
      'Hva skjer videre? Utvalget avgjør selv om det vil ta opp saken. Møtene er åpne for alle, og sakslistene blir publisert før møtene. Neste møte er lørdag 12. desember kl. 18.00 på Tofte innbyggertorg. Se møtene og sakslistene',
    );
    expect($<HTMLAnchorElement>(el, '[part="agenda"]')!.href).to.equal('https://www.asker.kommune.no/tofte/moter');
    expect(env.requests({ path: '/committees/tofte-lsu/meetings' })[0]!.url.searchParams.get('from')).to.equal(
      '2026-12-03',
    );
  });

  it('sends an anonymous proposal: no name, no e-mail, said so in the thanks; fires torg-proposal once', async () => {
    const el = await render();
    const events = proposals(el);
    await fillIn(el);
    await sendAndWait(el);
    expect(posts()).to.have.length(1);
    expect(posts()[0]!.headers.get('Idempotency-Key')).to.match(UUID);
    expect(JSON.parse(posts()[0]!.body)).to.deep.equal({
      title: 'Gatelys i Kirkeveien',
      description: 'Det er mørkt mellom skolen og butikken om kvelden.',
      place: 'Kirkeveien',
      consent: true,
    });
    const id = db().proposals[0]!.id;
    expect(events.map((e) => e.detail)).to.deep.equal([{ id }]);
    expect(textOf($(el, '[part="received"]'))).to.equal(
      `Takk for innspillet! Referansenummer: ${id} Du sendte innspillet anonymt, så utvalget kan ikke svare deg. Send et nytt innspill`,
    );
    // The council's name stays above the thanks (and with `hide-title`, only it is hidden).
    expect(textOf($(el, '[part="heading"]'))).to.equal('Send et innspill til Lokalsamfunnsutvalget på Tofte');
    expect($(el, '#received-title')!.tagName).to.equal('H3');
    await waitFor(() => el.shadowRoot!.activeElement?.id === 'received-title', 'focus on the thanks');
    expect(textOf($(el, '[part="next"]'))).to.contain('Utvalget avgjør selv om det vil ta opp saken.');
    expect(localStorage.getItem('torg-innspill:v1:tofte-lsu')).to.equal(null);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="received"] button')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-title')!.value).to.equal('');
    await waitFor(() => el.shadowRoot!.activeElement?.id === 'f-title', 'focus on the new form');
  });

  it('with an e-mail address, the thanks say where the answer goes', async () => {
    const el = await render();
    await fillIn(el, { name: 'Ola Nordmann', email: 'ola@eksempel.no' });
    await sendAndWait(el);
    expect(JSON.parse(posts()[0]!.body)).to.include({ name: 'Ola Nordmann', email: 'ola@eksempel.no' });
    expect(textOf($(el, '[part="received"]'))).to.contain('Utvalget kan svare deg på e-post til ola@eksempel.no.');
  });

  it('a 503 then success: sent again with the same key, received once', async () => {
    const el = await render();
    await fillIn(el);
    env.scenario('flaky');
    const events = proposals(el);
    await sendAndWait(el);
    const [first, second] = posts();
    expect(posts()).to.have.length(2);
    expect(second!.headers.get('Idempotency-Key')).to.equal(first!.headers.get('Idempotency-Key'));
    expect(db().proposals).to.have.length(1);
    expect(events).to.have.length(1);
  });

  it('checks on send (an e-mail address that is not one; consent), with a summary that leads to the fields', async () => {
    const el = await render();
    type(el, 'f-email', 'ola@');
    submit(el).click();
    await waitFor(() => el.shadowRoot!.activeElement?.matches('[part~="error-summary"]'), 'focus on the summary');
    expect($$(el, '[part~="error-summary"] a').map((a) => [a.getAttribute('href'), textOf(a)])).to.deep.equal([
      ['#f-title', 'Skriv kort hva saken gjelder.'],
      ['#f-description', 'Beskriv saken.'],
      ['#f-email', 'Skriv e-postadressen slik: navn@eksempel.no, eller la feltet stå tomt.'],
      ['#f-consent', 'Kryss av for at du har lest dette.'],
    ]);
    expect(posts()).to.have.length(0);
    $$<HTMLAnchorElement>(el, '[part~="error-summary"] a')[3]!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-consent');
    await expect(el).to.be.accessible();
  });

  it('a 422 is shown at the field it names, with the service’s words, and focus goes to the summary', async () => {
    const el = await render();
    await fillIn(el);
    env.scenario('refused');
    submit(el).click();
    await waitFor(() => textOf($(el, '#f-description-error')), 'the refused description');
    expect(textOf($(el, '#f-description-error'))).to.equal(
      'Tjenesten godtok ikke dette. Sjekk det du har skrevet. (Names of other people are not allowed.)',
    );
    expect($(el, '#f-title-error')).to.equal(null);
    await waitFor(() => el.shadowRoot!.activeElement?.matches('[part~="error-summary"]'), 'focus on the summary');
    expect($<HTMLTextAreaElement>(el, '#f-description')!.value).to.equal(
      'Det er mørkt mellom skolen og butikken om kvelden.',
    );
  });

  it('while a proposal is on its way, the consent box keeps what is sent (a click is not taken)', async () => {
    const el = await render();
    await fillIn(el);
    env.scenario('loading');
    submit(el).click();
    await waitFor(() => submit(el).getAttribute('aria-disabled') === 'true', 'sending');
    const box = $<HTMLInputElement>(el, '#f-consent')!;
    box.click();
    await el.updateComplete;
    expect(box.checked).to.equal(true);
  });

  it('keeps the draft on the device: after a reload everything typed is back', async () => {
    const first = await render();
    type(first, 'f-title', 'Benk ved bussen');
    type(first, 'f-email', 'ola@eksempel.no');
    fixtureCleanup();
    const again = await render();
    expect($<HTMLInputElement>(again, '#f-title')!.value).to.equal('Benk ved bussen');
    expect($<HTMLInputElement>(again, '#f-email')!.value).to.equal('ola@eksempel.no');
    expect(textOf($(again, '.intro [part="notice"]'))).to.equal('Vi har hentet fram innspillet du begynte på.');
    const other = await render(html`<torg-innspill committee="heggedal-lsu"></torg-innspill>`);
    expect($<HTMLInputElement>(other, '#f-title')!.value).to.equal('');
  });

  it('not sent: says so, keeps everything, and the next try uses the same key', async () => {
    const el = await render();
    await fillIn(el);
    env.scenario('unavailable');
    submit(el).click();
    await waitFor(() => $(el, '[role="alert"]'), 'the failure');
    expect(textOf($(el, '[role="alert"]'))).to.equal(
      'Innspillet ble ikke sendt. Alt du har skrevet, er tatt vare på. Prøv igjen om litt.',
    );
    env.scenario('default');
    await sendAndWait(el);
    const keys = posts().map((p) => p.headers.get('Idempotency-Key'));
    expect(new Set(keys).size).to.equal(1);
  });

  it('names a committee given as data (no request for it) and sends to its id', async () => {
    const el = await render(html`<torg-innspill .data=${committeeFixtures[2]}></torg-innspill>`);
    expect(textOf($(el, '[part="heading"]'))).to.equal('Send et innspill til Lokalsamfunnsutvalget i Heggedal');
    expect(env.requests({ method: 'GET' })).to.have.length(0);
    await fillIn(el);
    await sendAndWait(el);
    expect(env.requests({ method: 'POST', path: '/committees/heggedal-lsu/proposals' })).to.have.length(1);
  });

  it('every control is at least 24 × 24 px (the agenda link too); accessible in the dark theme', async () => {
    const el = await render(
      html`<torg-innspill committee="tofte-lsu" agenda-url="/moter" theme="dark"></torg-innspill>`,
    );
    expect(smallTargets(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  describe('states', () => {
    it('loading: busy, shaped like the form, accessible', async () => {
      env.scenario('loading');
      const el = await fixture<TorgInnspill>(html`<torg-innspill committee="tofte-lsu"></torg-innspill>`);
      await el.updateComplete;
      expect(textOf($(el, '[aria-busy="true"]'))).to.equal('Laster …');
      expect($(el, '.skeleton.innspill')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('loading: a visible "Laster …" and bars of at least 3:1, light and dark, still for reduced motion', async () => {
      env.scenario('loading');
      await expectVisibleLoadingInBothSets((theme) =>
        fixture(html`<torg-innspill committee="tofte-lsu" theme=${theme}></torg-innspill>`),
      );
    });

    it('no meeting set: says so under "what happens next", accessibly', async () => {
      env.scenario('empty');
      const el = await render();
      await waitFor(() => textOf($(el, '[part="next"]')).includes('ikke satt opp'), 'no meeting');
      expect(textOf($(el, '[part="next"]'))).to.contain('Det er ikke satt opp noe nytt møte ennå.');
      await expect(el).to.be.accessible();
    });

    it('error: plain words and a retry that works; an unknown council is named', async () => {
      env.scenario('server-error');
      const el = await render();
      expect(textOf($(el, '[part="error"]'))).to.contain('Tjenesten har en feil akkurat nå');
      await expect(el).to.be.accessible();
      env.scenario('default');
      $(el, '[part="retry"]')!.click();
      await waitFor(() => $(el, '[part="form"]'), 'the form after retry');
      const unknown = await render(html`<torg-innspill committee="atlantis-lsu"></torg-innspill>`);
      expect(textOf($(unknown, '[part="error"]'))).to.contain('Vi fant ikke utvalget «atlantis-lsu».');
      const missing = await render(html`<torg-innspill></torg-innspill>`);
      expect(textOf($(missing, '[part="error"]'))).to.contain('Innholdet kan ikke vises akkurat nå.');
    });

    it('stale: the form stays, with what was typed, when a refresh fails; accessibly', async () => {
      const el = await render();
      type(el, 'f-title', 'Benk');
      env.scenario('server-error');
      await el.refresh();
      await settle(el);
      expect(textOf($(el, '[part="notice"]'))).to.contain('Kunne ikke oppdatere');
      expect($<HTMLInputElement>(el, '#f-title')!.value).to.equal('Benk');
      await expect(el).to.be.accessible();
    });
  });

  describe('languages and headings', () => {
    it('speaks nynorsk and English', async () => {
      const nn = await render(html`<torg-innspill committee="tofte-lsu" lang="nn"></torg-innspill>`);
      expect(textOf($(nn, '[part="heading"]'))).to.equal('Send eit innspel til Lokalsamfunnsutvalget på Tofte');
      expect(textOf($(nn, '[part="anonymous"]'))).to.equal('Du sender innspelet anonymt.');
      const en = await render(html`<torg-innspill committee="tofte-lsu" lang="en"></torg-innspill>`);
      expect(textOf($(en, '[part="heading"]'))).to.equal('Raise a matter with Lokalsamfunnsutvalget på Tofte');
      await waitFor(() => textOf($(en, '[part="next"]')).includes('next meeting'), 'the next meeting');
      expect(textOf($(en, '[part="next"]'))).to.contain(
        'The next meeting is on Saturday 12 December at 18:00 at Tofte innbyggertorg.',
      );
    });

    it('heading-level shifts every heading', async () => {
      const el = await render(html`<torg-innspill committee="tofte-lsu" heading-level="3"></torg-innspill>`);
      submit(el).click();
      await waitFor(() => $(el, '#summary'), 'the summary');
      expect($$(el, ':is(h1, h2, h3, h4, h5, h6)').map((h) => `${h.tagName} ${textOf(h)}`)).to.deep.equal([
        'H3 Send et innspill til Lokalsamfunnsutvalget på Tofte',
        'H4 Rett opp disse 3 feilene før du sender:',
        'H4 Hva skjer videre?',
      ]);
    });
  });
});
