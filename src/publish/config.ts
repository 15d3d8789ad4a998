import type { FeedItem } from '../data/types.js';
import { ITEM_TYPES } from '../data/types.js';
import { PublishError } from './errors.js';
import { readJson } from './input.js';
import { ajv, describeError } from './schema.js';

/**
 * What `--config` supplies that a source cannot (docs/publishing.md, "The config file").
 * Feed fields here win over the source's; `language` is used only when the source names none.
 */
export interface ConvertConfig {
  title?: string;
  description?: string;
  home_page_url?: string;
  language?: string;
  publisher?: { name: string; url?: string };
  government?: { name: string; current?: boolean };
  /** The `_policy.type` of items that neither a rule nor the source types. */
  type?: string;
  /** Tried in order; the first that matches types the item, over what the source says. */
  type_rules?: TypeRule[];
}

/** Types items by category (compared case-insensitively with the item's tags) or by URL (a regular expression). */
export interface TypeRule {
  category?: string;
  url?: string;
  type: string;
  /** Gives the items it types `_policy.document.label`, found by a pattern in their title, else their URL. */
  label?: LabelRule;
}

/** Regular expressions tried on an item's title, then its URL; the match, or `format` filled with its groups ($1…), is the label. */
export interface LabelRule {
  title?: string;
  url?: string;
  format?: string;
}

const itemType = { type: 'string', minLength: 1, examples: [...ITEM_TYPES] };

/** The config's JSON Schema; the site config of `build` reuses it for each topic and source. */
export const CONFIG_PROPERTIES = {
  title: { type: 'string' },
  description: { type: 'string' },
  home_page_url: { type: 'string', format: 'uri' },
  language: { type: 'string' },
  publisher: {
    type: 'object',
    required: ['name'],
    additionalProperties: false,
    properties: { name: { type: 'string' }, url: { type: 'string', format: 'uri' } },
  },
  government: {
    type: 'object',
    required: ['name'],
    additionalProperties: false,
    properties: { name: { type: 'string' }, current: { type: 'boolean' } },
  },
  type: itemType,
  type_rules: {
    type: 'array',
    items: {
      type: 'object',
      required: ['type'],
      minProperties: 2,
      additionalProperties: false,
      properties: {
        category: { type: 'string' },
        url: { type: 'string', format: 'regex' },
        type: itemType,
        label: {
          type: 'object',
          additionalProperties: false,
          properties: { title: { type: 'string', format: 'regex' }, url: { type: 'string', format: 'regex' }, format: { type: 'string' } },
          anyOf: [
            { properties: { title: true }, required: ['title'] },
            { properties: { url: true }, required: ['url'] },
          ],
        },
      },
    },
  },
} as const;

const CONFIG_SCHEMA = { type: 'object', additionalProperties: false, properties: CONFIG_PROPERTIES };

/** Compiled on first use: a command that reads no config does not pay for it. */
const compiled = new Map<object, ReturnType<typeof ajv.compile>>();

/** Checks a parsed config against a schema (by default the `--config` one); throws a one-line PublishError naming the first problem. */
export function checkConfig<T>(json: unknown, name: string, schema: object = CONFIG_SCHEMA): T {
  const validate = compiled.get(schema) ?? ajv.compile(schema);
  compiled.set(schema, validate);
  if (!validate(json)) {
    const [first] = (validate.errors ?? []) as Parameters<typeof describeError>[0][];
    const { pointer, message } = describeError(first);
    throw new PublishError(`${name}: ${pointer}: ${message}`);
  }
  return json as T;
}

/** Reads and checks a `--config` file. */
export async function loadConfig(location: string): Promise<ConvertConfig> {
  return checkConfig<ConvertConfig>((await readJson(location)).json, location);
}

/** The item's type by the config: the first matching rule, else the source's type, else the default. */
export function typeFor(item: FeedItem, config: ConvertConfig): string | undefined {
  return ruleFor(item, config)?.type ?? item._policy?.type ?? config.type;
}

/** The first type rule that matches the item, if any. */
export function ruleFor(item: FeedItem, config: ConvertConfig): TypeRule | undefined {
  const tags = (item.tags ?? []).map((tag) => tag.toLowerCase());
  return config.type_rules?.find(
    (candidate) =>
      (candidate.category === undefined || tags.includes(candidate.category.toLowerCase())) &&
      (candidate.url === undefined || (item.url !== undefined && new RegExp(candidate.url).test(item.url))),
  );
}
