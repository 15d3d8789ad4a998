import { isRecord, record, string, type JsonObject } from '../data/json.js';
import { PublishError } from './errors.js';
import { buildFeedPolicy, buildHead, buildItems, hostTitle, type Converted, type RawItem } from './item.js';
import { excerpt, htmlToText, jsonText } from './text.js';
import { isHttp } from './values.js';

/** A JSON Feed 1.0 id may be a number in the wild; the format asks for a string, so it becomes one. */
const id = (value: unknown): string | undefined => (typeof value === 'number' ? String(value) : string(value));

/** A text field: plain text by the format (title, summary, content_text…), with character references decoded once. */
const text = (value: unknown): string | undefined => jsonText(string(value));

/** Whether a parsed JSON document is a JSON Feed (any version). */
export const isJsonFeed = (json: unknown): boolean =>
  isRecord(json) && typeof json.version === 'string' && json.version.startsWith('https://jsonfeed.org/version/');

/**
 * JSON Feed 1.0 or 1.1 to items. A feed that already carries `_policy` keeps it, so our own feeds pass through;
 * 1.0's `author` and 1.1's `authors` have no place in the output. Text fields are plain text, as the format
 * says; only `content_html` is HTML.
 */
export function convertJsonFeed(json: unknown, url: string, name: string): Converted {
  if (!isJsonFeed(json) || !Array.isArray((json as JsonObject).items)) {
    throw new PublishError(`${name}: not a JSON Feed: no "version" of https://jsonfeed.org/version/… and "items" array`);
  }
  const feed = json as JsonObject;
  // A local file has no web address: the feed's own URL, or its home page, stands in for it.
  const web = [url, string(feed.feed_url), string(feed.home_page_url)].find((candidate) => candidate && isHttp(candidate));
  const base = web ?? url;
  const raws = (feed.items as unknown[]).map((entry): RawItem => {
    const item = record(entry);
    const policy = record(item._policy);
    const image = record(policy.image);
    return {
      id: id(item.id),
      url: string(item.url) ?? string(item.external_url),
      title: text(item.title),
      summary: text(item.summary) ?? excerpt(text(item.content_text) ?? htmlToText(string(item.content_html))),
      date_published: string(item.date_published),
      date_modified: string(item.date_modified),
      language: string(item.language),
      tags: Array.isArray(item.tags) ? item.tags.map(text).filter((tag): tag is string => tag !== undefined) : [],
      image: string(item.image) ?? string(item.banner_image),
      type: string(policy.type),
      speaker: { name: text(record(policy.speaker).name), role: text(record(policy.speaker).role) },
      event: { name: text(record(policy.event).name), location: text(record(policy.event).location) },
      policyImage: isRecord(policy.image)
        ? {
            url: string(image.url),
            alt: string(image.alt) === undefined ? undefined : (text(image.alt) ?? ''),
            caption: text(image.caption),
            caption_lang: string(image.caption_lang),
            credit: text(image.credit),
            width: typeof image.width === 'number' ? image.width : undefined,
            height: typeof image.height === 'number' ? image.height : undefined,
          }
        : undefined,
      document: { label: text(record(policy.document).label), subtitle: text(record(policy.document).subtitle) },
    };
  });
  const head = buildHead(
    { title: text(feed.title), description: text(feed.description), home_page_url: string(feed.home_page_url), language: string(feed.language) },
    base,
  );
  const policy = record(feed._policy);
  const publisher = record(policy.publisher);
  const government = record(policy.government);
  const extension = buildFeedPolicy(
    {
      publisher: { name: text(publisher.name), url: string(publisher.url) },
      government: { name: text(government.name), current: typeof government.current === 'boolean' ? government.current : undefined },
    },
    base,
  );
  if (extension) head._policy = extension;
  return { head, ...buildItems(raws, base, name), titleFallback: hostTitle(head.home_page_url, "the host of the feed's home page") };
}
