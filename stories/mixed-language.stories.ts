import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { fixture, topicFeed } from '../.storybook/feeds.js';

const meta = {
  title: 'Pages/Mixed languages',
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * One feed whose items are in Bokmål, Nynorsk and English. Each item carries its own `lang`,
 * while the type labels and dates stay in the interface language (the toolbar's locale).
 */
export const ItemsInThreeLanguages: Story = {
  render: () => html`<policy-news src=${fixture('mixed-language.json')} limit="10"></policy-news>`,
};

/** Four lists on one page, each with its own `lang`, whatever the toolbar says. Sámi reads the Bokmål feed. */
export const FourInterfaceLanguagesOnOnePage: Story = {
  render: () => html`
    <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(16em, 1fr)); gap: 2em">
      ${['en', 'nb', 'nn', 'se'].map(
        (lang) => html`<policy-news lang=${lang} src=${topicFeed} limit="3" layout="compact"></policy-news>`,
      )}
    </div>
  `,
};
