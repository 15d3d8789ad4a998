// The strict Content-Security-Policy a locked-down partner page sends, in one place: the tests serve the
// hardening pages under it (web-test-runner.config.mjs) and put it on the built drop-in's test pages
// (tests/dist/artefacts.test.ts), and tests/project/claims.test.mjs checks that docs/embedding.md quotes it.

/**
 * The policy, with `self` as the source of the page's own scripts, feeds, images and styles: `'self'` when the
 * page is served with it, or the origin where it is not one of its own (an iframe's srcdoc).
 */
export const strictCsp = (self = "'self'") =>
  `default-src 'none'; script-src ${self}; connect-src ${self}; img-src ${self}; style-src ${self}; ` +
  "require-trusted-types-for 'script'; trusted-types lit-html";
