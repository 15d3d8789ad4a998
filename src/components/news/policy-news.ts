import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PolicyElement } from '../../base/policy-element.js';
import { ChunkedList } from '../../base/chunked-list.js';
import { ListController } from '../../base/list-controller.js';
import { figure, heading, meta, moreOn, placeholder, titleLink, typeLabel } from '../../base/parts.js';
import type { Feed } from '../../data/types.js';
import type { Messages } from '../../i18n/messages.js';
import { plural } from '../../i18n/plurals.js';
import { translate } from '../../i18n/translate.js';
import { panelStyles } from '../../styles/shared.js';
import { newsStyles } from './policy-news.styles.js';

export type NewsLayout = 'list' | 'grid' | 'compact';

/** A comma list attribute's entries, trimmed and lower-cased. */
const commaList = (value?: string) => value?.split(',').map((entry) => entry.trim().toLowerCase()).filter(Boolean) ?? [];

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
 * @csspart actions - The row after the list: the "Show more" button, the "More on …" link and the "N new" button.
 * @csspart button - Either button in the actions row.
 * @csspart new-items - The "N new" button: new items from a refresh wait behind it. While `refresh` is on and nothing waits, it keeps its place unseen, so its arrival moves nothing.
 * @csspart show-more - The "Show more" button.
 * @csspart more - The "More on …" link to the feed's home page, with `show-more` once the feed's end is reached.
 * @cssprop [--policy-news-gap=--policy-space] - Space between items (`--policy-space-s` in the compact layout).
 * @cssprop [--policy-news-item-height=9em] - Height reserved for each item while loading (13em in a container narrower than 30em). The list keeps at least the reserved height when it arrives, until it can take its own without moving what the reader sees (below the viewport, or at the reader's input), so set it near your items' height.
 * @cssprop [--policy-news-image-width=30%] - Width of the image beside the text, in the list layout when the element is 36em or wider.
 * @cssprop [--policy-news-column-width=16em] - The narrowest column of the grid layout; as many columns as fit.
 */
export class PolicyNews extends PolicyElement {
  static override styles = [...PolicyElement.styles, panelStyles, newsStyles];
  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    types: {},
    tags: {},
    showMore: { type: Boolean, attribute: 'show-more' },
    refresh: { type: Number },
    layout: { reflect: true },
  };

  /** The most items to show at first, and how many "Show more" adds: a whole number from 1; anything else means 5. */
  limit = 5;

  /**
   * A comma-separated list of item types to show, such as `news,press-release`. All types when unset.
   * An item with no `_policy.type` (a plain JSON Feed item) matches only when this is unset.
   */
  declare types?: string;

  /**
   * A comma-separated list of tags: only items with at least one of them are shown, compared
   * case-insensitively. Combined with `types`, an item must match both.
   */
  declare tags?: string;

  /**
   * A "Show more" button adds the next `limit` items, from the feed and then from its `next_url` pages, and
   * goes at the end of the feed. A "More on …" link to the feed's `home_page_url` is there throughout, so a
   * prerendered list leads on without JavaScript too.
   */
  showMore = false;

  /**
   * Checks the feed again every this many seconds (at least 60) while the page is visible. New items wait
   * behind an "N new" button, whose place after the list is kept from the start, so nothing on the page moves
   * when it appears; an item already shown is updated in place.
   */
  declare refresh?: number;

  /** `list`, `grid` (columns when the container is wide enough) or `compact` (titles and dates only). */
  layout: NewsLayout = 'list';

  /** The shortest `refresh` interval, in seconds: smaller values are raised to it. Public so tests can shorten it. */
  static refreshMinimum = 60;

  /** What the list shows of its feed: paging, the items seen, "N new" and the refresh timer. */
  private readonly list = new ListController(this, this.feeds, {
    pageSize: () => this.#pageSize,
    // Unset or not a number: NaN, so 0.
    refreshInterval: () => Math.max(this.refresh ?? NaN, PolicyNews.refreshMinimum) || 0,
    accepts: (item) => {
      const types = commaList(this.types);
      const tags = commaList(this.tags);
      return (
        (!types.length || types.includes(item._policy?.type?.toLowerCase() ?? '')) &&
        (!tags.length || !!item.tags?.some((tag) => tags.includes(tag.toLowerCase())))
      );
    },
  });
  /** The index in the list whose link takes focus after the next render. */
  /** Renders a long list over several tasks. */
  readonly #chunkedList = new ChunkedList(this);
  #focusIndex = -1;
  /** The feed the announcement speaks of. */
  #shownFeed?: Feed;

  /** `limit` when it is a whole number from 1, else 5. */
  get #pageSize(): number {
    return this.limit >= 1 ? Math.floor(this.limit) : 5;
  }

  protected override hasContent() {
    return this.list.matching().length > 0;
  }

  protected override emptyMessage(t: Messages) {
    return commaList(this.tags).length ? t.noTagMatch() : t.empty();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const { feed } = this.feeds;
    // A new version of the feed (a refresh) says once, politely, how many new items wait; a new source says
    // nothing, of its own or of the old one's pages.
    if (feed !== this.#shownFeed) {
      const waiting = this.list.waiting();
      this.announcement = waiting ? this.#newItems(waiting) : '';
      this.#shownFeed = feed;
    }
    if (changed.has('refresh')) this.list.schedule();
  }

  /** "N new items", in the interface language. */
  #newItems(count: number) {
    const t = translate(this.locale);
    return plural(count, t.newOne, t.newOther);
  }

  protected override updated() {
    super.updated();
    if (this.#focusIndex < 0) return;
    const item = this.renderRoot.querySelectorAll('[part~=item]')[this.#focusIndex];
    this.#focusIndex = -1;
    // An item without a link, or none added (the last page held only repeats): the list's box.
    (item?.querySelector('a') ?? this.renderRoot.querySelector<HTMLElement>('[part~=base]'))?.focus();
  }

  /** "Show more": the next `limit` items; says how many were added and takes the reader to the first. */
  async #more() {
    if (this.list.paging) return;
    this.announcement = '';
    const result = await this.list.more();
    const t = translate(this.locale);
    if (result) {
      this.announcement = plural(result.added, t.addedOne, t.addedOther);
      this.#focusIndex = result.first;
    } else if (this.list.pageFailed) {
      // The same message as a list that fails to load, and the same "Try again" on the button.
      this.announcement = t.errorNetwork();
    }
    this.requestUpdate();
  }

  /** "N new": shows the items that arrived, where the feed puts them, and takes the reader to the first. */
  #showNew() {
    this.announcement = '';
    this.#focusIndex = this.list.showNew();
  }

  protected override renderContent(feed: Feed, t: Messages) {
    const compact = this.layout === 'compact';
    const waiting = this.list.waiting();
    const more = this.showMore && this.list.hasMore;
    // While refresh is on, the "N new" button keeps its place unseen, so its arrival moves nothing; it comes
    // last, so a longer count moves nothing after it either.
    const refreshing = this.list.refreshing;
    // The way to more that works without JavaScript too, as in a prerendered list: always there with show-more.
    const home = this.showMore && feed.home_page_url;
    return html`
      <ul part="list" role="list" lang=${ifDefined(feed.language)}>
        ${this.#chunkedList.render(
          this.list.shown(),
          // What an item's rendering reads besides the item: its messages follow the locale.
          this.level + this.locale + this.layout,
          (item, index) => html`
            <li part="item">
              <article part="article" lang=${ifDefined(item.language)}>
                <div class="text">
                  ${heading(this.level, titleLink(item, index + 1))} ${meta(item, typeLabel(item, t), this.locale)}
                  ${!compact && item.summary ? html`<p part="summary" dir="auto">${item.summary}</p>` : nothing}
                </div>
                ${compact ? nothing : figure(item, t, this.locale)}
              </article>
            </li>
          `,
        )}
      </ul>
      ${waiting || more || home || refreshing
        ? html`<div part="actions" lang=${this.locale}>
            ${more
              ? html`<button part="button show-more" type="button" aria-disabled=${this.list.paging} @click=${this.#more}>
                  ${this.list.paging ? t.loading() : this.list.pageFailed ? t.retry() : t.showMore()}
                </button>`
              : nothing}
            ${home ? html`<a part="more" href=${home}>${moreOn(feed, t)}</a>` : nothing}
            ${waiting || refreshing
              ? html`<button part="button new-items" type="button" class=${waiting ? '' : 'idle'} @click=${this.#showNew}>
                  ${this.#newItems(waiting || 1)}
                </button>`
              : nothing}
          </div>`
        : nothing}
    `;
  }

  protected override renderPlaceholder() {
    return html`
      <div part="list">
        ${Array.from(
          // Ten placeholders already fill most screens; a larger limit would only add nodes.
          { length: Math.min(this.#pageSize, 10) },
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
