// Loaded first in every test page of tests/dist/artefacts.test.ts: records what
// the page's scripts threw, warned and had blocked, for the test to read.
window.recorded = { errors: [], warnings: [], violations: [] };
addEventListener('error', (event) => window.recorded.errors.push(event.message));
addEventListener('unhandledrejection', (event) => window.recorded.errors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) =>
  window.recorded.violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
);
const warn = console.warn;
console.warn = (...args) => {
  window.recorded.warnings.push(args.join(' '));
  warn.apply(console, args);
};
