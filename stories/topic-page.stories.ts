import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { topicFeed } from '../.storybook/feeds.js';

const meta = {
  title: 'Pages/Security policy topic page',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

// The page's own heading between the elements, in the toolbar's locale.
const NEWS_HEADING: Record<string, string> = { en: 'News', nb: 'Nyheter', nn: 'Nyheiter', se: 'Ođđasat' };

/**
 * The seed topic page (regjeringen.no, "Security policy") rebuilt from the four elements and one feed,
 * as the demo page composes it: topic header, the forthcoming and the published white paper, news and
 * press releases, and the speech cards. Switch the locale in the toolbar: interface and feed follow.
 */
export const SecurityPolicy: Story = {
  render: (_args, { globals }) => html`
    <policy-topic-header src=${topicFeed} heading-level="1">
      <a href="https://www.regjeringen.no/en/topics/foreign-affairs/security-policy/id1151/">Security policy on regjeringen.no</a>
    </policy-topic-header>
    <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22em), 1fr)); gap: 2em; margin-top: 2em">
      <div style="display: grid; gap: 1.5em; align-content: start">
        <policy-white-paper src=${topicFeed} heading-level="2"></policy-white-paper>
        <section aria-labelledby="topic-page-news">
          <h2 id="topic-page-news" style="margin: 0 0 0.5em">${NEWS_HEADING[globals.locale] ?? NEWS_HEADING.en}</h2>
          <policy-news src=${topicFeed} heading-level="3" types="news,press-release" limit="3"></policy-news>
        </section>
      </div>
      <div style="display: grid; gap: 1.5em; align-content: start">
        <policy-speech src=${topicFeed} heading-level="2"></policy-speech>
        <policy-speech src=${topicFeed} heading-level="2" item="ud-2016-energy-security-summit-speech"></policy-speech>
        <policy-white-paper src=${topicFeed} heading-level="2" item="ud-2015-meld-st-37"></policy-white-paper>
      </div>
    </div>
  `,
};
