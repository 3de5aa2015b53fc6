/**
 * The page inside `csp.html`: renders `<torg-committee>` from data under a
 * strict Content Security Policy and records any violation.
 */
import { committeeFixtures } from '../../../mocks/fixtures/committees.js';
import '../../../src/widgets/torg-committee/define.js';

const page = window as unknown as { violations: string[]; ready: Promise<HTMLElement> };
page.violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  page.violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
});

const el = document.createElement('torg-committee') as HTMLElement & { data?: unknown };
el.data = committeeFixtures.find((c) => c.id === 'tofte-lsu');
document.body.append(el);
page.ready = new Promise((resolve) => {
  el.addEventListener('torg-composition', () => resolve(el), { once: true });
});
