import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadFeed } from '../data/client.js';
import type { Feed, FeedItem } from '../data/types.js';
import type { FeedController } from './feed-controller.js';

/** What a list element's options say, read when needed. */
export interface ListOptions {
  /** How many items the list shows at first, and how many "Show more" adds. */
  pageSize(): number;
  /** Seconds between checks of the feed; 0 for none. */
  refreshInterval(): number;
  /** Whether the list shows this item (its `types` and `tags`, say). */
  accepts(item: FeedItem): boolean;
}

/**
 * Connected lists with refresh on (each timer runs while the page is visible), and the one visibilitychange
 * listener they share while there are any.
 */
const refreshing = new Set<ListController>();
const onVisibility = () => refreshing.forEach((list) => list.schedule());

/**
 * @internal How many lists keep a refresh timer (running, or paused while the page is hidden) and so the shared
 * listener: the tests check that a removed list leaves none behind.
 */
export const refreshingLists = (): number => refreshing.size;

/**
 * A list element's view of its feed: which items the reader has been shown the chance to see, the
 * `next_url` pages "Show more" has loaded, how many items are on show, which wait behind "N new", and the
 * refresh timer. It is keyed to the source the feed controller loads: a new `src`, `lang` or `.data` starts
 * afresh, whether that feed comes from the cache at once or not, and a page that arrives for an earlier
 * source is dropped.
 */
export class ListController implements ReactiveController {
  /** A `next_url` page is loading. */
  paging = false;
  /** The last `next_url` page failed to load. */
  pageFailed = false;

  /** The source the state below belongs to. */
  #source?: unknown;
  /** The feed last seen for this source; none until its first version, whose items are all there to see. */
  #feed?: Feed;
  /** Ids the reader has been shown the chance to see; an item the feed gains later waits behind "N new". */
  #seen = new Set<string>();
  /** Items from `next_url` pages, in order. */
  #pages: FeedItem[] = [];
  /** The next page to load. */
  #next?: string;
  /** How many items "Show more" and "N new" have added to the page size. */
  #added = 0;
  #timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly feeds: FeedController,
    private readonly options: ListOptions,
  ) {
    host.addController(this);
  }

  /** Brings the state up to the feed controller's source and feed. */
  #follow() {
    const { source, feed } = this.feeds;
    if (source !== this.#source) {
      this.#source = source;
      this.#feed = undefined;
      this.#seen = new Set();
      this.#pages = [];
      this.#next = undefined;
      this.#added = 0;
      this.paging = this.pageFailed = false;
    }
    // The first version of a source: all its items are there to see. A refreshed one's new items wait.
    if (feed && !this.#feed) {
      feed.items.forEach((item) => this.#seen.add(item.id));
      this.#next = feed.next_url;
    }
    this.#feed = feed;
  }

  /** Every item the list accepts, from the feed and its loaded pages, each id once. */
  matching(): FeedItem[] {
    this.#follow();
    const ids = new Set<string>();
    return [...(this.#feed?.items ?? []), ...this.#pages].filter(
      (item) => !ids.has(item.id) && ids.add(item.id) && this.options.accepts(item),
    );
  }

  /** The items on show, in feed order. */
  shown(): FeedItem[] {
    return this.#visible().slice(0, this.#showing);
  }

  /** How many accepted items wait behind "N new". */
  waiting(): number {
    return this.matching().length - this.#visible().length;
  }

  /** Whether "Show more" has more to show: items already loaded, or a page still to load. */
  get hasMore(): boolean {
    return this.#visible().length > this.#showing || !!this.#next;
  }

  /**
   * "Show more": the next page-size of items, loading `next_url` pages through the data client until there
   * are enough or none are left. Resolves with how many were added and the index of the first, or undefined
   * when it failed (then `pageFailed`), was already under way, or the source changed meanwhile.
   */
  async more(): Promise<{ added: number; first: number } | undefined> {
    this.#follow();
    if (this.paging || !this.#feed) return;
    const source = this.#source;
    const count = this.options.pageSize();
    const shown = this.#showing;
    this.paging = true;
    this.pageFailed = false;
    this.host.requestUpdate();
    try {
      while (this.#visible().length < shown + count && this.#next) {
        const page = await loadFeed(this.#next);
        this.#follow();
        if (source !== this.#source) return;
        const fresh = page.items.filter((item) => !this.#seen.has(item.id) && this.#seen.add(item.id));
        this.#pages.push(...fresh);
        // A page with nothing new ends the paging, so a feed whose pages loop back cannot loop us.
        this.#next = fresh.length ? page.next_url : undefined;
      }
      this.#added += count;
      return { added: Math.min(this.#visible().length - shown, count), first: shown };
    } catch {
      if (source === this.#source) this.pageFailed = true;
      return;
    } finally {
      if (source === this.#source) {
        this.paging = false;
        this.host.requestUpdate();
      }
    }
  }

  /** "N new": shows the items that wait, where the feed puts them. Returns the index of the first. */
  showNew(): number {
    const before = new Set(this.#visible().map((item) => item.id));
    const waiting = this.matching().filter((item) => !before.has(item.id));
    waiting.forEach((item) => this.#seen.add(item.id));
    this.#added += waiting.length;
    this.host.requestUpdate();
    return this.#visible().findIndex((item) => !before.has(item.id));
  }

  /** The refresh timer's tick: checks the feed again now. Resolves once the check is done. */
  refresh(): Promise<void> {
    return this.feeds.refresh();
  }

  /** Whether `refresh` is on: the list checks its feed on an interval while connected and visible. */
  get refreshing(): boolean {
    return !!this.options.refreshInterval();
  }

  /** Runs the refresh timer while `refresh` is set, the host connected and the page visible. */
  schedule() {
    clearInterval(this.#timer);
    this.#timer = undefined;
    const wanted = this.refreshing && this.host.isConnected;
    if (wanted && !document.hidden) this.#timer = setInterval(() => this.refresh(), this.options.refreshInterval() * 1000);
    if (wanted) refreshing.add(this);
    else refreshing.delete(this);
    document[refreshing.size ? 'addEventListener' : 'removeEventListener']('visibilitychange', onVisibility);
  }

  hostConnected() {
    this.schedule();
  }

  hostDisconnected() {
    this.schedule();
  }

  get #showing() {
    return this.options.pageSize() + this.#added;
  }

  /** The accepted items the reader may see now: not those waiting behind "N new". */
  #visible(): FeedItem[] {
    return this.matching().filter((item) => this.#seen.has(item.id));
  }
}
