import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { refreshFeed } from '../src/data/client.js';
import type { PolicyNews } from '../src/index.js';
import {
  everyItemType,
  failingFeed,
  faultFeed,
  fixture,
  hangingFeed,
  longContent,
  manyItems,
  topicFeed,
  withoutImages,
} from '../.storybook/feeds.js';
import { renderElement, withFallback, withFeedData } from '../.storybook/render.js';

const meta = {
  title: 'Elements/policy-news',
  component: 'policy-news',
  args: { src: topicFeed, limit: 5, layout: 'list', 'heading-level': 3 },
  // cem names the layout's type (`NewsLayout`), not its values.
  argTypes: { layout: { control: 'inline-radio', options: ['list', 'grid', 'compact'] } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const Grid: Story = { args: { layout: 'grid', limit: 6 } };

export const Compact: Story = { args: { layout: 'compact', limit: 7 } };

/** Only news and press releases, as on the topic page. */
export const NewsAndPressReleases: Story = { args: { types: 'news,press-release' } };

/** A feed that never arrives: the placeholders reserve the space the list will take. After 10 s the client gives up. */
export const Loading: Story = { args: { src: hangingFeed }, tags: ['loading', 'fault-server'] };

/** The server answers 500 to every try: after two retries, the error state with "Try again" and the author's fallback link. */
export const ServerError: Story = {
  args: { src: failingFeed },
  tags: ['fault-server'],
  render: (args, context) => withFallback(renderElement(args, context), 'Read the news on regjeringen.no'),
};

/** The address answers with an HTML page instead of a feed. */
export const NotAFeed: Story = { args: { src: fixture('page.html') } };

export const Empty: Story = { args: { src: fixture('empty.json') } };

/** A plain JSON Feed with no `_policy` extension still renders as a news list. */
export const PlainJsonFeed: Story = { args: { src: fixture('plain.json') } };

/** Items with a missing id or wrong types are skipped (with a console warning); the rest render. */
export const PartlyBrokenFeed: Story = { args: { src: fixture('partly-broken.json'), limit: 10 } };

/** Long titles and summaries, an unbroken 60-letter word and a long URL: nothing may overflow. */
export const LongContent: Story = { args: { layout: 'grid' }, ...withFeedData(longContent) };

export const ManyItems: Story = { args: { limit: 60, layout: 'compact' }, ...withFeedData((feed) => manyItems(feed, 60)) };

export const NoImages: Story = { ...withFeedData(withoutImages) };

/** Every item type, and one the widgets do not know (it renders as a plain item). */
export const EveryItemType: Story = { args: { limit: 10 }, ...withFeedData(everyItemType) };

/** Each layout in a narrow, a medium and a wide container: the layout follows its container, not the viewport. */
export const LayoutsByContainerWidth: Story = {
  render: () => html`
    ${['list', 'grid', 'compact'].map(
      (layout) => html`
        <h2>layout="${layout}"</h2>
        <div style="display: flex; flex-wrap: wrap; gap: 2em; align-items: start">
          ${['20em', '36em', '56em'].map(
            (width) => html`<policy-news style="width: ${width}" src=${topicFeed} layout=${layout} limit="3"></policy-news>`,
          )}
        </div>
      `,
    )}
  `,
};

// Reader features: tags, show-more through next_url pages, refresh. Each state is reached the way a reader
// reaches it (a press of the button, a refresh of the feed), so the story shows the real thing.

/** Presses the element's "Show more" button once it is ready, as a reader would. */
const pressShowMore = (element: HTMLElement) => {
  void (element as PolicyNews).settled.then(() =>
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="show-more"]')?.click(),
  );
  return element;
};

/** A first page whose `next_url` leads to `next` (a path relative to the preview page), as `.data`. */
const withNextPage = (next: string) => ({
  loaders: [
    async () => ({ feed: { ...(await (await fetch(fixture('paged-1.json'))).json()), next_url: new URL(next, document.baseURI).href } }),
  ],
  render: (args: Parameters<typeof renderElement>[0], context: Parameters<typeof renderElement>[1]) =>
    pressShowMore(renderElement({ ...args, src: undefined, data: context.loaded.feed }, context)),
});

/** Only items tagged "Nuclear disarmament" or "cyber security" (tags compare case-insensitively). */
export const Tags: Story = { args: { tags: 'Nuclear disarmament,cyber security' } };

/** Tags combined with types: both must match. */
export const TagsAndTypes: Story = { args: { tags: 'Terrorism', types: 'press-release' } };

/** No item has this tag: the empty state says so, apart from the general empty message. */
export const TagsMatchNothing: Story = { args: { tags: 'Fisheries' } };

/** A feed in three pages linked by `next_url`: "Show more" adds the next `limit` items, loading pages as needed. */
export const ShowMore: Story = { args: { src: fixture('paged-1.json'), limit: 4, 'show-more': true } };

/** After one press: four more items, focus on the first new one, and the status says "4 items added". */
export const ShowMoreAfterAPress: Story = {
  args: { src: fixture('paged-1.json'), limit: 4, 'show-more': true },
  render: (args, context) => pressShowMore(renderElement(args, context)),
};

/** The next page never arrives: the button says "Loading…" and ignores another press (aria-disabled keeps its focus). */
export const ShowMoreLoadingAPage: Story = {
  args: { limit: 4, 'show-more': true },
  tags: ['fault-server'],
  ...withNextPage(faultFeed({ hang: 1 }, 'paged-2.json')),
};

/** The next page fails: the status says so and the button offers "Try again". */
export const ShowMorePageFailed: Story = {
  args: { limit: 4, 'show-more': true },
  tags: ['fault-server'],
  ...withNextPage(faultFeed({ status: 500 }, 'paged-2.json')),
};

/** Everything shown: the button has gone, and the "More on …" link to the topic page remains. */
export const ShowMoreEndOfFeed: Story = { args: { src: fixture('paged-3.json'), limit: 4, 'show-more': true } };

/**
 * `refresh="60"` on a feed that gains an item on every request: after one check, the new item waits behind
 * a "1 new item" button at the end of the list, and the first item's title has been edited in place.
 * The story checks once at once, rather than waiting a minute.
 */
export const NewItemsWaiting: Story = {
  args: { limit: 3, refresh: 60 },
  tags: ['fault-server'],
  render: (args, context) => {
    const src = faultFeed({ growing: 1, key: `story-${Date.now()}` });
    const element = renderElement({ ...args, src }, context) as PolicyNews;
    // Without the fault server the feed has failed already, and the element shows it: the check adds nothing.
    void element.settled.then(() => refreshFeed(src)).catch(() => {});
    return element;
  },
};
