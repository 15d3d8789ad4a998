import { readFile, readdir, rm, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Feed, FeedItem } from '../data/types.js';
import { checkConfig, CONFIG_PROPERTIES, readJson, type ConvertConfig, type TypeRule } from './config.js';
import { convertInput, FORMATS, mergeSources, newestFirst, typeItems, type Format } from './convert.js';
import { PublishError } from './errors.js';
import { headersFile, nginxServerBlock, type CacheSettings, type NginxSettings } from './hosting.js';
import type { Converted, Skip } from './item.js';
import { readInput, writeAtomic } from './io.js';

/** One source of a topic in one locale: a file path (relative to the site config) or an http(s) URL. */
export interface SourceConfig {
  url: string;
  from?: Format;
  /** The type of this source's items, e.g. for a feed of one document type. */
  type?: string;
  type_rules?: TypeRule[];
}

/** A topic in one locale: its feed fields and its sources. */
export interface LocaleConfig extends ConvertConfig {
  sources: (string | SourceConfig)[];
}

/** A topic: config shared by its locales, and the locales. */
export interface TopicConfig extends ConvertConfig {
  locales: Record<string, LocaleConfig>;
}

/** The site config of `build` (docs/publishing.md, "The site config"). Config fields cascade: site, topic, locale, source. */
export interface SiteConfig extends ConvertConfig {
  /** Where DIR is published, e.g. https://feeds.example.org/: makes `next_url` and `feed_url` absolute. */
  base_url?: string;
  /** Items per page, newest first; the rest follow by `next_url`. */
  page_size?: number;
  cache?: Partial<CacheSettings>;
  nginx?: Partial<NginxSettings>;
  topics: Record<string, TopicConfig>;
}

const DEFAULT_PAGE_SIZE = 50;
const DEFAULT_CACHE: CacheSettings = { max_age: 300, stale_while_revalidate: 86_400 };

const SOURCE = {
  anyOf: [
    { type: 'string', minLength: 1 },
    {
      type: 'object',
      required: ['url'],
      additionalProperties: false,
      properties: {
        url: { type: 'string', minLength: 1 },
        from: { enum: [...FORMATS] },
        type: CONFIG_PROPERTIES.type,
        type_rules: CONFIG_PROPERTIES.type_rules,
      },
    },
  ],
};

const SITE_SCHEMA = {
  type: 'object',
  required: ['topics'],
  additionalProperties: false,
  properties: {
    ...CONFIG_PROPERTIES,
    base_url: { type: 'string', format: 'uri', pattern: '^https?://.*/$' },
    page_size: { type: 'integer', minimum: 1 },
    cache: {
      type: 'object',
      additionalProperties: false,
      properties: { max_age: { type: 'integer', minimum: 0 }, stale_while_revalidate: { type: 'integer', minimum: 0 } },
    },
    nginx: {
      type: 'object',
      additionalProperties: false,
      properties: { listen: { type: 'string' }, server_name: { type: 'string' }, root: { type: 'string' } },
    },
    topics: {
      type: 'object',
      minProperties: 1,
      // Topic and locale become file names: nothing that could leave DIR or confuse a URL.
      propertyNames: { pattern: '^[a-z0-9][a-z0-9-]*$' },
      additionalProperties: {
        type: 'object',
        required: ['locales'],
        additionalProperties: false,
        properties: {
          ...CONFIG_PROPERTIES,
          locales: {
            type: 'object',
            minProperties: 1,
            propertyNames: { pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$' },
            additionalProperties: {
              type: 'object',
              required: ['sources'],
              additionalProperties: false,
              properties: { ...CONFIG_PROPERTIES, sources: { type: 'array', minItems: 1, items: SOURCE } },
            },
          },
        },
      },
    },
  },
};

/** The config fields of one level, without the structure around them. */
function configOf(level: ConvertConfig): ConvertConfig {
  const { title, description, home_page_url, language, publisher, government, type, type_rules } = level;
  return Object.fromEntries(
    Object.entries({ title, description, home_page_url, language, publisher, government, type, type_rules }).filter(([, value]) => value !== undefined),
  );
}

/** A narrower level's fields win; its type rules are tried before the wider level's. */
function cascade(wide: ConvertConfig, narrow: ConvertConfig): ConvertConfig {
  return { ...wide, ...narrow, type_rules: [...(narrow.type_rules ?? []), ...(wide.type_rules ?? [])] };
}

/** What happened to one topic in one locale. */
export interface FeedReport {
  topic: string;
  locale: string;
  new: number;
  changed: number;
  kept: number;
  skipped: Skip[];
  pages: number;
}

/** What `build` did: the feeds written, and the topics left as they were because a source failed. */
export interface BuildReport {
  feeds: FeedReport[];
  failed: { topic: string; locale: string; source: string; reason: string }[];
}

const pageName = (topic: string, locale: string, page: number) => `${topic}.${locale}${page > 1 ? `.${page}` : ''}.json`;

/** The items DIR already holds for a topic and locale, reading page 1, 2… until one is missing. */
async function publishedItems(dir: string, topic: string, locale: string): Promise<FeedItem[]> {
  const items: FeedItem[] = [];
  for (let page = 1; ; page++) {
    let text: string;
    try {
      text = await readFile(join(dir, pageName(topic, locale, page)), 'utf8');
    } catch {
      return items;
    }
    try {
      items.push(...(JSON.parse(text) as Feed).items);
    } catch {
      throw new PublishError(`${pageName(topic, locale, page)} in ${dir} is not JSON: fix or remove it, history is merged from it`);
    }
  }
}

/** Merges fresh items into the published ones by id: new ones added, changed ones replaced where they are. */
function mergeHistory(published: FeedItem[], fresh: FeedItem[]) {
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

/** Writes a file and its .gz and .br, unless it holds that content already (its ETag and caches stay valid). */
async function publish(path: string, text: string): Promise<void> {
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === text) return;
  const data = Buffer.from(text);
  // The compressed copies first: once the plain file is in place, its companions match it.
  await writeAtomic(`${path}.gz`, gzipSync(data, { level: 9 }));
  await writeAtomic(`${path}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  await writeAtomic(path, text);
}

/** Removes pages past the last one (after a larger page size), with their companions. */
async function removePagesFrom(dir: string, topic: string, locale: string, first: number): Promise<void> {
  for (let page = first; ; page++) {
    const path = join(dir, pageName(topic, locale, page));
    if (!(await readFile(path).then(() => true, () => false))) return;
    for (const file of [path, `${path}.gz`, `${path}.br`]) await rm(file, { force: true });
  }
}

/**
 * Builds every topic × locale of a site config into DIR: converts the sources, merges with what DIR holds,
 * and writes pages linked by `next_url`, each with .gz and .br, then `_headers` and `nginx.conf`.
 * A topic with a failing source is left as it was. `log` receives progress and the summary, line by line.
 */
export async function build(siteConfigPath: string, outDir: string, log: (line: string) => void): Promise<BuildReport> {
  const { json, url: siteUrl } = await readJson(siteConfigPath);
  const site = checkConfig<SiteConfig>(json, siteConfigPath, SITE_SCHEMA);
  const siteDir = siteUrl.startsWith('file:') ? dirname(resolve(siteConfigPath)) : process.cwd();
  const dir = resolve(outDir);
  await mkdir(dir, { recursive: true });
  const pageSize = site.page_size ?? DEFAULT_PAGE_SIZE;
  const report: BuildReport = { feeds: [], failed: [] };

  for (const [topic, topicConfig] of Object.entries(site.topics)) {
    const topicWide = cascade(configOf(site), configOf(topicConfig));
    // Every locale's sources are read before anything is written, so a failure leaves the whole topic as it was.
    const pending: { locale: string; feed: Feed; skipped: Skip[]; published: FeedItem[] }[] = [];
    for (const [locale, localeConfig] of Object.entries(topicConfig.locales)) {
      const localeWide = cascade(topicWide, configOf(localeConfig));
      const sources: Converted[] = [];
      for (const entry of localeConfig.sources) {
        const source: SourceConfig = typeof entry === 'string' ? { url: entry } : entry;
        log(`${topic} ${locale}: reading ${source.url}`);
        try {
          const converted = convertInput(await readInput(source.url, siteDir), source.from);
          log(`${topic} ${locale}: ${converted.format}, ${converted.items.length} item${converted.items.length === 1 ? '' : 's'}, ${converted.skipped.length} skipped`);
          sources.push(typeItems(converted, cascade(localeWide, configOf(source))));
        } catch (error) {
          if (!(error instanceof PublishError)) throw error;
          report.failed.push({ topic, locale, source: source.url, reason: error.message });
          log(`${topic} ${locale}: FAILED ${error.message}`);
        }
      }
      if (report.failed.some((failure) => failure.topic === topic)) break;
      try {
        // The language of the locale is the feed's, unless the sources say otherwise.
        const merged = mergeSources(sources, { language: locale, ...localeWide });
        for (const warning of merged.warnings) log(`${topic} ${locale}: warning: ${warning}`);
        pending.push({ locale, ...merged, published: await publishedItems(dir, topic, locale) });
      } catch (error) {
        if (!(error instanceof PublishError)) throw error;
        report.failed.push({ topic, locale, source: '(config or published files)', reason: error.message });
        log(`${topic} ${locale}: FAILED ${error.message}`);
      }
    }
    if (report.failed.some((failure) => failure.topic === topic)) {
      log(`${topic}: left as it was, because a source failed`);
      continue;
    }
    for (const { locale, feed, skipped, published } of pending) {
      const merged = mergeHistory(published, feed.items);
      const pages = Math.max(1, Math.ceil(merged.items.length / pageSize));
      const { items: _items, ...head } = feed;
      for (let page = 1; page <= pages; page++) {
        const name = pageName(topic, locale, page);
        const next = page < pages ? pageName(topic, locale, page + 1) : undefined;
        const document: Feed & { feed_url?: string; next_url?: string } = {
          ...head,
          ...(site.base_url && { feed_url: new URL(name, site.base_url).href }),
          ...(next && { next_url: site.base_url ? new URL(next, site.base_url).href : next }),
          items: merged.items.slice((page - 1) * pageSize, page * pageSize),
        };
        await publish(join(dir, name), `${JSON.stringify(document, null, 2)}\n`);
      }
      await removePagesFrom(dir, topic, locale, pages + 1);
      const feedReport = { topic, locale, new: merged.added, changed: merged.changed, kept: merged.kept, skipped, pages };
      report.feeds.push(feedReport);
      log(`${topic}.${locale}: ${feedReport.new} new, ${feedReport.changed} changed, ${feedReport.kept} kept, ${skipped.length} skipped; ${pages} page${pages > 1 ? 's' : ''}`);
      for (const skip of skipped) log(`  skipped ${skip.name}: ${skip.reason}`);
    }
  }

  const cache = { ...DEFAULT_CACHE, ...site.cache };
  const files = (await readdir(dir)).filter((file) => /^[a-z0-9][a-z0-9-]*\..+\.json$/.test(file)).sort();
  await writeAtomic(join(dir, '_headers'), headersFile(files, cache));
  const nginx: NginxSettings = { listen: '80', server_name: '_', root: dir, ...site.nginx };
  await writeAtomic(join(dir, 'nginx.conf'), nginxServerBlock(nginx, cache));
  return report;
}
