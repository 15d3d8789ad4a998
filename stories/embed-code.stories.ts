import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { EmbedCodeBuilder } from './embed-code/embed-code-builder.js';

// Registered here, not in its module: package.json's sideEffects marks only src/ entry points, so a
// bare side-effect import of the builder would be tree-shaken out of the Storybook build.
if (!customElements.get('embed-code-builder')) customElements.define('embed-code-builder', EmbedCodeBuilder);

const meta = {
  title: 'Embed code',
  tags: ['!autodocs'],
  // The page has its own language and look choices; the toolbar's would only confuse them.
  parameters: { layout: 'padded', ownLocaleAndTheme: true },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** For editors: pick a block, see it live, copy the code. */
export const EmbedCode: Story = {
  name: 'Embed code',
  render: () => html`<embed-code-builder></embed-code-builder>`,
};
