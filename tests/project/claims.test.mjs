// What README.md and docs/ promise, read against the one home of each fact: the budgets (bench/budgets.mjs),
// the strict Content-Security-Policy the tests run under (tests/server/csp.mjs), the programs the tests start
// and their variables (tests/server/browsers.mjs), the token defaults behind the contrast figures
// (src/styles/tokens.ts). And the element list (src/elements.json) is not written
// out again by hand anywhere in the code, the tests or the stories.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ELEMENT_SIZE_BUDGET, PRERENDER_BUDGET, RENDER_BUDGET, SCRIPT_ONLY_BUDGET, SIZE_BUDGET, TBT_BUDGET } from '../../bench/budgets.mjs';
import { PROGRAMS } from '../server/browsers.mjs';
import { strictCsp } from '../server/csp.mjs';
import { recommendedCspDirectives } from '../server/recommended-csp.mjs';

const read = (path) => readFileSync(path, 'utf8');
const readme = read('README.md');
const docs = Object.fromEntries([['README.md', readme], ...readdirSync('docs').filter((file) => file.endsWith('.md')).map((file) => [`docs/${file}`, read(`docs/${file}`)])]);

test('every size budget README.md and docs/ state is one of bench/budgets.mjs\'s, in bytes', () => {
  // A byte count (16,500 or 15 KB, "bytes" or not) close before or after the word "budget".
  const figure = String.raw`(\d+(?:,\d{3})+|\d+(?:\.\d+)?\s*[kK]B)(?:\s*bytes)?`;
  const claims = new RegExp(String.raw`budget[^.|]{0,60}?${figure}|${figure}[^.|]{0,30}budget`, 'gi');
  const stated = Object.entries(docs).flatMap(([path, text]) =>
    [...text.replace(/\s+/g, ' ').matchAll(claims)].map((match) => ({ path, figure: match[1] ?? match[2] })),
  );
  const wanted = [SIZE_BUDGET, ELEMENT_SIZE_BUDGET].map((bytes) => bytes.toLocaleString('en'));
  assert.deepEqual(stated.filter((claim) => !wanted.includes(claim.figure)), [], `each should read "${wanted.join('" or "')} bytes"`);
  for (const path of ['README.md', 'docs/embedding.md']) {
    assert.ok(stated.some((claim) => claim.path === path && claim.figure === wanted[0]), `${path} states the size budget`);
  }
  assert.doesNotMatch(readme, /top of `bench\/run\.mjs`/, 'the budgets live in bench/budgets.mjs');
});

test('the README\'s benchmark list states each ratio budget of bench/budgets.mjs', () => {
  const section = readme.slice(readme.indexOf('## Benchmark'), readme.indexOf('\n## ', readme.indexOf('## Benchmark') + 1));
  const bullet = (title) => {
    const start = section.indexOf(`- **${title}**`);
    assert.ok(start >= 0, `the Benchmark section has a "${title}" item`);
    const end = section.indexOf('\n- **', start + 1);
    return section.slice(start, end < 0 ? undefined : end);
  };
  const ratios = (text) => [...text.matchAll(/at\s+most\s+([\d.]+)×/g)].map((match) => Number(match[1]));
  assert.deepEqual(ratios(bullet('Render time')), [RENDER_BUDGET]);
  assert.deepEqual(ratios(bullet('Navigation to content')), [SCRIPT_ONLY_BUDGET]);
  assert.deepEqual(ratios(bullet('The partner page')), [SCRIPT_ONLY_BUDGET]);
  assert.deepEqual(ratios(bullet('The prerendered page')), [PRERENDER_BUDGET]);
  assert.deepEqual([...bullet('Lighthouse').matchAll(/at\s+most\s+(\d+)\s+ms\s+over/g)].map((match) => Number(match[1])), [TBT_BUDGET]);
});

test('docs/embedding.md quotes the strict CSP the tests run under, and asks for its Trusted Types directives', () => {
  const directives = (policy) => new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...values]) => [name, values.join(' ')]));
  const doc = read('docs/embedding.md');
  const section = doc.slice(doc.indexOf('## Content-Security-Policy'), doc.indexOf('\n## ', doc.indexOf('## Content-Security-Policy') + 1));
  const tested = [...section.matchAll(/`(default-src[^`]+)`/g)].map((match) => match[1].replace(/\s+/g, ' '));
  assert.deepEqual(tested, [strictCsp()], 'the policy the section says the tests use');
  const recommended = directives(recommendedCspDirectives());
  const strict = directives(strictCsp());
  for (const name of ['require-trusted-types-for', 'trusted-types']) {
    assert.equal(recommended.get(name), strict.get(name), `the recommended ${name}`);
  }
});

test('README.md names exactly the variables tests/server/browsers.mjs reads for the programs the tests start', () => {
  const named = new Set([...readme.matchAll(/`([A-Z_]+_PATH)`/g)].map((match) => match[1]));
  assert.deepEqual([...named].sort(), Object.values(PROGRAMS).map((program) => program.env).sort());
  const packages = readme.match(/missing Debian packages \(`([^`]+)`\)/)?.[1].split(' ') ?? [];
  assert.deepEqual(packages.sort(), [...new Set(Object.values(PROGRAMS).map((program) => program.debian))].sort());
});

test('no code, test or story writes the element list out again: src/elements.json is its home', () => {
  const tags = JSON.parse(read('src/elements.json')).elements.map((element) => element.tag);
  const files = ['src', 'tests', 'scripts', 'stories', 'bench', '.storybook', 'demo'].flatMap((dir) =>
    readdirSync(dir, { recursive: true })
      .filter((path) => /\.(ts|mjs|js|html)$/.test(path) && !path.includes('baselines'))
      .map((path) => `${dir}/${path}`),
  );
  assert.ok(files.includes('src/styles/reserve-css.ts') && files.includes('tests/hardening/csp/page.js'));
  const lists = files.filter((path) => read(path).split('\n').some((line) => tags.every((tag) => new RegExp(`\\b${tag}\\b`).test(line))));
  assert.deepEqual(lists, [], 'a line naming every element: read them from src/elements.json');
});

test('the Embed code page and the package test take item types and attributes from the element classes', () => {
  const typeList = /['"](speech|statement|white-paper)['"]\s*,\s*['"](speech|statement|white-paper)['"]|['"]policy-(speech|white-paper)['"]\s*:\s*\[/;
  const attributeList = /['"](limit|types|tags|show-more|refresh|layout|item)['"]\s*,\s*['"](limit|types|tags|show-more|refresh|layout|item)['"]\s*[,\]]/;
  for (const path of ['stories/embed-code/embed-code-builder.ts', 'stories/embed-code/snippet.ts', 'tests/dist/package.test.mjs']) {
    const text = read(path);
    assert.doesNotMatch(text, typeList, `${path} lists a card's item types: read PolicyCardElement.itemTypes`);
    assert.doesNotMatch(text, attributeList, `${path} lists an element's attributes: read its class's observedAttributes`);
  }
});

test('docs/accessibility.md\'s non-text contrast figures are those of the token defaults in src/styles/tokens.ts', () => {
  const tokens = read('src/styles/tokens.ts');
  const fallback = (name) => tokens.match(new RegExp(`var\\(${name},\\s*([^;]+)\\);`))?.[1];
  const pair = (name) => fallback(name).match(/^light-dark\((#[0-9a-f]+),\s*(#[0-9a-f]+)\)$/).slice(1);
  const luminance = (hex) => {
    const full = hex.length === 4 ? `#${[...hex.slice(1)].map((digit) => digit + digit).join('')}` : hex;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return `${(Math.floor(((light + 0.05) / (dark + 0.05)) * 10) / 10).toFixed(1)}:1`;
  };
  const row = read('docs/accessibility.md').split('\n').find((line) => line.startsWith('| 1.4.11'));
  assert.ok(row, 'docs/accessibility.md has a 1.4.11 row');
  const border = fallback('--policy-color-border');
  assert.ok(row.includes(`(\`${border}\`) are ${ratio(border, '#ffffff')} on white and ${ratio(border, '#121212')} on \`#121212\``), `card borders, ${border}`);
  const [accent, accentDark] = pair('--policy-color-accent');
  const [onAccent, onAccentDark] = pair('--policy-color-on-accent');
  assert.ok(row.includes(`\`${onAccent}\` and \`${onAccentDark}\`, are ${ratio(onAccent, accent)} and ${ratio(onAccentDark, accentDark)} on the example accents \`${accent}\` and \`${accentDark}\``), 'the button on an accent');
});
