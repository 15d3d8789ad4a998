import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isItemType, type Feed, type FeedItem, type ItemType, type SelectDetail } from '../data/types.js';
import { formatDate } from '../i18n/dates.js';
import type { Locale } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';

// Template fragments the elements share, so each piece of markup has one home.

// Six plain templates cost fewer bytes than lit/static-html's dynamic tag names. dir=auto: a title in Arabic or
// Hebrew runs, and aligns, right to left in every engine (unicode-bidi: plaintext aligns only in Chromium).
const HEADINGS = [
  (content: unknown) => html`<h1 part="title" dir="auto">${content}</h1>`,
  (content: unknown) => html`<h2 part="title" dir="auto">${content}</h2>`,
  (content: unknown) => html`<h3 part="title" dir="auto">${content}</h3>`,
  (content: unknown) => html`<h4 part="title" dir="auto">${content}</h4>`,
  (content: unknown) => html`<h5 part="title" dir="auto">${content}</h5>`,
  (content: unknown) => html`<h6 part="title" dir="auto">${content}</h6>`,
];

/** A real `<h1>`–`<h6>`, so the element's headings join the page outline at the author's level. */
export const heading = (level: number, content: unknown): TemplateResult => HEADINGS[level - 1]!(content);

/**
 * A listener for a link's click and auxclick that tells the page, by `policy-select` from the element (Lit
 * calls it with the element as `this`), which item a reader followed. It runs as the link is followed and
 * prevents nothing, so navigation is never delayed. Enter on a link is a click; auxclick counts only the
 * middle button, which opens the link in a new tab.
 */
export const follow = (detail: SelectDetail) =>
  function (this: HTMLElement, event: MouseEvent) {
    if (event.type === 'click' || event.button === 1) {
      this.dispatchEvent(new CustomEvent<SelectDetail>('policy-select', { detail, bubbles: true, composed: true }));
    }
  };

/** The title as the item's one link, or as text when the item has no safe URL. `position` is its 1-based place. */
export function titleLink(item: FeedItem, position = 1): unknown {
  if (!item.url) return item.title;
  const select = follow({ id: item.id, url: item.url, type: item._policy?.type, position });
  return html`<a part="link" href=${item.url} @click=${select} @auxclick=${select}>${item.title}</a>`;
}

/** "More on {topic}" in the interface language, with the topic marked in the feed's. */
export function moreOn(feed: Feed, t: Messages) {
  const [before, after] = t.moreOn('\u0000').split('\u0000');
  return html`${before}<span lang=${ifDefined(feed.language)}>${feed.title}</span>${after}`;
}

type Pascal<S extends string> = S extends `${infer Head}-${infer Rest}` ? `${Capitalize<Head>}${Pascal<Rest>}` : Capitalize<S>;

/**
 * The message key of an item type's label: `typeNews` for `news`, `typePressRelease` for `press-release`. Its
 * type makes the compiler check that every item type has a message.
 */
const typeKey = (type: ItemType) =>
  `type${type.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}` as `type${Pascal<ItemType>}`;

/**
 * A white paper announced but not yet published: its `document` has no label ("Meld. St. …") yet. One with no
 * `document` at all (published from RSS, say) is an ordinary white paper.
 */
export const isForthcoming = (item: FeedItem) => {
  const document = item._policy?.type === 'white-paper' && item._policy.document;
  return !!document && !document.label;
};

/** The localised label of an item type; none for an unknown or missing type. */
export function typeLabel(item: FeedItem, t: Messages): string | undefined {
  if (isForthcoming(item)) return t.forthcomingWhitePaper();
  const type = item._policy?.type;
  // isItemType, not a bare lookup: a feed's "constructor" or "__proto__" must not reach Object.prototype.
  return isItemType(type) ? t[typeKey(type)]() : undefined;
}

/** A feed date in `<time datetime>`, formatted for the interface locale. */
export function dateTime(value: string | undefined, locale: Locale): TemplateResult | typeof nothing {
  const text = value && formatDate(value, locale);
  return text ? html`<time part="date" datetime=${value}>${text}</time>` : nothing;
}

/** The type label and date line, in the interface language even inside an item in another. */
export const meta = (item: FeedItem, label: string | undefined, locale: Locale) => html`
  <p part="meta" lang=${locale}>
    ${label ? html`<span part="type">${label}</span>` : nothing}${dateTime(item.date_published, locale)}
  </p>
`;

/** The item's image with alt text, caption (in its own language) and credit (in the interface's); decorative when it has no alt. */
export function figure(item: FeedItem, t: Messages, locale: Locale) {
  const image = item._policy?.image ?? (item.image ? { url: item.image } : undefined);
  if (!image?.url) return nothing;
  const { caption, credit } = image;
  return html`
    <figure part="figure">
      <img
        part="image"
        src=${image.url}
        alt=${image.alt ?? ''}
        width=${ifDefined(image.width)}
        height=${ifDefined(image.height)}
        loading="lazy"
        decoding="async"
      />
      ${caption || credit
        ? html`<figcaption part="caption">
            ${caption ? html`<span lang=${ifDefined(image.caption_lang)}>${caption}</span>` : nothing}
            ${credit ? html`<span part="credit" lang=${locale}>${t.photoCredit(credit)}</span>` : nothing}
          </figcaption>`
        : nothing}
    </figure>
  `;
}

/** The most recent item matching `accept`, by `date_published`; ties keep feed order. */
export function latest(items: FeedItem[], accept: (item: FeedItem) => boolean): FeedItem | undefined {
  // Compared as instants: RFC 3339 strings with different offsets do not sort as text.
  const time = (item: FeedItem) => Date.parse(item.date_published ?? '') || -Infinity;
  let best: FeedItem | undefined;
  for (const item of items) {
    if (accept(item) && (!best || time(item) > time(best))) best = item;
  }
  return best;
}

const bar = html`<div part="placeholder" class="placeholder"></div>`;

/** A loading-state box of the given class holding `bars` placeholder bars (shared look in styles/shared.ts). */
export const placeholder = (box: string, bars = 3) => html`<div class="placeholders ${box}">${Array(bars).fill(bar)}</div>`;
