// How a server reads feeds named by pages it may not trust: only from the origins it allows, redirects
// followed one hop at a time and each checked, and the body read up to a cap. Platform-neutral fetch code,
// used by prerender(); the browser's own fetch enforces the page's policy instead, so the drop-in never loads it.
import type { FeedFetch } from './client.js';
import { FeedError } from './types.js';

/** What a server allows a page's feeds. */
export interface ReadLimits {
  /** The origins feeds may come from, e.g. `['https://feeds.example.org']`; any, when not given. */
  origins?: readonly (string | URL)[];
  /** The largest body read, in bytes; a larger one is an error, found while reading. */
  maxBytes: number;
}

/** As many redirects as fetch itself follows. */
const MAX_REDIRECTS = 20;

/**
 * A fetch for the data client within {@link ReadLimits}, and the check it makes of every URL before requesting
 * it, for a caller that must refuse a URL without requesting it (a feed a shared store already holds).
 */
export function boundedFetch({ origins, maxBytes }: ReadLimits): { fetch: FeedFetch; check: (url: string) => void } {
  // new URL() throws for an origin that is not a URL: a mistake of the caller, reported at once.
  const allowed = origins && new Set(origins.map((origin) => new URL(origin).origin));
  const check = (url: string) => {
    const { protocol, origin } = new URL(url);
    if (!/^https?:$/.test(protocol)) throw new FeedError('setup', `"${url}" is not an http(s) URL.`, url);
    if (allowed && !allowed.has(origin)) {
      throw new FeedError('setup', `"${url}" is not on an origin feeds may be loaded from (${[...allowed].join(', ')}).`, url);
    }
  };
  const bounded: FeedFetch = async (url, init) => {
    for (let hops = 0; ; hops++) {
      check(url);
      const response = await fetch(url, { ...init, redirect: 'manual' });
      const location = response.headers.get('location');
      if (response.status < 300 || response.status > 399 || location === null) {
        const { ok, status, statusText } = response;
        // The URL after the redirects, which a Response made by fetch() itself would report.
        return { ok, status, statusText, url, text: () => readCapped(response, maxBytes, url) };
      }
      await response.body?.cancel();
      if (hops >= MAX_REDIRECTS) throw new FeedError('http', `More than ${MAX_REDIRECTS} redirects.`, url, response.status);
      url = new URL(location, url).href;
    }
  };
  return { fetch: bounded, check };
}

/** The body as text, read chunk by chunk and given up as soon as it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number, url: string): Promise<string> {
  const tooLarge = () => new FeedError('format', `The response is larger than ${maxBytes} bytes, the limit.`, url);
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      // Cancelled: the rest of the body is never downloaded.
      await reader.cancel();
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}
