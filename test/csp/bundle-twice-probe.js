// Collects errors and CSP violations for the test in the parent page (plain JS: it runs before the bundles).
const result = { violations: [], errors: [] };
window.__bundle = result;
document.addEventListener('securitypolicyviolation', (event) => {
  result.violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
});
window.addEventListener('error', (event) => result.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => result.errors.push(String(event.reason)));
