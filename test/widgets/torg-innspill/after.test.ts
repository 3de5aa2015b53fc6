/**
 * What follows `<torg-innspill>`'s form (its problems, the thanks) is a chunk
 * of its own (`parts/after.ts`): not part of the first screen, fetched when
 * the person is about to use the form, and waited for by "send". When it
 * cannot be fetched, "send" says so with a retry, sends nothing and keeps
 * everything typed. In a file of its own, so the chunk is not in the page yet.
 */
import { expect, html } from '@open-wc/testing';
import { HttpResponse, http, passthrough } from 'msw';
import { worker } from '../../../mocks/browser.js';
import '../../../src/widgets/torg-innspill/define.js';
import type { TorgInnspill } from '../../../src/widgets/torg-innspill/torg-innspill.js';
import { $, textOf, useTestEnv, waitFor } from '../../helpers/env.js';

function type(el: TorgInnspill, id: string, value: string): void {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('<torg-innspill> what follows the form', function () {
  // The first test of a file fetches and compiles the widget's modules: seconds on a busy machine.
  this.timeout(30_000);
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });
  beforeEach(() => localStorage.clear());

  it('comes on intent; when it cannot, "send" says so with a retry, sends nothing and keeps the text', async () => {
    let offline = true;
    let fetched = 0;
    worker.use(
      http.get(/\/torg-innspill\/parts\/after\.[jt]s/, () => {
        fetched++;
        return offline ? HttpResponse.error() : passthrough();
      }),
    );
    const el = await env.render<TorgInnspill>(html`<torg-innspill committee="tofte-lsu"></torg-innspill>`);
    expect(fetched).to.equal(0);
    // Focus comes into the form: fetched ahead of "send" (here that fails, silently).
    $<HTMLInputElement>(el, '#f-title')!.focus();
    await waitFor(() => fetched === 1, 'the fetch on intent');
    await el.updateComplete;
    expect($(el, '[part="error"]')).to.equal(null);

    type(el, 'f-title', 'Benk ved bussen');
    type(el, 'f-description', 'En benk ved busstoppet på Tofte.');
    const consent = $<HTMLInputElement>(el, '#f-consent')!;
    consent.checked = true;
    consent.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    $<HTMLButtonElement>(el, '[part="submit"]')!.click();
    // "Send" fetches it again; that fails too: said, with a retry.
    await waitFor(() => $(el, '[part="error"]'), 'the error state');
    expect(fetched).to.equal(2);
    expect(textOf($(el, '[part="error"]'))).to.contain('Prøv igjen');
    expect(env.requests({ method: 'POST' })).to.have.length(0);
    expect($<HTMLInputElement>(el, '#f-title')!.value).to.equal('Benk ved bussen');
    await expect(el).to.be.accessible();

    offline = false;
    $<HTMLButtonElement>(el, '[part="retry"]')!.click();
    await waitFor(() => !$(el, '[part="error"]'), 'the part after the retry');
    $<HTMLButtonElement>(el, '[part="submit"]')!.click();
    await waitFor(() => $(el, '[part="received"]'), 'the thanks');
    expect(env.requests({ method: 'POST' })).to.have.length(1);
  });
});
