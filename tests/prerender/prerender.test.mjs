// prerender() and `policy-widgets prerender` in Node, against feeds on a real HTTP server.
// Run after `npm run build` (they use the Node build in dist/lib/).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { parse } from 'parse5';
import { feedClientOptions } from '../../dist/lib/data/client.js';
import { createFeedCache, prerender } from '../../dist/lib/prerender/index.js';
import { startSite } from './site.mjs';

let site;
let keys = 0;
const key = () => `prerender-${process.pid}-${keys++}`;

before(async () => {
  site = await startSite();
  // Retries still happen, sooner: an unreachable feed must not keep the suite waiting.
  feedClientOptions.retryDelay = 10;
});
after(() => site.close());

/** Every element in a parsed tree, template contents included, with the template each sits in. */
function* elements(node, root = null) {
  for (const child of node.childNodes ?? []) {
    if (!child.tagName) continue;
    yield { element: child, root };
    yield* elements(child, root);
    if (child.content) yield* elements(child.content, child);
  }
}
/** Whether a shadow root has a <slot>: where the author's fallback shows. */
const hasSlot = (shadow) => [...elements(shadow.content)].some(({ element }) => element.tagName === 'slot');
const attr = (element, name) => element.attrs.find((a) => a.name === name)?.value;
const text = (node) =>
  node.nodeName === '#text' ? node.value : node.tagName === 'style' ? '' : [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])].map(text).join('');

/** The prerendered elements of a page, each with its state, its shadow root's text and its own attributes. */
function rendered(page) {
  return [...elements(parse(page))]
    .filter(({ element, root }) => !root && element.tagName.startsWith('policy-'))
    .map(({ element }) => {
      const shadow = element.childNodes.find((child) => child.tagName === 'template' && attr(child, 'shadowrootmode') === 'open');
      return { element, state: attr(element, 'state'), shadow, text: shadow ? text(shadow).replace(/\s+/g, ' ') : '' };
    });
}

const page = (body, lang = 'nb') => `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>\n${body}\n</body></html>`;

test('fills each element with what it renders, in its locale, and leaves the rest of the page as it was', async () => {
  const k = key();
  const input = page(`<h1>Partner</h1>
<policy-news src="/faults/feeds/security-policy.{lang}.json?key=${k}" limit="2"><a href="https://example.org/">Fallback</a></policy-news>
<div lang="en-GB"><policy-speech src="/faults/feeds/security-policy.{lang}.json?key=${k}"></policy-speech></div>
<policy-white-paper lang="nn" src="/faults/feeds/security-policy.nn.json?key=${k}"></policy-white-paper>`);
  const output = await prerender(input, { baseUrl: `${site.origin}/partner/page.html` });
  const [news, speech, whitePaper] = rendered(output);

  assert.deepEqual([news.state, speech.state, whitePaper.state], ['ready', 'ready', 'ready']);
  // <html lang="nb">: Norwegian interface, Norwegian feed ({lang}), dates as a Norwegian reader writes them.
  assert.match(news.text, /Norsk utenriks- og sikkerhetspolitikk/);
  assert.match(news.text, /14\. oktober 2016/);
  // An English section on the same page: English interface and feed.
  assert.match(speech.text, /Statement at IAEA’s General Conference/);
  assert.match(speech.text, /28 September 2016/);
  // Its own lang: Nynorsk.
  assert.match(whitePaper.text, /Norsk utanriks- og tryggingspolitikk/);
  assert.match(whitePaper.text, /Ny stortingsmelding/);
  // Two items, as limit says, and the fallback stays in the light DOM, where a ready element does not show it.
  assert.equal((news.text.match(/oktober 2016/g) ?? []).length, 2);
  assert.ok(!hasSlot(news.shadow));
  // What the elements reflect is on their hosts, for page CSS, as in the browser.
  assert.equal(attr(news.element, 'layout'), 'list');
  // Take out what prerender added, and the page is the one given, byte for byte.
  const undone = output.replace(/ (state|layout)="\w+"/g, '').replace(/<template shadowroot="open" shadowrootmode="open">[^]*?<\/template>/g, '');
  assert.equal(undone, input);
  // No hydration markers: the take-over does not use them.
  assert.doesNotMatch(output, /<!--/);
});

/** A page with four elements on one feed URL, counted under `k`. */
const oneFeedPage = (k) =>
  page(
    [1, 2, 3].map(() => `<policy-news src="/faults/feeds/security-policy.en.json?key=${k}&delay=50"></policy-news>`).join('\n') +
      `<policy-topic-header src="${site.origin}/faults/feeds/security-policy.en.json?key=${k}&delay=50"></policy-topic-header>`,
  );

test('loads each feed URL once per call, whatever the number of elements; what one call loads does not outlive it', async () => {
  const k = key();
  for (const output of [await prerender(oneFeedPage(k), { baseUrl: `${site.origin}/` }), await prerender(oneFeedPage(k), { baseUrl: `${site.origin}/` })]) {
    assert.deepEqual(rendered(output).map(({ state }) => state), ['ready', 'ready', 'ready', 'ready']);
  }
  assert.equal(await site.hits(k), 2, 'one request per call');
});

test('with one feedCache, every call of a build loads each URL once, pages rendered at once or one after another', async () => {
  const k = key();
  const feedCache = createFeedCache();
  const pages = await Promise.all([1, 2].map(() => prerender(oneFeedPage(k), { baseUrl: `${site.origin}/`, feedCache })));
  pages.push(await prerender(oneFeedPage(k), { baseUrl: `${site.origin}/`, feedCache }));
  for (const output of pages) assert.deepEqual(rendered(output).map(({ state }) => state), ['ready', 'ready', 'ready', 'ready']);
  assert.equal(await site.hits(k), 1);
});

test('an unreachable feed renders the error state with the fallback, and prerender resolves', async () => {
  const closed = `http://127.0.0.1:9/feed.json`; // the discard port: nothing listens there
  const input = page(`<policy-news src="${closed}"><a href="https://example.org/news">Read the news</a></policy-news>
<policy-speech src="/faults/feeds/security-policy.en.json?status=404"></policy-speech>
<policy-white-paper src="/faults/feeds/page.html"></policy-white-paper>`, 'en');
  const [network, http, parseError] = rendered(await prerender(input, { baseUrl: site.origin }));
  for (const element of [network, http, parseError]) {
    assert.equal(element.state, 'error');
    assert.match(element.text, /Try again/);
    assert.ok(hasSlot(element.shadow), 'the error state shows the fallback');
  }
  assert.match(network.text, /Check your connection|not available|connection/i);
  assert.match(await prerender(input), /<a href="https:\/\/example.org\/news">Read the news<\/a>/);
});

test('a relative src without a base URL, or a blank one, is an error; an element without src is left for the page script', async () => {
  const input = page(`<policy-news src="/feeds/x.json"></policy-news><policy-speech src=" "></policy-speech><policy-white-paper></policy-white-paper>`, 'en');
  const [relative, blank, missing] = rendered(await prerender(input));
  assert.equal(relative.state, 'error');
  assert.equal(blank.state, 'error');
  assert.equal(missing.state, undefined);
  assert.equal(missing.shadow, undefined);
});

test('a page prerendered again gets its content replaced, not doubled', async () => {
  const input = page(`<policy-topic-header state="loading" src="/faults/feeds/security-policy.en.json"></policy-topic-header>`, 'en');
  const once = await prerender(input, { baseUrl: site.origin });
  const twice = await prerender(once, { baseUrl: site.origin });
  assert.equal(twice, once);
  assert.equal((twice.match(/<template /g) ?? []).length, 1);
  assert.equal((twice.match(/ state=/g) ?? []).length, 1);
  assert.equal(rendered(twice)[0].state, 'ready');
});

test('the hostile feed renders as text: no script, no event handler, no javascript: URL in the output', async () => {
  const input = page(['policy-news', 'policy-speech', 'policy-white-paper', 'policy-topic-header']
    .map((tag) => `<${tag} src="/tests/hardening/hostile-feed.json"></${tag}>`).join('\n'), 'en');
  const output = await prerender(input, { baseUrl: site.origin });
  const found = rendered(output);
  assert.ok(found.every(({ state }) => state === 'ready' || state === 'empty'), found.map(({ state }) => state).join());
  assert.match(found[3].text, /<script>window.__pwned='feed title'<\/script>Hostile topic/);
  for (const { element } of [...elements(parse(output))].filter(({ root }) => root)) {
    assert.ok(!['script', 'iframe', 'object', 'embed', 'svg'].includes(element.tagName), element.tagName);
    for (const { name, value } of element.attrs) {
      assert.doesNotMatch(name, /^on/i, `${element.tagName} has ${name}`);
      if (['href', 'src', 'srcset', 'action', 'data'].includes(name)) assert.match(value, /^(https?:|\/|\.|[\w-]+\.)/i, `${name}="${value}"`);
    }
  }
});

const run = promisify(execFile);
const cli = (args) => run(process.execPath, ['bin/policy-widgets.js', 'prerender', ...args]).then(
  ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
  ({ code, stdout, stderr }) => ({ code, stdout, stderr }),
);

test('policy-widgets prerender: in place, or into --out; exit 1 with one line per problem', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'policy-widgets-prerender-'));
  try {
    const input = page(`<policy-news src="/faults/feeds/security-policy.en.json" limit="1"></policy-news>`, 'en');
    await writeFile(join(dir, 'a.html'), input);
    const out = await cli([join(dir, 'a.html'), '--base-url', site.origin, '--out', join(dir, 'out')]);
    assert.equal(out.code, 0, out.stderr);
    assert.equal(await readFile(join(dir, 'a.html'), 'utf8'), input);
    assert.equal(rendered(await readFile(join(dir, 'out', 'a.html'), 'utf8'))[0].state, 'ready');

    const inPlace = await cli([join(dir, 'a.html'), `--base-url=${site.origin}`]);
    assert.equal(inPlace.code, 0, inPlace.stderr);
    assert.equal(rendered(await readFile(join(dir, 'a.html'), 'utf8'))[0].state, 'ready');

    const missing = await cli([join(dir, 'nothing.html'), join(dir, 'a.html'), '--base-url', site.origin]);
    assert.equal(missing.code, 1);
    assert.equal(missing.stderr.trim().split('\n').length, 1);
    assert.match(missing.stderr, /nothing\.html: no such file/);

    for (const args of [[], ['--base-url', 'not a url', join(dir, 'a.html')], ['--nope', join(dir, 'a.html')]]) {
      const bad = await cli(args);
      assert.equal(bad.code, 1, args.join(' '));
      assert.doesNotMatch(bad.stderr, /\n\s+at /, 'no stack trace');
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
