// A new application project in a temporary folder, with this package installed as an application installs it:
// `npm pack` (run after `npm run build`), and the tarball installed beside the packages the test names.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../', import.meta.url));

/** Creates the project with `packages` (npm specifiers) and the packed package; returns its folder. */
export async function newProject(name, packages) {
  const project = await mkdtemp(join(tmpdir(), `policy-widgets-${name}-`));
  const { stdout } = await run('npm', ['pack', '--silent', '--pack-destination', project], { cwd: repo });
  const tarball = join(project, stdout.trim().split('\n').at(-1));
  await writeFile(join(project, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  // From the npm cache the repository's own install filled; the registry only for what it lacks.
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball, ...packages], {
    cwd: project,
    maxBuffer: 16 * 1024 * 1024,
  });
  return project;
}
