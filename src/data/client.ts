import { FeedError, type Feed } from './types.js';
import { httpUrl, validateFeed } from './validate.js';

/** Tuning for the feed client. Exported so tests and benchmarks can shorten the waits. */
export const feedClientOptions = {
  /** Abort one attempt after this long, as a `timeout` error. */
  timeout: 10_000,
  /** Retries after a network error or a 5xx, never after a 4xx. */
  retries: 2,
  /** Backoff before the first retry; it doubles each time. */
  retryDelay: 400,
  /** How long a loaded feed counts as fresh; after that it is served stale while one request revalidates it. */
  maxAge: 60_000,
};

/** Hears every change of one URL's feed: a new feed, or an error while no feed is held. */
export type FeedListener = (feed: Feed | undefined, error?: FeedError) => void;

/** What is held for one URL: its feed, or why its last load failed while no feed is held. */
export interface HeldFeed {
  feed?: Feed;
  error?: FeedError;
}

interface CacheEntry extends HeldFeed {
  url: string;
  /** The response text the feed came from, so a refresh that changes nothing tells no one. */
  body?: string;
  loadedAt: number;
  inflight?: Promise<Feed>;
  listeners: Set<FeedListener>;
}

/**
 * A store of loaded feeds, one entry per URL: one request per URL among all who load through it. The page
 * keeps one for its lifetime; `prerender()` makes one per call unless it is given one to share.
 */
export type FeedCache = Map<string, CacheEntry>;

/** A new, empty store of feeds. */
export const createFeedCache = (): FeedCache => new Map();

/** What a load needs of a response: the parts of the Fetch API's `Response` it reads. */
export type FeedResponse = Pick<Response, 'ok' | 'status' | 'statusText' | 'url' | 'text'>;

/** Makes one request: the browser's own `fetch`, or a server's bounded one. Throws a `FeedError` for what it refuses. */
export type FeedFetch = (url: string, init: RequestInit) => Promise<FeedResponse>;

/** How one load is made: through which store, read how, and within what time. */
export interface LoadOptions {
  cache?: FeedCache;
  fetch?: FeedFetch;
  /** Abort one attempt after this many milliseconds (`feedClientOptions.timeout` by default). */
  timeout?: number;
}

/** The page's own store: one request per URL per page, whatever the number of elements. */
const pageCache = createFeedCache();

/** What elements rendered where they cannot subscribe read: the page's store, or one render's feeds. */
let held: Map<string, HeldFeed> = pageCache;

/**
 * Runs `render` while `feeds` is what the elements hold, then restores the page's. Rendering is synchronous,
 * so a server render sees only the feeds its own call loaded.
 */
export function renderWith<T>(feeds: Map<string, HeldFeed>, render: () => T): T {
  const previous = held;
  held = feeds;
  try {
    return render();
  } finally {
    held = previous;
  }
}

/** The page's base URL; in Node (prerendering) there is none, and feed URLs must be absolute. */
export const pageBase = (): string | undefined => globalThis.document?.baseURI;

/** Resolves `src` against the page, as fetch would; undefined unless it is then an http(s) URL. */
export const feedUrl = (src: string): string | undefined => httpUrl(src, pageBase());

// A setup error: the page names something no feed can come from (javascript:, data:, file:, not a URL at all).
const invalidUrl = (src: string) => new FeedError('setup', `"${src}" is not an http(s) URL.`, src);

function entryFor(url: string, cache = pageCache): CacheEntry {
  let entry = cache.get(url);
  if (!entry) cache.set(url, (entry = { url, loadedAt: 0, listeners: new Set() }));
  return entry;
}

/**
 * The one way the widgets load a feed. Every caller of one URL shares one
 * request; a loaded feed is reused, and once stale, served while one request
 * refreshes it. A failed first load is kept only as the error heldFeed()
 * reports, never in place of a feed: the next call tries again.
 */
export function loadFeed(src: string, options: LoadOptions = {}): Promise<Feed> {
  const url = feedUrl(src);
  if (!url) return Promise.reject(invalidUrl(src));
  const entry = entryFor(url, options.cache);
  if (!entry.feed) return entry.inflight ?? request(entry, options);
  if (!entry.inflight && Date.now() - entry.loadedAt > feedClientOptions.maxAge) request(entry, options).catch(() => {});
  return Promise.resolve(entry.feed);
}

/**
 * What is held for `src` now, without loading anything: the feed, or the
 * error of its last failed load. For an element rendered where it cannot
 * subscribe: detached, or on a server inside `renderWith()`.
 */
export function heldFeed(src: string): HeldFeed {
  const url = feedUrl(src);
  return url ? (held.get(url) ?? {}) : { error: invalidUrl(src) };
}

/**
 * Subscribes `listener` to the feed at `src`: it hears the feed at once if one
 * is loaded, then every change, including a refresh that brings new content.
 * Starts a load when needed. Returns the function that unsubscribes.
 */
export function watchFeed(src: string, listener: FeedListener): () => void {
  const url = feedUrl(src);
  if (!url) {
    listener(undefined, invalidUrl(src));
    return () => {};
  }
  const entry = entryFor(url);
  entry.listeners.add(listener);
  if (entry.feed) listener(entry.feed);
  // Errors reach the listener through request(); this promise has nothing more to say.
  loadFeed(url).catch(() => {});
  return () => entry.listeners.delete(listener);
}

/**
 * Checks the feed at `src` again now, revalidating through the browser's HTTP
 * cache (an ETag or Last-Modified makes it a cheap 304). Watchers hear only a
 * change; a failure keeps the feed they have.
 */
export function refreshFeed(src: string): Promise<Feed> {
  const url = feedUrl(src);
  if (!url) return Promise.reject(invalidUrl(src));
  const entry = entryFor(url);
  return entry.inflight ?? request(entry, {}, 'no-cache');
}

function request(entry: CacheEntry, options: LoadOptions, cache?: RequestCache): Promise<Feed> {
  const notify = (feed?: Feed, error?: FeedError) => entry.listeners.forEach((listener) => listener(feed, error));
  const inflight = fetchFeed(entry.url, options, cache).then(
    ({ feed, body }) => {
      entry.inflight = undefined;
      entry.loadedAt = Date.now();
      entry.error = undefined;
      if (body !== entry.body) {
        Object.assign(entry, { feed, body });
        notify(feed);
      }
      return entry.feed!;
    },
    (error: FeedError) => {
      entry.inflight = undefined;
      // A failed refresh keeps the feed already shown; a failed first load is reported.
      if (!entry.feed) notify(undefined, (entry.error = error));
      throw error;
    },
  );
  return (entry.inflight = inflight);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function fetchFeed(url: string, options: LoadOptions, cache?: RequestCache): Promise<{ feed: Feed; body: string }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url, options, cache);
    } catch (error) {
      const { kind, status = 0 } = error as FeedError;
      const transient = kind === 'network' || (kind === 'http' && status >= 500);
      if (!transient || attempt >= feedClientOptions.retries) throw error;
      await sleep(feedClientOptions.retryDelay * 2 ** attempt);
    }
  }
}

async function fetchOnce(
  url: string,
  { fetch: request = fetch, timeout = feedClientOptions.timeout }: LoadOptions,
  cache?: RequestCache,
): Promise<{ feed: Feed; body: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  let body: string;
  let finalUrl = url;
  try {
    // No credentials and no custom headers: no cookies leave the page, and no CORS preflight.
    // A cache mode is no header: `no-cache` only makes the browser revalidate what it holds.
    const response = await request(url, { credentials: 'omit', cache, signal: controller.signal });
    if (!response.ok) {
      throw new FeedError('http', `HTTP ${response.status} ${response.statusText}`.trim(), url, response.status);
    }
    body = await response.text();
    finalUrl = response.url || url;
  } catch (error) {
    if (error instanceof FeedError) throw error;
    throw controller.signal.aborted
      ? new FeedError('timeout', `No complete response within ${timeout} ms.`, url)
      : new FeedError('network', `The request failed: ${(error as Error).message}`, url);
  } finally {
    clearTimeout(timer);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new FeedError('parse', 'The response is not JSON.', url);
  }
  // After a redirect, relative URLs in the feed are relative to where it really is.
  return { feed: validateFeed(json, finalUrl), body };
}
