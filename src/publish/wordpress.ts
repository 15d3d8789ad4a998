import { PublishError } from './errors.js';
import { buildItems, type Converted, type RawItem } from './item.js';
import { excerpt } from './text.js';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const record = (value: unknown): Json => (isRecord(value) ? value : {});
const string = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
/** WordPress wraps text fields: `{ "rendered": "…" }`. */
const rendered = (value: unknown): string | undefined => string(record(value).rendered);

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

function toRaw(post: Json): RawItem {
  const embedded = record(post._embedded);
  const [media] = Array.isArray(embedded['wp:featuredmedia']) ? embedded['wp:featuredmedia'].filter(isRecord) : [];
  const terms = Array.isArray(embedded['wp:term']) ? embedded['wp:term'].flat().filter(isRecord) : [];
  const size = record(media?.media_details);
  // alt_text "" means no alt was written, not that the image is decorative: such an image goes out without alt.
  const alt = string(media?.alt_text) || undefined;
  return {
    id: rendered(post.guid) ?? string(post.link),
    url: string(post.link),
    title: rendered(post.title),
    summary: rendered(post.excerpt) || excerpt(rendered(post.content)),
    date_published: gmt(post.date_gmt) ?? string(post.date),
    date_modified: gmt(post.modified_gmt) ?? string(post.modified),
    // Polylang and WPML add the post's language as `lang`; plain WordPress has none per post.
    language: string(post.lang),
    // Only embedded terms have names; without _embed, categories and tags are bare numbers.
    tags: terms.filter((term) => term.taxonomy === 'category' || term.taxonomy === 'post_tag').map((term) => string(term.name) ?? ''),
    policyImage: alt ? { url: string(media.source_url), alt, caption: rendered(media.caption), width: Number(size.width), height: Number(size.height) } : undefined,
    image: alt ? undefined : string(media?.source_url),
  };
}

/** WordPress REST posts, with or without `_embed`, to items. WordPress gives no feed title: the config does. */
export function convertWordpress(json: unknown, url: string, name: string): Converted {
  if (!isWordpressPosts(json)) throw new PublishError(`${name}: not WordPress REST posts: no "title", "guid" and "link"`);
  const posts = (Array.isArray(json) ? json : [json]) as Json[];
  return { head: {}, ...buildItems(posts.map(toRaw), url) };
}
