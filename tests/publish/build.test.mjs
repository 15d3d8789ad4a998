// `policy-widgets build`: topics × locales × sources into a folder of static files, merged with what the
// folder already holds. Runs the real command line on real files.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { cli } from './cli.mjs';
import { makeSite } from './site.mjs';

const { root, config, out } = makeSite();
after(() => rmSync(root, { recursive: true, force: true }));

const read = (name) => JSON.parse(readFileSync(join(out, name), 'utf8'));
const FEEDS = ['security-policy.nb', 'security-policy.nn', 'ebola.en', 'beredskap.nb'];
/** The feed files a reader can fetch: first pages, and later pages named by their number and content. */
const isFeedFile = (name) => /^[a-z0-9-]+\.[A-Za-z-]+(\.\d+\.[0-9a-f]{16})?\.json$/.test(name);

/** Every item of a topic's feed, following next_url from page 1. */
function allPages(feed) {
  const pages = [read(`${feed}.json`)];
  while (pages.at(-1).next_url) pages.push(read(pages.at(-1).next_url));
  return pages;
}

let first;
test('the first build writes every topic and locale, with progress and a summary on stderr', async () => {
  first = await cli(['build', config, '--out', out]);
  assert.equal(first.code, 0, first.stderr);
  assert.equal(first.stdout, '');
  assert.ok(first.lines.includes('security-policy nb: reading sources/rss/regjeringen-taler.xml'), 'progress names topic, locale and source');
  assert.ok(first.lines.includes('security-policy nb: rss, 2 items, 2 skipped'));
  assert.ok(first.lines.includes('security-policy.nb: 5 new, 0 changed, 0 kept, 2 skipped; 2 pages'), first.stderr);
  assert.ok(first.lines.includes('  skipped https://www.regjeringen.no/id2600001: no title'), 'the reason for each skip');
  assert.ok(first.lines.includes('ebola.en: 9 new, 0 changed, 0 kept, 0 skipped; 3 pages'), first.stderr);
  assert.equal(first.lines.at(-1), `built 4 feeds in ${out}: 20 new, 0 changed, 0 kept, 5 skipped`);
});

test('pages hold at most page_size items, newest first, linked by next_url', () => {
  const pages = allPages('ebola.en');
  assert.deepEqual(pages.map((page) => page.items.length), [3, 3, 3]);
  assert.match(pages[0].next_url, /^ebola\.en\.2\.[0-9a-f]{16}\.json$/);
  assert.match(pages[1].next_url, /^ebola\.en\.3\.[0-9a-f]{16}\.json$/);
  assert.equal(pages[2].next_url, undefined);
  const dates = pages.flatMap((page) => page.items.map((item) => Date.parse(item.date_published)));
  assert.deepEqual(dates, [...dates].sort((a, b) => b - a));
  for (const page of pages) assert.equal(page.title, 'Ebola virus: UK government response', 'each page is a whole feed');
});

test('each topic gets its config: types by rule and by source, the locale as language, publisher and government', () => {
  const items = allPages('security-policy.nb').flatMap((page) => page.items);
  const types = Object.fromEntries(items.map((item) => [item.title, item._policy?.type]));
  assert.deepEqual(types, {
    'Norge øker støtten til Ukraina': 'press-release',
    'Meld. St. 9 (2024–2025) Forsvarets rolle': 'white-paper',
    'Statssekretær besøker Litauen': 'news',
    'Innlegg: Norge & NATO – 70 år': 'article',
    'Tale ved Energy Security Summit i Stavanger': 'speech',
  });
  const nb = read('security-policy.nb.json');
  assert.equal(nb.title, 'Sikkerhetspolitikk', "the locale's title over the source's");
  assert.deepEqual(nb._policy.government, { name: 'Regjeringen Støre', current: true });
  assert.equal(read('security-policy.nn.json').language, 'nn');
  const beredskap = read('beredskap.nb.json');
  assert.equal(beredskap.language, 'nb', 'the locale, when the sources name no language');
  assert.equal(beredskap._policy.publisher.name, 'Eksempel kommune');
});

test('every page passes `policy-widgets validate`', async () => {
  const files = readdirSync(out).filter(isFeedFile);
  assert.equal(files.length, 8);
  for (const file of files) {
    const result = await cli(['validate', join(out, file)]);
    assert.equal(result.code, 0, `${file}: ${result.stderr}`);
  }
});

test('each file has a .gz and a .br beside it with the same content; no temporary file or lock is left', () => {
  const files = readdirSync(out);
  for (const file of files.filter(isFeedFile)) {
    const json = readFileSync(join(out, file));
    assert.deepEqual(gunzipSync(readFileSync(join(out, `${file}.gz`))), json, `${file}.gz`);
    assert.deepEqual(brotliDecompressSync(readFileSync(join(out, `${file}.br`))), json, `${file}.br`);
    assert.equal(statSync(join(out, file)).mode & 0o444, 0o444, `${file} is world-readable`);
  }
  assert.deepEqual(files.filter((name) => name.startsWith('.') || name.endsWith('.tmp')), ['.policy-widgets-state.json']);
});

test('_headers lists every feed file with CORS, the feed type and Cache-Control; nginx.conf serves the folder', () => {
  const headers = readFileSync(join(out, '_headers'), 'utf8');
  for (const feed of FEEDS) assert.match(headers, new RegExp(`^/${feed.replace('.', '\\.')}\\.json$`, 'm'));
  assert.match(headers, /^\/ebola\.en\.3\.[0-9a-f]{16}\.json\n {2}Access-Control-Allow-Origin: \*\n {2}Content-Type: application\/feed\+json; charset=utf-8\n {2}Cache-Control: public, max-age=60, stale-while-revalidate=600\n/m);
  const nginx = readFileSync(join(out, 'nginx.conf'), 'utf8');
  assert.ok(nginx.includes(`root "${out}";`), "root is the output folder");
  assert.match(nginx, /add_header Cache-Control "public, max-age=60, stale-while-revalidate=600" always;/);
});

test('a build with nothing new rewrites nothing: files, and so their ETags, stay as they were', async () => {
  const before = Object.fromEntries(readdirSync(out).map((name) => [name, statSync(join(out, name)).mtimeMs]));
  const again = await cli(['build', config, '--out', out]);
  assert.equal(again.code, 0, again.stderr);
  assert.ok(again.lines.includes('ebola.en: 0 new, 0 changed, 9 kept, 0 skipped; 3 pages'), again.stderr);
  const afterwards = Object.fromEntries(Object.keys(before).map((name) => [name, statSync(join(out, name)).mtimeMs]));
  assert.deepEqual(afterwards, before);
});

test('history outlives the source window, and a changed item is updated in place', async () => {
  const source = join(root, 'sources/rss/regjeringen-pressemeldinger.xml');
  const original = readFileSync(source, 'utf8');
  // The source's window moves on: the oldest item drops out, and one item gets a corrected title.
  const moved = original
    .replace(/<item>\s*<title>Statssekretær besøker Litauen<\/title>[\s\S]*?<\/item>/, '')
    .replace('Norge øker støtten til Ukraina', 'Norge øker støtten til Ukraina med 5 milliarder');
  assert.notEqual(moved, original);
  writeFileSync(source, moved);
  const result = await cli(['build', config, '--out', out]);
  writeFileSync(source, original);
  assert.equal(result.code, 0, result.stderr);
  assert.ok(result.lines.includes('security-policy.nb: 0 new, 1 changed, 4 kept, 2 skipped; 2 pages'), result.stderr);
  const items = allPages('security-policy.nb').flatMap((page) => page.items);
  assert.equal(items.length, 5, 'the item gone from the source is kept');
  const titles = items.map((item) => item.title);
  assert.ok(titles.includes('Statssekretær besøker Litauen'), titles.join('; '));
  assert.deepEqual(titles.filter((title) => title.startsWith('Norge øker støtten til Ukraina')), ['Norge øker støtten til Ukraina med 5 milliarder'], 'the changed item, once, with its new title');
  assert.equal(items[0].title, 'Norge øker støtten til Ukraina med 5 milliarder', 'replaced where it was, not added');
  assert.equal(items.filter((item) => item.id === 'https://www.regjeringen.no/no/aktuelt/stotte-ukraina/id3000001/').length, 1);
});

test('a failing source leaves its topic as published, the others are built, and the command exits 1 naming it', async () => {
  const broken = JSON.parse(readFileSync(config, 'utf8'));
  broken.topics['security-policy'].locales.nn.sources = ['sources/atom/gone.atom'];
  broken.topics.ebola.locales.en.sources.push('sources/govuk/not-there.json');
  const brokenConfig = join(root, 'broken-site.json');
  writeFileSync(brokenConfig, JSON.stringify(broken));
  const topicFiles = (topic) => readdirSync(out).filter((name) => name.startsWith(`${topic}.`));
  const snapshot = (topic) => Object.fromEntries(topicFiles(topic).map((name) => [name, readFileSync(join(out, name), 'latin1') + statSync(join(out, name)).mtimeMs]));
  const securityBefore = snapshot('security-policy');
  const ebolaBefore = snapshot('ebola');
  // The other topic has news, so its files change, proving the build went on past the failures.
  const wordpress = join(root, 'sources/wordpress/posts-embed.json');
  const posts = JSON.parse(readFileSync(wordpress, 'utf8'));
  posts.unshift({ ...posts[0], guid: { rendered: 'https://www.eksempel.kommune.no/?p=600' }, link: 'https://www.eksempel.kommune.no/ny/', title: { rendered: 'Ny sak' } });
  writeFileSync(wordpress, JSON.stringify(posts));

  const result = await cli(['build', brokenConfig, '--out', out]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /failed: security-policy nn: sources\/atom\/gone\.atom: cannot read: ENOENT/);
  assert.match(result.stderr, /failed: ebola en: sources\/govuk\/not-there\.json: cannot read: ENOENT/);
  assert.equal(result.lines.at(-1), 'error: security-policy, ebola left as published before, because a source failed');
  assert.deepEqual(snapshot('security-policy'), securityBefore, 'security-policy: nb was fine, but the whole topic stays as it was');
  assert.deepEqual(snapshot('ebola'), ebolaBefore);
  assert.ok(result.lines.includes('beredskap.nb: 1 new, 0 changed, 4 kept, 2 skipped; 2 pages'), result.stderr);
});

test('a published page that is not JSON stops its topic, not the build: history is never thrown away', async () => {
  const page = join(out, 'security-policy.nn.json');
  const good = readFileSync(page);
  writeFileSync(page, '{ truncated');
  const result = await cli(['build', config, '--out', out]);
  const damaged = readFileSync(page, 'utf8');
  writeFileSync(page, good);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /failed: security-policy nn: security-policy\.nn\.json in .* is not JSON: fix or remove it, history is merged from it/);
  assert.equal(damaged, '{ truncated', 'left for a person to look at');
  assert.ok(result.lines.some((line) => line.startsWith('ebola.en: ')), 'the other topics are built');
});

test('a bad site config is one line naming the field', async () => {
  const bad = join(root, 'bad-site.json');
  writeFileSync(bad, JSON.stringify({ topics: { '../etc': { locales: { nb: { sources: ['x'] } } } } }));
  const result = await cli(['build', bad, '--out', out]);
  assert.equal(result.code, 1);
  assert.deepEqual(result.lines, [`policy-widgets: ${bad}: /topics: name "../etc" must match pattern "^[a-z0-9][a-z0-9-]*$"`]);
});
