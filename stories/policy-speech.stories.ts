import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { failingFeed, fixture, hangingFeed, longContent, topicFeed } from '../.storybook/feeds.js';
import { renderElement, withFallback, withFeedData } from '../.storybook/render.js';

const meta = {
  title: 'Elements/policy-speech',
  component: 'policy-speech',
  args: { src: topicFeed, 'heading-level': 3 },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The latest speech or statement in the feed. */
export const Default: Story = {};

export const Speech: Story = { args: { item: 'ud-2016-energy-security-summit-speech' } };

export const Statement: Story = { args: { item: 'ud-2016-iaea-gc60-statement' } };

/** A feed that never arrives: the placeholder card reserves the space. After 10 s the client gives up. */
export const Loading: Story = { args: { src: hangingFeed }, tags: ['loading', 'fault-server'] };

export const ServerError: Story = {
  args: { src: failingFeed },
  tags: ['fault-server'],
  render: (args, context) => withFallback(renderElement(args, context), 'Speeches on regjeringen.no'),
};

/** A feed with no speech or statement. */
export const Empty: Story = { args: { src: fixture('plain.json') } };

/** An item id the feed does not have. */
export const UnknownItem: Story = { args: { item: 'no-such-item' } };

export const LongContent: Story = { ...withFeedData(longContent) };
