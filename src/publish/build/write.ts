import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { isTemporary, writeAtomic } from '../atomic-file.js';
import { isLaterPage, pageNumber, type Page } from './pages.js';

const readOr = <T>(path: string, decode: (bytes: Buffer) => T): Promise<T | undefined> =>
  readFile(path).then(decode, () => undefined);

/** Writes a file atomically unless it holds that content already, so its ETag and every cache of it stay valid. */
export async function writeIfChanged(path: string, text: string): Promise<boolean> {
  if ((await readOr(path, (bytes) => bytes.toString('utf8'))) === text) return false;
  await writeAtomic(path, text);
  return true;
}

/**
 * Writes a feed file with its .gz and .br, unless all three hold this content already. The companions go
 * first, the plain file last; a run killed between them is mended by the next, which compares all three.
 */
async function publishFile(path: string, text: string): Promise<boolean> {
  const data = Buffer.from(text);
  const [plain, gz, br] = await Promise.all([
    readOr(path, (bytes) => bytes),
    readOr(`${path}.gz`, (bytes) => gunzipSync(bytes)),
    readOr(`${path}.br`, (bytes) => brotliDecompressSync(bytes)),
  ]).catch(() => []);
  if (plain?.equals(data) && gz?.equals(data) && br?.equals(data)) return false;
  await writeAtomic(`${path}.gz`, gzipSync(data, { level: 9 }));
  await writeAtomic(`${path}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  await writeAtomic(path, data);
  return true;
}

/**
 * Publishes a feed's chain of pages so that a reader following `next_url` never meets a half-updated chain,
 * whenever the run is killed. Later pages have names of their own content, so a new page never overwrites one
 * the current chain names: they are written first, then the first page is replaced atomically, which switches
 * readers to the new chain at once. Pages named by neither the new chain nor the one it replaced (`previous`)
 * are removed last: the replaced chain stays whole for readers (and caches) that hold its first page.
 * Returns whether any file was written.
 */
export async function writeChain(dir: string, pages: Page[], previous: string[]): Promise<boolean> {
  const [first, ...later] = pages;
  let written = false;
  for (const page of later.reverse()) written = (await publishFile(join(dir, page.name), page.text)) || written;
  written = (await publishFile(join(dir, first.name), first.text)) || written;
  const keep = new Set([...pages.map((page) => page.name), ...previous]);
  // In page order: page n names only page n + 1, so a kill in between never leaves a page whose next_url is gone.
  const stale = (await readdir(dir)).filter((name) => isLaterPage(first.name, name) && !keep.has(name));
  for (const name of stale.sort((a, b) => pageNumber(a) - pageNumber(b))) {
    for (const file of [`${name}.gz`, `${name}.br`, name]) await rm(join(dir, file), { force: true });
  }
  return written;
}

/** Removes the temporary files a killed run left behind (never served, but not to pile up). */
export async function removeTemporaries(dir: string): Promise<void> {
  for (const name of await readdir(dir)) if (isTemporary(name)) await rm(join(dir, name), { force: true });
}
