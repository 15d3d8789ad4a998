import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { failingFeed, hangingFeed, longContent, topicFeed } from '../.storybook/feeds.js';
import { renderElement, withFallback, withFeedData } from '../.storybook/render.js';

const meta = {
  title: 'Elements/policy-topic-header',
  component: 'policy-topic-header',
  args: { src: topicFeed, 'heading-level': 2 },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Published under an earlier government, so the header says so. */
export const Default: Story = {};

/** The same topic under the current government: no notice. */
export const CurrentGovernment: Story = {
  ...withFeedData((feed) => ({ ...feed, _policy: { ...feed._policy, government: { name: 'Støre’s Government', current: true } } })),
};

/** A feed that never arrives: the placeholder reserves the space. After 10 s the client gives up. */
export const Loading: Story = { args: { src: hangingFeed }, tags: ['loading', 'fault-server'] };

export const ServerError: Story = {
  args: { src: failingFeed },
  tags: ['fault-server'],
  render: (args, context) => withFallback(renderElement(args, context), 'Security policy on regjeringen.no'),
};

/** A feed with no title has no topic to show. */
export const Empty: Story = { ...withFeedData((feed) => ({ ...feed, title: undefined })) };

export const LongContent: Story = { ...withFeedData(longContent) };
