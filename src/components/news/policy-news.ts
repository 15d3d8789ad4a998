import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PolicyElement } from '../../base/policy-element.js';
import { figure, heading, meta, moreOn, placeholder, titleLink, typeLabel } from '../../base/parts.js';
import { loadFeed } from '../../data/client.js';
import type { Feed, FeedItem } from '../../data/types.js';
import type { Messages } from '../../i18n/messages.js';
import { plural } from '../../i18n/plurals.js';
import { translate } from '../../i18n/translate.js';
import { panelStyles } from '../../styles/shared.js';
import { newsStyles } from './policy-news.styles.js';

export type NewsLayout = 'list' | 'grid' | 'compact';

/** A comma list attribute's entries, trimmed and lower-cased. */
const list = (value?: string) => value?.split(',').map((entry) => entry.trim().toLowerCase()).filter(Boolean) ?? [];

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
 * @csspart actions - The row after the list: the "N new" and "Show more" buttons, and the "More on …" link.
 * @csspart button - Either button in the actions row.
 * @csspart new-items - The "N new" button: new items from a refresh wait behind it.
 * @csspart show-more - The "Show more" button.
 * @csspart more - The "More on …" link to the feed's home page, with `show-more` once the feed's end is reached.
 * @cssprop [--policy-news-gap=--policy-space] - Space between items (`--policy-space-s` in the compact layout).
 * @cssprop [--policy-news-item-height=9em] - Height reserved for each item while loading (13em in a container narrower than 30em). The list keeps at least the reserved height when it arrives, so set it near your items' height.
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
   * behind an "N new" button; an item already shown is updated in place.
   */
  declare refresh?: number;

  /** `list`, `grid` (columns when the container is wide enough) or `compact` (titles and dates only). */
  layout: NewsLayout = 'list';

  /** The shortest `refresh` interval, in seconds: smaller values are raised to it. Public so tests can shorten it. */
  static refreshMinimum = 60;

  /** Ids the reader has been shown the chance to see; an item the feed gains later waits behind "N new". */
  private seen?: Set<string>;
  /** The feed the list was last built from, to tell a refreshed one. */
  private shownFeed?: Feed;
  /** Items from `next_url` pages, in order. */
  private pages: FeedItem[] = [];
  /** The next page to load. */
  private next?: string;
  /** How many items "Show more" and "N new" have added to `limit`. */
  private added = 0;
  private paging = false;
  private pageFailed = false;
  /** The index in the list whose link takes focus after the next render. */
  private focusIndex = -1;
  private timer?: ReturnType<typeof setInterval>;

  private get count(): number {
    return this.limit >= 1 ? Math.floor(this.limit) : 5;
  }

  /** Every item matching `types` and `tags`, from the feed and its loaded pages, each id once. */
  private matching(feed: Feed): FeedItem[] {
    const types = list(this.types);
    const tags = list(this.tags);
    const ids = new Set<string>();
    return [...feed.items, ...this.pages].filter(
      (item) =>
        !ids.has(item.id) &&
        ids.add(item.id) &&
        (!types.length || types.includes(item._policy?.type?.toLowerCase() ?? '')) &&
        (!tags.length || !!item.tags?.some((tag) => tags.includes(tag.toLowerCase()))),
    );
  }

  /** The matching items the reader may see now: not those waiting behind "N new". */
  private visible(feed: Feed): FeedItem[] {
    return this.matching(feed).filter((item) => this.seen?.has(item.id) ?? true);
  }

  protected override hasContent(feed: Feed) {
    return this.matching(feed).length > 0;
  }

  protected override emptyMessage(t: Messages) {
    return list(this.tags).length ? t.noTagMatch() : t.empty();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const { feed } = this.feeds;
    // A new source starts afresh (a src is loading again; .data is replaced at once). A new version of the
    // same feed, or a new selection from it, keeps what the reader has been shown.
    if (!feed || changed.has('data')) {
      this.seen = undefined;
      this.pages = [];
      this.added = 0;
      this.pageFailed = false;
      this.announcement = '';
    }
    if (feed && !this.seen) {
      this.seen = new Set(feed.items.map((item) => item.id));
      this.next = feed.next_url;
    } else if (feed && feed !== this.shownFeed) {
      // A new version of the feed (a refresh): say once, politely, how many new items wait.
      const waiting = this.matching(feed).length - this.visible(feed).length;
      if (waiting) this.announcement = this.newItems(waiting);
    }
    this.shownFeed = feed;
    if (changed.has('refresh')) this.schedule();
  }

  /** "N new items", in the interface language. */
  private newItems(count: number) {
    const t = translate(this.locale);
    return plural(count, t.newOne, t.newOther);
  }

  override connectedCallback() {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this);
    this.schedule();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this);
    this.schedule();
  }

  /** @internal Hears visibilitychange: the element itself is the listener, so adding and removing it need no bound copy. */
  handleEvent() {
    this.schedule();
  }

  /** Runs the refresh timer while `refresh` is set, the element connected and the page visible. */
  private schedule() {
    clearInterval(this.timer);
    const seconds = this.refresh;
    if (seconds != null && !Number.isNaN(seconds) && this.isConnected && !document.hidden) {
      this.timer = setInterval(() => this.feeds.refresh(), Math.max(seconds, PolicyNews.refreshMinimum) * 1000);
    }
  }

  protected override updated() {
    super.updated();
    if (this.focusIndex < 0) return;
    const item = this.renderRoot.querySelectorAll('[part~="item"]')[this.focusIndex];
    this.focusIndex = -1;
    // An item without a link, or none added (the last page held only repeats): the list's box.
    (item?.querySelector('a') ?? this.renderRoot.querySelector<HTMLElement>('[part~="base"]'))?.focus();
  }

  /** "Show more": the next `limit` items, loading `next_url` pages until there are enough or none are left. */
  private async more() {
    if (this.paging) return;
    const shown = this.count + this.added;
    this.paging = true;
    this.pageFailed = false;
    this.announcement = '';
    this.requestUpdate();
    try {
      while (this.visible(this.feeds.feed!).length < shown + this.count && this.next) {
        const page = await loadFeed(this.next);
        const fresh = page.items.filter((item) => !this.seen!.has(item.id) && this.seen!.add(item.id));
        this.pages.push(...fresh);
        // A page with nothing new ends the paging, so a feed whose pages loop back cannot loop us.
        this.next = fresh.length ? page.next_url : undefined;
      }
      this.added += this.count;
      const count = Math.min(this.visible(this.feeds.feed!).length - shown, this.count);
      const t = translate(this.locale);
      this.announcement = plural(count, t.addedOne, t.addedOther);
      this.focusIndex = shown;
    } catch {
      this.pageFailed = true;
      // The same message as a list that fails to load, and the same "Try again" on the button.
      this.announcement = translate(this.locale).errorNetwork();
    }
    this.paging = false;
    this.requestUpdate();
  }

  /** "N new": shows the items that arrived, where the feed puts them, and takes the reader to the first. */
  private showNew() {
    const feed = this.feeds.feed!;
    const before = new Set(this.visible(feed).map((item) => item.id));
    const waiting = this.matching(feed).filter((item) => !before.has(item.id));
    waiting.forEach((item) => this.seen!.add(item.id));
    this.added += waiting.length;
    this.announcement = '';
    this.focusIndex = this.visible(feed).findIndex((item) => !before.has(item.id));
    this.requestUpdate();
  }

  protected override renderContent(feed: Feed, t: Messages) {
    const compact = this.layout === 'compact';
    const visible = this.visible(feed);
    const shown = this.count + this.added;
    const waiting = this.matching(feed).length - visible.length;
    const more = this.showMore && (visible.length > shown || !!this.next);
    // The way to more that works without JavaScript too, as in a prerendered list: always there with show-more.
    const home = this.showMore && feed.home_page_url;
    return html`
      <ul part="list" role="list" lang=${ifDefined(feed.language)}>
        ${this.chunkedList.take(visible.slice(0, shown)).map(
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
      ${waiting || more || home
        ? html`<div part="actions" lang=${this.locale}>
            ${waiting
              ? html`<button part="button new-items" type="button" @click=${this.showNew}>
                  ${this.newItems(waiting)}
                </button>`
              : nothing}
            ${more
              ? html`<button part="button show-more" type="button" aria-disabled=${this.paging} @click=${this.more}>
                  ${this.paging ? t.loading() : this.pageFailed ? t.retry() : t.showMore()}
                </button>`
              : nothing}
            ${home ? html`<a part="more" href=${home}>${moreOn(feed, t)}</a>` : nothing}
          </div>`
        : nothing}
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
