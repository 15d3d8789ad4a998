// The built folder, served by real nginx with the GENERATED server block on one loopback origin, read by
// the drop-in (dist/policy-widgets.js) in headless Chromium from a page on another origin: the elements
// render over CORS, a repeat request gets 304, and gzip is served. Needs `npm run build` and nginx
// (`npm test` installs nginx-light: scripts/install-test-deps.mjs); without nginx the test fails and says so.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { freePort, launchChromium, nginxPath } from '../server/browsers.mjs';
import { cli, ROOT } from './cli.mjs';
import { makeSite } from './site.mjs';

/** One raw HTTP GET, so the headers are seen as sent (fetch would decompress and hide them). */
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

/** A GET of `path` exactly as written: a URL would resolve `..` and `%2e%2e` before the server saw them. */
function getRaw(origin, path) {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, body: Buffer.concat(chunks).toString() }));
    })
      .on('error', reject)
      .end();
  });
}

const nginx = nginxPath();
let site;
let nginxConf;
let feeds; // the nginx origin
let pages; // the page server
let pageServer;
let browser;

before(async () => {
  const port = await freePort();
  site = makeSite({ nginx: { listen: `127.0.0.1:${port}`, server_name: 'localhost' } });
  const built = await cli(['build', site.config, '--out', site.out]);
  assert.equal(built.code, 0, built.stderr);

  // A minimal nginx.conf of the test's own around the generated server block.
  const prefix = join(site.root, 'nginx');
  mkdirSync(join(prefix, 'temp'), { recursive: true });
  nginxConf = join(prefix, 'nginx.conf');
  writeFileSync(
    nginxConf,
    `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path ${prefix}/temp;
    include ${join(site.out, 'nginx.conf')};
}
`,
  );
  execFileSync(nginx, ['-c', nginxConf, '-p', prefix], { stdio: 'pipe' });
  feeds = `http://127.0.0.1:${port}`;

  // The partner page, on another origin: the drop-in and one element per topic and locale.
  const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Partner page</title>
<script type="module" src="/dist/policy-widgets.js"></script></head>
<body>
  <policy-news id="security-nb" lang="nb" limit="10" src="${feeds}/security-policy.{lang}.json"></policy-news>
  <policy-news id="security-nn" lang="nn" limit="10" src="${feeds}/security-policy.{lang}.json"></policy-news>
  <policy-news id="ebola" limit="10" src="${feeds}/ebola.en.json"></policy-news>
  <policy-news id="beredskap" lang="nb" limit="10" src="${feeds}/beredskap.nb.json"></policy-news>
</body></html>`;
  const drop = readFileSync(join(ROOT, 'dist/policy-widgets.js'));
  pageServer = createServer((req, res) => {
    if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else if (req.url === '/dist/policy-widgets.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(drop);
    else res.writeHead(404).end();
  });
  await new Promise((resolve) => pageServer.listen(0, '127.0.0.1', resolve));
  pages = `http://127.0.0.1:${pageServer.address().port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  pageServer?.close();
  if (nginxConf) execFileSync(nginx, ['-c', nginxConf, '-p', join(site.root, 'nginx'), '-s', 'stop'], { stdio: 'pipe' });
  if (site) rmSync(site.root, { recursive: true, force: true });
});

test('<policy-news> on another origin renders every built feed over CORS', async () => {
  const page = await browser.newPage();
  // The feed items' images are on regjeringen.no and gov.uk, out of reach here: only script errors and
  // the feed requests count.
  const errors = [];
  const feedResponses = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => response.url().startsWith(feeds) && feedResponses.push(`${response.status()} ${new URL(response.url()).pathname}`));
  await page.goto(`${pages}/`);
  await page.waitForFunction(() => [...document.querySelectorAll('policy-news')].every((el) => el.getAttribute('state') !== 'loading'), null, { timeout: 10_000 });
  const rendered = await page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('policy-news')].map((el) => [
        el.id,
        { state: el.getAttribute('state'), titles: [...el.shadowRoot.querySelectorAll('[part~="title"]')].map((title) => title.textContent.trim()) },
      ]),
    ),
  );
  assert.deepEqual(rendered, {
    // Page 1 of each feed: page_size is 3, newest first.
    'security-nb': { state: 'ready', titles: ['Norge øker støtten til Ukraina', 'Meld. St. 9 (2024–2025) Forsvarets rolle', 'Statssekretær besøker Litauen'] },
    'security-nn': { state: 'ready', titles: ['Ny nasjonal tryggingsstrategi', 'Forsvarsministeren på besøk i Bodø'] },
    ebola: {
      state: 'ready',
      titles: [
        'British High Commission marks His Majesty King Charles III’s birthday with “Brilliantly British” celebrations',
        'Modern life responsible for ‘worrying’ health in middle aged',
        "Christmas 2016: Prime Minister's message",
      ],
    },
    beredskap: { state: 'ready', titles: ['Beredskapsplan 2025–2028 vedtatt', 'Beredskapsuka: sjekk egenberedskapen din', '“Øvelse strømstans” & evakuering'] },
  });
  assert.deepEqual(errors, []);
  // One request per feed URL, each answered 200 across origins.
  assert.deepEqual(feedResponses.sort(), ['200 /beredskap.nb.json', '200 /ebola.en.json', '200 /security-policy.nb.json', '200 /security-policy.nn.json']);
  await page.close();
});

test('nginx sends CORS, the feed type, Cache-Control and an ETag, and answers If-None-Match with 304', async () => {
  const first = await get(`${feeds}/security-policy.nb.json`, { Origin: pages });
  assert.equal(first.status, 200);
  assert.equal(first.headers['access-control-allow-origin'], '*');
  assert.equal(first.headers['content-type'], 'application/feed+json; charset=utf-8', 'the same as _headers says');
  assert.equal(first.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=600');
  assert.ok(first.headers.etag, 'an ETag');
  assert.deepEqual(JSON.parse(first.body).title, 'Sikkerhetspolitikk');
  const again = await get(`${feeds}/security-policy.nb.json`, { Origin: pages, 'If-None-Match': first.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  assert.equal(again.headers['access-control-allow-origin'], '*', 'the 304 carries CORS too');
});

test('nginx serves the precompressed .gz to a client that accepts gzip, with Vary', async () => {
  const second = JSON.parse((await get(`${feeds}/ebola.en.json`)).body).next_url;
  const plain = await get(`${feeds}/${second}`);
  const zipped = await get(`${feeds}/${second}`, { 'Accept-Encoding': 'gzip' });
  assert.equal(zipped.status, 200);
  assert.equal(zipped.headers['content-encoding'], 'gzip');
  assert.equal(zipped.headers.vary, 'Accept-Encoding');
  assert.ok(zipped.body.length < plain.body.length);
  assert.deepEqual(gunzipSync(zipped.body), plain.body);
  assert.equal(plain.headers['content-encoding'], undefined);
  const revalidated = await get(`${feeds}/${second}`, { 'Accept-Encoding': 'gzip', 'If-None-Match': zipped.headers.etag });
  assert.equal(revalidated.status, 304);
});

test('only feed files are served: not _headers, nginx.conf, the build state, a temporary file, or a path outside the feeds', async () => {
  assert.ok(existsSync(join(site.out, '.policy-widgets-state.json')), 'the state file is there, to be refused');
  const temporary = '.ebola.en.json.0123456789ab.tmp';
  writeFileSync(join(site.out, temporary), readFileSync(join(site.out, 'ebola.en.json')));
  const paths = ['/_headers', '/nginx.conf', '/', '/ebola.en.json.gz', '/.policy-widgets-state.json', '/.policy-widgets.lock', `/${temporary}`];
  for (const path of paths) {
    assert.equal((await get(`${feeds}${path}`)).status, 404, path);
  }
  // site.json sits one folder above the served one. nginx refuses a path that climbs out of the root (400);
  // a 404 would mean the path reached it already resolved, and so tested nothing.
  for (const path of ['/../site.json', '/%2e%2e/site.json', '/%2E%2E%2Fsite.json', '/ebola.en.json/../../site.json']) {
    const response = await getRaw(feeds, path);
    assert.deepEqual([response.status, response.body.includes('"topics"')], [400, false], path);
  }
});

test('`policy-widgets validate` reads a feed from its URL and finds nothing wrong', async () => {
  const result = await cli(['validate', `${feeds}/beredskap.nb.json`]);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stderr, '');
});

test('next_url pages are served too: a reader can follow the whole history', async () => {
  let url = `${feeds}/ebola.en.json`;
  let count = 0;
  while (url) {
    const page = JSON.parse((await get(url)).body);
    count += page.items.length;
    url = page.next_url && new URL(page.next_url, url).href;
  }
  assert.equal(count, 9);
});

test('build reads a source from this nginx conditionally: the second run gets 304 and says "not modified"', async () => {
  // The built feed as another site's source: nginx sends an ETag and Last-Modified, and answers 304 to either.
  const config = join(site.root, 'from-nginx.json');
  writeFileSync(config, JSON.stringify({ topics: { mirror: { locales: { en: { sources: [`${feeds}/ebola.en.json`] } } } } }));
  const out = join(site.root, 'mirror');
  const first = await cli(['build', config, '--out', out]);
  assert.equal(first.code, 0, first.stderr);
  assert.ok(first.lines.includes('mirror.en: 3 new, 0 changed, 0 kept, 0 skipped; 1 page'), first.stderr);
  const state = JSON.parse(readFileSync(join(out, '.policy-widgets-state.json'), 'utf8'));
  const validators = state.sources[`mirror.en ${feeds}/ebola.en.json`].validators;
  assert.ok(validators.etag && validators.last_modified, 'nginx gave both validators');
  const again = await cli(['build', config, '--out', out]);
  assert.equal(again.code, 0, again.stderr);
  assert.ok(again.lines.includes('mirror.en: not modified'), again.stderr);
});
