/** The item types the widgets label. Any other `_policy.type` renders as a plain item. */
export const ITEM_TYPES = [
  'news',
  'press-release',
  'speech',
  'statement',
  'article',
  'white-paper',
  'proposition',
  'report',
] as const;

export type ItemType = (typeof ITEM_TYPES)[number];

export const isItemType = (value: unknown): value is ItemType =>
  (ITEM_TYPES as readonly unknown[]).includes(value);

export interface PolicyImage {
  url: string;
  alt?: string;
  caption?: string;
  caption_lang?: string;
  credit?: string;
  width?: number;
  height?: number;
}

/** The `_policy` extension of one item. */
export interface PolicyItemExtension {
  type?: string;
  speaker?: { name?: string; role?: string };
  event?: { name?: string; location?: string };
  image?: PolicyImage;
  document?: { label?: string; subtitle?: string };
}

/** One validated item: text fields are plain strings, URLs are absolute http(s). */
export interface FeedItem {
  id: string;
  title: string;
  url?: string;
  summary?: string;
  date_published?: string;
  date_modified?: string;
  image?: string;
  language?: string;
  tags?: string[];
  _policy?: PolicyItemExtension;
}

/** The `_policy` extension of the feed. */
export interface PolicyFeedExtension {
  publisher?: { name?: string; url?: string };
  government?: { name?: string; current?: boolean };
}

/** A validated JSON Feed 1.1 document with the `_policy` extension. */
export interface Feed {
  version?: string;
  title?: string;
  description?: string;
  home_page_url?: string;
  /** The next, older page of the same feed (JSON Feed pagination). */
  next_url?: string;
  language?: string;
  items: FeedItem[];
  _policy?: PolicyFeedExtension;
}

/** `setup`: the element was given no usable source (no `src`, a blank one, or one that is not a URL). */
export type FeedErrorKind = 'setup' | 'network' | 'timeout' | 'http' | 'parse' | 'format';

/** The detail of `policy-error`, and the reason for the error state. */
export interface FeedErrorDetail {
  kind: FeedErrorKind;
  message: string;
  url?: string;
}

/** The detail of `policy-select`: the item a reader followed, and its 1-based place among those shown. */
export interface SelectDetail {
  id: string;
  url: string;
  type?: string;
  position: number;
}

export class FeedError extends Error implements FeedErrorDetail {
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly url?: string,
    /** HTTP status, for `http` errors. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}
