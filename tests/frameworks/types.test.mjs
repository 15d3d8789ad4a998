// Each framework's own checker on the package as an application installs it: `npm pack` (run after
// `npm run build`), the tarball installed into a new project beside the frameworks, and tsc, vue-tsc and
// svelte-check run on the files of types/ there. `pass.*` must check clean; every other file must fail with
// the error its first line names ("Must fail with: …"), so a file that fails for another reason fails the test.
import assert from 'node:assert/strict';
import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { newProject, run } from './project.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('./types/', import.meta.url));
const pkg = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8'));

/** The checkers and frameworks the project needs, at the versions the repository itself is tested with. */
const FRAMEWORKS = ['typescript', 'react', '@types/react', 'preact', 'solid-js', 'vue', 'vue-tsc', 'svelte', 'svelte-check'];

const compilerOptions = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  strict: true,
  noEmit: true,
  // The package's generated declarations are checked too, not skipped.
  skipLibCheck: false,
};
/** One tsconfig per checker run: its files, and how it compiles JSX. */
const PROJECTS = {
  dom: {},
  react: { jsx: 'react-jsx' },
  preact: { jsx: 'react-jsx', jsxImportSource: 'preact' },
  solid: { jsx: 'preserve', jsxImportSource: 'solid-js' },
  vue: {},
  svelte: {},
};

let project;

before(async () => {
  project = await newProject('frameworks', FRAMEWORKS.map((name) => `${name}@${pkg.devDependencies[name]}`));
  for (const [name, options] of Object.entries(PROJECTS)) {
    await cp(join(here, name), join(project, name), { recursive: true });
    const config = {
      compilerOptions: { ...compilerOptions, ...options },
      include: [`${name}/**/*`],
      ...(name === 'vue' && { vueCompilerOptions: { strictTemplates: true } }),
    };
    await writeFile(join(project, `tsconfig.${name}.json`), JSON.stringify(config, null, 2));
  }
});
after(() => project && rm(project, { recursive: true, force: true }));

/** Runs a checker; its output whether it passes or fails. */
async function check(command, args) {
  try {
    const { stdout, stderr } = await run(join(project, 'node_modules/.bin', command), args, {
      cwd: project,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { failed: false, output: stdout + stderr };
  } catch (error) {
    if (typeof error.code !== 'number') throw error;
    return { failed: true, output: error.stdout + error.stderr };
  }
}

/**
 * The checker's diagnostics, each with its continuation lines: tsc and vue-tsc start one with the file's
 * path and indent the rest; svelte-check's machine output is a line each between START and COMPLETED,
 * naming the file in quotes relative to its workspace, with the message's quotes escaped.
 */
const diagnostics = (output) =>
  output
    .replace(/\\"/g, '"')
    .split(/\n(?!\s)/)
    .filter((text) => text.trim() && !/^\d+ (START|COMPLETED) /.test(text));
const isAbout = (text, name, file) => text.startsWith(`${name}/${file}`) || text.includes(` "${file}" `);

/**
 * Asserts what the checker said of a framework's folder: nothing of `pass.*` nor of the package's own
 * declarations, and of every other file at least one error containing the text its first line expects.
 */
async function assertChecked(name, { failed, output }) {
  const files = (await readdir(join(here, name))).sort();
  const failing = files.filter((file) => !file.startsWith('pass.'));
  assert.equal(files.length - failing.length, 1, `${name}/ has one file that must pass`);
  assert.equal(failed, failing.length > 0, `the checker's exit status for ${name}/:\n${output}`);
  const stray = diagnostics(output).filter((text) => !failing.some((file) => isAbout(text, name, file)));
  assert.deepEqual(stray, [], `only the failing files may have errors; the checker said:\n${output}`);
  for (const file of failing) {
    const expected = (await readFile(join(here, name, file), 'utf8')).match(/Must fail with: (.+?)(?: -->)?\n/)?.[1];
    assert.ok(expected, `${name}/${file} names the error it must fail with`);
    const about = diagnostics(output).filter((text) => isAbout(text, name, file)).join('\n');
    assert.ok(about.includes(expected), `${name}/${file} must fail with "${expected}"; the checker said:\n${about || output}`);
  }
}

const tsc = (name) => check('tsc', ['-p', `tsconfig.${name}.json`, '--pretty', 'false']);

test('TypeScript (DOM): tags are their classes, event details are typed', async () => {
  await assertChecked('dom', await tsc('dom'));
});

test('React 19 (tsc, jsx react-jsx): attributes, the data property and onpolicy-* event props', async () => {
  await assertChecked('react', await tsc('react'));
});

test('Preact (tsc, jsxImportSource preact): attributes and onpolicy-* event props', async () => {
  await assertChecked('preact', await tsc('preact'));
});

test('Solid (tsc, jsxImportSource solid-js): attributes and on:policy-* events', async () => {
  await assertChecked('solid', await tsc('solid'));
});

test('Vue (vue-tsc, strictTemplates): GlobalComponents props and @policy-* events', async () => {
  await assertChecked('vue', await check('vue-tsc', ['-p', 'tsconfig.vue.json', '--pretty', 'false']));
});

test('Svelte (svelte-check): SvelteHTMLElements attributes and onpolicy-* events', async () => {
  const result = await check('svelte-check', ['--workspace', 'svelte', '--tsconfig', '../tsconfig.svelte.json', '--output', 'machine']);
  await assertChecked('svelte', result);
});
