import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fixture, hangingFeed, topicFeed } from '../.storybook/feeds.js';

const meta = {
  title: 'Pages/Print',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * Every element, as a page to print (Ctrl+P or ⌘P, or the browser's print preview): black on white,
 * no buttons, no placeholders or loading state, and each item link followed by its address.
 * The last list never loads, so it prints nothing.
 */
export const PrintPreview: Story = {
  tags: ['fault-server'],
  render: () => html`
    <p>Print this page, or open the print preview, to see the elements as they print.</p>
    <policy-topic-header src=${topicFeed} heading-level="1"></policy-topic-header>
    <policy-white-paper src=${topicFeed} heading-level="2"></policy-white-paper>
    <policy-speech src=${topicFeed} heading-level="2"></policy-speech>
    <policy-news src=${fixture('paged-1.json')} heading-level="2" limit="3" show-more></policy-news>
    <policy-news src=${hangingFeed} heading-level="2" limit="2"></policy-news>
  `,
};
