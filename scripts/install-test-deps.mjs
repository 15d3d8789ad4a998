// The programs `npm test` needs beyond node_modules: Chromium, Firefox ESR, WebKitGTK (MiniBrowser and
// WebKitWebDriver), Xvfb and nginx (tests/server/browsers.mjs says where each is looked for). The first step of
// `npm test` (pretest) and of .ci/run. When all are there it does nothing. Otherwise it installs the missing
// Debian packages if it can (as root, or with sudo that needs no password), and if it cannot, prints the one
// command to run and exits 1. Imports Node's own modules only: .ci/run runs it before `npm ci`.
import { spawnSync } from 'node:child_process';
import { PROGRAMS, locate } from '../tests/server/browsers.mjs';

const missing = () => [...new Set(Object.values(PROGRAMS).filter((program) => !locate(program)).map((program) => program.debian))];

const packages = missing();
if (packages.length === 0) process.exit(0);

const succeeds = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const asRoot = process.getuid?.() === 0;
const hasAptGet = succeeds('sh', ['-c', 'command -v apt-get']);
const sudo = asRoot ? [] : hasAptGet && succeeds('sudo', ['-n', 'true']) ? ['sudo', '-n'] : undefined;
const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;

if (!hasAptGet || !sudo) {
  console.error(
    `The tests need programs that are not installed: ${packages.join(', ')} (Debian package names).\n` +
      (hasAptGet ? `Run:\n\n  sudo sh -c '${command}'\n` : 'Install them with your system\'s package manager.\n') +
      `\nIf they are installed elsewhere, point the tests at them: ${Object.values(PROGRAMS).map((program) => program.env).join(', ')}.`,
  );
  process.exit(1);
}

console.log(`Installing from Debian: ${packages.join(' ')}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['apt-get', 'update', '-qq'], ['apt-get', 'install', '-y', '-qq', ...packages]]) {
  const [program, ...rest] = [...sudo, ...args];
  const { status } = spawnSync(program, rest, { stdio: 'inherit', env });
  if (status !== 0) {
    console.error(`${args.join(' ')} failed (exit ${status}).`);
    process.exit(1);
  }
}
const still = missing();
if (still.length) {
  console.error(`Installed, but still not found: ${still.join(', ')}. Set their path variables (tests/server/browsers.mjs).`);
  process.exit(1);
}
