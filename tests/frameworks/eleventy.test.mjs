// A real Eleventy 3 site with the plugin (policy-widgets/eleventy, as a site imports it), built twice against a
// loopback feed server that counts requests. Run after `npm run build`.
import Eleventy from '@11ty/eleventy';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import policyWidgets from 'policy-widgets/eleventy';
import { startSite } from '../prerender/site.mjs';

let site;
let dir;
before(async () => {
  site = await startSite();
  dir = await mkdtemp(join(tmpdir(), 'policy-widgets-eleventy-'));
});
after(async () => {
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const layout = (body) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }}</title><script type="module" src="/assets/policy-widgets.js"></script></head>
<body><main>${body}</main></body>
</html>`;

test('Eleventy 3: every HTML page is prerendered, each feed URL loaded once per build; origins and assetsUrl are passed on', async () => {
  const key = `eleventy-${Date.now()}`;
  const english = `${site.origin}/faults/feeds/security-policy.en.json?key=${key}-en`;
  const norwegian = `${site.origin}/faults/feeds/security-policy.nb.json?key=${key}-nb`;
  // The same server under another origin: loaded only if `origins` were not passed on.
  const elsewhere = `${site.origin.replace('127.0.0.1', 'localhost')}/faults/feeds/security-policy.en.json?key=${key}-elsewhere`;
  const input = join(dir, 'src');
  await mkdir(join(input, '_includes'), { recursive: true });
  await writeFile(join(input, '_includes', 'page.njk'), layout('{{ content | safe }}'));
  const pages = {
    'index.njk': `<h1>Home</h1><policy-news src="${english}" limit="2"></policy-news>`,
    'news.njk': `<h1>News</h1><policy-news src="${english}" layout="compact"></policy-news>\n<policy-speech src="${english}"></policy-speech>`,
    'norsk.njk': `<h1>Norsk</h1><policy-topic-header src="${norwegian}" lang="nb"></policy-topic-header>`,
    'both.njk': `<h1>Both</h1><policy-white-paper src="${english}"></policy-white-paper><policy-news src="${norwegian}" lang="nb"></policy-news>`,
    'elsewhere.njk': `<h1>Elsewhere</h1><policy-news src="${elsewhere}"></policy-news>`,
  };
  for (const [name, body] of Object.entries(pages))
    await writeFile(join(input, name), `---\nlayout: page.njk\ntitle: ${name}\n---\n${body}\n`);
  // Not HTML: written as Eleventy renders it, never prerendered.
  await writeFile(join(input, 'feed.njk'), `---\npermalink: /embed.txt\n---\n<policy-news src="${english}"></policy-news>\n`);

  const output = join(dir, '_site');
  const eleventy = new Eleventy(input, output, {
    quietMode: true,
    config(eleventyConfig) {
      eleventyConfig.addPlugin(policyWidgets, { origins: [site.origin], assetsUrl: 'https://cdn.example.org/policy-widgets/dist/' });
    },
  });

  await eleventy.write();
  assert.deepEqual(
    [await site.hits(`${key}-en`), await site.hits(`${key}-nb`), await site.hits(`${key}-elsewhere`)],
    [1, 1, 0],
    'one request per feed URL in the build, none outside the origins',
  );
  const read = (path) => readFile(join(output, path), 'utf8');
  const home = await read('index.html');
  const news = await read('news/index.html');
  const norsk = await read('norsk/index.html');
  const both = await read('both/index.html');
  for (const html of [home, news, norsk, both]) {
    assert.doesNotMatch(html, /state="(loading|error)"/);
    assert.ok(html.includes('<link rel="stylesheet" href="https://cdn.example.org/policy-widgets/dist/styles/policy-'), 'assetsUrl');
  }
  const shadowRoots = (html) => html.match(/<template [^>]*shadowrootmode="open"/g)?.length ?? 0;
  assert.deepEqual([home, news, norsk, both].map(shadowRoots), [1, 2, 1, 2]);
  assert.match(home, /Norwegian foreign and security policy/);
  assert.match(norsk, /Sikkerhetspolitikk/);
  assert.match(await read('elsewhere/index.html'), /<policy-news [^>]*state="error"/);
  assert.equal(await read('embed.txt'), `<policy-news src="${english}"></policy-news>\n`);

  // A second build of the same site (as `eleventy --serve` makes on every change) loads the feeds anew, once each.
  await eleventy.write();
  assert.deepEqual([await site.hits(`${key}-en`), await site.hits(`${key}-nb`)], [2, 2]);
});
