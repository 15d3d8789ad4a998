// The editor data the build writes (run after `npm run build`): every element, each of its attributes and
// events, each with its description; and package.json naming the files.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

const read = async (path) => JSON.parse(await readFile(new URL(`../../${path}`, import.meta.url), 'utf8'));
const pkg = await read('package.json');
const tags = (await read('src/elements.json')).elements.map(({ tag }) => tag);
const EVENTS = ['policy-load', 'policy-select', 'policy-error'];

/** Names whose description is missing or blank. */
const undescribed = (entries) => entries.filter((entry) => !entry.description?.trim()).map((entry) => entry.name);

test('VS Code custom data: every element, with lang, src and every other attribute described, and its events', async () => {
  const data = await read(pkg.exports['./vscode.html-custom-data.json'].replace('./', ''));
  assert.deepEqual(data.tags.map((tag) => tag.name), tags);
  for (const tag of data.tags) {
    const names = tag.attributes.map((attribute) => attribute.name);
    assert.ok(names.includes('lang') && names.includes('src') && names.includes('heading-level'), `${tag.name}: ${names}`);
    assert.deepEqual(undescribed([tag, ...tag.attributes]), [], tag.name);
    for (const event of EVENTS) assert.match(tag.description, new RegExp(`\`${event}\`: \\w`), `${tag.name} lists ${event}`);
  }
  const layout = data.tags[0].attributes.find((attribute) => attribute.name === 'layout');
  assert.deepEqual(layout.values.map((value) => value.name), ['list', 'grid', 'compact']);
});

test('JetBrains web-types, named in package.json: every element, its attributes, properties and events described', async () => {
  const webTypes = await read(pkg['web-types'].replace('./', ''));
  assert.equal(webTypes.name, pkg.name);
  const elements = webTypes.contributions.html.elements;
  assert.deepEqual(elements.map((element) => element.name), tags);
  for (const element of elements) {
    assert.ok(['lang', 'src'].every((name) => element.attributes.some((attribute) => attribute.name === name)), element.name);
    assert.deepEqual(element.js.events.map((event) => event.name), EVENTS, element.name);
    assert.ok(element.js.properties.some((property) => property.name === 'data'), `${element.name} has .data`);
    assert.deepEqual(undescribed([element, ...element.attributes, ...element.js.properties, ...element.js.events]), [], element.name);
  }
});
