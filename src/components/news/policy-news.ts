import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PolicyElement } from '../../base/policy-element.js';
import { figure, heading, meta, placeholder, titleLink, typeLabel } from '../../base/parts.js';
import type { Feed, FeedItem } from '../../data/types.js';
import type { Messages } from '../../i18n/messages.js';
import { panelStyles } from '../../styles/shared.js';
import { newsStyles } from './policy-news.styles.js';

export type NewsLayout = 'list' | 'grid' | 'compact';

/**
 * A list of items from a policy feed: news, press releases, speeches,
 * statements and documents. Any plain JSON Feed renders as a news list.
 *
 * @summary A news list.
 * @tag policy-news
 * @csspart list - The list of items.
 * @csspart item - One list item.
 * @csspart article - The article inside one list item.
 * @csspart title - An item's heading.
 * @csspart link - The link in an item's heading: the item's one link.
 * @csspart meta - The type label and date line.
 * @csspart type - The item's type label.
 * @csspart date - The item's `<time>`.
 * @csspart summary - The item's summary.
 * @csspart figure - The item's image with its caption.
 * @csspart image - The item's `<img>`.
 * @csspart caption - The image caption and credit.
 * @csspart credit - The photo credit.
 * @cssprop [--policy-news-gap=--policy-space] - Space between items (`--policy-space-s` in the compact layout).
 * @cssprop [--policy-news-item-height=9em] - Height reserved for each item while loading (13em in a container narrower than 30em). The list keeps at least the reserved height when it arrives, so set it near your items' height.
 * @cssprop [--policy-news-image-width=30%] - Width of the image beside the text, in the list layout when the element is 36em or wider.
 * @cssprop [--policy-news-column-width=16em] - The narrowest column of the grid layout; as many columns as fit.
 */
export class PolicyNews extends PolicyElement {
  static override styles = [...PolicyElement.styles, panelStyles, newsStyles];
  static override properties: PropertyDeclarations = { limit: { type: Number }, types: {}, layout: { reflect: true } };

  /** The most items to show: a whole number from 1; anything else means 5. */
  limit = 5;

  /**
   * A comma-separated list of item types to show, such as `news,press-release`. All types when unset.
   * An item with no `_policy.type` (a plain JSON Feed item) matches only when this is unset.
   */
  declare types?: string;

  /** `list`, `grid` (columns when the container is wide enough) or `compact` (titles and dates only). */
  layout: NewsLayout = 'list';

  private get count(): number {
    return this.limit >= 1 ? Math.floor(this.limit) : 5;
  }

  private select(feed: Feed): FeedItem[] {
    const types = this.types?.split(',').map((type) => type.trim()).filter(Boolean);
    const items = types?.length ? feed.items.filter((item) => types.includes(item._policy?.type ?? '')) : feed.items;
    return items.slice(0, this.count);
  }

  protected override hasContent(feed: Feed) {
    return this.select(feed).length > 0;
  }

  protected override renderContent(feed: Feed, t: Messages) {
    const compact = this.layout === 'compact';
    return html`
      <ul part="list" role="list" lang=${ifDefined(feed.language)}>
        ${this.select(feed).map(
          (item) => html`
            <li part="item">
              <article part="article" lang=${ifDefined(item.language)}>
                <div class="text">
                  ${heading(this.level, titleLink(item))} ${meta(item, typeLabel(item, t), this.locale)}
                  ${!compact && item.summary ? html`<p part="summary">${item.summary}</p>` : nothing}
                </div>
                ${compact ? nothing : figure(item, t, this.locale)}
              </article>
            </li>
          `,
        )}
      </ul>
    `;
  }

  protected override renderPlaceholder() {
    return html`
      <div part="list">
        ${Array.from(
          // Ten placeholders already fill most screens; a larger limit would only add nodes.
          { length: Math.min(this.count, 10) },
          () => placeholder('placeholder-item', this.layout === 'compact' ? 2 : 3),
        )}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'policy-news': PolicyNews;
  }
}
