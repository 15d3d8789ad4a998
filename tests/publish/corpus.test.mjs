// Agreement at scale: every case of the conversion corpus (corpus-cases.mjs) goes through the real command
// line, once with the format told from the content and once named by --from, in Oslo's time zone, and each
// expected field is compared. The figures per format are printed; every field must agree, or be listed in
// KNOWN_DEVIATIONS with the reason. The real GOV.UK items are then converted one by one, as a publisher with
// no topical event would.
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { after, test } from 'node:test';
import { cli, fixture } from './cli.mjs';
import { CASES, KNOWN_DEVIATIONS } from './corpus-cases.mjs';
import { GOVUK_FILES } from './site.mjs';

/** Conversion must not depend on the machine's zone: the corpus runs where Norwegian publishers do. */
const env = { TZ: 'Europe/Oslo' };

/** Per format: fields compared, fields that agree, the cases, and each disagreement. */
const tally = new Map();
const count = (format) => tally.get(format) ?? tally.set(format, { fields: 0, agree: 0, cases: 0, misses: [] }).get(format);

after(() => {
  console.log('conversion corpus (tests/publish/fixtures/corpus/), fields that agree with the expected output:');
  for (const [format, { fields, agree, cases }] of tally) console.log(`  ${format}: ${agree} of ${fields} fields agree (${cases} cases)`);
});

/** Compares one field, counting it; returns a description of a disagreement that is not a known deviation. */
function compare(format, file, path, actual, expected) {
  const figures = count(format);
  figures.fields++;
  if (isDeepStrictEqual(actual, expected)) {
    figures.agree++;
    return undefined;
  }
  if (KNOWN_DEVIATIONS.has(`${file} ${path}`)) return undefined;
  const miss = `${file} ${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
  figures.misses.push(miss);
  return miss;
}

const args = (testCase, from) => [
  'convert',
  fixture(`corpus/${testCase.file}`),
  ...(from ? ['--from', testCase.from] : []),
  ...(testCase.config ? ['--config', fixture(`corpus/${testCase.config}`)] : []),
];

for (const testCase of CASES) {
  test(`corpus, ${testCase.format}: ${testCase.rule} (${testCase.file})`, async () => {
    const { format, file } = testCase;
    count(format).cases++;
    const detected = await cli(args(testCase, false), { env });
    const named = await cli(args(testCase, true), { env });
    const misses = [];
    const check = (path, actual, expected) => {
      const miss = compare(format, file, path, actual, expected);
      if (miss) misses.push(miss);
    };
    check('with --from as without', [named.code, named.stdout, named.stderr], [detected.code, detected.stdout, detected.stderr]);
    if (testCase.error) {
      check('exit code', detected.code, 1);
      check('stdout', detected.stdout, '');
      check('one line on stderr', detected.lines.length, 1);
      check('the line', testCase.error.test(detected.lines[0] ?? ''), true);
      assert.deepEqual(misses, []);
      return;
    }
    check('exit code', detected.code, 0);
    const feed = detected.code === 0 ? JSON.parse(detected.stdout) : { items: [] };
    const { items: _items, version: _version, ...head } = feed;
    for (const [field, expected] of Object.entries(testCase.feed)) check(`feed ${field}`, head[field], expected);
    check('feed has no other fields', Object.keys(head).filter((field) => !(field in testCase.feed)), []);
    check('items, in order', feed.items.map((item) => item.id), testCase.items.map((item) => item.id));
    for (const expected of testCase.items) {
      const item = feed.items.find((candidate) => candidate.id === expected.id) ?? {};
      for (const [field, value] of Object.entries(expected)) if (field !== 'id') check(`${expected.id} ${field}`, item[field], value);
      check(`${expected.id} has no other fields`, Object.keys(item).filter((field) => !(field in expected)), []);
    }
    const warnings = detected.lines.filter((line) => line.startsWith('warning: '));
    for (const pattern of testCase.warnings ?? []) check(`warning ${pattern}`, warnings.some((line) => pattern.test(line)), true);
    check('no other warnings', warnings.filter((line) => !(testCase.warnings ?? []).some((pattern) => pattern.test(line))), []);
    check('nothing else on stderr', detected.lines.length, warnings.length);
    assert.deepEqual(misses, []);
  });
}

test('the corpus covers every input kind, and every field agrees', () => {
  assert.deepEqual(
    [...tally.keys()].sort(),
    ['Atom 0.3', 'Atom 1.0', 'GOV.UK', 'JSON Feed', 'RSS 0.9x', 'RSS 1.0', 'RSS 2.0', 'WordPress REST', 'entities'],
  );
  const fields = [...tally.values()].reduce((sum, figures) => sum + figures.fields, 0);
  const agree = [...tally.values()].reduce((sum, figures) => sum + figures.agree, 0);
  assert.ok(fields > 300, `only ${fields} fields compared`);
  assert.equal(agree + KNOWN_DEVIATIONS.size, fields, [...tally.values()].flatMap((figures) => figures.misses).join('\n'));
});

/** The publisher each real GOV.UK item names (its primary publishing organisation, else the first it lists). */
const GOVUK_TITLES = {
  'document_collection__document_collection.json': 'Driver and Vehicle Standards Agency',
  'news_article__best-practice-news-story.json': 'Department for Transport',
  'news_article__news_article.json': "Prime Minister's Office, 10 Downing Street",
  'news_article__news_article_press_release.json': 'Public Health England',
  'news_article__news_article_with_image_caption.json': 'British Deputy High Commission Karachi',
  'publication__best-practice-policy-paper.json': 'The Charity Commission',
  'publication__publication.json': 'Environment Agency',
  'speech__best-practice-written-statement.json': 'Department for Transport',
  'speech__speech.json': 'Department of Energy & Climate Change',
  'topical_event__ebola-virus-government-response.json': 'Ebola virus: UK government response',
};

test('each real GOV.UK item converts on its own: none is refused for want of a topical event, each is named after its publisher', async () => {
  assert.deepEqual(Object.keys(GOVUK_TITLES).sort(), [...GOVUK_FILES].sort());
  const results = await Promise.all(GOVUK_FILES.map(async (name) => ({ name, result: await cli(['convert', fixture(`govuk/${name}`)], { env }) })));
  const refused = results.filter(({ result }) => result.code !== 0).map(({ name, result }) => `${name}: ${result.stderr}`);
  console.log(`GOV.UK items converted on their own: ${results.length - refused.length} of ${results.length} exit 0`);
  assert.deepEqual(refused, []);
  for (const { name, result } of results) {
    const feed = JSON.parse(result.stdout);
    assert.equal(feed.title, GOVUK_TITLES[name], name);
    const topical = name.startsWith('topical_event');
    assert.equal(feed.items.length, topical ? 0 : 1, name);
    assert.equal(result.lines.some((line) => line.startsWith('warning: no feed title')), !topical, `${name}: ${result.stderr}`);
  }
});
