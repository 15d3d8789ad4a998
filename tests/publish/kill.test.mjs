// Killed at any instant, nothing lost. A large build (thousands of items, a hundred pages, two locales) is
// SIGKILLed at many points spread over its run; after each kill DIR is read as a reader would: every served
// file (and its .gz and .br) is a whole, valid feed, every next_url names a file that exists, no chain holds an
// item twice, and no item published before is missing. A final normal run completes.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { cli, ROOT } from './cli.mjs';
import { rss } from './source-server.mjs';

const { validateDocument } = await import(join(ROOT, 'dist/node/publish.js'));

const LOCALES = ['nb', 'nn'];
const ITEMS = 1200; // per locale
const PAGE_SIZE = 20; // so each locale is a chain of sixty pages
const KILLS = 10;
const START = Date.parse('2026-01-01T00:00:00Z');

const root = mkdtempSync(join(tmpdir(), 'policy-widgets-kill-'));
const out = join(root, 'out');
const config = join(root, 'site.json');
after(() => rmSync(root, { recursive: true, force: true }));

/**
 * The sources at a generation: the base items, then 20 new items at the top per generation, and one base item
 * edited in place, so every run rewrites every page of both chains.
 */
function writeSources(generation) {
  mkdirSync(join(root, 'sources'), { recursive: true });
  for (const locale of LOCALES) {
    const items = [];
    for (let g = generation; g >= 1; g--) {
      for (let n = 20; n >= 1; n--) items.push({ id: `${locale}-g${g}-${n}`, title: `Ny sak ${g}.${n}`, date: START + (ITEMS + g * 20 + n) * 3_600_000 });
    }
    for (let n = ITEMS; n >= 1; n--) {
      const title = n === generation ? `Sak ${n}, endret i runde ${generation}` : `Sak ${n}`;
      items.push({ id: `${locale}-${n}`, title, date: START + n * 3_600_000, description: `Regjeringen har i dag lagt fram sak ${n} om beredskap og tryggleik.` });
    }
    writeFileSync(join(root, 'sources', `${locale}.xml`), rss({ title: `Nyheter (${locale})`, language: locale, items }));
  }
}

writeFileSync(
  config,
  JSON.stringify({
    base_url: 'https://feeds.example.org/',
    page_size: PAGE_SIZE,
    topics: { news: { locales: Object.fromEntries(LOCALES.map((locale) => [locale, { sources: [`sources/${locale}.xml`] }])) } },
  }),
);

/** The files a reader can fetch (the served names of nginx.conf and _headers). */
const isServed = (name) => /^[a-z0-9][a-z0-9-]*\.[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*(\.[0-9]+(\.[0-9a-f]{16})?)?\.json$/.test(name);

/**
 * DIR as a reader finds it. Throws on the first file that is not a whole valid feed, a next_url that names no
 * file, or an item twice in a chain. Returns each locale's item ids, following next_url from the first page.
 */
function readAsReader() {
  const names = new Set(readdirSync(out));
  const served = [...names].filter(isServed);
  for (const name of served) {
    const bodies = { [name]: readFileSync(join(out, name)) };
    if (names.has(`${name}.gz`)) bodies[`${name}.gz`] = gunzipSync(readFileSync(join(out, `${name}.gz`)));
    if (names.has(`${name}.br`)) bodies[`${name}.br`] = brotliDecompressSync(readFileSync(join(out, `${name}.br`)));
    for (const [file, body] of Object.entries(bodies)) {
      let feed;
      try {
        feed = JSON.parse(body);
      } catch (error) {
        throw new Error(`${file} is not whole JSON: ${error.message}`);
      }
      const problems = validateDocument(feed, `https://feeds.example.org/${name}`);
      assert.deepEqual(problems, [], `${file} is a valid feed`);
      if (feed.next_url) {
        const next = new URL(feed.next_url).pathname.slice(1);
        assert.ok(names.has(next) && isServed(next), `${file}: next_url ${feed.next_url} names a served file`);
      }
    }
  }
  return Object.fromEntries(
    LOCALES.map((locale) => {
      const ids = [];
      for (let name = `news.${locale}.json`; name; ) {
        const page = JSON.parse(readFileSync(join(out, name), 'utf8'));
        ids.push(...page.items.map((item) => item.id));
        name = page.next_url && new URL(page.next_url).pathname.slice(1);
      }
      assert.equal(new Set(ids).size, ids.length, `news.${locale}: no item twice in the chain`);
      return [locale, ids];
    }),
  );
}

/** Every item id a reader has ever seen published, per locale: none may go missing. */
const published = Object.fromEntries(LOCALES.map((locale) => [locale, new Set()]));
function checkNothingLost(label) {
  const chains = readAsReader();
  for (const locale of LOCALES) {
    const now = new Set(chains[locale]);
    const missing = [...published[locale]].filter((id) => !now.has(id));
    assert.deepEqual(missing.slice(0, 5), [], `${label}: news.${locale} lost ${missing.length} published items`);
    for (const id of now) published[locale].add(id);
  }
}

const servedSnapshot = () => readdirSync(out).filter(isServed).map((name) => `${name}:${readFileSync(join(out, name)).length}`).join();

/**
 * Runs `build`, and SIGKILLs it `delay` ms after the stderr progress line that `anchor` matches (or after the
 * start, without an anchor). Resolves with how it ended and when each progress line came.
 */
function buildAndKill({ anchor, delay = Infinity } = {}) {
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'bin/policy-widgets.js'), 'build', config, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
  const lines = [];
  let timer;
  const arm = () => Number.isFinite(delay) && (timer = setTimeout(() => child.kill('SIGKILL'), delay));
  if (!anchor) arm();
  let buffered = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      lines.push({ line, ms: performance.now() - started });
      if (anchor && timer === undefined && anchor.test(line)) arm();
    }
  });
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, lines, ms: performance.now() - started });
    }),
  );
}

/** The progress line after which both locales' sources are read, and merging and writing begin. */
const READ = new RegExp(`^news ${LOCALES.at(-1)}: rss, `);

test('SIGKILL at many points of a large build leaves DIR whole every time; the next run completes', async (t) => {
  writeSources(0);
  const first = await buildAndKill();
  assert.equal(first.code, 0, first.lines.map(({ line }) => line).join('\n'));
  checkNothingLost('after the first build');
  assert.equal(published.nb.size, ITEMS);
  // Timed on a run like the ones to be killed: new items on top, so every page of a published chain is replaced.
  writeSources(1);
  const timed = await buildAndKill();
  assert.equal(timed.code, 0);
  checkNothingLost('after the timed build');
  const readMs = timed.lines.find(({ line }) => READ.test(line)).ms;
  const writeMs = timed.ms - readMs;
  t.diagnostic(`a build of ${LOCALES.length} × ${ITEMS} items (${ITEMS / PAGE_SIZE} pages each) over a published one: ${Math.round(readMs)} ms to read, ${Math.round(writeMs)} ms to merge and write`);

  // A third of the kills spread over start-up and reading, the rest over merging and writing both chains.
  const points = Array.from({ length: KILLS }, (_, kill) => {
    const early = Math.floor(KILLS / 3);
    return kill < early
      ? { delay: Math.round(((kill + 0.5) / early) * readMs) }
      : { anchor: READ, delay: Math.round(((kill - early + 0.5) / (KILLS - early)) * writeMs) };
  });
  const outcomes = [];
  for (const [kill, point] of points.entries()) {
    writeSources(kill + 2);
    const before = servedSnapshot();
    const run = await buildAndKill(point);
    const changed = servedSnapshot() !== before;
    outcomes.push(run.signal === 'SIGKILL' ? (changed ? 'killed after writing began' : 'killed before writing') : `finished (exit ${run.code})`);
    const where = `${point.delay} ms after ${point.anchor ? 'reading' : 'the start'}`;
    t.diagnostic(`kill ${kill + 1}, ${where}: ${outcomes.at(-1)}, after ${run.lines.length} progress lines`);
    checkNothingLost(`after kill ${kill + 1}, ${where}`);
  }
  const count = (outcome) => outcomes.filter((text) => text === outcome).length;
  assert.ok(count('killed after writing began') >= 3, `kills landed while pages were written: ${outcomes.join('; ')}`);
  assert.ok(count('killed before writing') >= 2, `kills landed before anything was written: ${outcomes.join('; ')}`);

  writeSources(KILLS + 2);
  const last = await cli(['build', config, '--out', out]);
  assert.equal(last.code, 0, last.stderr);
  checkNothingLost('after the final run');
  for (const locale of LOCALES) assert.equal(published[locale].size, ITEMS + (KILLS + 2) * 20, `news.${locale}: every generation's items`);
  const leftovers = readdirSync(out).filter((name) => name.endsWith('.tmp') || name === '.policy-widgets.lock');
  assert.deepEqual(leftovers, [], 'the final run cleared what the killed runs left');
  const pages = readdirSync(out).filter((name) => isServed(name) && name.startsWith('news.nb.')).length;
  assert.ok(pages <= 2 * (published.nb.size / PAGE_SIZE + 1), `replaced chains are removed, not piled up (${pages} pages of news.nb)`);
});
