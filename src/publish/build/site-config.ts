import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { checkConfig, CONFIG_PROPERTIES, type ConvertConfig, type TypeRule } from '../config.js';
import { FORMATS, type Format } from '../convert.js';
import { PublishError } from '../errors.js';
import { readJson } from '../input.js';
import { isHttp } from '../values.js';
import type { CacheSettings, NginxSettings } from './hosting.js';

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

/** A site config as read: the config, where its relative sources are, and a fingerprint of its content. */
export interface Site {
  config: SiteConfig;
  /** The folder relative source paths resolve against. */
  dir: string;
  /** Changes whenever the config does: conditional requests are only valid for the config that made DIR. */
  fingerprint: string;
}

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

/** A source entry in its long form. */
export const sourceOf = (entry: string | SourceConfig): SourceConfig => (typeof entry === 'string' ? { url: entry } : entry);

/**
 * Reads and checks a site config (a file or an http(s) URL). A config from a URL is written by someone else:
 * its sources must be http(s) URLs, so it cannot make this machine read its own files.
 */
export async function readSiteConfig(location: string): Promise<Site> {
  const { json, url } = await readJson(location);
  const config = checkConfig<SiteConfig>(json, location, SITE_SCHEMA);
  const remote = !url.startsWith('file:');
  if (remote) {
    for (const [topic, { locales }] of Object.entries(config.topics)) {
      for (const [locale, { sources }] of Object.entries(locales)) {
        sources.forEach((entry, index) => {
          const source = sourceOf(entry).url;
          if (!isHttp(source)) {
            throw new PublishError(
              `${location}: /topics/${topic}/locales/${locale}/sources/${index}: "${source}" is not an http(s) URL; a site config read from a URL may name only http(s) sources`,
            );
          }
        });
      }
    }
  }
  return {
    config,
    dir: remote ? process.cwd() : dirname(resolve(location)),
    fingerprint: createHash('sha256').update(JSON.stringify(json)).digest('hex').slice(0, 16),
  };
}

/** The config fields of one level, without the structure around them. */
export function configOf(level: ConvertConfig): ConvertConfig {
  const { title, description, home_page_url, language, publisher, government, type, type_rules } = level;
  return Object.fromEntries(
    Object.entries({ title, description, home_page_url, language, publisher, government, type, type_rules }).filter(([, value]) => value !== undefined),
  );
}

/** A narrower level's fields win; its type rules are tried before the wider level's. */
export function cascade(wide: ConvertConfig, narrow: ConvertConfig): ConvertConfig {
  return { ...wide, ...narrow, type_rules: [...(narrow.type_rules ?? []), ...(wide.type_rules ?? [])] };
}
