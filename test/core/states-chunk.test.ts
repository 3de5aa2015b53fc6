/**
 * What the error state says (`core/messages/states.ts`) is a chunk fetched when an error is first shown:
 * the loading state stays till then. When that chunk cannot be fetched (offline, a deploy that replaced the
 * files), the error state shows all the same — its heading says the content cannot be shown, with the retry —
 * and the retry fetches the chunk again. In a file of its own, so the chunk has not been loaded before.
 */
import { expect, html } from '@open-wc/testing';
import { configureHttp } from '../../src/core/http.js';
import { failModuleOnce } from '../helpers/chunks.js';
import { $, textOf, useTestEnv, waitFor } from '../helpers/env.js';
import '../helpers/test-element.js';
import type { TestTorgElement } from '../helpers/test-element.js';

describe('the error state when the chunk of its words cannot be fetched', () => {
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });
  afterEach(() => configureHttp('reset'));

  it('shows the error state with its retry, and has its words after the retry', async () => {
    configureHttp({ retryDelaysMs: [] });
    env.scenario('server-error');
    // After the scenario, which sets the mock's handlers anew.
    const chunk = failModuleOnce('/src/core/messages/states');
    const el = await env.render<TestTorgElement>(html`<test-torg-element></test-torg-element>`);
    expect(chunk.failed()).to.equal(true);
    const error = $(el, '[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error.querySelector('h2'))).to.equal('Innholdet kan ikke vises akkurat nå.');
    expect($(el, '[part="retry"]')).to.exist;
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="retry"]')!.click();
    await waitFor(() => textOf($(el, '[part="error"]')).includes('Tjenesten har en feil akkurat nå.'), 'its words');
    expect(textOf($(el, '[part="error"] h2'))).to.equal('Kunne ikke hente informasjonen');
  });
});
