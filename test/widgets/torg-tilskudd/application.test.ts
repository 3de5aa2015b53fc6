import { expect, fixtureCleanup, html } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { worker } from '../../../mocks/browser.js';
import { db } from '../../../mocks/db.js';
import { MOCK_API_BASE } from '../../../mocks/handlers.js';
import { $, $$, settle, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { smallTargets } from '../../helpers/targets.js';
import {
  NOW,
  TOFTE_DRAFT,
  fillIn,
  openForm,
  renderFunds,
  sendAndWait,
  submitButton,
  type,
  type TorgTilskudd,
} from './helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Records every `torg-apply` event of an element. */
function applies(el: TorgTilskudd): CustomEvent<{ id: string }>[] {
  const events: CustomEvent<{ id: string }>[] = [];
  el.addEventListener('torg-apply', (e) => events.push(e));
  return events;
}

const fieldError = (el: TorgTilskudd, id: string): string => textOf($(el, `#${id}-error`));

describe('<torg-tilskudd> applying', function () {
  // Whole forms with axe, and the form's code fetched the first time, take seconds on a busy machine.
  this.timeout(30_000);

  const env = useTestEnv({ now: NOW });
  const posts = () => env.requests({ method: 'POST', path: '/committees/tofte-lsu/applications' });

  beforeEach(() => localStorage.clear());

  it('opens the form when asked, with focus on its heading, and it is accessible', async () => {
    const el = await renderFunds(env);
    await openForm(el);
    await waitFor(() => el.shadowRoot!.activeElement?.id === 'application-title', 'focus on the form');
    expect(textOf($(el, '#application-title'))).to.equal('Søknad om tilskudd');
    expect(textOf($(el, '.application > p'))).to.equal(
      'Utvalget behandler søknadene i et møte etter fristen 2. januar 2027. Møtene er åpne, og du får svar på e-post.',
    );
    expect(textOf($(el, 'label[for="f-amount"]'))).to.equal('Beløp dere søker om (kr)');
    expect(textOf($(el, '#f-amount-hint'))).to.equal('Utvalget har 176 249,50 kr igjen i 2026.');
    await expect(el).to.be.accessible();
  });

  it('sends once with an Idempotency-Key, fires torg-apply, confirms with what happens next, counts it', async () => {
    const el = await renderFunds(env);
    const events = applies(el);
    await openForm(el);
    await fillIn(el);
    await sendAndWait(el);
    expect(posts()).to.have.length(1);
    const post = posts()[0]!;
    expect(post.headers.get('Idempotency-Key')).to.match(UUID);
    expect(JSON.parse(post.body)).to.deep.equal({
      applicant: 'Kari Nordmann',
      organisation: 'Tofte vel',
      email: 'kari@eksempel.no',
      title: 'Benker ved badeplassen',
      description: 'To benker og et bord ved badeplassen i Tofte.',
      amount: 18_500,
      consent: true,
    });
    const id = db().applications[0]!.id;
    expect(events.map((e) => e.detail)).to.deep.equal([{ id }]);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    expect(textOf($(el, '[part="received"]'))).to.equal(
      `Søknaden er sendt Referansenummer: ${id} Utvalget behandler søknaden etter fristen 2. januar 2027, og svaret kommer på e-post til kari@eksempel.no. Skriv en ny søknad`,
    );
    await waitFor(() => el.shadowRoot!.activeElement?.id === 'received-title', 'focus on the confirmation');
    await waitFor(() => textOf($(el, '[part="sums"]')).includes('1 søknad er til behandling.'), 'the count');
    expect(localStorage.getItem(TOFTE_DRAFT)).to.equal(null);
    await expect(el).to.be.accessible();
    // A new application starts empty.
    $<HTMLButtonElement>(el, '[part="received"] button')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-applicant')!.value).to.equal('');
  });

  it('a 503 then success: sent again with the same key, received once, everything kept on the way', async () => {
    const el = await renderFunds(env);
    await openForm(el);
    await fillIn(el);
    env.scenario('flaky');
    const events = applies(el);
    await sendAndWait(el);
    const sent = posts();
    expect(sent).to.have.length(2);
    expect(sent[1]!.headers.get('Idempotency-Key')).to.equal(sent[0]!.headers.get('Idempotency-Key'));
    expect(sent[1]!.body).to.equal(sent[0]!.body);
    expect(db().applications).to.have.length(1);
    expect(events).to.have.length(1);
  });

  it('not sent after the retries: says so, keeps every character and the key; the next try succeeds with it', async () => {
    const el = await renderFunds(env);
    await openForm(el);
    await fillIn(el);
    env.scenario('unavailable');
    submitButton(el).click();
    await waitFor(() => $(el, '[role="alert"]'), 'the failure');
    expect(textOf($(el, '[role="alert"]'))).to.equal(
      'Søknaden ble ikke sendt. Alt du har skrevet, er tatt vare på. Prøv igjen om litt.',
    );
    expect($<HTMLInputElement>(el, '#f-title')!.value).to.equal('Benker ved badeplassen');
    const key = posts()[0]!.headers.get('Idempotency-Key');
    env.scenario('default');
    await sendAndWait(el);
    expect(posts().at(-1)!.headers.get('Idempotency-Key')).to.equal(key);
    expect(db().applications).to.have.length(1);
  });

  it('a double click sends once', async () => {
    const el = await renderFunds(env);
    await openForm(el);
    await fillIn(el);
    submitButton(el).click();
    submitButton(el).click();
    await waitFor(() => $(el, '[part="received"]'), 'the confirmation');
    expect(posts()).to.have.length(1);
  });

  it('checks on send: problems at the fields and in a summary that gets focus and leads to them', async () => {
    const el = await renderFunds(env);
    await openForm(el);
    type(el, 'f-email', 'kari@');
    type(el, 'f-amount', 'mye');
    submitButton(el).click();
    await waitFor(() => el.shadowRoot!.activeElement?.matches('[part~="error-summary"]'), 'focus on the summary');
    expect(posts()).to.have.length(0);
    const links = $$<HTMLAnchorElement>(el, '[part~="error-summary"] a');
    expect(links.map((a) => [a.getAttribute('href'), textOf(a)])).to.deep.equal([
      ['#f-applicant', 'Skriv navnet ditt.'],
      ['#f-email', 'Skriv e-postadressen slik: navn@eksempel.no.'],
      ['#f-title', 'Skriv kort hva dere søker om.'],
      ['#f-description', 'Beskriv tiltaket.'],
      ['#f-amount', 'Skriv beløpet i kroner, for eksempel 15 000.'],
      ['#f-consent', 'Kryss av for at du har lest dette.'],
    ]);
    expect(textOf($(el, '#summary'))).to.equal('Rett opp disse 6 feilene før du sender:');
    expect($(el, '#f-email')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-email')!.getAttribute('aria-describedby')).to.equal('f-email-hint f-email-error');
    links[1]!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-email');
    // Corrected, a field loses its problem at once; the others stay until corrected.
    type(el, 'f-email', 'kari@eksempel.no');
    await el.updateComplete;
    expect(fieldError(el, 'f-email')).to.equal('');
    expect(fieldError(el, 'f-amount')).to.equal('Skriv beløpet i kroner, for eksempel 15 000.');
    await expect(el).to.be.accessible();
  });

  it('warns, without blocking, when the amount is more than is left or than the budget adds up to', async () => {
    const el = await renderFunds(env, html`<torg-tilskudd committee="tofte-lsu"></torg-tilskudd>`);
    await openForm(el);
    await fillIn(el, '200 000');
    expect(textOf($(el, '.warnings'))).to.equal(
      'Beløpet er 23 750,50 kr mer enn utvalget har igjen. Du kan likevel sende søknaden.',
    );
    $<HTMLButtonElement>(el, '#f-lines-add')!.click();
    await el.updateComplete;
    await waitFor(() => el.shadowRoot!.activeElement?.id === 'f-lines-0-item', 'focus on the new line');
    type(el, 'f-lines-0-item', 'Benker');
    type(el, 'f-lines-0-amount', '150 000');
    $<HTMLButtonElement>(el, '#f-lines-add')!.click();
    await el.updateComplete;
    type(el, 'f-lines-1-item', 'Bord');
    type(el, 'f-lines-1-amount', '40 000');
    await el.updateComplete;
    expect(textOf($(el, '#f-lines-total'))).to.equal('Sum av budsjettet: 190 000 kr');
    expect(textOf($(el, '.warnings'))).to.contain('Beløpet er 10 000 kr mer enn budsjettet under.');
    await sendAndWait(el);
    expect(JSON.parse(posts()[0]!.body)).to.deep.include({
      amount: 200_000,
      budget: [
        { item: 'Benker', amount: 150_000 },
        { item: 'Bord', amount: 40_000 },
      ],
    });
  });

  it('removes a budget line with its problem; later lines move up with theirs', async () => {
    const el = await renderFunds(env);
    await openForm(el);
    await fillIn(el);
    for (let i = 0; i < 3; i++) {
      $<HTMLButtonElement>(el, '#f-lines-add')!.click();
      await el.updateComplete;
    }
    type(el, 'f-lines-0-item', 'Benker');
    type(el, 'f-lines-0-amount', 'ti');
    type(el, 'f-lines-2-amount', '500');
    submitButton(el).click();
    await waitFor(() => $(el, '[part~="error-summary"]'), 'the summary');
    expect($$(el, '[part~="error-summary"] a').map((a) => textOf(a))).to.deep.equal([
      'Budsjettlinje 1: Skriv beløpet i kroner, for eksempel 2 500.',
      'Budsjettlinje 3: Skriv hva linjen gjelder.',
    ]);
    $$<HTMLButtonElement>(el, '.line .remove')[0]!.click();
    await el.updateComplete;
    expect($$(el, '[part~="error-summary"] a').map((a) => [a.getAttribute('href'), textOf(a)])).to.deep.equal([
      ['#f-lines-1-item', 'Budsjettlinje 2: Skriv hva linjen gjelder.'],
    ]);
    expect($<HTMLInputElement>(el, '#f-lines-1-amount')!.value).to.equal('500');
  });

  it('a 422 is shown at the field it names, with the service’s words; corrected, it is a new submission', async () => {
    const el = await renderFunds(env);
    await openForm(el);
    await fillIn(el);
    env.scenario('refused');
    submitButton(el).click();
    await waitFor(() => fieldError(el, 'f-amount'), 'the refused amount');
    expect(fieldError(el, 'f-amount')).to.equal(
      'Tjenesten godtok ikke dette. Sjekk det du har skrevet. (More than the committee grants to one applicant.)',
    );
    expect($(el, '#f-amount')!.getAttribute('aria-invalid')).to.equal('true');
    expect(fieldError(el, 'f-title')).to.equal('');
    await waitFor(() => el.shadowRoot!.activeElement?.matches('[part~="error-summary"]'), 'focus on the summary');
    env.scenario('default');
    type(el, 'f-amount', '15 000');
    await el.updateComplete;
    expect(fieldError(el, 'f-amount')).to.equal('');
    await sendAndWait(el);
    const [refused, accepted] = posts();
    expect(accepted!.headers.get('Idempotency-Key')).not.to.equal(refused!.headers.get('Idempotency-Key'));
  });

  it('a 422 at a budget line lands on the line the person typed (empty lines are not sent)', async () => {
    worker.use(
      http.post(`${MOCK_API_BASE}/committees/tofte-lsu/applications`, () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Unprocessable',
            status: 422,
            errors: [
              { field: 'budget[1].amount', message: 'Too much.' },
              { field: 'round', message: 'The round is nearly full.' },
            ],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const el = await renderFunds(env);
    await openForm(el);
    await fillIn(el);
    for (let i = 0; i < 3; i++) {
      $<HTMLButtonElement>(el, '#f-lines-add')!.click();
      await el.updateComplete;
    }
    type(el, 'f-lines-0-item', 'Benker');
    type(el, 'f-lines-0-amount', '10 000');
    type(el, 'f-lines-2-item', 'Bord');
    type(el, 'f-lines-2-amount', '8 500');
    submitButton(el).click();
    await waitFor(() => fieldError(el, 'f-lines-2-amount'), 'the refused line');
    expect(fieldError(el, 'f-lines-1-amount')).to.equal('');
    expect($$(el, '[part~="error-summary"] li').map((li) => textOf(li))).to.deep.equal([
      'Budsjettlinje 3: Tjenesten godtok ikke dette. Sjekk det du har skrevet. (Too much.)',
      'The round is nearly full.',
    ]);
  });

  it('keeps a draft on the device: after a reload the form opens with everything typed', async () => {
    const first = await renderFunds(env);
    await openForm(first);
    type(first, 'f-applicant', 'Kari Nordmann');
    type(first, 'f-description', 'Linje én\nLinje to');
    $<HTMLButtonElement>(first, '#f-lines-add')!.click();
    await first.updateComplete;
    type(first, 'f-lines-0-amount', '2 500');
    fixtureCleanup();
    // The page again: a new element, the same device.
    const again = await renderFunds(env);
    await waitFor(() => $(again, '[part="form"]'), 'the form, opened by its draft');
    await settle(again);
    expect($<HTMLInputElement>(again, '#f-applicant')!.value).to.equal('Kari Nordmann');
    expect($<HTMLTextAreaElement>(again, '#f-description')!.value).to.equal('Linje én\nLinje to');
    expect($<HTMLInputElement>(again, '#f-lines-0-amount')!.value).to.equal('2 500');
    expect(textOf($(again, '.application [part="notice"]'))).to.equal('Vi har hentet fram søknaden du begynte på.');
    // Another committee has its own (empty) draft.
    const other = await renderFunds(env, html`<torg-tilskudd committee="heggedal-lsu"></torg-tilskudd>`);
    expect($(other, '[part="form"]')).to.equal(null);
  });

  it('a submission in flight when the page went away is sent again with its key after a reload', async () => {
    const first = await renderFunds(env);
    await openForm(first);
    await fillIn(first);
    env.scenario('network-error');
    submitButton(first).click();
    await waitFor(() => $(first, '[role="alert"]'), 'the failure');
    const key = posts()[0]!.headers.get('Idempotency-Key');
    fixtureCleanup();
    env.scenario('default');
    const again = await renderFunds(env);
    await waitFor(() => $(again, '[part="form"]'), 'the form, opened by its draft');
    await settle(again);
    await sendAndWait(again);
    expect(posts().at(-1)!.headers.get('Idempotency-Key')).to.equal(key);
  });

  it('speaks nynorsk and English in the form too', async () => {
    const nn = await renderFunds(env, html`<torg-tilskudd committee="tofte-lsu" lang="nn"></torg-tilskudd>`);
    $$<HTMLButtonElement>(nn, '[part="apply"] button')[0]!.click();
    await waitFor(() => $(nn, '[part="form"]'), 'the nynorsk form');
    expect(textOf($(nn, '#application-title'))).to.equal('Søknad om tilskot');
    expect(textOf($(nn, '[part="submit"]'))).to.equal('Send søknaden');
    const en = await renderFunds(env, html`<torg-tilskudd committee="heggedal-lsu" lang="en"></torg-tilskudd>`);
    $$<HTMLButtonElement>(en, '[part="apply"] button')[0]!.click();
    await waitFor(() => $(en, '[part="form"]'), 'the English form');
    expect(textOf($(en, '#f-amount-hint'))).to.equal('The council has NOK 180,000 left in 2026.');
    $<HTMLButtonElement>(en, '[part="submit"]')!.click();
    await waitFor(() => $(en, '#summary'), 'the summary');
    expect(textOf($(en, '#summary'))).to.equal('Fix these 6 problems before you send:');
  });

  it('every control of the form is at least 24 × 24 px; the form is accessible in the dark theme', async () => {
    const el = await renderFunds(env, html`<torg-tilskudd committee="tofte-lsu" theme="dark"></torg-tilskudd>`);
    await openForm(el);
    $<HTMLButtonElement>(el, '#f-lines-add')!.click();
    await el.updateComplete;
    expect(smallTargets(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('heading-level shifts the form’s headings too', async () => {
    const el = await renderFunds(env, html`<torg-tilskudd committee="tofte-lsu" heading-level="4"></torg-tilskudd>`);
    await openForm(el);
    expect($(el, '#application-title')!.tagName).to.equal('H5');
    submitButton(el).click();
    await waitFor(() => $(el, '#summary'), 'the summary');
    expect($(el, '#summary')!.tagName).to.equal('H6');
  });
});
