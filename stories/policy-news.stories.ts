import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  everyItemType,
  failingFeed,
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
export const Loading: Story = { args: { src: hangingFeed }, tags: ['loading'] };

/** The server answers 500 to every try: after two retries, the error state with "Try again" and the author's fallback link. */
export const ServerError: Story = {
  args: { src: failingFeed },
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
