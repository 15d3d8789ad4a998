// Chromium: prerendered pages as a reader gets them, with JavaScript off and on.
// Run after `npm run build` (the pages load dist/policy-widgets.js; prerender() is the Node build).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { prerender } from '../../dist/lib/prerender/index.js';
import { launchChromium } from '../server/browsers.mjs';
import { startSite, TAGS } from './site.mjs';

/** A selector for every element. */
const ANY_ELEMENT = TAGS.join(', ');
const axeSource = await readFile(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
let site;
let browser;
let keys = 0;

before(async () => {
  [site, browser] = await Promise.all([startSite(), launchChromium()]);
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** A partner page: a Norwegian page with one English section, every element, and an element whose feed fails. */
function partnerPage(key) {
  const feed = (query = '') => `/faults/feeds/security-policy.{lang}.json?key=${key}&delay=300${query}`;
  return `<!doctype html>
<html lang="nb">
<head>
  <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Sikkerhetspolitikk – Nordby kommune</title>
  <script type="module" src="/dist/policy-widgets.js"></script>
  <style>body { font-family: sans-serif; max-width: 60rem; margin: 1rem auto; padding: 0 1rem } </style>
</head>
<body>
<main>
  <h1>Sikkerhetspolitikk</h1>
  <policy-topic-header src="${feed()}" heading-level="2"><a href="https://www.regjeringen.no/no/tema/utenrikssaker/sikkerhetspolitikk/">Sikkerhetspolitikk på regjeringen.no</a></policy-topic-header>
  <policy-white-paper src="${feed()}" heading-level="2"></policy-white-paper>
  <h2>Nyheter</h2>
  <policy-news src="${feed()}" heading-level="3" limit="3"><a href="https://www.regjeringen.no/no/aktuelt/">Les nyhetene på regjeringen.no</a></policy-news>
  <policy-speech src="${feed()}" heading-level="2"></policy-speech>
  <section lang="en">
    <h2>In English</h2>
    <policy-news src="${feed()}" heading-level="3" limit="2" layout="compact"></policy-news>
  </section>
  <h2>Pressemeldinger</h2>
  <policy-news src="/faults/feeds/missing.json"><a id="fallback" href="https://www.regjeringen.no/no/aktuelt/">Pressemeldinger på regjeringen.no</a></policy-news>
  <p>Nordby kommune følger opp regjeringens sikkerhetspolitikk i sin beredskapsplan.</p>
</main>
</body>
</html>`;
}

/** Prerenders a page against the site, serves it, and returns its address. */
async function servePrerendered(html, name) {
  const path = `/${name}-${keys++}.html`;
  site.page(path, await prerender(html, { baseUrl: `${site.origin}${path}` }));
  return `${site.origin}${path}`;
}

/** What a reader sees of each element: state, visible text, links and dates (through open shadow roots). */
const readElements = (page) =>
  page.locator(ANY_ELEMENT).evaluateAll((elements) =>
    elements.map((element) => ({
      state: element.getAttribute('state'),
      text: element.shadowRoot?.querySelector('[part~="base"]')?.innerText.replace(/\s+/g, ' ').trim() ?? '',
      links: [...(element.shadowRoot?.querySelectorAll('a[href]') ?? [])].map((a) => a.href),
      dates: [...(element.shadowRoot?.querySelectorAll('time[datetime]') ?? [])].map((time) => time.textContent),
    })),
  );

test('Chromium: with JavaScript off, every prerendered element shows its whole content, and axe passes', async () => {
  const url = await servePrerendered(partnerPage(`off-${keys}`), 'off');
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const [header, whitePaper, news, speech, english, failed] = await readElements(page);
    assert.deepEqual([header, whitePaper, news, speech, english, failed].map(({ state }) => state), ['ready', 'ready', 'ready', 'ready', 'ready', 'error']);
    assert.match(header.text, /Sikkerhetspolitikk/);
    assert.match(header.text, /Utenriksdepartementet/);
    assert.match(whitePaper.text, /Norsk utenriks- og sikkerhetspolitikk/);
    assert.match(speech.text, /IAEA/);
    assert.equal(news.links.length, 3);
    assert.ok(news.links.every((href) => href.startsWith('https://www.regjeringen.no/')));
    assert.deepEqual(news.dates, ['14. oktober 2016', '5. oktober 2016', '30. september 2016']);
    // The English section of the same page: English interface, English feed, English dates.
    assert.equal(english.dates.length, 2);
    assert.match(english.dates[0], /^\d+ \w+ 2016$/);
    assert.match(english.text, /Security|security|Norway/);
    // "Try again" would do nothing without the script: it keeps its place, unseen and out of the tab order.
    assert.doesNotMatch(failed.text, /Prøv igjen/);
    assert.equal(await page.locator('policy-news[state="error"] [part~="retry"]').isVisible(), false);
    // The fallback shows only where the feed failed; elsewhere it is not slotted, so not rendered.
    assert.equal(await page.locator('#fallback').isVisible(), true);
    assert.equal(await page.getByText('Les nyhetene på regjeringen.no').isVisible(), false);
    // Nothing is left waiting for a script: no placeholders, no busy region.
    assert.equal(await page.locator('[part~="placeholder"], .placeholder, [aria-busy="true"]').count(), 0);
  } finally {
    await context.close();
  }

  // axe needs a script: a page with scripts running, but the same HTML without ours, is what the reader above had.
  const html = (await (await fetch(url)).text()).replace(/<script type="module" src="\/dist\/policy-widgets.js"><\/script>/, '');
  assert.doesNotMatch(html, /<script/);
  const staticUrl = `${site.origin}/static-${keys++}.html`;
  site.page(new URL(staticUrl).pathname, html);
  const axeContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await axeContext.newPage();
    await page.goto(staticUrl);
    assert.equal(await page.evaluate(() => customElements.get('policy-news')), undefined, 'no element was defined');
    await page.addScriptTag({ content: axeSource });
    const { violations } = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }));
    assert.deepEqual(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`), []);
  } finally {
    await axeContext.close();
  }
});

/** Records, from before any page script runs, every `state` the elements reflect, every policy-load, and layout shifts. */
const RECORDER = () => {
  window.recorded = { states: [], loads: [], shifts: [] };
  new MutationObserver((records) => {
    for (const record of records) window.recorded.states.push(record.target.getAttribute('state'));
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['state'] });
  document.addEventListener('policy-load', (event) => window.recorded.loads.push(event.composedPath()[0].localName));
  new PerformanceObserver((list) => window.recorded.shifts.push(...list.getEntries().map((entry) => entry.value))).observe({ type: 'layout-shift', buffered: true });
};

const settled = (page) => page.evaluate(async (tags) => {
  // The drop-in defines the elements of a prerendered page after its first paint.
  await Promise.all(tags.split(', ').map((tag) => customElements.whenDefined(tag)));
  await Promise.all([...document.querySelectorAll(tags)].map((element) => element.settled));
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}, ANY_ELEMENT);

for (const width of [1280, 390]) {
  test(`Chromium: at ${width} px, the drop-in takes over with no loading state, no shift, no visible change, and one policy-load each`, async () => {
    const key = `on-${width}-${keys}`;
    const url = await servePrerendered(partnerPage(key), `on-${width}`);
    const viewport = { width, height: 2400 };

    const off = await browser.newContext({ javaScriptEnabled: false, viewport });
    // "Try again" appears at take-over, in the place it kept: the only change, so it is left out of the comparison.
    const retry = (page) => page.locator('policy-news[state="error"] [part~="retry"]');
    const before = await (await off.newPage()).goto(url).then((response) => response.frame().page()).then((page) => page.screenshot({ fullPage: true, mask: [retry(page)] }));
    await off.close();

    const on = await browser.newContext({ viewport });
    try {
      const page = await on.newPage();
      await page.addInitScript(RECORDER);
      await page.goto(url);
      await settled(page);
      const recorded = await page.evaluate(() => window.recorded);
      const states = await page.locator(ANY_ELEMENT).evaluateAll((elements) => elements.map((element) => element.getAttribute('state')));

      assert.deepEqual(states, ['ready', 'ready', 'ready', 'ready', 'ready', 'error']);
      assert.ok(!recorded.states.includes('loading'), `reflected: ${recorded.states.join(', ')}`);
      // Every element once, and the page's second news list.
      assert.deepEqual(recorded.loads.sort(), [...TAGS, 'policy-news'].sort());
      assert.deepEqual(recorded.shifts, []);
      // Two feed URLs (the page's language and the English section's): each loaded once to prerender, once by the page.
      assert.equal(await site.hits(key), 4);

      assert.equal(await retry(page).isVisible(), true, 'Try again shows once the script has taken over');
      const after = await page.screenshot({ fullPage: true, mask: [retry(page)] });
      const [a, b] = [PNG.sync.read(before), PNG.sync.read(after)];
      assert.deepEqual([b.width, b.height], [a.width, a.height], 'the page kept its size');
      const differing = pixelmatch(a.data, b.data, null, a.width, a.height, { threshold: 0.1 });
      assert.equal(differing, 0, `${differing} pixels changed at take-over`);
    } finally {
      await on.close();
    }
  });
}

test('Chromium: a feed changed since prerendering is shown once the drop-in has taken over', async () => {
  const key = `changed-${keys}`;
  const url = await servePrerendered(
    `<!doctype html><html lang="en"><head><title>Changed</title><script type="module" src="/dist/policy-widgets.js"></script></head>
<body><main><policy-topic-header src="/faults/feeds/security-policy.en.json?changing=1&key=${key}&delay=200"></policy-topic-header></main></body></html>`,
    'changed',
  );
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(RECORDER);
    await page.goto(url);
    // The fault server titles the feed by request: the prerendered page has the first answer.
    await page.locator('policy-topic-header h2').getByText('Security policy (1)').waitFor();
    await settled(page);
    await page.locator('policy-topic-header h2').getByText('Security policy (2)').waitFor({ timeout: 5000 });
    const recorded = await page.evaluate(() => window.recorded);
    assert.ok(!recorded.states.includes('loading'), `reflected: ${recorded.states.join(', ')}`);
    assert.deepEqual(recorded.loads, ['policy-topic-header']);
  } finally {
    await context.close();
  }
});

test('Chromium: a prerendered element whose feed cannot be reached from the page keeps its content', async () => {
  const key = `offline-${keys}`;
  const url = await servePrerendered(
    `<!doctype html><html lang="en"><head><title>Offline</title><script type="module" src="/dist/policy-widgets.js"></script></head>
<body><main><policy-speech src="/faults/feeds/security-policy.en.json?key=${key}"></policy-speech></main></body></html>`,
    'offline',
  );
  // From now on the feed server resets every connection for this feed, as a network the reader is on might.
  await fetch(`${site.origin}/faults/offline?key=${key}&on=1`);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(RECORDER);
    const errors = [];
    await page.exposeFunction('reportError', (kind) => errors.push(kind));
    await page.addInitScript(() => document.addEventListener('policy-error', (event) => window.reportError(event.detail.kind)));
    await page.goto(url);
    assert.equal(await settled(page).then(() => page.locator('policy-speech').getAttribute('state')), 'ready');
    assert.ok((await site.hits(key)) >= 2, 'the page tried to refresh the feed');
    assert.match(await page.locator('policy-speech h3').innerText(), /IAEA/);
    const recorded = await page.evaluate(() => window.recorded);
    assert.deepEqual(recorded.states, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('Chromium: the hostile feed, prerendered, runs nothing with JavaScript off or on', async () => {
  const url = await servePrerendered(
    `<!doctype html><html lang="en"><head><title>Hostile</title><script type="module" src="/dist/policy-widgets.js"></script></head>
<body><main>${TAGS.map((tag) => `<${tag} src="/tests/hardening/hostile-feed.json"></${tag}>`).join('\n')}</main></body></html>`,
    'hostile',
  );
  /** Anything in the shadow roots that could run: scripts, frames, handlers, javascript: URLs. */
  const runnable = (page) => page.locator(TAGS.join(', ')).evaluateAll((elements) =>
    elements.flatMap((element) => [...element.shadowRoot.querySelectorAll('*')]).flatMap((node) => [
      ...(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(node.tagName) ? [node.tagName] : []),
      ...[...node.attributes].filter(({ name, value }) => /^on/i.test(name) || /^\s*(java|vb)script:/i.test(value)).map(({ name }) => `${node.tagName} ${name}`),
    ]));
  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({ javaScriptEnabled });
    try {
      const page = await context.newPage();
      const dialogs = [];
      page.on('dialog', (dialog) => dialogs.push(dialog.message()) && dialog.dismiss());
      await page.goto(url);
      if (javaScriptEnabled) await settled(page);
      for (const link of await page.locator(`${TAGS.join(' a, ')} a`).all()) await link.hover();
      assert.deepEqual(await runnable(page), [], `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`);
      assert.match(await page.locator('policy-topic-header h2').innerText(), /<script>window.__pwned='feed title'<\/script>Hostile topic/);
      if (javaScriptEnabled) assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.deepEqual(dialogs, []);
    } finally {
      await context.close();
    }
  }
});
