// Where prerendered shadow roots link their element's stylesheet from: the package's dist/ directory, found in the
// page or given. Run after `npm run build` (it uses the Node build in dist/lib/ and the stylesheets in dist/styles/).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { prerender } from '../../dist/lib/prerender/index.js';

// No feed is needed to see the styles: a src that is not http(s) renders the setup error without a request.
const page = (head) => `<!doctype html><html lang="en"><head>${head}</head><body><policy-news src="data:,"></policy-news></body></html>`;
/** What the shadow root carries: the stylesheet link's href, or 'inline' for a <style> element. */
const styles = (html) => {
  const root = html.match(/<template shadowroot="open" shadowrootmode="open">(<link[^>]*>|<style>)/)?.[1];
  return root === '<style>' ? 'inline' : root?.match(/href="([^"]*)"/)?.[1];
};

test('the directory of the page\'s policy-widgets.js, policy-widgets.iife.js or policy-widgets.css, as the page writes it', async () => {
  const found = await Promise.all([
    page('<script type="module" src="/dist/policy-widgets.js"></script>'),
    page('<script defer src="../assets/policy-widgets.iife.js?v=3"></script>'),
    page('<link rel="preload" href="https://other.example/policy-widgets.css"><link rel="stylesheet" href="https://cdn.example/policy-widgets@0.3.0/dist/policy-widgets.css">'),
  ].map((html) => prerender(html)));
  assert.deepEqual(found.map(styles), ['/dist/styles/policy-news.css', '../assets/styles/policy-news.css', 'https://cdn.example/policy-widgets@0.3.0/dist/styles/policy-news.css']);
});

test('assetsUrl wins; with neither, the styles are inlined', async () => {
  const given = await prerender(page('<script type="module" src="/dist/policy-widgets.js"></script>'), { assetsUrl: new URL('https://cdn.example/pw/dist') });
  assert.equal(styles(given), 'https://cdn.example/pw/dist/styles/policy-news.css');
  assert.equal(styles(await prerender(page('<script type="module" src="/assets/site.js"></script>'))), 'inline');
});

test('the stylesheet the link names is the build\'s, with the rules the inline <style> has', async () => {
  const inline = (await prerender(page(''))).match(/<style>([^]*?)<\/style>/)[1];
  assert.equal(await readFile(new URL('../../dist/styles/policy-news.css', import.meta.url), 'utf8'), inline);
});
