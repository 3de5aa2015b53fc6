/**
 * `<torg-innspill>` when sending's code (fetched on the first keystroke)
 * cannot be fetched ahead of time. In a file of its own, so the module has
 * not been loaded before.
 */
import { expect, html } from '@open-wc/testing';
import '../../../src/widgets/torg-innspill/define.js';
import type { TorgInnspill } from '../../../src/widgets/torg-innspill/torg-innspill.js';
import { failModuleOnce } from '../../helpers/chunks.js';
import { $, useTestEnv, waitFor } from '../../helpers/env.js';

describe('<torg-innspill> when sending’s code cannot be fetched ahead of time', function () {
  this.timeout(30_000);
  const env = useTestEnv({ now: '2026-12-03T10:00:00+01:00' });
  beforeEach(() => localStorage.clear());

  it('it is fetched again on "send", and the proposal is received', async () => {
    const chunk = failModuleOnce('/src/shared/send');
    const el = await env.render<TorgInnspill>(html`<torg-innspill committee="tofte-lsu"></torg-innspill>`);
    const type = (id: string, value: string): void => {
      const input = $<HTMLInputElement>(el, `#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    type('f-title', 'Benk ved bussen');
    // Typing fetches sending's code ahead of time: here that fails, silently.
    await waitFor(() => chunk.failed(), 'the failed fetch ahead of time');
    type('f-description', 'En benk ved busstoppet på Tofte.');
    const consent = $<HTMLInputElement>(el, '#f-consent')!;
    consent.checked = true;
    consent.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    $<HTMLButtonElement>(el, '[part="submit"]')!.click();
    await waitFor(() => $(el, '[part="received"]'), 'the thanks');
    expect(env.requests({ method: 'POST' })).to.have.length(1);
  });
});
