import { readFileSync } from 'node:fs';

// The strict Content-Security-Policy a locked-down partner page sends, in one place: the tests serve the
// hardening pages under it (web-test-runner.config.mjs) and put it on the built drop-in's test pages
// (tests/dist/artefacts.test.ts), and tests/project/claims.test.mjs checks that docs/embedding.md quotes it.
// Beside it, the policy docs/embedding.md recommends for both paths, read from the doc itself.

/**
 * The policy, with `self` as the source of the page's own scripts, feeds, images and styles: `'self'` when the
 * page is served with it, or the origin where it is not one of its own (an iframe's srcdoc).
 */
export const strictCsp = (self = "'self'") =>
  `default-src 'none'; script-src ${self}; connect-src ${self}; img-src ${self}; style-src ${self}; ` +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * The policy docs/embedding.md recommends, read from it, with this server as both the package's CDN and the feed
 * host, and violations reported to `report` (tests/hardening/prerendered-csp/ pages are served under it).
 */
export function recommendedCsp(origin, report) {
  const doc = readFileSync(new URL('../../docs/embedding.md', import.meta.url), 'utf8');
  const [, block] = doc.split('\n## Content-Security-Policy\n')[1].match(/```\n([^]*?)```/);
  const directives = block.split('\n').map((line) => line.replace(/#.*/, '').trim()).filter(Boolean).join(' ');
  return `${directives.replaceAll('https://cdn.example', origin).replaceAll('https://feeds.example.org', origin)} report-uri ${report}`;
}
