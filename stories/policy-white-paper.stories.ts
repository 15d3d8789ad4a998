import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { failingFeed, fixture, hangingFeed, longContent, topicFeed } from '../.storybook/feeds.js';
import { renderElement, withFallback, withFeedData } from '../.storybook/render.js';

const meta = {
  title: 'Elements/policy-white-paper',
  component: 'policy-white-paper',
  args: { src: topicFeed, 'heading-level': 3 },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The latest white paper: announced, with no document label yet, so it reads as forthcoming. */
export const Default: Story = {};

/** A published white paper, with its document label and subtitle. */
export const Published: Story = { args: { item: 'ud-2015-meld-st-37' } };

/** A feed that never arrives: the placeholder card reserves the space. After 10 s the client gives up. */
export const Loading: Story = { args: { src: hangingFeed }, tags: ['loading', 'fault-server'] };

export const ServerError: Story = {
  args: { src: failingFeed },
  tags: ['fault-server'],
  render: (args, context) => withFallback(renderElement(args, context), 'White papers on regjeringen.no'),
};

/** A feed with no white paper. */
export const Empty: Story = { args: { src: fixture('plain.json') } };

export const LongContent: Story = { args: { item: 'ud-2015-meld-st-37' }, ...withFeedData(longContent) };
