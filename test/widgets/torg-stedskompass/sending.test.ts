import { expect, html } from '@open-wc/testing';
import { delay, http } from 'msw';
import { worker } from '../../../mocks/browser.js';
import { MOCK_API_BASE, problem } from '../../../mocks/handlers.js';
import { configureHttp } from '../../../src/core/http.js';
import { $, $$, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import {
  AREA,
  radio,
  renderSurvey,
  send,
  spoken,
  storeDraft,
  storedDraft,
  submitButton,
  tableRows,
  textarea,
  waitForThanks,
  write,
  type TorgStedskompass,
} from './helpers.js';

const RESPONSES = `${MOCK_API_BASE}/stedskompass/responses`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Records every `torg-submit` event of an element. */
function submits(el: TorgStedskompass): CustomEvent<{ id: string }>[] {
  const events: CustomEvent<{ id: string }>[] = [];
  el.addEventListener('torg-submit', (e) => events.push(e));
  return events;
}

/** Records every status text the widget shows while sending. */
function statuses(el: TorgStedskompass): string[] {
  const seen: string[] = [];
  const observer = new MutationObserver(() => {
    const text = textOf($(el, '[part="status"]'));
    if (text && seen.at(-1) !== text) seen.push(text);
  });
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return seen;
}

/** The API answers only after `ms` (then as usual), so the sending state can be looked at without leaving a request behind. */
function answerAfter(ms: number): void {
  worker.use(
    http.post(RESPONSES, async () => {
      await delay(ms);
      return undefined;
    }),
  );
}

function setOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
}

const posts = (env: ReturnType<typeof useTestEnv>) => env.requests({ method: 'POST', path: '/stedskompass/responses' });

describe('<torg-stedskompass> sending', function () {
  // Axe over the whole 14-theme form, and the parts' code fetched the first time, take seconds on a busy machine.
  this.timeout(30_000);

  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  beforeEach(() => localStorage.clear());
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>).onLine;
  });

  it('sends the answers once with an Idempotency-Key, fires torg-submit, thanks and shows the compass with the own answers', async () => {
    storeDraft({
      answers: {
        'moving-around': { score: 3, improve: ' Fortau ' },
        'natural-space': { score: 6 },
        'work-economy': { score: 'skip' },
      },
      ageGroup: '40-66',
    });
    const el = await renderSurvey(env);
    const events = submits(el);
    await send(el);
    await waitForThanks(el);

    const [post] = posts(env);
    expect(posts(env)).to.have.length(1);
    expect(post!.headers.get('Idempotency-Key')).to.match(UUID);
    expect(post!.headers.get('Content-Type')).to.equal('application/json');
    await waitFor(() => post!.body, 'the request body');
    expect(JSON.parse(post!.body)).to.deep.equal({
      area: AREA,
      answers: [
        { theme: 'moving-around', score: 3, improve: 'Fortau' },
        { theme: 'natural-space', score: 6 },
      ],
      ageGroup: '40-66',
    });
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.equal({ id: 'svar-1' });
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);

    const thanks = $(el, '[part="thanks"]')!;
    expect(textOf(thanks)).to.contain('Takk for svarene!');
    expect(el.shadowRoot!.activeElement).to.equal(thanks.querySelector('h2'));
    expect($(el, 'form')).to.equal(null);
    // The draft is gone; the compass has the person's own answers as a second series.
    expect(storedDraft()).to.equal(null);
    expect(tableRows(el)[0]).to.deep.equal(['1. Gå og sykle', '3,2', '76', '3']);
    expect(tableRows(el)[1]).to.deep.equal(['2. Kollektivtransport', '2,1', '73', 'Ikke besvart']);
    expect($$(el, '[part="compass"] svg.wide .own rect')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('tries again after a 503 with the same key: two requests, success shown once', async () => {
    configureHttp({ retryDelaysMs: [300, 300] });
    env.scenario('flaky');
    storeDraft({ answers: { 'feeling-safe': { score: 5 } } });
    const el = await renderSurvey(env);
    const events = submits(el);
    const seen = statuses(el);
    await send(el);
    await waitFor(() => textOf($(el, '[part="status"]')).includes('Prøver igjen'), 'the retrying state');
    await expect(el).to.be.accessible();
    expect(radio(el, 'feeling-safe', 5).matches(':disabled')).to.equal(true);
    await waitForThanks(el);

    const sent = posts(env);
    expect(sent).to.have.length(2);
    expect(sent[0]!.headers.get('Idempotency-Key')).to.match(UUID);
    expect(sent[1]!.headers.get('Idempotency-Key')).to.equal(sent[0]!.headers.get('Idempotency-Key'));
    // A 503 is an answer: contact was made, the answers did not get through.
    expect(seen).to.deep.equal(['Sender svarene …', 'Svarene kom ikke fram. Prøver igjen …']);
    expect(events).to.have.length(1);
    expect($$(el, '[part="thanks"]')).to.have.length(1);
  });

  it('sends once when the person clicks twice', async () => {
    storeDraft({ answers: { 'feeling-safe': { score: 5 } } });
    const el = await renderSurvey(env);
    const events = submits(el);
    submitButton(el).click();
    submitButton(el).click();
    await el.updateComplete;
    submitButton(el)?.click();
    await waitForThanks(el);
    expect(posts(env)).to.have.length(1);
    expect(events).to.have.length(1);
  });

  it('is read-only and says so while sending', async () => {
    answerAfter(2000);
    storeDraft({ answers: { 'feeling-safe': { score: 5 } } });
    const el = await renderSurvey(env);
    await send(el);
    await waitFor(() => $(el, '[part="status"]'), 'the sending status');
    expect(textOf($(el, '[part="status"]'))).to.equal('Sender svarene …');
    expect($<HTMLFieldSetElement>(el, 'fieldset.plain')!.disabled).to.equal(true);
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect($(el, '[part="start-over"]')).to.equal(null);
    await waitFor(() => spoken(el) === 'Sender svarene …', 'sending said');
    await expect(el).to.be.accessible();
    await waitForThanks(el);
  });

  it('shows the API’s field errors (422) at the right fields and in the summary; nothing typed is lost', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    worker.use(
      http.post(RESPONSES, () =>
        problem(422, 'Unprocessable Content', {
          errors: [
            { field: 'answers.1.improve', message: `No names, please. ${hostile}` },
            { field: 'ageGroup', message: 'Unknown age group.' },
          ],
        }),
      ),
    );
    storeDraft({
      answers: {
        'moving-around': { score: 3 },
        'public-transport': { score: 'skip', good: '' },
        'feeling-safe': { score: 2, improve: 'Ola på hjørnet er skummel' },
      },
      ageGroup: '67+',
    });
    const el = await renderSurvey(env);
    await send(el);
    await waitFor(() => $(el, '[part="error-summary"]'), 'the error summary');

    // answers.1 is the second answer *sent*: feeling-safe (the skipped theme is not sent).
    const field = textarea(el, 'improve', 'feeling-safe');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.value).to.equal('Ola på hjørnet er skummel');
    expect($<HTMLDetailsElement>(el, '#theme-feeling-safe details')!.open).to.equal(true);
    const message = $(el, '#e-improve-feeling-safe')!;
    expect(textOf(message)).to.equal(`Tjenesten godtok ikke dette: No names, please. ${hostile}`);
    expect(field.getAttribute('aria-describedby')).to.contain('e-improve-feeling-safe');
    expect(textOf($(el, '#e-age'))).to.equal('Tjenesten godtok ikke dette: Unknown age group.');
    expect($(el, 'img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    const summary = $(el, '[part="error-summary"]')!;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(textOf(summary.querySelectorAll('a')[1])).to.equal(
      'Alder (valgfritt): Tjenesten godtok ikke dette: Unknown age group.',
    );
    expect([...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      '#improve-feeling-safe',
      '#age',
    ]);
    await expect(el).to.be.accessible();
    expect(storedDraft()).to.have.nested.property('answers.feeling-safe.improve', 'Ola på hjørnet er skummel');

    // The link goes to the field; a corrected text is a new submission with a new key.
    summary.querySelector('a')!.click();
    expect(el.shadowRoot!.activeElement).to.equal(field);
    await write(el, 'improve', 'feeling-safe', 'Mørkt på hjørnet');
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    worker.resetHandlers();
    env.scenario('default');
    await send(el);
    await waitForThanks(el);
    const sent = posts(env);
    expect(sent).to.have.length(2);
    expect(sent[1]!.headers.get('Idempotency-Key')).to.not.equal(sent[0]!.headers.get('Idempotency-Key'));
  });

  it('waits while offline and sends when the browser is back online', async () => {
    setOnline(false);
    storeDraft({ answers: { 'feeling-safe': { score: 4 } } });
    const el = await renderSurvey(env);
    const events = submits(el);
    await send(el);
    await waitFor(() => textOf($(el, '[part="status"]')).includes('uten nett'), 'the offline state');
    expect(textOf($(el, '[part="status"]'))).to.equal('Du er uten nett. Svarene sendes når du er på nett igjen.');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(posts(env)).to.have.length(0);
    await expect(el).to.be.accessible();

    setOnline(true);
    window.dispatchEvent(new Event('online'));
    await waitForThanks(el);
    expect(posts(env)).to.have.length(1);
    expect(events).to.have.length(1);
  });

  it('keeps everything when sending fails after the retries, and resends with the same key', async () => {
    env.scenario('server-error');
    storeDraft({ answers: { 'feeling-safe': { score: 4, good: 'Lys i gatene' } } });
    const el = await renderSurvey(env);
    await send(el);
    await waitFor(() => textOf(el).includes('Svarene ble ikke sendt'), 'the failure');
    // What happened: the service answered, with an error (not "no contact").
    expect(textOf($(el, '.notice.error'))).to.equal(
      'Svarene ble ikke sendt, men de er tatt vare på her. Tjenesten har en feil akkurat nå. Prøv igjen om litt.',
    );
    const first = posts(env);
    expect(first).to.have.length(3);
    expect(new Set(first.map((r) => r.headers.get('Idempotency-Key'))).size).to.equal(1);
    expect(radio(el, 'feeling-safe', 4).checked).to.equal(true);
    expect(textarea(el, 'good', 'feeling-safe').value).to.equal('Lys i gatene');
    expect($<HTMLFieldSetElement>(el, 'fieldset.plain')!.disabled).to.equal(false);
    expect(storedDraft()).to.have.nested.property('answers.feeling-safe.good', 'Lys i gatene');
    await expect(el).to.be.accessible();

    env.scenario('default');
    await send(el);
    await waitForThanks(el);
    const all = posts(env);
    expect(all).to.have.length(4);
    expect(all[3]!.headers.get('Idempotency-Key')).to.equal(first[0]!.headers.get('Idempotency-Key'));
  });

  it('keeps the submission’s key with the draft while sending', async () => {
    answerAfter(1000);
    storeDraft({ answers: { 'moving-around': { score: 6 } } });
    const el = await renderSurvey(env);
    await send(el);
    await waitFor(() => posts(env).length === 1, 'the first attempt');
    const key = posts(env)[0]!.headers.get('Idempotency-Key');
    expect(storedDraft()).to.have.nested.property('submission.key', key);
    expect(storedDraft()).to.have.nested.property('answers.moving-around.score', 6);
    await waitForThanks(el);
    expect(storedDraft()).to.equal(null);
  });

  it('resends a stored submission with its key when the answers are unchanged, with a new key when changed', async () => {
    const body = { area: AREA, answers: [{ theme: 'moving-around' as const, score: 6 as const }] };
    const key = '11111111-2222-4333-8444-555555555555';
    storeDraft({ answers: { 'moving-around': { score: 6 } }, submission: { key, body } });
    const el = await renderSurvey(env);
    expect(textOf(el)).to.contain('Vi har hentet fram svarene');
    await send(el);
    await waitForThanks(el);
    expect(posts(env)[0]!.headers.get('Idempotency-Key')).to.equal(key);

    storeDraft({ answers: { 'moving-around': { score: 5 } }, submission: { key, body } });
    el.remove();
    const changed = await renderSurvey(env);
    await send(changed);
    await waitForThanks(changed);
    expect(posts(env)[1]!.headers.get('Idempotency-Key')).to.match(UUID).and.not.equal(key);
  });

  it('says plainly when the API base cannot be used', async () => {
    storeDraft({ answers: { 'moving-around': { score: 6 } } });
    const el = await renderSurvey(
      env,
      html`<torg-stedskompass area=${AREA} api-base="ftp://nope"></torg-stedskompass>`,
    );
    await send(el);
    await waitFor(() => textOf(el).includes('Svarene ble ikke sendt'), 'the failure');
    // Plain words for the citizen; the technical reason is for the web editor (the console).
    expect(textOf($(el, '.notice.error'))).to.contain('Innholdet kan ikke vises akkurat nå.');
    expect(env.requests()).to.have.length(0);
  });

  it('shows the survey of another area (with its own draft) when the area changes after sending', async () => {
    storeDraft({ answers: { 'feeling-safe': { score: 4 } } });
    storeDraft({ answers: { 'natural-space': { score: 7 } } }, 'heggedal');
    const el = await renderSurvey(env);
    await send(el);
    await waitForThanks(el);
    el.area = 'heggedal';
    await waitFor(() => $(el, 'form'), 'the survey again');
    expect($(el, '[part="thanks"]')).to.equal(null);
    expect(radio(el, 'natural-space', 7).checked).to.equal(true);
    expect(radio(el, 'feeling-safe', 4).checked).to.equal(false);
  });

  it('keeps answers on their way to their own area: a change of area meanwhile never touches another area’s draft', async () => {
    answerAfter(1000);
    storeDraft({ answers: { 'feeling-safe': { score: 4 } } });
    storeDraft({ answers: { 'natural-space': { score: 7 } } }, 'heggedal');
    const el = await renderSurvey(env);
    const events = submits(el);
    await send(el);
    await waitFor(() => posts(env).length === 1, 'the answers on their way');
    el.area = 'heggedal';
    await el.updateComplete;
    // The new area's own survey, to answer at once.
    expect(radio(el, 'natural-space', 7).checked).to.equal(true);
    expect(radio(el, 'feeling-safe', 4).checked).to.equal(false);
    expect($<HTMLFieldSetElement>(el, 'fieldset.plain')!.disabled).to.equal(false);
    expect($(el, '[part="status"]')).to.equal(null);

    await waitFor(() => events.length === 1, 'the answers received');
    expect(JSON.parse(posts(env)[0]!.body)).to.have.property('area', AREA);
    // The draft cleared is the one of the area the answers were for.
    expect(storedDraft()).to.equal(null);
    expect(storedDraft('heggedal')).to.have.nested.property('answers.natural-space.score', 7);
    await el.updateComplete;
    expect($(el, '[part="thanks"]')).to.equal(null);
    expect(radio(el, 'natural-space', 7).checked).to.equal(true);

    // Heggedal's answers are sent for Heggedal.
    await send(el);
    await waitForThanks(el);
    expect(JSON.parse(posts(env)[1]!.body)).to.deep.equal({
      area: 'heggedal',
      answers: [{ theme: 'natural-space', score: 7 }],
    });
    expect(storedDraft('heggedal')).to.equal(null);
  });

  it('shows answers still on their way when the area changes back to theirs, and sends them once', async () => {
    answerAfter(1000);
    storeDraft({ answers: { 'feeling-safe': { score: 4 } } });
    const el = await renderSurvey(env);
    const events = submits(el);
    await send(el);
    await waitFor(() => $(el, '[part="status"]'), 'the answers on their way');
    el.area = 'heggedal';
    await el.updateComplete;
    el.area = AREA;
    await el.updateComplete;
    expect($<HTMLFieldSetElement>(el, 'fieldset.plain')!.disabled).to.equal(true);
    expect(textOf($(el, '[part="status"]'))).to.equal('Sender svarene …');
    submitButton(el).click();
    await waitForThanks(el);
    expect(posts(env)).to.have.length(1);
    expect(events).to.have.length(1);
  });

  it('thanks in English, with the compass’s English table', async () => {
    storeDraft({ answers: { 'public-transport': { score: 2 } } });
    const el = await renderSurvey(env, html`<torg-stedskompass area=${AREA} lang="en"></torg-stedskompass>`);
    await send(el);
    await waitForThanks(el);
    expect(textOf($(el, '[part="thanks"] h2'))).to.equal('Thank you for your answers!');
    expect($$(el, '[part="table"] thead th').map((th) => textOf(th))).to.deep.equal([
      'Theme',
      'Average',
      'Answers',
      'Your answer',
    ]);
    expect(tableRows(el)[1]).to.deep.equal(['2. Public transport', '2.1', '74', '2']);
    expect(tableRows(el)[0]![3]).to.equal('Not answered');
  });

  it('thanks in nynorsk', async () => {
    storeDraft({ answers: { 'public-transport': { score: 2 } } });
    const el = await renderSurvey(env, html`<torg-stedskompass area=${AREA} lang="nn"></torg-stedskompass>`);
    await send(el);
    await waitForThanks(el);
    expect(textOf($(el, '[part="thanks"] h2'))).to.equal('Takk for svara!');
    expect(tableRows(el)[0]).to.deep.equal(['1. Gå og sykle', '3,2', '75', 'Ikkje svara']);
    await expect(el).to.be.accessible();
  });
});
