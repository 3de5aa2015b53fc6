/**
 * `<torg-tilskudd>` when the application form's code (a chunk fetched when
 * asked for) cannot be fetched once: the error state in its place, and
 * trying again fetches it. In a file of its own, so the module has not been
 * loaded before.
 */
import { expect } from '@open-wc/testing';
import { failModuleOnce } from '../../helpers/chunks.js';
import { $, $$, textOf, useTestEnv, waitFor } from '../../helpers/env.js';
import { NOW, renderFunds } from './helpers.js';

describe('<torg-tilskudd> when its form’s code cannot be fetched', function () {
  // The first test of a file fetches and compiles the widget's modules: seconds on a busy machine.
  this.timeout(30_000);
  const env = useTestEnv({ now: NOW });

  it('shows the error state with a retry in the form’s place; the money stays; the retry fetches it', async () => {
    const chunk = failModuleOnce('/src/widgets/torg-tilskudd/parts/application');
    const el = await renderFunds(env);
    $$<HTMLButtonElement>(el, '[part="apply"] button')[0]!.click();
    await waitFor(() => $(el, '[part="apply"] [part="error"]'), 'the error state');
    expect(chunk.failed()).to.equal(true);
    expect(textOf($(el, '[part="apply"] [part="error"]'))).to.contain('Prøv igjen');
    expect(textOf($(el, '[part="sums"]'))).to.contain('250 000 kr');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="apply"] [part="retry"]')!.click();
    await waitFor(() => $(el, '[part="form"]'), 'the form after retry');
    expect($(el, '[part="apply"] [part="error"]')).to.equal(null);
  });
});
