/**
 * The JSON-LD under a strict Content Security Policy (no inline script) with
 * Trusted Types enforced. This file runs in its own page: the policy, once
 * added, stays for the page's life.
 */
import { expect, html } from '@open-wc/testing';
import { torgFixtures } from '../../../mocks/fixtures/torg.js';
import '../../../src/widgets/torg-opening-hours/define.js';
import type { TorgOpeningHours } from '../../../src/widgets/torg-opening-hours/torg-opening-hours.js';
import { nextFrame, useTestEnv, waitFor } from '../../helpers/env.js';

describe('<torg-opening-hours structured-data> under a strict CSP', () => {
  const env = useTestEnv({ now: '2026-12-21T10:00:00+01:00' });
  const violations: string[] = [];

  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "script-src 'self'; require-trusted-types-for 'script'";
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.effectiveDirective}: ${event.sample}`);
    });
  });

  it('writes the JSON-LD data block without a violation (the policy is really in force)', async () => {
    // The policy is in force: an inline script is refused and reported.
    const inline = document.createElement('script');
    inline.append(document.createTextNode('window.__inline = 1;'));
    document.body.append(inline);
    await waitFor(() => violations.length > 0, 'the inline script to be refused');
    expect((window as unknown as { __inline?: number }).__inline).to.equal(undefined);
    expect(() => {
      inline.textContent = 'window.__inline = 2;';
    }).to.throw(TypeError);
    await waitFor(() => violations.some((v) => v.includes('textContent')), 'the Trusted Types report');
    inline.remove();
    violations.length = 0;

    const data = structuredClone(torgFixtures.find((t) => t.id === 'borgen')!);
    const el = await env.render<TorgOpeningHours>(
      html`<torg-opening-hours .data=${data} structured-data></torg-opening-hours>`,
    );
    await waitFor(() => el.querySelector('script[type="application/ld+json"]'), 'the JSON-LD');
    const script = el.querySelector<HTMLScriptElement>('script[type="application/ld+json"]')!;
    expect(JSON.parse(script.textContent!)).to.have.property('openingHoursSpecification');
    // Updated in place (another service), still without a violation.
    el.service = 'seniorsenter';
    await waitFor(() => script.textContent!.includes('Seniorsenter'), 'the JSON-LD to follow the service');
    await nextFrame();
    expect(violations).to.deep.equal([]);
  });
});
