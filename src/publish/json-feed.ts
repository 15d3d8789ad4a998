import { PublishError } from './errors.js';
import { buildFeedPolicy, buildHead, buildItems, type Converted, type RawItem } from './item.js';
import { excerpt } from './text.js';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const string = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
const record = (value: unknown): Json => (isRecord(value) ? value : {});

/** Whether a parsed JSON document is a JSON Feed (any version). */
export const isJsonFeed = (json: unknown): boolean =>
  isRecord(json) && typeof json.version === 'string' && json.version.startsWith('https://jsonfeed.org/version/');

/**
 * JSON Feed 1.0 or 1.1 to items. A feed that already carries `_policy` keeps it, so our own feeds pass through;
 * 1.0's `author` and 1.1's `authors` have no place in the output.
 */
export function convertJsonFeed(json: unknown, url: string, name: string): Converted {
  if (!isJsonFeed(json) || !Array.isArray((json as Json).items)) {
    throw new PublishError(`${name}: not a JSON Feed: no "version" of https://jsonfeed.org/version/… and "items" array`);
  }
  const feed = json as Json;
  // A local file has no web address: the feed's own URL, or its home page, stands in for it.
  const web = [url, string(feed.feed_url), string(feed.home_page_url)].find((candidate) => candidate && /^https?:\/\//.test(candidate));
  const base = web ?? url;
  const raws = (feed.items as unknown[]).map((entry): RawItem => {
    const item = record(entry);
    const policy = record(item._policy);
    const image = record(policy.image);
    return {
      id: string(item.id),
      url: string(item.url) ?? string(item.external_url),
      title: string(item.title),
      summary: string(item.summary) ?? excerpt(string(item.content_text) ?? string(item.content_html)),
      date_published: string(item.date_published),
      date_modified: string(item.date_modified),
      language: string(item.language),
      tags: Array.isArray(item.tags) ? item.tags.filter((tag): tag is string => typeof tag === 'string') : [],
      image: string(item.image) ?? string(item.banner_image),
      type: string(policy.type),
      speaker: { name: string(record(policy.speaker).name), role: string(record(policy.speaker).role) },
      event: { name: string(record(policy.event).name), location: string(record(policy.event).location) },
      policyImage: isRecord(policy.image)
        ? {
            url: string(image.url),
            alt: string(image.alt),
            caption: string(image.caption),
            caption_lang: string(image.caption_lang),
            credit: string(image.credit),
            width: typeof image.width === 'number' ? image.width : undefined,
            height: typeof image.height === 'number' ? image.height : undefined,
          }
        : undefined,
      document: { label: string(record(policy.document).label), subtitle: string(record(policy.document).subtitle) },
    };
  });
  const head = buildHead(
    { title: string(feed.title), description: string(feed.description), home_page_url: string(feed.home_page_url), language: string(feed.language) },
    base,
  );
  const policy = record(feed._policy);
  const publisher = record(policy.publisher);
  const government = record(policy.government);
  const extension = buildFeedPolicy(
    {
      publisher: { name: string(publisher.name), url: string(publisher.url) },
      government: { name: string(government.name), current: typeof government.current === 'boolean' ? government.current : undefined },
    },
    base,
  );
  if (extension) head._policy = extension;
  return { head, ...buildItems(raws, base) };
}
