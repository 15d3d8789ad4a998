// The supported browsers have one home, package.json's browserslist; docs/embedding.md must name the same.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const { browserslist } = JSON.parse(readFileSync('package.json', 'utf8'));
const NAMES = { chrome: 'Chrome', edge: 'Edge', firefox: 'Firefox', safari: 'Safari', ios_saf: 'iOS Safari' };

test('docs/embedding.md names exactly the browsers and versions of package.json\'s browserslist', () => {
  const wanted = browserslist.map((query) => {
    const [, name, version] = query.match(/^(\w+) >= ([\d.]+)$/) ?? [];
    assert.ok(NAMES[name], `a browserslist query this test can read: "${query}"`);
    return `${NAMES[name]} ${version}`;
  });
  const doc = readFileSync('docs/embedding.md', 'utf8');
  const paragraph = doc.split(/\n\n/).find((block) => block.startsWith('**Supported browsers**'));
  assert.ok(paragraph, 'docs/embedding.md has a "**Supported browsers**" paragraph');
  const named = [...paragraph.split(/\. /)[0].matchAll(/(iOS Safari|Chrome|Edge|Firefox|Safari) ([\d.]+\d)/g)].map((match) => `${match[1]} ${match[2]}`);
  assert.deepEqual(named.sort(), wanted.sort());
});

test('the supported browsers all have light-dark(), which the colour tokens use', () => {
  // First versions with light-dark(), from MDN's compatibility data.
  const LIGHT_DARK = { chrome: 123, edge: 123, firefox: 120, safari: 17.5, ios_saf: 17.5 };
  for (const query of browserslist) {
    const [, name, version] = query.match(/^(\w+) >= ([\d.]+)$/);
    assert.ok(Number(version) >= LIGHT_DARK[name], `${query}: light-dark() came in ${name} ${LIGHT_DARK[name]}`);
  }
});
