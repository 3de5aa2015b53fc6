/**
 * `<torg-opening-hours>` when the API answers with an error and the chunk that
 * reads such answers (`core/http-problem.ts`) cannot be fetched: the error
 * state shows all the same, from the status alone, and its retry loads the
 * content. In a file of its own, so the chunk has not been loaded before.
 */
import { expect, html } from '@open-wc/testing';
import '../../../src/widgets/torg-opening-hours/define.js';
import type { TorgOpeningHours } from '../../../src/widgets/torg-opening-hours/torg-opening-hours.js';
import { configureHttp } from '../../../src/core/http.js';
import { failModuleOnce } from '../../helpers/chunks.js';
import { $, textOf, useTestEnv, waitFor } from '../../helpers/env.js';

describe('<torg-opening-hours> when the chunk that reads an error answer cannot be fetched', () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });
  afterEach(() => configureHttp('reset'));

  it('shows the error state from the status alone, and the retry loads the hours', async () => {
    // One attempt: what is shown comes from the one answer, read without the chunk.
    configureHttp({ retryDelaysMs: [] });
    env.scenario('server-error');
    // After the scenario, which sets the mock's handlers anew.
    const chunk = failModuleOnce('/src/core/http-problem');
    const el = await env.render<TorgOpeningHours>(html`<torg-opening-hours torg="tofte"></torg-opening-hours>`);
    expect(chunk.failed()).to.equal(true);
    const error = $(el, '[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error)).to.contain('Tjenesten har en feil akkurat nå.');
    await expect(el).to.be.accessible();
    env.scenario('default');
    $<HTMLButtonElement>(el, '[part="retry"]')!.click();
    await waitFor(() => $(el, '[part="status"]'), 'the hours after retry');
    expect($(el, '[part="error"]')).to.equal(null);
  });
});
