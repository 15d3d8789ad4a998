// prerender() on pages it may not trust, in a server that runs for months: origins, redirects, body size, time.
// Real HTTP on loopback servers. Run after `npm run build` (they use the Node build in dist/lib/).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { createFeedCache, prerender } from '../../dist/lib/prerender/index.js';

const FEED = await readFile(new URL('../../stories/fixtures/feeds/security-policy.en.json', import.meta.url), 'utf8');
const SETUP = 'This content cannot be shown: it has not been set up correctly.';

/**
 * A loopback feed server that counts what it is asked for and how many bytes it wrote:
 *   /feed.json            the sample feed
 *   /to?url=U             302 to U
 *   /huge.json?mb=N       a valid feed of about N MB, sent in 64 KB chunks with no Content-Length
 *   /hang.json            never answers
 */
async function feedServer() {
  const requests = [];
  let written = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests.push(url.pathname + url.search);
    if (url.pathname === '/feed.json') return res.writeHead(200, { 'content-type': 'application/feed+json' }).end(FEED);
    if (url.pathname === '/to') return res.writeHead(302, { location: url.searchParams.get('url') }).end();
    if (url.pathname === '/hang.json') return;
    if (url.pathname === '/huge.json') {
      res.writeHead(200, { 'content-type': 'application/feed+json' });
      const chunk = 'A'.repeat(64 * 1024);
      let left = Number(url.searchParams.get('mb')) * 16;
      res.write('{"items":[{"id":"1","title":"Huge","summary":"');
      const more = () => {
        while (left > 0 && !res.destroyed) {
          left--;
          written += chunk.length;
          if (!res.write(chunk)) return res.once('drain', more);
        }
        if (!res.destroyed) res.end('"}]}');
      };
      res.on('close', () => (left = 0));
      return more();
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests,
    written: () => written,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

let allowed;
let internal;
before(async () => ([allowed, internal] = await Promise.all([feedServer(), feedServer()])));
after(() => Promise.all([allowed.close(), internal.close()]));

const page = (...srcs) =>
  `<!doctype html><html lang="en"><body>${srcs.map((src) => `<policy-speech src="${src}"><a href="/">Speeches</a></policy-speech>`).join('')}</body></html>`;
/** Each element's state and the text of its error message, if any. */
const outcomes = (html) =>
  [...html.matchAll(/<policy-speech state="(\w+)"[^>]*>[^]*?(?:<p part="error-message"[^>]*>([^<]*)<\/p>[^]*?)?<\/template>/g)].map(([, state, message]) => ({ state, message }));

test('origins: a src elsewhere is the setup error, and nothing is requested from it', async () => {
  const html = await prerender(page(`${allowed.origin}/feed.json`, `${internal.origin}/feed.json`), { origins: [allowed.origin] });
  assert.deepEqual(outcomes(html), [{ state: 'ready', message: undefined }, { state: 'error', message: SETUP }]);
  assert.deepEqual(internal.requests, []);
});

test('origins: a redirect that leaves them is the setup error, with no request to where it points; one within them is followed', async () => {
  const leaving = `${allowed.origin}/to?url=${encodeURIComponent(`${internal.origin}/feed.json?via=redirect`)}`;
  const staying = `${allowed.origin}/to?url=${encodeURIComponent('/feed.json?via=redirect')}`;
  const html = await prerender(page(leaving, staying), { origins: [new URL(allowed.origin)] });
  assert.deepEqual(outcomes(html), [{ state: 'error', message: SETUP }, { state: 'ready', message: undefined }]);
  assert.deepEqual(internal.requests, []);
});

test('origins: a feed a shared store already holds is still refused to a call whose origins leave it out', async () => {
  const feedCache = createFeedCache();
  const src = `${internal.origin}/feed.json?shared=1`;
  assert.deepEqual(outcomes(await prerender(page(src), { feedCache })), [{ state: 'ready', message: undefined }]);
  assert.deepEqual(outcomes(await prerender(page(src), { feedCache, origins: [allowed.origin] })), [{ state: 'error', message: SETUP }]);
});

test('a src that is not http(s) is the setup error, with no request: data:, file:, javascript:', async () => {
  const data = `data:application/json,${encodeURIComponent(JSON.stringify({ items: [{ id: '1', title: 'Injected item' }] }))}`;
  const html = await prerender(page(data, 'file:///etc/hostname', 'javascript:alert(1)'));
  assert.deepEqual(outcomes(html), [1, 2, 3].map(() => ({ state: 'error', message: SETUP })));
  assert.doesNotMatch(html, /Injected item/);
});

test('maxBytes: a larger body is an error, and reading stops at the cap instead of downloading it all', async () => {
  const html = await prerender(page(`${allowed.origin}/huge.json?mb=40`), { maxBytes: 256 * 1024 });
  assert.deepEqual(outcomes(html).map(({ state }) => state), ['error']);
  assert.match(html, /The content could not be read\./);
  await new Promise((resolve) => setTimeout(resolve, 100));
  // The server stops when the client closes the connection; it wrote far less than the 40 MB it was asked for.
  assert.ok(allowed.written() < 8 * 1024 * 1024, `${(allowed.written() / 1024 / 1024).toFixed(1)} MB were sent`);
});

test('timeout: a feed slower than `timeout` is an error state in about that time', async () => {
  const started = performance.now();
  const html = await prerender(page(`${allowed.origin}/hang.json`), { timeout: 300 });
  const took = performance.now() - started;
  assert.deepEqual(outcomes(html).map(({ state }) => state), ['error']);
  assert.match(html, /taking too long/);
  assert.ok(took < 3000, `took ${took.toFixed(0)} ms`);
});

const run = promisify(execFile);
const cli = (args) => run(process.execPath, ['bin/policy-widgets.js', 'prerender', ...args]).then(
  ({ stderr }) => ({ code: 0, stderr }),
  ({ code, stderr }) => ({ code, stderr }),
);

test('policy-widgets prerender --origin (repeatable): feeds elsewhere are the setup error; a bad origin is exit 1', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'policy-widgets-origins-'));
  try {
    const before = internal.requests.length;
    await writeFile(join(dir, 'a.html'), page(`${allowed.origin}/feed.json?cli=1`, `${internal.origin}/feed.json?cli=1`));
    const done = await cli([join(dir, 'a.html'), '--origin', 'https://feeds.example.org', '--origin', allowed.origin]);
    assert.equal(done.code, 0, done.stderr);
    assert.deepEqual(outcomes(await readFile(join(dir, 'a.html'), 'utf8')).map(({ state }) => state), ['ready', 'error']);
    assert.equal(internal.requests.length, before);
    const bad = await cli([join(dir, 'a.html'), '--origin', 'not an origin']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /--origin "not an origin" is not a URL/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
