// The Content-Security-Policy docs/embedding.md recommends for both paths (prerendered and script-only), read from
// the doc itself, so the tests serve exactly what the doc says. Node only: the runner's config and the claims check
// read it; the browser tests see it as a response header.
import { readFileSync } from 'node:fs';

/** The recommended policy's directives, one string, with the doc's example hosts and comments as written. */
export function recommendedCspDirectives() {
  const doc = readFileSync(new URL('../../docs/embedding.md', import.meta.url), 'utf8');
  const [, block] = doc.split('\n## Content-Security-Policy\n')[1].match(/```\n([^]*?)```/);
  return block.split('\n').map((line) => line.replace(/#.*/, '').trim()).filter(Boolean).join(' ');
}

/** The recommended policy with `origin` as both the package's CDN and the feed host, reporting to `report`. */
export const recommendedCsp = (origin, report) =>
  `${recommendedCspDirectives().replaceAll('https://cdn.example', origin).replaceAll('https://feeds.example.org', origin)} report-uri ${report}`;
