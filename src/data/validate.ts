import { isRecord } from './json.js';
import { FeedError, type Feed, type FeedItem } from './types.js';

/**
 * What a field must be. Objects are read field by field; unknown fields are dropped.
 * A `url` that is not http(s) and a `size` that is not a whole number of pixels are dropped, not fatal.
 */
type Shape = 'string' | 'size' | 'boolean' | 'url' | 'strings' | { [field: string]: Shape };

const PERSON = { name: 'string', role: 'string' } as const;

const ITEM_SHAPE: Shape = {
  id: 'string',
  url: 'url',
  title: 'string',
  summary: 'string',
  date_published: 'string',
  date_modified: 'string',
  image: 'url',
  language: 'string',
  tags: 'strings',
  _policy: {
    type: 'string',
    speaker: PERSON,
    event: { name: 'string', location: 'string' },
    image: {
      url: 'url',
      alt: 'string',
      caption: 'string',
      caption_lang: 'string',
      credit: 'string',
      width: 'size',
      height: 'size',
    },
    document: { label: 'string', subtitle: 'string' },
  },
};

const FEED_SHAPE: Record<string, Shape> = {
  version: 'string',
  title: 'string',
  description: 'string',
  home_page_url: 'url',
  next_url: 'url',
  language: 'string',
  _policy: {
    publisher: { name: 'string', url: 'url' },
    government: { name: 'string', current: 'boolean' },
  },
};

class WrongType extends Error {}

/** `value` resolved against `base` (as fetch would) if it is then an http(s) URL; else undefined. */
export function httpUrl(value: string, base?: string): string | undefined {
  try {
    const url = new URL(value, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An absolute http(s) URL, or undefined. Relative URLs resolve against the
 * feed's own URL; javascript:, data: and every other scheme are dropped.
 */
export const safeUrl = (value: string, base: string): string | undefined => (value.trim() ? httpUrl(value, base) : undefined);

function read(value: unknown, shape: Shape, base: string): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof shape === 'object') {
    if (!isRecord(value)) throw new WrongType();
    const out: Record<string, unknown> = {};
    for (const [field, fieldShape] of Object.entries(shape)) {
      const fieldValue = read(value[field], fieldShape, base);
      if (fieldValue !== undefined) out[field] = fieldValue;
    }
    return out;
  }
  const ok =
    shape === 'strings'
      ? Array.isArray(value) && value.every((entry) => typeof entry === 'string')
      : typeof value === (shape === 'url' ? 'string' : shape === 'size' ? 'number' : shape);
  if (!ok) throw new WrongType();
  if (shape === 'size') return Number.isInteger(value) && (value as number) > 0 ? value : undefined;
  return shape === 'url' ? safeUrl(value as string, base) : value;
}

function readItem(value: unknown, base: string): FeedItem | undefined {
  try {
    const item = read(value, ITEM_SHAPE, base) as Partial<FeedItem> | undefined;
    return item?.id?.trim() && item.title?.trim() ? (item as FeedItem) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks a parsed JSON document and returns the feed the widgets render:
 * known fields only, text as text, safe URLs only. A document without an
 * `items` array throws a `format` FeedError; a broken item or top-level field
 * is left out, with one console warning naming what was left out.
 */
export function validateFeed(json: unknown, baseUrl: string): Feed {
  if (!isRecord(json) || !Array.isArray(json.items)) {
    throw new FeedError('format', 'The document is not a JSON Feed: it has no "items" array.', baseUrl);
  }
  const skipped: string[] = [];
  const feed: Feed = { items: [] };
  for (const [field, shape] of Object.entries(FEED_SHAPE)) {
    try {
      const value = read(json[field], shape, baseUrl);
      if (value !== undefined) Object.assign(feed, { [field]: value });
    } catch {
      skipped.push(`field "${field}"`);
    }
  }
  json.items.forEach((raw, index) => {
    const item = readItem(raw, baseUrl);
    if (item) feed.items.push(item);
    else {
      const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
      skipped.push(id ? `item "${id}"` : `item #${index + 1}`);
    }
  });
  if (skipped.length) {
    console.warn(`[policy-widgets] Left out of ${baseUrl}, being missing or of the wrong type: ${skipped.join(', ')}.`);
  }
  return feed;
}
