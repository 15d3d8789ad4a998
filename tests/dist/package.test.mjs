// What `npm publish` would ship, read from `npm pack --dry-run --json` after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = new Set(packed.files.map((file) => file.path));
const shipped = (path) => files.has(path.replace(/^\.\//, ''));
/** Every file an `exports` entry points at, with its condition. */
const targets = Object.entries(pkg.exports).flatMap(([subpath, target]) =>
  typeof target === 'string' ? [[subpath, target]] : Object.values(target).map((path) => [subpath, path]),
);
/** package.json `sideEffects` globs, as bundlers read them (`*` within one folder). */
const hasSideEffects = (path) =>
  pkg.sideEffects.some((glob) =>
    new RegExp(`^${glob.startsWith('./') ? '' : '(.*/)?'}${glob.replace(/^\.\//, '').replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`).test(path),
  );
const ELEMENTS = JSON.parse(readFileSync('src/elements.json', 'utf8')).elements.map((element) => element.folder);

test('the package ships the drop-in bundles, every exports target, the manifest and the docs', () => {
  const needed = [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'docs/embedding.md',
    'docs/feed-format.md',
    'dist/policy-widgets.js',
    'dist/policy-widgets.iife.js',
    pkg.main,
    pkg.types,
    pkg.customElements,
    ...targets.filter(([, path]) => !path.includes('*')).map(([, path]) => path),
  ];
  assert.deepEqual(needed.filter((path) => !shipped(path)), [], 'missing from the package');
});

test('every per-element module has its types, and each element has a define and a class entry', () => {
  for (const name of ELEMENTS) {
    assert.ok(pkg.exports[`./${name}`]?.types, `exports["./${name}"] has types`);
    assert.ok(pkg.exports[`./${name}/class`]?.types, `exports["./${name}/class"] has types`);
  }
  const modules = [...files].filter((path) => path.startsWith('dist/lib/') && path.endsWith('.js') && !path.includes('/_virtual/'));
  assert.deepEqual(modules.filter((path) => !files.has(path.replace(/\.js$/, '.d.ts'))), [], 'modules without .d.ts');
});

test('the element class types carry their HTMLElementTagNameMap entry', () => {
  for (const name of ELEMENTS) {
    const types = readFileSync(pkg.exports[`./${name}/class`].types, 'utf8');
    assert.match(types, new RegExp(`interface HTMLElementTagNameMap \\{\\s*'policy-${name}'`), `${name} class types`);
  }
});

test('every example theme ships in dist/themes/', () => {
  const themes = existsSync('src/themes') ? readdirSync('src/themes').filter((file) => file.endsWith('.css')) : [];
  assert.deepEqual(themes.filter((theme) => !files.has(`dist/themes/${theme}`)), [], 'themes missing from the package');
});

test('nothing from the sources, tests, stories, demo or tooling ships', () => {
  const stray = [...files].filter((path) => !/^(dist\/|docs\/|bin\/|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$|custom-elements\.json$)/.test(path));
  assert.deepEqual(stray, []);
});

test('sideEffects: the drop-ins and define modules keep their registration; class modules may be dropped', () => {
  const registering = ['dist/policy-widgets.js', 'dist/policy-widgets.iife.js', 'dist/lib/index.js', 'src/index.ts'];
  for (const name of ELEMENTS) registering.push(`dist/lib/components/${name}/define.js`, `src/components/${name}/define.ts`);
  assert.deepEqual(registering.filter((path) => !hasSideEffects(path)), [], 'registering modules not marked');
  const pure = [...files].filter((path) => path.startsWith('dist/lib/') && !registering.includes(path));
  assert.deepEqual(pure.filter(hasSideEffects), [], 'side-effect-free modules marked');
});

test('the npm modules leave Lit to the application: every bare import is a peer dependency', () => {
  const peers = Object.keys(pkg.peerDependencies);
  const modules = [...files].filter((file) => file.startsWith('dist/lib/') && file.endsWith('.js'));
  assert.ok(modules.length > 10, `npm modules in the package: ${modules.length}`);
  for (const path of modules) {
    // The Node-only prerender modules may also use Node and the package's own dependencies.
    const allowed = path.startsWith('dist/lib/prerender/') ? [...peers, ...Object.keys(pkg.dependencies), 'node:'] : peers;
    const bare = [...readFileSync(path, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?["']([^./][^"']*)["']/g)].map(([, id]) => id);
    const foreign = bare.filter((id) => !allowed.some((peer) => id === peer || id.startsWith(peer.endsWith(':') ? peer : `${peer}/`)));
    assert.deepEqual(foreign, [], `${path} imports packages that are not peer dependencies`);
  }
  for (const peer of peers) assert.ok(pkg.devDependencies[peer], `${peer} is also a devDependency, for the build`);
});

test('the package name resolves to its own exports', () => {
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (subpath.includes('*')) continue;
    const expected = new URL(typeof target === 'string' ? target : target.default, new URL('../../', import.meta.url)).href;
    assert.equal(import.meta.resolve(`${pkg.name}${subpath.slice(1)}`), expected, subpath);
  }
});

test('custom-elements.json describes every element with its attributes and events, for editors and Storybook', async () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const declared = new Map(
    manifest.modules.flatMap((module) => module.declarations ?? []).filter((item) => item.tagName).map((item) => [item.tagName, item]),
  );
  for (const { tag, folder } of JSON.parse(readFileSync('src/elements.json', 'utf8')).elements) {
    const element = declared.get(tag);
    assert.ok(element, `<${tag}> is missing from custom-elements.json (is its class JSDoc, with @tag, right above the class?)`);
    // The attributes the class itself observes, its own and its base's: the home the manifest is read from.
    const module = await import(`../../dist/lib/components/${folder}/policy-${folder}.js`);
    const elementClass = Object.values(module).find((value) => Array.isArray(value?.observedAttributes));
    assert.ok(elementClass, `dist/lib/components/${folder}/policy-${folder}.js exports the element's class`);
    assert.deepEqual(element.attributes.map((attribute) => attribute.name).sort(), [...elementClass.observedAttributes].sort(), `<${tag}>'s attributes`);
    assert.deepEqual(element.events.map((event) => event.name).sort(), ['policy-error', 'policy-load', 'policy-select']);
  }
});
