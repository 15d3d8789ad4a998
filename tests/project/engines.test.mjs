// Which Node the package needs, checked against what its dependencies declare (package-lock.json).
// `engines` is for using it: the command line and prerender, with the runtime dependencies only.
// `devEngines` is for developing it: the build, test and Storybook tools declare a newer Node.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import semver from 'semver';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
/** Every installed package with a Node range of its own; platform builds for other systems left out. */
const declared = Object.entries(lock.packages)
  .filter(([path, info]) => path && info.engines?.node && !(info.optional && info.os))
  .map(([path, info]) => ({ name: path.replace(/.*node_modules\//, ''), range: info.engines.node, dev: Boolean(info.dev || info.devOptional) }));

test('every runtime dependency supports every Node version that engines allows', () => {
  const runtime = declared.filter((dependency) => !dependency.dev);
  assert.ok(runtime.length > 0);
  const narrower = runtime.filter(({ range }) => !semver.subset(pkg.engines.node, range)).map(({ name, range }) => `${name} wants ${range}`);
  assert.deepEqual(narrower, [], `engines.node is ${pkg.engines.node}`);
});

test('the Node running this satisfies engines', () => {
  assert.ok(semver.satisfies(process.version, pkg.engines.node), `${process.version} is outside ${pkg.engines.node}`);
});

test('devEngines asks for a Node every development tool declares it supports', () => {
  const wanted = pkg.devEngines.runtime.version;
  const narrower = declared.filter(({ range }) => !semver.subset(wanted, range)).map(({ name, range }) => `${name} wants ${range}`);
  assert.deepEqual(narrower, [], `devEngines.runtime.version is ${wanted}`);
});
