// Runs `policy-widgets` as a user would: a child process, real files, real exit codes.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const MEASURED = fileURLToPath(new URL('./measured.mjs', import.meta.url));

if (!existsSync(join(ROOT, 'dist/node/publish.js'))) {
  throw new Error('dist/node/publish.js is missing: run `npm run build` before the publisher tests.');
}

/** A fixture's path. */
export const fixture = (path) => join(FIXTURES, path);

/**
 * Runs the command line with `args`. Resolves with its exit code, stdout, stderr lines, wall time (ms),
 * CPU time (ms) and peak resident memory (MB).
 */
export function cli(args, { cwd = ROOT, env = {} } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'policy-widgets-usage-'));
  const usageFile = join(scratch, 'usage.json');
  const started = performance.now();
  const child = spawn(process.execPath, [MEASURED, ...args], { cwd, env: { ...process.env, ...env, USAGE_FILE: usageFile } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const usage = existsSync(usageFile) ? JSON.parse(readFileSync(usageFile, 'utf8')) : { maxRSS: NaN, cpu: NaN };
      rmSync(scratch, { recursive: true, force: true });
      resolve({ code, stdout, stderr, lines: stderr.split('\n').filter(Boolean), ms, cpuMs: usage.cpu / 1000, peakMB: usage.maxRSS / 1024 });
    });
  });
}

/** Runs `convert` and parses the feed it prints; fails loudly if it did not succeed. */
export async function convertToFeed(args, options) {
  const result = await cli(['convert', ...args], options);
  if (result.code !== 0) throw new Error(`convert ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return { feed: JSON.parse(result.stdout), warnings: result.lines };
}
