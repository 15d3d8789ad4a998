// The Eleventy plugin (Node only): prerenders every HTML page an Eleventy 3 build writes, through prerender(),
// with one feed store per build, so each feed URL is loaded once however many pages show it.
import { createFeedCache, prerender, type FeedCache, type PrerenderOptions } from '../prerender/index.js';

/** Options for the plugin: prerender()'s, passed through to every page, and the site's address. */
export interface PolicyWidgetsEleventyOptions extends Pick<PrerenderOptions, 'origins' | 'assetsUrl' | 'maxBytes' | 'timeout'> {
  /**
   * The site's address, e.g. `https://www.example.org/`. Each page's URL is resolved against it, and a relative
   * `src` against the page, as a reader's browser would. Without it, only absolute feed URLs load.
   */
  siteUrl?: string | URL;
}

/** What the plugin uses of Eleventy 3's configuration API. */
export interface EleventyConfig {
  addTransform(
    name: string,
    transform: (this: { page: { outputPath?: string | false; url?: string | false } }, content: string) => Promise<string>,
  ): void;
  on(event: 'eleventy.before', listener: () => void): void;
}

/**
 * `eleventyConfig.addPlugin(policyWidgets, options)`: every page written to a `.html` file gets its
 * policy elements prerendered (declarative shadow roots with the feed's content). Other outputs are left alone.
 */
export default function policyWidgets(eleventyConfig: EleventyConfig, options: PolicyWidgetsEleventyOptions = {}): void {
  const { siteUrl, ...prerenderOptions } = options;
  let feedCache: FeedCache = createFeedCache();
  // A new store each build: a feed edited between two builds of `eleventy --serve` is loaded anew.
  eleventyConfig.on('eleventy.before', () => {
    feedCache = createFeedCache();
  });
  eleventyConfig.addTransform('policy-widgets', async function (content) {
    const { outputPath, url } = this.page;
    if (typeof outputPath !== 'string' || !outputPath.endsWith('.html')) return content;
    const baseUrl = siteUrl && typeof url === 'string' ? new URL(url, siteUrl) : undefined;
    return prerender(content, { ...prerenderOptions, baseUrl, feedCache });
  });
}

export { policyWidgets };
