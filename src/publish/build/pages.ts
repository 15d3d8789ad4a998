import { createHash } from 'node:crypto';
import type { Feed, FeedItem } from '../../data/types.js';

/** One file of a feed's chain: its name in DIR and its text. */
export interface Page {
  name: string;
  text: string;
}

/**
 * The names of published feed files, the only files the hosting files serve: `<topic>.<lang>.json`, the first
 * page (the feed's URL), and `<topic>.<lang>.<n>.<hash>.json`, a later page named by its content
 * (`<topic>.<lang>.<n>.json` is a later page written by earlier versions, served while a chain names it).
 */
export const FEED_FILE = /^[a-z0-9][a-z0-9-]*\.[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*(?:\.[0-9]+(?:\.[0-9a-f]{16})?)?\.json$/;

export const firstPageName = (topic: string, locale: string) => `${topic}.${locale}.json`;

/** Whether `name` is a later page of the feed whose first page is `first`. */
export const isLaterPage = (first: string, name: string) =>
  name !== first && name.startsWith(first.slice(0, -'json'.length)) && FEED_FILE.test(name);

/** A later page's number: the first number in its name after topic and locale. */
export const pageNumber = (name: string) => Number(/\.(\d+)(?:\.[0-9a-f]{16})?\.json$/.exec(name)?.[1]);

const contentHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * Splits a feed's items into pages of `pageSize`, newest first, each a whole feed, linked by `next_url`.
 * Built from the last page back, since each page's name is a hash of its content, `next_url` included.
 * `feed_url` (with a base URL) is the first page's: the feed's one identity.
 */
export function paginate(
  head: Omit<Feed, 'items'>,
  items: FeedItem[],
  options: { topic: string; locale: string; pageSize: number; baseUrl?: string },
): Page[] {
  const { topic, locale, pageSize, baseUrl } = options;
  const first = firstPageName(topic, locale);
  const count = Math.max(1, Math.ceil(items.length / pageSize));
  const pages: Page[] = [];
  let next: string | undefined;
  for (let number = count; number >= 1; number--) {
    const document: Feed & { feed_url?: string; next_url?: string } = {
      ...head,
      ...(baseUrl && { feed_url: new URL(first, baseUrl).href }),
      ...(next && { next_url: baseUrl ? new URL(next, baseUrl).href : next }),
      items: items.slice((number - 1) * pageSize, number * pageSize),
    };
    const text = `${JSON.stringify(document, null, 2)}\n`;
    const name = number === 1 ? first : `${topic}.${locale}.${number}.${contentHash(text)}.json`;
    pages.unshift({ name, text });
    next = name;
  }
  return pages;
}
