export { loadFeed, cachedFeed, feedUrl, feedClientOptions } from './client.js';
export { validateFeed, safeUrl } from './validate.js';
export * from './types.js';
