// The size budget (design.md): every byte of the drop-in ships to every partner page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const BUDGET = 16_500; // bytes, gzip level 9: 15,000 for v0.1, plus 1,500 for the v0.2 reader features (design.md)

for (const file of ['dist/policy-widgets.js', 'dist/policy-widgets.iife.js']) {
  test(`${file} is at most ${BUDGET} bytes gzipped`, () => {
    const size = gzipSync(readFileSync(file), { level: 9 }).length;
    console.log(`${file}: ${size} bytes gzip -9 (${BUDGET - size} left)`);
    assert.ok(size <= BUDGET, `${file} is ${size} bytes gzipped, over the ${BUDGET}-byte budget by ${size - BUDGET}`);
  });
}
