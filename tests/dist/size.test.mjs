// The size budget (bench/budgets.mjs): every byte of the drop-in ships to every partner page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { SIZE_BUDGET as BUDGET } from '../../bench/budgets.mjs';

for (const file of ['dist/policy-widgets.js', 'dist/policy-widgets.iife.js']) {
  test(`${file} is at most ${BUDGET} bytes gzipped`, () => {
    const size = gzipSync(readFileSync(file), { level: 9 }).length;
    console.log(`${file}: ${size} bytes gzip -9 (${BUDGET - size} left)`);
    assert.ok(size <= BUDGET, `${file} is ${size} bytes gzipped, over the ${BUDGET}-byte budget by ${size - BUDGET}`);
  });
}
