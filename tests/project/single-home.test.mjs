// Lists with one home each. The elements live in src/elements.json, the tokens in the styles; what repeats them
// for readers (package exports, the component JSDoc, docs/theming.md) is checked against that home here.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (path) => readFileSync(path, 'utf8');
const { elements } = JSON.parse(read('src/elements.json'));
const pkg = JSON.parse(read('package.json'));
const sorted = (values) => [...new Set(values)].sort();

test('src/elements.json lists exactly the folders of src/components/, and each registers its tag', () => {
  const folders = readdirSync('src/components', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  assert.deepEqual(sorted(folders), sorted(elements.map((element) => element.folder)));
  for (const { tag, folder } of elements) {
    assert.match(read(`src/components/${folder}/define.ts`), new RegExp(`defineElement\\('${tag}',`), `${folder}/define.ts registers <${tag}>`);
  }
});

test('the drop-in entry defines every element, and no other', () => {
  const defined = [...read('src/index.ts').matchAll(/from '\.\/components\/([\w-]+)\/define\.js'/g)].map((match) => match[1]);
  assert.deepEqual(sorted(defined), sorted(elements.map((element) => element.folder)));
});

test('package.json exports a define module and a class module for every element, and for no other', () => {
  // Element subpaths only: the package's other entries (prerender, eleventy, the bundles, themes) are not per element.
  const subpaths = Object.keys(pkg.exports).filter((subpath) => /^\.\/[a-z-]+(\/class)?$/.test(subpath) && !['./package.json', './prerender', './eleventy'].includes(subpath));
  const wanted = elements.flatMap(({ folder }) => [`./${folder}`, `./${folder}/class`]);
  assert.deepEqual(sorted(subpaths), sorted(wanted));
  for (const { folder } of elements) {
    assert.equal(pkg.exports[`./${folder}`].default, `./dist/lib/components/${folder}/define.js`);
    assert.equal(pkg.exports[`./${folder}/class`].default, `./dist/lib/components/${folder}/policy-${folder}.js`);
  }
});

/** Every source file under src/ that holds CSS or JSDoc, read once. */
const sources = readdirSync('src', { recursive: true })
  .filter((path) => path.endsWith('.ts') && !path.startsWith('i18n/generated'))
  .map((path) => read(`src/${path}`));

/** The tokens the styles read (`var(--policy-…`), and the default where each is first read: the one home of both. */
const used = new Map();
for (const source of sources) {
  for (const [, name, fallback] of source.matchAll(/var\((--policy-[a-z-]+)(?:,\s*(light-dark\([^)]*\)|#[0-9a-f]+))?/g)) {
    if (!used.has(name)) used.set(name, fallback);
  }
}

test('the component JSDoc (custom-elements.json, Storybook) documents exactly the tokens the styles read', () => {
  const documented = sources.flatMap((source) => [...source.matchAll(/@cssprop \[(--policy-[a-z-]+)=([^\]]*)\]/g)]);
  assert.deepEqual(sorted(documented.map(([, name]) => name)), sorted(used.keys()));
  for (const [, name, value] of documented) {
    const fallback = used.get(name);
    if (fallback) assert.equal(value, fallback, `${name}'s default in the JSDoc`);
  }
});

test('docs/theming.md lists exactly the tokens the styles read, with their light and dark defaults', () => {
  const rows = [...read('docs/theming.md').matchAll(/^\| `(--policy-[a-z-]+)` \|([^|]*)\|([^|]*)\|/gm)];
  assert.deepEqual(sorted(rows.map(([, name]) => name)), sorted(used.keys()));
  for (const [, name, light, dark] of rows) {
    const fallback = used.get(name);
    if (!fallback) continue;
    const [day, night] = fallback.startsWith('light-dark(') ? fallback.slice(11, -1).split(/,\s*/) : [fallback, fallback];
    assert.deepEqual([light.trim(), dark.trim()], [`\`${day}\``, `\`${night}\``], `${name}'s light and dark defaults in docs/theming.md`);
  }
});
