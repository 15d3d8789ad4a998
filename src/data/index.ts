export { loadFeed, watchFeed, refreshFeed, feedUrl, pageBase, feedClientOptions, type FeedListener } from './client.js';
export { validateFeed, safeUrl } from './validate.js';
export * from './types.js';
