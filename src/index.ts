// The drop-in entry: importing it defines every element.
export { PolicyNews } from './components/news/define.js';
export { PolicySpeech } from './components/speech/define.js';
export { PolicyWhitePaper } from './components/white-paper/define.js';
export { PolicyTopicHeader } from './components/topic-header/define.js';
export { PolicyElement, type ElementState } from './base/policy-element.js';
export type { Feed, FeedItem, FeedErrorDetail, FeedErrorKind, ItemType, SelectDetail } from './data/types.js';
export type { Locale } from './i18n/locale.js';
