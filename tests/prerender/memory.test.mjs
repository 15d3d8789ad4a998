// A prerendering server that runs for months: its memory must not grow with the number of distinct feed URLs
// it has rendered. Run after `npm run build` (it uses the Node build in dist/lib/).
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { after, before, test } from 'node:test';
import { prerender } from '../../dist/lib/prerender/index.js';
import { startSite } from './site.mjs';

// A full collection before each reading, so the heap is what is really kept (`node --expose-gc` does the same).
setFlagsFromString('--expose-gc');
const gc = globalThis.gc ?? runInNewContext('gc');

let site;
before(async () => (site = await startSite()));
after(() => site.close());

const MB = 1024 * 1024;

test('2,000 prerender() calls over distinct feed URLs keep the heap flat', async () => {
  const page = (n) =>
    `<!doctype html><html lang="en"><body><policy-news src="/faults/feeds/security-policy.en.json?page=${n}" limit="3"></policy-news></body></html>`;
  const heapAt = {};
  let started = 0;
  for (let n = 1; n <= 2000; n++) {
    const output = await prerender(page(n), { baseUrl: site.origin });
    if (n === 1) assert.match(output, /state="ready"/, 'the feed is rendered');
    if (n === 200 || n === 2000) {
      gc();
      heapAt[n] = process.memoryUsage().heapUsed;
    }
    if (n === 200) started = performance.now();
  }
  const perSecond = 1800 / ((performance.now() - started) / 1000);
  const growth = (heapAt[2000] - heapAt[200]) / MB;
  console.log(
    `heap at call 200: ${(heapAt[200] / MB).toFixed(1)} MB; at call 2,000: ${(heapAt[2000] / MB).toFixed(1)} MB ` +
      `(${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB); ${perSecond.toFixed(0)} pages per second`,
  );
  // Kept per URL, 1,800 URLs would grow it by tens of MB (about 29 KB each). The same loop over one URL grows it
  // by 2–4 MB too, while the engine warms up, and then no more.
  assert.ok(growth < 8, `the heap grew by ${growth.toFixed(1)} MB over 1,800 distinct URLs`);
});
