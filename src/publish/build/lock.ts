import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PublishError } from '../errors.js';

/** The lock of one DIR: it exists while a build writes there, and holds that build's process id. */
export const LOCK_FILE = '.policy-widgets.lock';

/** Whether a process with this id exists (EPERM: it does, under another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process id a lock file names, or undefined while its creator has not written it yet. */
async function holderOf(path: string): Promise<number | undefined> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const text = await readFile(path, 'utf8').catch(() => '');
    if (/^\d+\s*$/.test(text)) return Number(text);
    await sleep(20);
  }
  return undefined;
}

/**
 * Takes DIR's lock, or throws at once naming the running build that holds it. A lock whose process no longer
 * exists (a build that was killed) is taken over. Returns the function that releases it.
 */
export async function lockDir(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 1; ; attempt++) {
    try {
      // `wx` (O_CREAT | O_EXCL): of two builds that start at once, exactly one creates the file.
      const handle = await open(path, 'wx', 0o644);
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return async () => {
        if ((await holderOf(path)) === process.pid) await rm(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await holderOf(path);
    if (holder !== undefined && isRunning(holder)) {
      throw new PublishError(`${dir} is being built by process ${holder} (${LOCK_FILE}); not building it twice at once`);
    }
    if (attempt > 1) throw new PublishError(`${dir}: cannot take over ${LOCK_FILE}, another build is taking it too`);
    // Left by a build that was killed: no process holds it any more.
    await rm(path, { force: true });
  }
}
