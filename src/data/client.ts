import { FeedError, type Feed } from './types.js';
import { validateFeed } from './validate.js';

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

interface CacheEntry {
  promise: Promise<Feed>;
  feed?: Feed;
  loadedAt: number;
  revalidating?: boolean;
}

const cache = new Map<string, CacheEntry>();

/** Resolves `src` against the page, as fetch would; undefined when it is not a URL at all. */
export function feedUrl(src: string): string | undefined {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return undefined;
  }
}

/**
 * The one way the widgets load a feed. Every caller of one URL shares one
 * request; a loaded feed is reused, and once stale, served while one request
 * refreshes it. Failures are not kept, so the next call tries again.
 */
export function loadFeed(src: string): Promise<Feed> {
  const url = feedUrl(src);
  if (!url) return Promise.reject(new FeedError('network', `"${src}" is not a valid feed URL.`, src));
  const entry = cache.get(url);
  if (!entry) return request(url).promise;
  if (entry.feed && !entry.revalidating && Date.now() - entry.loadedAt > feedClientOptions.maxAge) {
    entry.revalidating = true;
    fetchFeed(url).then(
      (feed) => cache.set(url, { promise: Promise.resolve(feed), feed, loadedAt: Date.now() }),
      () => (entry.revalidating = false),
    );
  }
  return entry.promise;
}

/** The feed already loaded for `src`, if any, so an element can render it without a loading frame. */
export function cachedFeed(src: string): Feed | undefined {
  const url = feedUrl(src);
  return url ? cache.get(url)?.feed : undefined;
}

function request(url: string): CacheEntry {
  const entry: CacheEntry = { promise: fetchFeed(url), loadedAt: Date.now() };
  cache.set(url, entry);
  entry.promise.then(
    (feed) => Object.assign(entry, { feed, loadedAt: Date.now() }),
    () => cache.get(url) === entry && cache.delete(url),
  );
  return entry;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function fetchFeed(url: string): Promise<Feed> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url);
    } catch (error) {
      const { kind, status = 0 } = error as FeedError;
      const transient = kind === 'network' || (kind === 'http' && status >= 500);
      if (!transient || attempt >= feedClientOptions.retries) throw error;
      await sleep(feedClientOptions.retryDelay * 2 ** attempt);
    }
  }
}

async function fetchOnce(url: string): Promise<Feed> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), feedClientOptions.timeout);
  let body: string;
  let finalUrl = url;
  try {
    // No credentials and no custom headers: no cookies leave the page, and no CORS preflight.
    const response = await fetch(url, { credentials: 'omit', signal: controller.signal });
    if (!response.ok) {
      throw new FeedError('http', `HTTP ${response.status} ${response.statusText}`.trim(), url, response.status);
    }
    body = await response.text();
    finalUrl = response.url || url;
  } catch (error) {
    if (error instanceof FeedError) throw error;
    throw controller.signal.aborted
      ? new FeedError('timeout', `No complete response within ${feedClientOptions.timeout} ms.`, url)
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
  return validateFeed(json, finalUrl);
}
