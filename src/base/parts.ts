import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import type { FeedItem, ItemType } from '../data/types.js';
import { formatDate } from '../i18n/dates.js';
import type { Locale } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';

// Template fragments the elements share, so each piece of markup has one home.

const HEADING_TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A real `<h1>`–`<h6>`, so the element's headings join the page outline at the author's level. */
export const heading = (level: number, content: unknown): TemplateResult => {
  const tag = HEADING_TAGS[level - 1];
  return staticHtml`<${tag} part="title">${content}</${tag}>`;
};

/** The title as the item's one link, or as text when the item has no safe URL. */
export const titleLink = (item: FeedItem): unknown =>
  item.url ? html`<a part="link" href=${item.url}>${item.title}</a>` : item.title;

const TYPE_LABELS: Record<ItemType, keyof Messages> = {
  news: 'typeNews',
  'press-release': 'typePressRelease',
  speech: 'typeSpeech',
  statement: 'typeStatement',
  article: 'typeArticle',
  'white-paper': 'typeWhitePaper',
  proposition: 'typeProposition',
  report: 'typeReport',
};

/** A white paper announced but not yet published: it has no document label ("Meld. St. …") yet. */
export const isForthcoming = (item: FeedItem) => item._policy?.type === 'white-paper' && !item._policy.document?.label;

/** The localised label of an item type; none for an unknown or missing type. */
export function typeLabel(item: FeedItem, t: Messages): string | undefined {
  if (isForthcoming(item)) return t.forthcomingWhitePaper();
  const key = TYPE_LABELS[item._policy?.type as ItemType];
  return key && (t[key] as () => string)();
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

/** The item's image with alt text, caption (in its own language) and credit; decorative when it has no alt. */
export function figure(item: FeedItem, t: Messages) {
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
            ${credit ? html`<span part="credit">${t.photoCredit(credit)}</span>` : nothing}
          </figcaption>`
        : nothing}
    </figure>
  `;
}

/** The most recent item matching `accept`, by `date_published`; ties keep feed order. */
export function latest(items: FeedItem[], accept: (item: FeedItem) => boolean): FeedItem | undefined {
  let best: FeedItem | undefined;
  for (const item of items) {
    if (accept(item) && (!best || (item.date_published ?? '') > (best.date_published ?? ''))) best = item;
  }
  return best;
}
