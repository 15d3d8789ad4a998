import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Feed, FeedItem } from '../../data/types.js';
import { newestFirst } from '../convert.js';
import { PublishError } from '../errors.js';
import { readFileCapped } from '../input.js';
import { FEED_FILE, firstPageName } from './pages.js';

/** What DIR publishes for a topic and locale: the chain's file names, from the first, and all its items. */
export interface Published {
  pages: string[];
  items: FeedItem[];
}

/** Whether DIR publishes a feed for the topic and locale (its first page exists). */
export const isPublished = (dir: string, topic: string, locale: string) =>
  lstat(join(dir, firstPageName(topic, locale))).then(() => true, () => false);

/**
 * Reads the chain a reader would: the first page, then each `next_url`. Every page must be a regular file
 * (not a symbolic link) within the input cap, and JSON: otherwise the topic stops, since history is merged from
 * it. No first page: nothing published yet.
 */
export async function readPublished(dir: string, topic: string, locale: string): Promise<Published> {
  const published: Published = { pages: [], items: [] };
  for (let name: string | undefined = firstPageName(topic, locale); name; ) {
    const location = `${name} in ${dir}`;
    if (published.pages.includes(name)) throw new PublishError(`${location}: next_url leads back to an earlier page`);
    const path = join(dir, name);
    if (!published.pages.length && !(await lstat(path).catch(() => undefined))) return published;
    let text: string;
    try {
      text = await readFileCapped(path, location, { noFollow: true });
    } catch (error) {
      throw new PublishError(`${(error as Error).message}: fix or remove it, history is merged from it`);
    }
    let page: Feed & { next_url?: string };
    try {
      page = JSON.parse(text);
    } catch {
      throw new PublishError(`${location} is not JSON: fix or remove it, history is merged from it`);
    }
    published.pages.push(name);
    published.items.push(...(Array.isArray(page.items) ? page.items : []));
    // next_url is relative, or absolute under base_url: either way it names a file of DIR.
    name = typeof page.next_url === 'string' ? new URL(page.next_url, 'file:///').pathname.split('/').pop() : undefined;
    if (name !== undefined && !FEED_FILE.test(name)) throw new PublishError(`${location}: next_url names no feed file of DIR`);
  }
  return published;
}

/** Merges fresh items into the published ones by id: new ones added, changed ones replaced where they are. */
export function mergeHistory(published: FeedItem[], fresh: FeedItem[]) {
  const byId = new Map(published.map((item) => [item.id, item]));
  let added = 0;
  let changed = 0;
  for (const item of fresh) {
    const old = byId.get(item.id);
    if (!old) added++;
    else if (JSON.stringify(old) !== JSON.stringify(item)) changed++;
    byId.set(item.id, item);
  }
  return { items: newestFirst([...byId.values()]), added, changed, kept: byId.size - added - changed };
}
