/**
 * The results (compass and table) are a part of their own, fetched when they
 * are first shown. This file's page has not fetched it before: the first
 * fetch fails (offline, a deploy replaced the files).
 */
import { expect, html } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { worker } from '../../../mocks/browser.js';
import { $, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { tableRows, type TorgStedskompass } from './helpers.js';

const PART = /\/widgets\/torg-stedskompass\/parts\/results\.(?:js|ts)(?:\?|$)/;

describe('<torg-stedskompass> results part', () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });

  it('shows the error state when its code cannot be fetched, and its retry fetches it', async () => {
    let fetched = 0;
    let reachable = false;
    worker.use(
      http.get(PART, () => {
        fetched++;
        return reachable ? undefined : HttpResponse.error();
      }),
    );
    const el = await env.render<TorgStedskompass>(html`<torg-stedskompass area="tofte" results></torg-stedskompass>`);
    await waitFor(() => $(el, '[part="error"]'), 'the error state');
    expect(fetched).to.equal(1);
    expect(textOf($(el, '[part="error"]'))).to.contain('Vi fikk ikke kontakt med tjenesten');
    expect($(el, '[part="table"]')).to.equal(null);
    await expect(el).to.be.accessible();

    reachable = true;
    $<HTMLButtonElement>(el, '[part="retry"]')!.click();
    await waitFor(() => $(el, '[part="table"]'), 'the results after the retry');
    expect(fetched).to.equal(2);
    expect(tableRows(el)).to.have.length(14);
  });
});
