// The schema, `policy-widgets validate` and the widgets' own validateFeed hold to one table of cases
// (agreement-cases.mjs; tests/publish-agreement.test.ts runs the widgets' side in a real browser too).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { CASES } from './agreement-cases.mjs';
import { cli, ROOT } from './cli.mjs';

const { validateFeed } = await import('../../dist/node/publish.js');
const schema = JSON.parse(readFileSync(join(ROOT, 'docs/policy-feed.schema.json'), 'utf8'));
const ajv = new Ajv2020({ strict: true });
addFormats(ajv);
const checkSchema = ajv.compile(schema);

const dir = mkdtempSync(join(tmpdir(), 'policy-widgets-agreement-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** validateFeed's verdict: refused, or which item indexes it kept, and whether it warned. */
function widgets(feed) {
  const warnings = [];
  const warn = console.warn;
  console.warn = (...args) => warnings.push(args.join(' '));
  try {
    const read = validateFeed(structuredClone(feed), 'https://feeds.example.org/topic.nb.json');
    const kept = read.items.map((item) => feed.items.findIndex((raw) => raw.id === item.id));
    return { refused: false, kept, warnings };
  } catch (error) {
    return { refused: true, error, warnings };
  } finally {
    console.warn = warn;
  }
}

for (const [index, example] of CASES.entries()) {
  test(`${example.name}: ${example.valid ? 'valid' : 'invalid'} to the schema, the validator and the widgets alike`, async () => {
    // The table keeps its own promise: a valid feed renders whole.
    if (example.valid) assert.ok(!example.refused && !example.skipped?.length, 'a valid case can skip nothing');

    assert.equal(checkSchema(example.feed), example.valid, `schema: ${JSON.stringify(checkSchema.errors)}`);

    const file = join(dir, `case-${index}.json`);
    writeFileSync(file, JSON.stringify(example.feed));
    const result = await cli(['validate', file]);
    assert.equal(result.code, example.valid ? 0 : 1, `validate exit code; stderr:\n${result.stderr}`);
    assert.equal(result.lines.length > 0, !example.valid, `an invalid feed, and only one, gets a line for each fault; stderr:\n${result.stderr}`);
    assert.equal(result.stdout, example.valid ? 'valid\n' : '', 'validate says "valid" of a valid feed only');
    for (const line of result.lines) assert.match(line, /^\/[^ ]*: \S/, 'each line is `JSON-Pointer: what is wrong`');
    const pointers = result.lines.map((line) => line.slice(0, line.indexOf(': ')));
    for (const pointer of example.pointers ?? []) assert.ok(pointers.includes(pointer), `validate reports ${pointer}; got:\n${result.stderr}`);

    const read = widgets(example.feed);
    assert.equal(read.refused, !!example.refused, 'validateFeed refuses the document');
    if (read.refused) return;
    const skipped = example.feed.items.map((_, i) => i).filter((i) => !read.kept.includes(i));
    assert.deepEqual(skipped, example.skipped ?? [], 'the items validateFeed leaves out');
    // Every item the widgets leave out, the validator names at its own pointer.
    for (const i of skipped) assert.ok(pointers.includes(`/items/${i}`), `validate reports /items/${i}`);
    if (example.valid) assert.deepEqual(read.warnings, [], 'validateFeed warns about nothing in a valid feed');
  });
}
