/**
 * The page under a strict CSP: every element of the library (from source)
 * and the test element, rendered with data. Violations are collected on
 * `window.__csp` for the test in the parent page.
 */
import '../helpers/test-element.js';
import '../../src/index.js';
import { cspSamples } from './samples.js';

interface CspResult {
  violations: string[];
  errors: string[];
  ready: boolean;
}

const result: CspResult = { violations: [], errors: [], ready: false };
(window as unknown as { __csp: CspResult }).__csp = result;
document.addEventListener('securitypolicyviolation', (event) => {
  result.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
window.addEventListener('error', (event) => result.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => result.errors.push(String(event.reason)));

const root = document.getElementById('root')!;
for (const sample of cspSamples()) {
  const el = document.createElement(sample.tag);
  for (const [name, value] of Object.entries(sample.attributes ?? {})) el.setAttribute(name, value);
  Object.assign(el, sample.properties ?? {});
  root.append(el);
}

await Promise.all(
  [...root.children].map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete),
);
// Let lazily loaded parts (languages, validators) arrive.
await new Promise((resolve) => setTimeout(resolve, 300));
result.ready = true;
