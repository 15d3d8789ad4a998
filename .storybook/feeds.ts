// Where the stories' feeds come from: the sample feeds in stories/fixtures/, served over real HTTP
// by Storybook (staticDirs), and the fault server (tests/server/feed-faults.mjs) for slow and broken ones.
// Paths are relative to the preview page, so a Storybook published under a sub-path still finds them.
import type { Feed, FeedItem, ItemType } from '../src/index.js';
import { loadFeed } from '../src/data/client.js';
import { ITEM_TYPES } from '../src/data/types.js';

/** A sample feed file, such as `empty.json`. */
export const fixture = (file: string) => `fixtures/feeds/${file}`;

/** The topic feed in the interface language: `{lang}` is filled in by the element. */
export const topicFeed = fixture('security-policy.{lang}.json');

/**
 * The tag of a story whose feed comes from the fault server. `npm run storybook` and the story checks mount that
 * server; a static build hosted as it is has none, so there such a story says so above the element (preview.ts),
 * which then shows its error state, the address answering 404.
 */
export const FAULT_SERVER = 'fault-server';

/**
 * A sample feed through the fault server, e.g. `{ hang: 1 }` or `{ status: 500 }`. Tag the story `'fault-server'`
 * (written out: Storybook's indexer reads tags as string literals).
 */
export function faultFeed(params: Record<string, string | number>, file = 'security-policy.en.json') {
  return `faults/feeds/${file}?${new URLSearchParams(Object.entries(params).map(([key, value]) => [key, String(value)]))}`;
}

/** Never answers: the loading state. The data client gives up after its 10 s timeout. */
export const hangingFeed = faultFeed({ hang: 1 });
/** Answers HTTP 500 to every try: the error state after the client's retries. */
export const failingFeed = faultFeed({ status: 500 });

/**
 * A sample feed as an object, for stories that pass `.data`: loaded and validated by the data client,
 * so its relative URLs are already resolved against the file. It is shared; copy before changing it.
 */
export const loadFixture = (file: string): Promise<Feed> => loadFeed(fixture(file));

const withItems = (feed: Feed, items: FeedItem[]): Feed => ({ ...feed, items });

/** `count` items, cycling through the feed's own, each with its own id. */
export const manyItems = (feed: Feed, count: number): Feed =>
  withItems(
    feed,
    Array.from({ length: count }, (_, index) => {
      const item = feed.items[index % feed.items.length];
      return { ...item, id: `${item.id}-${index}`, title: `${item.title} (${index + 1})` };
    }),
  );

/** The feed's items with every image removed. */
export const withoutImages = (feed: Feed): Feed =>
  withItems(
    feed,
    feed.items.map((item) => ({ ...item, image: undefined, _policy: { ...item._policy, image: undefined } })),
  );

const LONG_WORD = 'Sikkerhetspolitikkutviklingsprogramevalueringsrapportsammendrag';
const LONG_URL = 'https://www.regjeringen.no/no/dokumenter/a-very-long-address-that-does-not-break-by-itself/id2515331/';

/** Titles, summaries, names and labels many times their usual length, with an unbroken word and a URL. */
export const longContent = (feed: Feed): Feed => ({
  ...feed,
  title: `${feed.title}: ${LONG_WORD} and the long road of Norwegian foreign, security and defence policy`,
  description: `${feed.description} ${feed.description} ${LONG_URL}`,
  items: feed.items.map((item) => ({
    ...item,
    title: `${item.title}: ${LONG_WORD}, ${item.title.toLowerCase()}, and what comes after`,
    summary: `${item.summary ?? ''} ${item.summary ?? ''} See ${LONG_URL}`,
    _policy: {
      ...item._policy,
      speaker: item._policy?.speaker && {
        name: `${item._policy.speaker.name} Berger-Røsland-Stoltenberg`,
        role: `${item._policy.speaker.role} and Acting Minister of International Development and Nordic Cooperation`,
      },
      event: item._policy?.event && {
        name: `${item._policy.event.name}: ${LONG_WORD}`,
        location: `${item._policy.event.location}, Convention Centre, Hall C`,
      },
      document: item._policy?.document && {
        label: item._policy.document.label,
        subtitle: `${item._policy.document.subtitle ?? ''}: ${LONG_WORD}`,
      },
    },
  })),
});

// Every type the widgets label, and one they do not know, which renders as a plain item.
const EVERY_TYPE: (ItemType | 'podcast')[] = [...ITEM_TYPES, 'podcast'];

/** One item of every type, each the feed's first item under another type. */
export const everyItemType = (feed: Feed): Feed =>
  withItems(
    feed,
    EVERY_TYPE.map((type, index) => {
      const item = feed.items[index % feed.items.length];
      const document = type === 'white-paper' ? { label: 'Meld. St. 37 (2014–2015)' } : item._policy?.document;
      return { ...item, id: `${item.id}-${type}`, _policy: { ...item._policy, type, document } };
    }),
  );
