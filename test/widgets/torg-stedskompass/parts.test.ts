/**
 * Sending and the results (compass and table) are parts of their own,
 * fetched when first needed. This file's page has not fetched them before:
 * the first fetches fail (offline, a deploy replaced the files).
 */
import { expect, html } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { worker } from '../../../mocks/browser.js';
import { $, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import {
  radio,
  renderSurvey,
  send,
  storeDraft,
  storedDraft,
  tableRows,
  waitForThanks,
  type TorgStedskompass,
} from './helpers.js';

const part = (name: string): RegExp => new RegExp(`/widgets/torg-stedskompass/parts/${name}\\.(?:js|ts)(?:\\?|$)`);

/** Answers the part's requests with a network error until `reachable`; counts them. */
function unreachable(name: string): { fetched: () => number; reach: () => void } {
  let fetched = 0;
  let reachable = false;
  worker.use(
    http.get(part(name), () => {
      fetched++;
      return reachable ? undefined : HttpResponse.error();
    }),
  );
  return { fetched: () => fetched, reach: () => (reachable = true) };
}

describe('<torg-stedskompass> parts fetched on demand', function () {
  // Axe over the whole 14-theme form, and the parts' code fetched the first time, take seconds on a busy machine.
  this.timeout(30_000);

  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  beforeEach(() => localStorage.clear());

  it('shows the error state when the results’ code cannot be fetched, and its retry fetches it', async () => {
    const results = unreachable('results');
    const el = await env.render<TorgStedskompass>(html`<torg-stedskompass area="tofte" results></torg-stedskompass>`);
    await waitFor(() => $(el, '[part="error"]'), 'the error state');
    expect(results.fetched()).to.equal(1);
    expect(textOf($(el, '[part="error"]'))).to.contain('Vi fikk ikke kontakt med tjenesten');
    expect($(el, '[part="table"]')).to.equal(null);
    await expect(el).to.be.accessible();

    results.reach();
    $<HTMLButtonElement>(el, '[part="retry"]')!.click();
    await waitFor(() => $(el, '[part="table"]'), 'the results after the retry');
    expect(results.fetched()).to.equal(2);
    expect(tableRows(el)).to.have.length(14);
  });

  it('says "not sent" and keeps the answers when the code that sends cannot be fetched; sending again fetches it', async () => {
    const sending = unreachable('sending');
    storeDraft({ answers: { 'feeling-safe': { score: 4, good: 'Lys i gatene' } } });
    const el = await renderSurvey(env);
    await send(el);
    await waitFor(() => textOf(el).includes('Svarene ble ikke sendt'), 'the failure');
    // Asked for when the draft was brought back, and (unless that was still on its way) again on sending.
    expect(sending.fetched()).to.be.within(1, 2);
    expect(env.requests({ method: 'POST' })).to.have.length(0);
    expect(radio(el, 'feeling-safe', 4).checked).to.equal(true);
    expect(storedDraft()).to.have.nested.property('answers.feeling-safe.good', 'Lys i gatene');
    await expect(el).to.be.accessible();

    sending.reach();
    const before = sending.fetched();
    await send(el);
    await waitForThanks(el);
    expect(sending.fetched()).to.equal(before + 1);
    expect(env.requests({ method: 'POST' })).to.have.length(1);
    expect(storedDraft()).to.equal(null);
  });
});
