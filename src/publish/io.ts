import { randomBytes } from 'node:crypto';
import { chmod, open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PublishError } from './errors.js';

/** Inputs larger than this are refused before parsing (docs/publishing.md states it). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** How long a source URL may take to answer in full. */
const FETCH_TIMEOUT_MS = 30_000;

/** One input, read. */
export interface Input {
  text: string;
  /** Where it came from, as given: the name used in messages. */
  name: string;
  /** The URL relative links in it resolve against: the http(s) URL it was fetched from, else its file: URL. */
  url: string;
}

/**
 * Bytes to text in the document's own encoding: the HTTP charset, else the XML declaration's `encoding`
 * (older Norwegian feeds are often ISO-8859-1), else UTF-8. An unknown label falls back to UTF-8.
 */
function decode(bytes: Uint8Array, contentType?: string | null): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const label = /charset="?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? /^\s*<\?xml[^>]*\sencoding=["']([\w.-]+)["']/.exec(head)?.[1];
  try {
    return new TextDecoder(label ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

const isHttp = (location: string) => /^https?:\/\//i.test(location);

const tooLarge = (name: string) =>
  new PublishError(`${name}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB, the limit for one input`);

async function fetchText(location: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(location, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new PublishError(`${location}: cannot fetch: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
  }
  if (!response.ok) throw new PublishError(`${location}: HTTP ${response.status} ${response.statusText}`.trim());
  if (Number(response.headers.get('content-length')) > MAX_INPUT_BYTES) throw tooLarge(location);
  // Counted while streaming, since a server may send no length or a false one.
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
    size += chunk.value.byteLength;
    if (size > MAX_INPUT_BYTES) {
      await reader!.cancel();
      throw tooLarge(location);
    }
    chunks.push(chunk.value);
  }
  return decode(Buffer.concat(chunks), response.headers.get('content-type'));
}

async function readFileCapped(path: string, name: string): Promise<string> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new PublishError(`${name}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    if ((await handle.stat()).size > MAX_INPUT_BYTES) throw tooLarge(name);
    return decode(await handle.readFile());
  } finally {
    await handle.close();
  }
}

/** Reads a file path (relative to `cwd`) or an http(s) URL, at most MAX_INPUT_BYTES. */
export async function readInput(location: string, cwd = process.cwd()): Promise<Input> {
  if (isHttp(location)) return { text: await fetchText(location), name: location, url: location };
  const path = resolve(cwd, location);
  return { text: await readFileCapped(path, location), name: location, url: pathToFileURL(path).href };
}

/**
 * Replaces a file atomically: readers see the old file or the new one, never half of either.
 * The temporary file sits in the same folder, so the rename never crosses file systems.
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
