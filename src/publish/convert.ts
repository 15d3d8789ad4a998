import { basename, extname } from 'node:path';
import type { Feed, FeedItem } from '../data/types.js';
import { convertAtom } from './atom.js';
import { ruleFor, typeFor, type ConvertConfig, type LabelRule } from './config.js';
import { PublishError } from './errors.js';
import { convertGovuk, isGovukContent } from './govuk.js';
import { buildFeedPolicy, buildHead, hostTitle, type Converted, type Skip } from './item.js';
import { readInput, type Input } from './input.js';
import { convertJsonFeed, isJsonFeed } from './json-feed.js';
import { convertRss, isRss } from './rss.js';
import { cleanText } from './text.js';
import { convertWordpress, isWordpressPosts } from './wordpress.js';
import { firstElement, parseXml } from './xml.js';
import { isHttp } from './values.js';

/** The source kinds `convert` reads. */
export const FORMATS = ['rss', 'atom', 'json-feed', 'govuk', 'wordpress'] as const;
export type Format = (typeof FORMATS)[number];

const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** What the content says it is, or undefined. */
function detect(parsed: { xml?: ReturnType<typeof parseXml>; json?: unknown }): Format | undefined {
  if (parsed.xml) {
    if (isRss(parsed.xml)) return 'rss';
    if (firstElement(parsed.xml)?.name === 'feed') return 'atom';
    return undefined;
  }
  if (isJsonFeed(parsed.json)) return 'json-feed';
  if (isGovukContent(parsed.json)) return 'govuk';
  if (isWordpressPosts(parsed.json) && (!Array.isArray(parsed.json) || parsed.json.length)) return 'wordpress';
  return undefined;
}

/** Converts one input that has been read. `from` is the format the user named, if any. */
export function convertInput(input: Input, from?: Format): Converted & { format: Format } {
  const text = input.text.replace(/^\uFEFF/, '');
  const isXml = /^\s*</.test(text);
  let parsed: { xml?: ReturnType<typeof parseXml>; json?: unknown };
  if (isXml) parsed = { xml: parseXml(text, input.name) };
  else {
    try {
      parsed = { json: JSON.parse(text) };
    } catch (error) {
      throw new PublishError(`${input.name}: neither XML nor JSON: ${(error as Error).message}`);
    }
  }
  const format = from ?? detect(parsed);
  if (!format) {
    throw new PublishError(`${input.name}: cannot tell the format (RSS, Atom, JSON Feed, GOV.UK or WordPress); name it with --from`);
  }
  const needsXml = format === 'rss' || format === 'atom';
  if (needsXml !== isXml) throw new PublishError(`${input.name}: not ${format}: the document is ${isXml ? 'XML' : 'JSON'}`);
  const converted = convertParsed(format, parsed, input);
  return { format, ...converted, titleFallback: converted.titleFallback ?? inputTitle(input) };
}

function convertParsed(format: Format, parsed: { xml?: ReturnType<typeof parseXml>; json?: unknown }, input: Input): Converted {
  switch (format) {
    case 'rss':
      return convertRss(parsed.xml!, input.url, input.name);
    case 'atom':
      return convertAtom(parsed.xml!, input.url, input.name);
    case 'json-feed':
      return convertJsonFeed(parsed.json, input.url, input.name);
    case 'govuk':
      return convertGovuk(parsed.json, input.name);
    case 'wordpress':
      return convertWordpress(parsed.json, input.url, input.name);
  }
}

/** The last resort for a feed title: the input's file name, or the host of its URL. */
function inputTitle(input: Input): Converted['titleFallback'] {
  if (isHttp(input.name)) return hostTitle(input.name, "the host of the input's URL");
  return { title: basename(input.name, extname(input.name)) || input.name, from: "the input's file name" };
}

const itemTime = (item: FeedItem) => Date.parse(item.date_published ?? item.date_modified ?? '') || -Infinity;

/** Newest first; undated items last, in their source order (the sort is stable). */
export const newestFirst = (items: FeedItem[]): FeedItem[] => [...items].sort((a, b) => itemTime(b) - itemTime(a));

/**
 * Types a source's items by the config (typeFor: a matching rule, else the source's type, else the default),
 * and gives them the document label the matching rule finds.
 */
export function typeItems(source: Converted, config: ConvertConfig): Converted {
  const items = source.items.map((item) => {
    const type = typeFor(item, config);
    const labelRule = ruleFor(item, config)?.label;
    const label = labelRule && documentLabel(item, labelRule);
    if (!type && !label) return item;
    const policy = { ...item._policy, ...(type && { type }) };
    return { ...item, _policy: label ? { ...policy, document: { ...policy.document, label } } : policy };
  });
  return { ...source, items };
}

/**
 * The document label a rule finds in an item's title, else in its URL: the match, or the rule's `format`
 * with the match's groups filled in ($1, $<name>, as in JavaScript's String.replace).
 */
function documentLabel(item: FeedItem, rule: LabelRule): string | undefined {
  for (const [pattern, text] of [
    [rule.title, item.title],
    [rule.url, item.url],
  ]) {
    const match = pattern && text ? new RegExp(pattern).exec(text) : null;
    if (!match || !text) continue;
    if (rule.format === undefined) return cleanText(match[0]);
    // The format replaces the match in the whole text; the label is what took the match's place.
    const replaced = text.replace(new RegExp(pattern!), rule.format);
    return cleanText(replaced.slice(match.index, replaced.length - (text.length - match.index - match[0].length)));
  }
  return undefined;
}

/**
 * Merges converted sources into one feed: feed fields from the config, else the first source that has
 * them (publisher and government only when the sources agree); items de-duplicated by id (the first
 * source wins), newest first.
 * An item whose language differs from the feed's keeps its own `language`; one in the feed's language drops it.
 */
export function mergeSources(sources: Converted[], config: ConvertConfig = {}): { feed: Feed; skipped: Skip[]; warnings: string[] } {
  const head = Object.assign({}, ...[...sources].reverse().map((source) => source.head)) as Converted['head'];
  const configHead = buildHead(config, config.home_page_url ?? 'about:blank');
  const language = head.language ?? configHead.language ?? commonLanguage(sources);
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const source of sources) {
    for (const item of source.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      const { language: own, ...rest } = item;
      const itemLanguage = own ?? source.head.language;
      // An item says its language only where it differs from the feed's.
      items.push({ ...rest, ...(itemLanguage && itemLanguage !== language && { language: itemLanguage }) });
    }
  }
  const warnings = sources.flatMap((source) => source.warnings);
  let title = configHead.title ?? head.title;
  if (!title) {
    // A feed needs a title, but a missing one is no reason to refuse the items: one is made, and the reader told.
    const fallback = sources.map((source) => source.titleFallback).find(Boolean);
    if (!fallback) throw new PublishError('the sources give no feed title: set "title" in the config');
    title = fallback.title;
    warnings.push(`no feed title in the sources or the config: "${title}", ${fallback.from}, stands in; set "title" in the config`);
  }
  // Publisher and government are claims about every item: kept only when the sources that make one agree.
  const sourcePolicy = {
    publisher: agreed(sources.map((source) => source.head._policy?.publisher)),
    government: agreed(sources.map((source) => source.head._policy?.government)),
  };
  const policy = Object.fromEntries(
    Object.entries({ ...sourcePolicy, ...buildFeedPolicy(config, config.publisher?.url ?? 'about:blank') }).filter(([, value]) => value),
  );
  const feed: Feed = {
    version: JSON_FEED_VERSION,
    title,
    ...((configHead.home_page_url ?? head.home_page_url) && { home_page_url: configHead.home_page_url ?? head.home_page_url }),
    ...((configHead.description ?? head.description) && { description: configHead.description ?? head.description }),
    ...(language && { language }),
    ...(Object.keys(policy).length && { _policy: policy }),
    items: newestFirst(items),
  };
  return { feed, skipped: sources.flatMap((source) => source.skipped), warnings };
}

/** The one value all the given ones share, or undefined when they differ or none is given. */
function agreed<T>(values: (T | undefined)[]): T | undefined {
  const distinct = new Map(values.filter((value) => value !== undefined).map((value) => [JSON.stringify(value), value]));
  return distinct.size === 1 ? [...distinct.values()][0] : undefined;
}

/** The language every item shares, when the sources name no feed language. */
function commonLanguage(sources: Converted[]): string | undefined {
  const languages = new Set(sources.flatMap((source) => source.items.map((item) => item.language)));
  const [only] = languages;
  return languages.size === 1 ? only : undefined;
}

/** Reads and converts each input (file path or http(s) URL) into one feed. */
export async function convert(locations: string[], options: { from?: Format; config?: ConvertConfig } = {}) {
  const sources: Converted[] = [];
  const config = options.config ?? {};
  for (const location of locations) sources.push(typeItems(convertInput(await readInput(location), options.from), config));
  return mergeSources(sources, config);
}
