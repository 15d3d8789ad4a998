// A page React renders on the server (react-dom/server), then prerender() on its HTML: the elements arrive
// with their content, and the drop-in takes over in Chromium with no loading state.
// Run after `npm run build` (the page loads dist/policy-widgets.js; prerender() is the Node build).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { prerender } from '../../dist/lib/prerender/index.js';
import { startSite } from '../prerender/site.mjs';
import { launchChromium } from '../server/browsers.mjs';

let site;
let browser;
before(async () => {
  [site, browser] = await Promise.all([startSite(), launchChromium()]);
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** An application's page as React components write it: attributes only, as HTML can carry nothing else. */
const Page = ({ feed }) =>
  createElement(
    'html',
    { lang: 'en' },
    createElement(
      'head',
      null,
      createElement('title', null, 'Security policy'),
      createElement('script', { type: 'module', src: '/dist/policy-widgets.js' }),
    ),
    createElement(
      'body',
      null,
      createElement(
        'main',
        null,
        createElement('h1', null, 'Security policy'),
        createElement('policy-news', { src: feed, limit: 3, 'heading-level': 2, layout: 'compact' }),
        createElement('policy-speech', { src: feed }),
      ),
    ),
  );

test('react-dom/server, then prerender(): declarative shadow roots with the feed content; Chromium takes over with no loading state', async () => {
  const key = `react-ssr-${Date.now()}`;
  const feed = `/faults/feeds/security-policy.en.json?key=${key}`;
  const reactHtml = `<!doctype html>${renderToStaticMarkup(createElement(Page, { feed }))}`;
  assert.match(reactHtml, /<policy-news src="[^"]+" limit="3" heading-level="2" layout="compact"><\/policy-news>/);

  const path = '/react-ssr.html';
  const html = await prerender(reactHtml, { baseUrl: `${site.origin}${path}` });
  assert.equal(await site.hits(key), 1, 'one request for the feed both elements use');
  assert.equal(html.match(/<template [^>]*shadowrootmode="open"/g)?.length, 2);
  assert.match(html, /<policy-news [^>]*state="ready"/);
  // Three compact items under level-2 headings, in the HTML before any script runs.
  assert.equal(html.match(/<h2 part="title"/g)?.length, 3);
  site.page(path, html);

  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.recorded = { states: [], loads: 0 };
      new MutationObserver((records) => {
        for (const record of records) window.recorded.states.push(record.target.getAttribute('state'));
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['state'] });
      document.addEventListener('policy-load', () => window.recorded.loads++);
    });
    await page.goto(`${site.origin}${path}`);
    const states = await page.evaluate(async () => {
      const elements = [...document.querySelectorAll('policy-news, policy-speech')];
      await Promise.all(['policy-news', 'policy-speech'].map((tag) => customElements.whenDefined(tag)));
      return Promise.all(elements.map((element) => element.settled));
    });
    assert.deepEqual(states, ['ready', 'ready']);
    const recorded = await page.evaluate(() => window.recorded);
    assert.ok(!recorded.states.includes('loading'), `reflected: ${recorded.states.join(', ')}`);
    assert.equal(recorded.loads, 2);
    assert.equal(await page.locator('policy-news h2[part~="title"]').count(), 3);
  } finally {
    await context.close();
  }
});
