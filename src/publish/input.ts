import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { homepage, version } from '../../package.json';
import { PublishError } from './errors.js';
import { isHttp } from './values.js';

/** Inputs larger than this are refused, counted while reading (docs/publishing.md states it). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** How long a source URL may take to answer in full. */
const FETCH_TIMEOUT_MS = 30_000;

/** How the tool names itself to the servers it reads from, so their operators know whom to ask. */
export const USER_AGENT = `policy-widgets/${version} (+${homepage})`;

/** One input, read. */
export interface Input {
  text: string;
  /** Where it came from, as given: the name used in messages. */
  name: string;
  /** The URL relative links in it resolve against: the URL that answered (after redirects), else its file: URL. */
  url: string;
}

/** What a source's server said about the version it sent, for a conditional request next time. */
export interface Validators {
  etag?: string;
  last_modified?: string;
}

/** A URL fetched with validators: the input and its new validators, or "not modified" (HTTP 304). */
export type Fetched = { modified: true; input: Input; validators: Validators } | { modified: false };

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

const tooLarge = (name: string) =>
  new PublishError(`${name}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB, the limit for one input`);

/** Chunks to bytes, refusing the input as soon as it passes the cap: a stream may never end. */
async function collectCapped(chunks: AsyncIterable<Uint8Array>, name: string): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    if (size > MAX_INPUT_BYTES) throw tooLarge(name);
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

/** When a 429 or 503 asks to be tried again (Retry-After: seconds or an HTTP date), as a phrase, or ''. */
function retryAfter(value: string | null): string {
  if (!value) return '';
  const at = /^\d+$/.test(value.trim()) ? Date.now() + Number(value) * 1000 : Date.parse(value);
  if (Number.isNaN(at)) return `; it asks to be tried again later (Retry-After: ${value})`;
  return `; it asks to be tried again after ${new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z')} (Retry-After: ${value})`;
}

/** GETs an http(s) URL as this tool, conditionally when validators are given. */
export async function fetchInput(location: string, validators: Validators = {}): Promise<Fetched> {
  const headers: Record<string, string> = { 'User-Agent': USER_AGENT };
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.last_modified) headers['If-Modified-Since'] = validators.last_modified;
  let response: Response;
  try {
    response = await fetch(location, { headers, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new PublishError(`${location}: cannot fetch: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
  }
  if (response.status === 304 && (validators.etag || validators.last_modified)) {
    await response.body?.cancel();
    return { modified: false };
  }
  if (!response.ok) {
    await response.body?.cancel();
    const asked = response.status === 429 || response.status === 503 ? retryAfter(response.headers.get('retry-after')) : '';
    throw new PublishError(`${location}: HTTP ${response.status} ${response.statusText}`.trim() + asked);
  }
  if (Number(response.headers.get('content-length')) > MAX_INPUT_BYTES) {
    await response.body?.cancel();
    throw tooLarge(location);
  }
  // Counted while streaming, since a server may send no length or a false one. (Node's web streams are
  // async iterable; the DOM types do not say so.)
  const bytes = await collectCapped((response.body ?? []) as unknown as AsyncIterable<Uint8Array>, location);
  const etag = response.headers.get('etag') ?? undefined;
  const lastModified = response.headers.get('last-modified') ?? undefined;
  return {
    modified: true,
    input: { text: decode(bytes, response.headers.get('content-type')), name: location, url: response.url || location },
    validators: { ...(etag && { etag }), ...(lastModified && { last_modified: lastModified }) },
  };
}

/**
 * Opens a path for reading only if it is a regular file (not a FIFO, device or folder, which could block or
 * never end). With `noFollow`, a symbolic link is refused too.
 */
async function openRegular(path: string, name: string, noFollow: boolean): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | (noFollow ? constants.O_NOFOLLOW : 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' && noFollow) throw new PublishError(`${name}: a symbolic link, refused`);
    throw new PublishError(`${name}: cannot read: ${code ?? (error as Error).message}`);
  }
  if (!(await handle.stat()).isFile()) {
    await handle.close();
    throw new PublishError(`${name}: not a regular file (a FIFO, device or folder), refused`);
  }
  return handle;
}

/** Reads a regular file, at most MAX_INPUT_BYTES, counted while reading (a file may grow, /proc files claim size 0). */
export async function readFileCapped(path: string, name: string, { noFollow = false } = {}): Promise<string> {
  const handle = await openRegular(path, name, noFollow);
  try {
    return decode(await collectCapped(handle.createReadStream({ autoClose: false }), name));
  } finally {
    await handle.close();
  }
}

/** Reads a file path (relative to `cwd`) or an http(s) URL, at most MAX_INPUT_BYTES. */
export async function readInput(location: string, cwd = process.cwd()): Promise<Input> {
  // Without validators, no answer is "not modified": a 304 is an error like any other status.
  if (isHttp(location)) return ((await fetchInput(location)) as Extract<Fetched, { modified: true }>).input;
  const path = resolve(cwd, location);
  return { text: await readFileCapped(path, location), name: location, url: pathToFileURL(path).href };
}

/** Reads a JSON file or URL, with a one-line error for JSON that does not parse. */
export async function readJson(location: string): Promise<{ json: unknown; url: string }> {
  const input = await readInput(location);
  try {
    return { json: JSON.parse(input.text), url: input.url };
  } catch (error) {
    throw new PublishError(`${location}: not JSON: ${(error as Error).message}`);
  }
}
