import { isRecord, record, string, type JsonObject } from '../data/json.js';
import { PublishError } from './errors.js';
import { buildItems, hostTitle, type Converted, type RawItem } from './item.js';
import { excerpt, htmlToText } from './text.js';
import { isHttp } from './values.js';

/** WordPress wraps text fields as HTML: `{ "rendered": "…" }`. */
const rendered = (value: unknown): string | undefined => htmlToText(string(record(value).rendered));

/** Whether a parsed JSON document is a list of WordPress REST posts (`/wp-json/wp/v2/posts`), or one post. */
export const isWordpressPosts = (json: unknown): boolean =>
  (Array.isArray(json) ? json : [json]).every((post) => isRecord(post) && isRecord(post.title) && isRecord(post.guid) && 'link' in post);

/**
 * WordPress's `date_gmt` has no offset ("2024-05-02T08:00:00"): it is UTC. `date`, the site's local time,
 * has no offset either, so it is used only when the GMT one is missing.
 */
const gmt = (value: unknown): string | undefined => {
  const date = string(value);
  return date && !/(Z|[+-]\d\d:?\d\d)$/.test(date) ? `${date}Z` : date;
};

function toRaw(post: JsonObject): RawItem {
  const embedded = record(post._embedded);
  const [media] = Array.isArray(embedded['wp:featuredmedia']) ? embedded['wp:featuredmedia'].filter(isRecord) : [];
  const terms = Array.isArray(embedded['wp:term']) ? embedded['wp:term'].flat().filter(isRecord) : [];
  const size = record(media?.media_details);
  // alt_text "" means no alt was written, not that the image is decorative: such an image goes out without alt.
  const alt = string(media?.alt_text) || undefined;
  return {
    id: string(record(post.guid).rendered) ?? string(post.link),
    url: string(post.link),
    title: rendered(post.title),
    summary: rendered(post.excerpt) ?? excerpt(rendered(post.content)),
    date_published: gmt(post.date_gmt) ?? string(post.date),
    date_modified: gmt(post.modified_gmt) ?? string(post.modified),
    // Polylang and WPML add the post's language as `lang`; plain WordPress has none per post.
    language: string(post.lang),
    // Only embedded terms have names; without _embed, categories and tags are bare numbers.
    // Term names come HTML-escaped (`R&amp;D`), as WordPress stores them.
    tags: terms.filter((term) => term.taxonomy === 'category' || term.taxonomy === 'post_tag').map((term) => htmlToText(string(term.name)) ?? ''),
    policyImage: alt ? { url: string(media.source_url), alt, caption: rendered(media.caption), width: Number(size.width), height: Number(size.height) } : undefined,
    image: alt ? undefined : string(media?.source_url),
  };
}

/**
 * WordPress REST posts, with or without `_embed`, to items. WordPress gives no feed title: the config does,
 * else the host of the site the posts link to.
 */
export function convertWordpress(json: unknown, url: string, name: string): Converted {
  if (!isWordpressPosts(json)) throw new PublishError(`${name}: not WordPress REST posts: no "title", "guid" and "link"`);
  const posts = (Array.isArray(json) ? json : [json]) as JsonObject[];
  const site = posts.map((post) => string(post.link)).find((link) => link && isHttp(link));
  return { head: {}, ...buildItems(posts.map(toRaw), url, name), titleFallback: hostTitle(site, "the host of the posts' links") };
}
