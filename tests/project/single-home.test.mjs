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

/** RESERVED from src/styles/reserve.ts: the sizes some defaults are written with (`${RESERVED.newsColumn}em`). */
const RESERVED = new Function(`return ${read('src/styles/reserve.ts').match(/export const RESERVED = (\{[\s\S]*?\n\}) as const;/)[1]}`)();

/** The text of the `(…)` that opens at `start`, its nested parentheses included. */
function parenthesised(text, start) {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(start + 1, i);
  }
  throw new Error(`unclosed ( at ${text.slice(start, start + 40)}`);
}

/**
 * Every `var(--policy-…[, fallback])` the styles hold, in file order, with the property it sets: the fallback
 * is the token's default. src/styles/reserve-css.ts is left out of the defaults: it repeats them for the
 * stylesheet a page links before the script runs, and tests/dist/reserve.test.ts holds it to the elements.
 */
const reads = readdirSync('src', { recursive: true })
  .filter((path) => path.endsWith('.ts') && !path.startsWith('i18n/generated'))
  .sort()
  .flatMap((path) => {
    const source = read(`src/${path}`).replace(/\$\{(RESERVED[\w.[\]]+)\}/g, (_, expression) => new Function('RESERVED', `return ${expression}`)(RESERVED));
    return [...source.matchAll(/([\w-]+):\s*[^;{}]*?var\((--policy-[a-z-]+)/g)].map((match) => {
      const inner = parenthesised(source, match.index + match[0].length - match[2].length - 1);
      const comma = inner.indexOf(',');
      return { path, property: match[1], name: match[2], fallback: comma < 0 ? undefined : inner.slice(comma + 1).trim() };
    });
  });

/** Each private variable (`--_text`) and the public token it is fed from (`--policy-color-text`). */
const privates = new Map(reads.filter((read) => read.property.startsWith('--_')).map((read) => [read.property, read.name]).reverse());

/**
 * The tokens the styles read, each with its default as the JSDoc writes it: where a private variable is fed
 * from the token (tokens.ts, the element styles), else where it is first read. A default that names another
 * variable names its public token, as a reader would set it: `calc(var(--_space) / 2)` is `calc(--policy-space / 2)`.
 */
const used = new Map();
const publicName = (fallback) => fallback?.replace(/var\((--[\w-]+)(?:,[^()]*)?\)/g, (_, name) => privates.get(name) ?? name);
for (const read of reads) if (read.property.startsWith('--_') && read.path !== 'styles/reserve-css.ts' && !used.has(read.name)) used.set(read.name, publicName(read.fallback));
for (const read of reads) if (!used.has(read.name)) used.set(read.name, publicName(read.fallback));

test('the component JSDoc (custom-elements.json, Storybook) documents exactly the tokens the styles read, with their defaults', () => {
  const documented = sources.flatMap((source) => [...source.matchAll(/@cssprop \[(--policy-[a-z-]+)=([^\]]*)\]/g)]);
  assert.deepEqual(sorted(documented.map(([, name]) => name)), sorted(used.keys()));
  assert.deepEqual(
    Object.fromEntries(documented.map(([, name, value]) => [name, value])),
    // A token read with no fallback takes what the page gives it: the JSDoc says so in words.
    Object.fromEntries([...used].map(([name, fallback]) => [name, fallback ?? documented.find(([, documentedName]) => documentedName === name)?.[2].match(/^the page's [\w-]+$/)?.[0]])),
  );
});

test('docs/theming.md lists exactly the tokens the styles read, with their light and dark defaults', () => {
  const rows = [...read('docs/theming.md').matchAll(/^\| `(--policy-[a-z-]+)` \|([^|]*)\|([^|]*)\|/gm)];
  assert.deepEqual(sorted(rows.map(([, name]) => name)), sorted(used.keys()));
  // A default the table gives as one value must be the styles' default; one it says in words (the page's text
  // colour, …) is for a reader to judge.
  const given = rows.filter(([, , light]) => /^`[^`]*`$/.test(light.trim()));
  assert.ok(given.length >= rows.length / 2, `most defaults are given as values (${given.length} of ${rows.length})`);
  for (const [, name, light, dark] of given) {
    const fallback = used.get(name);
    const [day, night] = fallback?.startsWith('light-dark(') ? fallback.slice(11, -1).split(/,\s*/) : [fallback, fallback];
    const darkWanted = day === night && !dark.trim() ? '' : `\`${night}\``;
    assert.deepEqual([light.trim(), dark.trim()], [`\`${day}\``, darkWanted], `${name}'s light and dark defaults in docs/theming.md`);
  }
});
