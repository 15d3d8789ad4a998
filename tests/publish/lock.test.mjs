// One build per DIR: real processes. A build that is busy (its source held open by a loopback server) holds
// DIR's lock; a second build on DIR exits at once naming it; a lock whose process is gone is taken over.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { cli, ROOT } from './cli.mjs';
import { rss, startSourceServer } from './source-server.mjs';

let server;
let root;
let config;
let out;
/** Held requests: the source answers only when the test releases it. */
let release;
let arrived;

before(async () => {
  server = await startSourceServer();
  const body = rss({ title: 'Nyheter', language: 'nb', items: [{ id: 'a', title: 'Sak', date: Date.parse('2026-12-07T08:00:00Z') }] });
  server.routes.set('/held.xml', async () => {
    arrived();
    await new Promise((resolve) => (release = resolve));
    return { headers: { 'content-type': 'application/rss+xml' }, body };
  });
  root = mkdtempSync(join(tmpdir(), 'policy-widgets-lock-'));
  out = join(root, 'out');
  config = join(root, 'site.json');
  writeFileSync(config, JSON.stringify({ topics: { news: { locales: { nb: { sources: [`${server.origin}/held.xml`] } } } } }));
});

after(async () => {
  release?.();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

test('a second build on a DIR that a running build holds exits 1 at once, naming that build', async () => {
  const requested = new Promise((resolve) => (arrived = resolve));
  const first = spawn(process.execPath, [join(ROOT, 'bin/policy-widgets.js'), 'build', config, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
  let firstStderr = '';
  first.stderr.setEncoding('utf8').on('data', (chunk) => (firstStderr += chunk));
  const firstExit = new Promise((resolve) => first.on('exit', (code) => resolve(code)));
  await requested; // the first build is mid-run: it has taken the lock and waits for its source
  const second = await Promise.race([cli(['build', config, '--out', out]), sleep(10_000, 'still running after 10 s', { ref: false })]);
  assert.notEqual(second, 'still running after 10 s', 'the second build did not exit at once');
  assert.equal(first.exitCode, null, 'the first build is still running');
  assert.equal(second.code, 1);
  assert.deepEqual(second.lines, [`policy-widgets: ${out} is being built by process ${first.pid} (.policy-widgets.lock); not building it twice at once`]);
  release();
  assert.equal(await firstExit, 0, firstStderr);
  assert.equal(existsSync(join(out, '.policy-widgets.lock')), false, 'released when the build ends');
  assert.equal(JSON.parse(readFileSync(join(out, 'news.nb.json'), 'utf8')).items[0].id, 'a');
});

test('a lock left by a process that no longer exists is taken over', async () => {
  const gone = spawnSync(process.execPath, ['-e', '']).pid;
  assert.throws(() => process.kill(gone, 0), { code: 'ESRCH' }, 'the process has exited');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, '.policy-widgets.lock'), `${gone}\n`);
  const requested = new Promise((resolve) => (arrived = resolve));
  const running = cli(['build', config, '--out', out]);
  const early = await Promise.race([requested, running]);
  assert.equal(early?.stderr, undefined, `the build ended before it fetched its source: ${early?.stderr}`);
  assert.equal(readFileSync(join(out, '.policy-widgets.lock'), 'utf8') === `${gone}\n`, false, 'the lock now names the new build');
  release();
  const result = await running;
  assert.equal(result.code, 0, result.stderr);
  assert.equal(existsSync(join(out, '.policy-widgets.lock')), false);
});
