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
  /** The samples that do not show their text. */
  missing: string[];
}

const result: CspResult = { violations: [], errors: [], ready: false, missing: [] };
(window as unknown as { __csp: CspResult }).__csp = result;
document.addEventListener('securitypolicyviolation', (event) => {
  result.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
window.addEventListener('error', (event) => result.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => result.errors.push(String(event.reason)));

const root = document.getElementById('root')!;
const samples = cspSamples();
const elements = samples.map((sample) => {
  const el = document.createElement(sample.tag);
  for (const [name, value] of Object.entries(sample.attributes ?? {})) el.setAttribute(name, value);
  Object.assign(el, sample.properties ?? {});
  root.append(el);
  return el;
});

// Wait (up to 5 s) until every sample shows its text: views, validators and texts load lazily.
const shown = (el: Element, text: string): boolean => (el.shadowRoot?.textContent ?? '').includes(text);
for (let i = 0; i < 100 && !samples.every((s, n) => shown(elements[n]!, s.shows)); i++) {
  await new Promise((resolve) => setTimeout(resolve, 50));
}
result.missing = samples.filter((s, n) => !shown(elements[n]!, s.shows)).map((s) => `${s.tag}: ${s.shows}`);
result.ready = true;
