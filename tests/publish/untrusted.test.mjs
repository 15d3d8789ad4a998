// Input that is not what it claims, and configs written by someone else: bounded while reading, refused when
// it is not a regular file, never merged from a symbolic link, never let into nginx.conf or the local disk.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { cli } from './cli.mjs';
import { rss, startSourceServer } from './source-server.mjs';

const root = mkdtempSync(join(tmpdir(), 'policy-widgets-untrusted-'));
let server;
before(async () => {
  server = await startSourceServer();
  server.routes.set('/news.xml', () => ({ headers: { 'content-type': 'application/rss+xml' }, body: rss({ title: 'Nyheter', items: [{ id: 'a', title: 'Sak', date: Date.parse('2026-12-07T08:00:00Z') }] }) }));
});
after(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Runs the command line, or gives up after `seconds`: reading without bound would never end. */
const bounded = (args, seconds = 15) => Promise.race([cli(args), sleep(seconds * 1000, { code: 'still running', stderr: `still running after ${seconds} s` }, { ref: false })]);

test('a FIFO or a device is refused at once, never read (it could block or never end)', async () => {
  const fifo = join(root, 'feed.xml');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
  for (const path of [fifo, '/dev/zero']) {
    const result = await bounded(['convert', path]);
    assert.equal(result.code, 1, result.stderr);
    assert.equal(result.stderr, `policy-widgets: ${path}: not a regular file (a FIFO, device or folder), refused\n`);
  }
});

test('a download with no Content-Length is cut off at the cap while it streams', async () => {
  // A body that never ends, in 1 MB chunks with no Content-Length: only counting while reading stops it.
  const endless = { *[Symbol.iterator]() { for (;;) yield Buffer.alloc(1024 * 1024, ' '); } };
  server.routes.set('/endless.xml', () => ({ headers: { 'content-type': 'application/rss+xml' }, chunks: endless }));
  server.reset();
  const result = await bounded(['convert', `${server.origin}/endless.xml`]);
  assert.equal(result.code, 1, result.stderr);
  assert.equal(result.stderr, `policy-widgets: ${server.origin}/endless.xml: larger than 20 MB, the limit for one input\n`);
  assert.ok(result.peakMB < 200, `memory stays bounded (${Math.round(result.peakMB)} MB)`);
  assert.ok(server.bytes() < 40 * 1024 * 1024, `the download stopped soon after the cap (${server.bytes()} bytes sent)`);
});

/** A site of one topic from the loopback source, built once. */
async function builtSite(name) {
  const dir = join(root, name);
  mkdirSync(dir);
  const config = join(dir, 'site.json');
  writeFileSync(config, JSON.stringify({ topics: { news: { locales: { nb: { sources: [`${server.origin}/news.xml`] } } } } }));
  const out = join(dir, 'out');
  const first = await cli(['build', config, '--out', out]);
  assert.equal(first.code, 0, first.stderr);
  return { config, out };
}

test('a published page that is a symbolic link is refused, not merged: what it points at never reaches a feed', async () => {
  const { config, out } = await builtSite('symlink');
  const elsewhere = join(root, 'elsewhere.json');
  const planted = JSON.parse(readFileSync(join(out, 'news.nb.json'), 'utf8'));
  planted.items.push({ id: 'planted', title: 'Not published here' });
  writeFileSync(elsewhere, JSON.stringify(planted));
  rmSync(join(out, 'news.nb.json'));
  symlinkSync(elsewhere, join(out, 'news.nb.json'));
  server.routes.set('/news.xml', () => ({ body: rss({ title: 'Nyheter', items: [{ id: 'b', title: 'Ny sak', date: Date.parse('2026-12-08T08:00:00Z') }] }) }));
  const result = await cli(['build', config, '--out', out]);
  assert.equal(result.code, 1);
  assert.ok(result.lines.includes(`failed: news nb: news.nb.json in ${out}: a symbolic link, refused: fix or remove it, history is merged from it`), result.stderr);
  assert.equal(readFileSync(elsewhere, 'utf8'), JSON.stringify(planted), 'the link and what it points at are left as they were');
});

test('a published page over the cap is refused, not merged', async () => {
  const { config, out } = await builtSite('huge');
  const page = JSON.parse(readFileSync(join(out, 'news.nb.json'), 'utf8'));
  page.description = 'x'.repeat(21 * 1024 * 1024);
  writeFileSync(join(out, 'news.nb.json'), JSON.stringify(page));
  const result = await cli(['build', config, '--out', out]);
  assert.equal(result.code, 1);
  assert.ok(result.lines.includes(`failed: news nb: news.nb.json in ${out}: larger than 20 MB, the limit for one input: fix or remove it, history is merged from it`), result.stderr);
});

test('a site config read from a URL may name only http(s) sources, never a local file', async () => {
  const secret = join(root, 'secret.xml');
  writeFileSync(secret, rss({ title: 'Private', items: [{ id: 'secret', title: 'Private', date: 0 }] }));
  server.routes.set('/site.json', () => ({
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ topics: { news: { locales: { nb: { sources: [`${server.origin}/news.xml`, secret] } } } } }),
  }));
  const out = join(root, 'remote-out');
  const result = await cli(['build', `${server.origin}/site.json`, '--out', out]);
  assert.equal(result.code, 1);
  assert.deepEqual(result.lines, [
    `policy-widgets: ${server.origin}/site.json: /topics/news/locales/nb/sources/1: "${secret}" is not an http(s) URL; a site config read from a URL may name only http(s) sources`,
  ]);
  assert.equal(existsSync(join(out, 'news.nb.json')), false);
});

test('values that would write directives into nginx.conf are refused, whoever wrote them', async () => {
  const dir = join(root, 'nginx');
  mkdirSync(dir);
  const config = join(dir, 'site.json');
  const cases = [
    [{ server_name: 'feeds.example.org; location /etc { root /; }' }, 'nginx.server_name "feeds.example.org; location /etc { root /; }"'],
    [{ listen: '80\n    location / { autoindex on' }, 'nginx.listen "80\\n    location / { autoindex on"'],
    [{ root: '/srv/feeds" ; include "/etc/passwd' }, 'nginx.root "/srv/feeds\\" ; include \\"/etc/passwd"'],
  ];
  for (const [nginx, named] of cases) {
    writeFileSync(config, JSON.stringify({ nginx, topics: { news: { locales: { nb: { sources: [`${server.origin}/news.xml`] } } } } }));
    server.reset();
    const result = await cli(['build', config, '--out', join(dir, 'out')]);
    assert.equal(result.code, 1);
    assert.deepEqual(result.lines, [`policy-widgets: ${named}: may not be empty or hold ; { } quotes, backslashes or line breaks, it is written into nginx.conf`]);
    assert.equal(server.requests.length, 0, 'refused before any source is fetched');
    assert.equal(existsSync(join(dir, 'out', 'nginx.conf')), false);
  }
  // The default root is DIR itself: a DIR whose path would break out of the quotes is refused too.
  writeFileSync(config, JSON.stringify({ topics: { news: { locales: { nb: { sources: [`${server.origin}/news.xml`] } } } } }));
  const quoted = join(dir, 'out"; autoindex on; "');
  const result = await cli(['build', config, '--out', quoted]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /^policy-widgets: nginx\.root ".*out\\"; autoindex on; \\"": may not be empty/);
});
