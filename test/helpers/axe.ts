/**
 * axe's first run in a page loads and compiles its rules: seconds on a busy
 * machine, which would be charged to whichever test checks accessibility
 * first. `warmUpAxe()` in a `before` hook pays it there, with its own time.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';

export function warmUpAxe(): void {
  before(async function () {
    this.timeout(60_000);
    await expect(await fixture(html`<p>axe</p>`)).to.be.accessible();
    fixtureCleanup();
  });
}
