import { randomBytes } from 'node:crypto';
import { chmod, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temporary files start with a dot and end in .tmp: never a name the hosting files serve. */
export const isTemporary = (name: string) => name.startsWith('.') && name.endsWith('.tmp');

/**
 * Replaces a file atomically: readers see the old file or the new one, never half of either, even if the
 * process is killed. The temporary file sits in the same folder, so the rename never crosses file systems.
 * Files are world-readable, so a web server's unprivileged workers can serve them.
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data);
    await chmod(temp, 0o644); // explicitly, whatever the umask
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
