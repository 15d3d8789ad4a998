import elementList from '../elements.json' with { type: 'json' };
import { RESERVED } from './reserve.js';

// Build time only (vite.config.ts): writes dist/policy-widgets.css from the sizes the placeholders use.

/** An element the script has not defined yet: not prerendered (no `state`), not hidden by the page. */
const waiting = (tag: string) => `${tag}:where(:not(:defined, [state], [hidden]))`;
const before = (tag: string, more = '') => `${waiting(`${tag}${more}`)}::before`;
const em = (value: number) => `${value}em`;
/** Narrowest container width (em) that fits `columns` columns of the news grid, items and gaps at their defaults. */
const gridFits = (columns: number, inset = 0) => columns * (RESERVED.newsColumn + 1) - 1 + inset;
const MAX_COLUMNS = 6;
const { elements } = elementList;
/** An element's tag, by its folder: src/elements.json is the one home of both. */
const tagOf = (folder: string) => {
  const element = elements.find((candidate) => candidate.folder === folder);
  if (!element) throw new Error(`src/elements.json has no element in src/components/${folder}/`);
  return element.tag;
};
const [NEWS, SPEECH, WHITE_PAPER, TOPIC_HEADER] = ['news', 'speech', 'white-paper', 'topic-header'].map(tagOf);

/**
 * The stylesheet a page links in `<head>` when it embeds with the script alone. Before the script defines an
 * element, the element has no shadow root and no height: this gives it the height its loading state will take
 * (by element, `layout`, `limit` and its own width), drawn by an empty float, so definition moves nothing.
 * Everything is wrapped in `:where()`, so any rule of the page's own wins, and in `@media (scripting: enabled)`:
 * without JavaScript no script will define the element, and its fallback content takes only its own space.
 */
export function reserveStylesheet(version: string): string {
  const all = `:where(${elements.map((element) => element.tag).join(', ')})`;
  const rules = [
    `/* policy-widgets ${version}: reserves each element's space until the script defines it.
   Generated from src/styles/reserve.ts, the sizes the loading state takes. */`,
    `${waiting(all)} {
  display: flow-root;
  container-type: inline-size;
}`,
    // Sizes in em of the element's text, which --policy-font-size scales as it does inside.
    `${waiting(all)}::before {
  content: '';
  float: left;
  font-size: var(--policy-font-size, 1em);
  --_pad: 0px;
  height: calc(var(--_height) + 2 * var(--_pad));
}`,
    `${before(SPEECH)}, ${before(WHITE_PAPER)} { --_height: ${em(RESERVED.card[0])}; }`,
    `${before(TOPIC_HEADER)} { --_height: ${em(RESERVED.topicHeader[0])}; }`,
    `${before(NEWS)} {
  --_limit: 5;
  --_columns: 1;
  --_item: var(--policy-news-item-height, ${em(RESERVED.newsItem[0])});
  --_gap: var(--policy-news-gap, var(--policy-space, 1em));
  --_rows: round(up, var(--_limit) / var(--_columns), 1);
  --_height: calc(var(--_rows) * var(--_item) + (var(--_rows) - 1) * var(--_gap));
}`,
    `${before(NEWS, '[layout="compact"]')} {
  --_item: var(--policy-news-item-height, ${em(RESERVED.newsCompactItem)});
  --_gap: var(--policy-news-gap, var(--policy-space-s, calc(var(--policy-space, 1em) / 2)));
}`,
    // One placeholder per item, at most ten; any other limit shows the default five.
    ...Array.from({ length: 10 }, (_, i) => `${before(NEWS, `[limit="${i + 1}"]`)} { --_limit: ${i + 1}; }`),
    `@container (max-width: ${em(RESERVED.narrow)}) {
  ${before(SPEECH)}, ${before(WHITE_PAPER)} { --_height: ${em(RESERVED.card[1])}; }
  ${before(TOPIC_HEADER)} { --_height: ${em(RESERVED.topicHeader[1])}; }
  ${before(NEWS, ':not([layout="compact"])')} { --_item: var(--policy-news-item-height, ${em(RESERVED.newsItem[1])}); }
}`,
    // The news list and topic header take inner space where a page sets their background (src/styles/shared.ts).
    `@container style(--policy-color-background) {
  ${before(NEWS)}, ${before(TOPIC_HEADER)} { --_pad: var(--policy-space, 1em); }
}`,
    // The grid's columns, as auto-fill makes them at the default column width and gap; inner space narrows it.
    ...Array.from({ length: MAX_COLUMNS - 1 }, (_, i) => {
      const columns = i + 2;
      return `@container (min-width: ${em(gridFits(columns))}) {
  ${before(NEWS, '[layout="grid"]')} { --_columns: ${columns}; }
}
@container style(--policy-color-background) and (min-width: ${em(gridFits(columns))}) and (width < ${em(gridFits(columns, 2))}) {
  ${before(NEWS, '[layout="grid"]')} { --_columns: ${columns - 1}; }
}`;
    }),
  ];
  const [comment, ...reserved] = rules;
  return `${comment}\n@media (scripting: enabled) {\n${reserved.join('\n')}\n}\n`;
}
