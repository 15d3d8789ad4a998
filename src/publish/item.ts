import { safeUrl } from '../data/validate.js';
import type { Feed, FeedItem, PolicyFeedExtension, PolicyImage, PolicyItemExtension } from '../data/types.js';
import { cleanText } from './text.js';
import { bcp47, hasZone, isHttp, rfc3339 } from './values.js';

/**
 * What a source module reads from one entry, before cleaning. Text is text: the source module has read it by its
 * format's rules (markup to text, or plain); URLs may be relative, dates in any form the source uses.
 */
export interface RawItem {
  id?: string;
  url?: string;
  title?: string;
  summary?: string;
  date_published?: string;
  date_modified?: string;
  language?: string;
  tags?: string[];
  /** An image without known alt text: it becomes JSON Feed's plain `image`. */
  image?: string;
  type?: string;
  speaker?: { name?: string; role?: string };
  event?: { name?: string; location?: string };
  /** An image with alt text (an empty alt marks it decorative): it becomes `_policy.image`. */
  policyImage?: { url?: string; alt?: string; caption?: string; caption_lang?: string; credit?: string; width?: number; height?: number };
  document?: { label?: string; subtitle?: string };
  /** What this entry's relative URLs resolve against, when it differs from the source's (Atom's xml:base). */
  base?: string;
}

/** The feed-level fields a source can give. */
export type FeedHead = Omit<Feed, 'items' | 'version'>;

/** An entry left out of the output, and why. */
export interface Skip {
  /** How a person finds the entry in the source: its id, link, title or position. */
  name: string;
  reason: string;
}

/** What a source module returns. */
export interface Converted {
  head: FeedHead;
  items: FeedItem[];
  skipped: Skip[];
  /** What a reader should know about the conversion: lines for stderr. */
  warnings: string[];
  /** A feed title for a source that names none, and what it was made from ("the host of the channel's link"). */
  titleFallback?: { title: string; from: string };
}

/** Drops undefined members, and returns undefined for an object left empty. */
function compact<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, member]) => member !== undefined);
  return entries.length ? (Object.fromEntries(entries) as T) : undefined;
}

const pixels = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;

function policyImage(raw: RawItem['policyImage'], base: string): PolicyImage | undefined {
  const url = raw?.url ? safeUrl(raw.url, base) : undefined;
  if (!url || raw?.alt === undefined) return undefined;
  return compact({
    url,
    alt: cleanText(raw.alt) ?? '',
    caption: cleanText(raw.caption),
    caption_lang: bcp47(raw.caption_lang),
    credit: cleanText(raw.credit),
    width: pixels(raw.width),
    height: pixels(raw.height),
  });
}

/**
 * Cleans one entry by the conversion rules (docs/publishing.md): white space collapsed, http(s) URLs resolved
 * against `base`, RFC 3339 dates (in UTC when the source names no zone), BCP 47 languages. Returns a Skip for an entry with no id and no link, or no title.
 * `position` names the entry in a warning when it has neither id, link nor title.
 */
export function buildItem(raw: RawItem, sourceBase: string, position: string): FeedItem | Skip {
  const base = raw.base ?? sourceBase;
  const url = raw.url ? safeUrl(raw.url.trim(), base) : undefined;
  const id = raw.id?.trim() || url;
  const title = cleanText(raw.title);
  const name = id ?? title ?? position;
  if (!id) return { name, reason: 'no id and no http(s) link' };
  if (!title) return { name, reason: 'no title' };
  const tags = [...new Set((raw.tags ?? []).map(cleanText).filter((tag): tag is string => !!tag))];
  const image = policyImage(raw.policyImage, base);
  const extension = compact<PolicyItemExtension>({
    type: raw.type,
    speaker: compact({ name: cleanText(raw.speaker?.name), role: cleanText(raw.speaker?.role) }),
    event: compact({ name: cleanText(raw.event?.name), location: cleanText(raw.event?.location) }),
    image,
    document: compact({ label: cleanText(raw.document?.label), subtitle: cleanText(raw.document?.subtitle) }),
  });
  return compact<FeedItem>({
    id,
    url,
    title,
    summary: cleanText(raw.summary),
    date_published: rfc3339(raw.date_published),
    date_modified: rfc3339(raw.date_modified),
    image: image ? undefined : raw.image ? safeUrl(raw.image, base) : undefined,
    language: bcp47(raw.language),
    tags: tags.length ? tags : undefined,
    _policy: extension,
  })!;
}

/** Cleans the feed-level fields. */
export function buildHead(raw: { title?: string; description?: string; home_page_url?: string; language?: string }, base: string): FeedHead {
  return (
    compact<FeedHead>({
      title: cleanText(raw.title),
      description: cleanText(raw.description),
      home_page_url: raw.home_page_url ? safeUrl(raw.home_page_url.trim(), base) : undefined,
      language: bcp47(raw.language),
    }) ?? {}
  );
}

/** Runs buildItem over a source's entries, collecting the items, the skips and the warnings. `name` names the source. */
export function buildItems(raws: RawItem[], base: string, name: string): Pick<Converted, 'items' | 'skipped' | 'warnings'> {
  const items: FeedItem[] = [];
  const skipped: Skip[] = [];
  raws.forEach((raw, index) => {
    const built = buildItem(raw, base, `entry #${index + 1}`);
    if ('reason' in built) skipped.push(built);
    else items.push(built);
  });
  return { items, skipped, warnings: dateWarnings(raws, name) };
}

/**
 * One warning for the dates of a source that name no time zone: they are read as UTC, whatever the zone of
 * the machine that converts them, and the reader is told so.
 */
export function dateWarnings(raws: RawItem[], name: string): string[] {
  const zoneless = raws
    .flatMap((raw) => [...new Set([raw.date_published, raw.date_modified])])
    .filter((date): date is string => rfc3339(date) !== undefined && !hasZone(date!));
  if (!zoneless.length) return [];
  const count = zoneless.length === 1 ? 'a date' : `${zoneless.length} dates`;
  return [`${name}: ${count} without a time zone read as UTC, e.g. "${zoneless[0].trim()}"`];
}

/** A feed title made of a link's host, for a source that names none, and what it was made from. */
export function hostTitle(link: string | undefined, from: string): Converted['titleFallback'] {
  const host = link && isHttp(link) ? new URL(link).host : undefined;
  return host ? { title: host, from } : undefined;
}

/** Cleans the feed's `_policy`: plain-text names, an http(s) publisher URL. */
export function buildFeedPolicy(
  raw: { publisher?: { name?: string; url?: string }; government?: { name?: string; current?: boolean } },
  base: string,
): PolicyFeedExtension | undefined {
  const publisherName = cleanText(raw.publisher?.name);
  const governmentName = cleanText(raw.government?.name);
  return compact<PolicyFeedExtension>({
    publisher: publisherName
      ? compact({ name: publisherName, url: raw.publisher?.url ? safeUrl(raw.publisher.url, base) : undefined })
      : undefined,
    government: governmentName
      ? compact({ name: governmentName, current: typeof raw.government?.current === 'boolean' ? raw.government.current : undefined })
      : undefined,
  });
}
