import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin, PluginOption } from 'vite';
import { handleFeedFault } from '../tests/server/feed-faults.mjs';

const FEED_FAULTS = 'policy-widgets:feed-faults';

/** The slow, hanging and failing feeds of the loading and error stories: the fault server the tests use. */
const feedFaults = (): Plugin => ({
  name: FEED_FAULTS,
  configureServer(server) {
    server.middlewares.use((req, res, next) => handleFeedFault(req, res) || next());
  },
});

const isFeedFaults = (plugin: PluginOption) => !!plugin && 'name' in plugin && plugin.name === FEED_FAULTS;

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  staticDirs: [
    // Stories fetch the sample feeds over real HTTP, from the one copy the demo and the tests read.
    { from: '../stories/fixtures', to: '/fixtures' },
    // There is no Sámi sample feed: `{lang}` = `se` reads the Bokmål one, as on the demo page.
    { from: '../stories/fixtures/feeds/security-policy.nb.json', to: '/fixtures/feeds/security-policy.se.json' },
  ],
  // Storybook also loads vite.config.ts, whose demo server mounts the fault server already:
  // keep exactly one mount, here, so Storybook does not depend on the demo's setup.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []).filter((plugin) => !isFeedFaults(plugin)), feedFaults()],
    // @storybook/web-components imports lit/directive-helpers.js, which the dev server does not pre-bundle with
    // lit: served raw, it brings a second lit-html ("Multiple versions of Lit loaded"). Pre-bundle it with the rest.
    optimizeDeps: { ...viteConfig.optimizeDeps, include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] },
  }),
};

export default config;
