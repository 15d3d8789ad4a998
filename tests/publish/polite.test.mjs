// `build` as a scheduled job sees it: sources on a real loopback HTTP server that checks the request headers
// and answers conditional requests. A source that has not changed costs one 304 and no writes; one that asks
// for a pause (429, 503) is left as published and the message says when to come back.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { cli, ROOT } from './cli.mjs';
import { conditionalRoute, rss, startSourceServer } from './source-server.mjs';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const DAY = 86_400_000;
const START = Date.parse('2026-12-07T08:00:00Z');
/** `count` items, newest first, with ids from `prefix`. */
const items = (prefix, count, newest = START) =>
  Array.from({ length: count }, (_, index) => ({ id: `${prefix}-${count - index}`, title: `${prefix} nummer ${count - index}`, date: newest - index * DAY / 24, description: 'Regjeringen har i dag lagt fram saken. '.repeat(8) }));

let server;
let root;
let config;
let out;
const bodies = {};
let site;

const snapshot = () =>
  Object.fromEntries(readdirSync(out).map((name) => [name, `${statSync(join(out, name)).mtimeMs} ${createHash('sha256').update(readFileSync(join(out, name))).digest('hex')}`]));
const build = () => cli(['build', config, '--out', out]);
const page = (name) => JSON.parse(readFileSync(join(out, name), 'utf8'));

before(async () => {
  server = await startSourceServer();
  bodies.nb = rss({ title: 'Nyheter fra departementet', language: 'nb', items: items('nb', 1500) });
  bodies.nbExtra = rss({ title: 'Pressemeldinger', language: 'nb', items: items('pm', 3) });
  // Relative links: they resolve against the URL that answered, after the redirect.
  bodies.en = rss({ title: 'News', language: 'en', items: items('en', 3).map((item) => ({ ...item, link: `stories/${item.id}` })) });
  server.routes.set('/nb.xml', conditionalRoute(() => bodies.nb));
  server.routes.set('/nb-extra.xml', conditionalRoute(() => bodies.nbExtra));
  server.routes.set('/en', () => ({ status: 301, headers: { location: '/feeds/en/latest.xml' } }));
  server.routes.set('/feeds/en/latest.xml', conditionalRoute(() => bodies.en));
  root = mkdtempSync(join(tmpdir(), 'policy-widgets-polite-'));
  out = join(root, 'out');
  config = join(root, 'site.json');
  site = { page_size: 50, topics: { news: { locales: { nb: { sources: [`${server.origin}/nb.xml`, `${server.origin}/nb-extra.xml`] }, en: { sources: [`${server.origin}/en`] } } } } };
  writeFileSync(config, JSON.stringify(site));
});

after(async () => {
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

let fullRun;
test('build names itself in User-Agent, from package.json, and resolves links against the URL that answered', async () => {
  fullRun = await build();
  assert.equal(fullRun.code, 0, fullRun.stderr);
  assert.ok(pkg.version && pkg.homepage, 'package.json names the version and home page');
  assert.deepEqual(
    server.requests.map((request) => `${request.path} ${request.headers['user-agent']}`),
    ['/nb.xml', '/nb-extra.xml', '/en', '/feeds/en/latest.xml'].map((path) => `${path} policy-widgets/${pkg.version} (+${pkg.homepage})`),
  );
  assert.ok(server.requests.every((request) => !request.headers['if-none-match'] && !request.headers['if-modified-since']), 'nothing to revalidate yet');
  assert.equal(page('news.en.json').items[0].url, `${server.origin}/feeds/en/stories/en-3`);
  assert.equal(page('news.nb.json').title, 'Nyheter fra departementet');
});

test('a second run sends If-None-Match and If-Modified-Since, gets 304s, says "not modified" and rewrites nothing', async () => {
  const state = JSON.parse(readFileSync(join(out, '.policy-widgets-state.json'), 'utf8'));
  const before = snapshot();
  server.reset();
  const again = await build();
  assert.equal(again.code, 0, again.stderr);
  const etag = (path) => server.routes.get(path)({ headers: {} }).headers.etag;
  assert.deepEqual(
    server.requests.map((request) => [request.path, request.headers['if-none-match'], request.headers['if-modified-since']]),
    [
      ['/nb.xml', etag('/nb.xml'), 'Mon, 07 Dec 2026 08:00:00 GMT'],
      ['/nb-extra.xml', etag('/nb-extra.xml'), 'Mon, 07 Dec 2026 08:00:00 GMT'],
      ['/en', etag('/feeds/en/latest.xml'), 'Mon, 07 Dec 2026 08:00:00 GMT'],
      ['/feeds/en/latest.xml', etag('/feeds/en/latest.xml'), 'Mon, 07 Dec 2026 08:00:00 GMT'],
    ],
  );
  assert.equal(server.bytes(), 0, 'no source body was sent');
  assert.ok(again.lines.includes('news nb: not modified'), again.stderr);
  assert.ok(again.lines.includes('news.nb: not modified'), again.stderr);
  assert.equal(again.lines.at(-1), `built 2 feeds in ${out}: 0 new, 0 changed, 0 kept, 0 skipped; 2 not modified`);
  assert.deepEqual(snapshot(), before, 'every file of DIR as it was, the state included');
  assert.ok(Object.keys(state.sources).length === 3);
});

test('what a scheduled run saves: a 304 run against a full run of the same sources (figures in docs/publishing.md)', async (t) => {
  const measure = async (full) => {
    const runs = [];
    for (let index = 0; index < 3; index++) {
      if (full) unlinkSync(join(out, '.policy-widgets-state.json')); // as before: no validators, every source in full
      server.reset();
      const result = await build();
      assert.equal(result.code, 0, result.stderr);
      runs.push({ ms: result.ms, cpuMs: result.cpuMs, bytes: server.bytes() });
    }
    runs.sort((a, b) => a.ms - b.ms);
    return runs[1];
  };
  const full = await measure(true);
  const notModified = await measure(false);
  t.diagnostic(`full run: ${Math.round(full.ms)} ms wall, ${Math.round(full.cpuMs)} ms CPU, ${full.bytes} bytes from sources`);
  t.diagnostic(`304 run: ${Math.round(notModified.ms)} ms wall, ${Math.round(notModified.cpuMs)} ms CPU, ${notModified.bytes} bytes from sources`);
  t.diagnostic(`304 run / full run: ${(notModified.ms / full.ms).toFixed(2)} wall, ${(notModified.cpuMs / full.cpuMs).toFixed(2)} CPU`);
  assert.ok(full.bytes > 500_000, 'the full run downloads the sources');
  assert.equal(notModified.bytes, 0);
  assert.ok(notModified.cpuMs < full.cpuMs, 'a 304 run skips the parse and the merge');
});

test('a source that changed is fetched in full; a 304 source beside it keeps its feed fields', async () => {
  bodies.nbExtra = rss({ title: 'Pressemeldinger', language: 'nb', items: [{ id: 'pm-4', title: 'pm nummer 4', date: START + DAY }, ...items('pm', 3)] });
  server.reset();
  const result = await build();
  assert.equal(result.code, 0, result.stderr);
  assert.ok(result.lines.includes('news.nb: 1 new, 0 changed, 1503 kept, 0 skipped; 31 pages'), result.stderr);
  assert.ok(result.lines.includes('news.en: not modified'), result.stderr);
  const first = page('news.nb.json');
  assert.equal(first.items[0].id, 'pm-4');
  assert.equal(first.title, 'Nyheter fra departementet', 'the title of the source that answered 304');
  assert.equal(server.bytes(), Buffer.byteLength(bodies.nbExtra), 'only the changed source was sent');
});

test('429 and 503 leave the topic as published, exit 1, and say when the source asked to be tried again', async () => {
  const before = snapshot();
  const retryDate = 'Tue, 08 Dec 2026 06:00:00 GMT';
  server.routes.set('/nb-extra.xml', () => ({ status: 503, headers: { 'retry-after': '120' } }));
  const started = Date.now();
  const unavailable = await build();
  assert.equal(unavailable.code, 1);
  const line = unavailable.lines.find((text) => text.startsWith('failed: news nb: '));
  const match = /HTTP 503 Service Unavailable; it asks to be tried again after (\S+) \(Retry-After: 120\)$/.exec(line);
  assert.ok(match, unavailable.stderr);
  const at = Date.parse(match[1]);
  assert.ok(at >= started + 119_000 && at <= Date.now() + 121_000, `${match[1]} is 120 s after the request`);
  assert.equal(unavailable.lines.at(-1), 'error: news left as published before, because a source failed');
  assert.deepEqual(snapshot(), before, 'the topic (and the state) as published');

  server.routes.set('/nb-extra.xml', () => ({ status: 429, headers: { 'retry-after': retryDate } }));
  const limited = await build();
  assert.equal(limited.code, 1);
  assert.ok(limited.lines.includes(`failed: news nb: ${server.origin}/nb-extra.xml: HTTP 429 Too Many Requests; it asks to be tried again after 2026-12-08T06:00:00Z (Retry-After: ${retryDate})`), limited.stderr);
  assert.deepEqual(snapshot(), before);

  // Back to normal: the validators of the topic that failed were kept, so the run is conditional still.
  server.routes.set('/nb-extra.xml', conditionalRoute(() => bodies.nbExtra));
  server.reset();
  const recovered = await build();
  assert.equal(recovered.code, 0, recovered.stderr);
  assert.equal(server.requests.filter((request) => request.headers['if-none-match']).length, 4);
  assert.equal(server.bytes(), 0);
});

test('a changed site config fetches every source in full: the validators belong to the config that used them', async () => {
  writeFileSync(config, JSON.stringify({ ...site, cache: { max_age: 120 } }));
  server.reset();
  const result = await build();
  assert.equal(result.code, 0, result.stderr);
  assert.equal(server.requests.filter((request) => request.headers['if-none-match']).length, 0);
  assert.ok(server.bytes() > 500_000);
});

test('convert names itself in User-Agent too, and resolves links against the URL that answered', async () => {
  server.reset();
  const result = await cli(['convert', `${server.origin}/en`]);
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual(server.requests.map((request) => request.headers['user-agent']), Array(2).fill(`policy-widgets/${pkg.version} (+${pkg.homepage})`));
  assert.equal(JSON.parse(result.stdout).items[0].url, `${server.origin}/feeds/en/stories/en-3`);
});
