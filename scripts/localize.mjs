// Compiles locales/*.xlf into src/i18n/generated/ and fails on any missing
// translation: lit-localize itself only warns and falls back to English.
import { spawnSync } from 'node:child_process';

const run = spawnSync('lit-localize', ['build'], { encoding: 'utf8', shell: process.platform === 'win32' });
const output = `${run.stdout}${run.stderr}`;
process.stdout.write(output);
if (run.status !== 0) process.exit(run.status ?? 1);
if (/missing/i.test(output)) {
  console.error('lit-localize: a translation is missing in locales/*.xlf (see above). Every string needs nb, nn and se.');
  process.exit(1);
}
