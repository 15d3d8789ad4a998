import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { heldFeed, pageBase, refreshFeed, watchFeed } from '../data/client.js';
import { FeedError, type Feed } from '../data/types.js';
import { validateFeed } from '../data/validate.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The feed URL an element's `src` names in `locale`: `{lang}` filled in; '' when blank, undefined when missing. */
export const feedSource = (src: string | undefined, locale: string): string | undefined =>
  src?.trim() ? src.replace(/\{lang\}|%7Blang%7D/gi, locale) : src == null ? undefined : '';

/** Each `.data` object, validated: once per object, however many elements show it. A failing one is checked anew. */
const validated = new WeakMap<object, Feed>();

/**
 * Keeps an element's feed: from `.data`, or from `src` through the data
 * client, whose cache entry it subscribes to while the element is connected,
 * so a refreshed feed reaches every element showing it. It holds either a
 * feed or an error once settled, and neither while loading.
 */
export class FeedController implements ReactiveController {
  feed?: Feed;
  error?: FeedError;

  /** What is loaded: the `.data` object, or the resolved `src` ('' or undefined when there is none). Set by `use()`. */
  source?: unknown;
  #started = false;
  #unwatch?: () => void;
  /** Resolves `settled`; set while a load is under way. */
  #settle?: () => void;
  #settling!: Promise<void>;

  constructor(private readonly host: Host) {
    host.addController(this);
    this.#expect();
  }

  /** Resolves once a feed or an error is held for the current source (at once if one already is). */
  get settled(): Promise<void> {
    return this.#settling;
  }

  /** Points the controller at `data`, or else at `src`. Does nothing when that is what it already has. */
  use(src: string | undefined, data: unknown) {
    const source = data ?? src;
    if (this.#started && source === this.source) return;
    this.#started = true;
    this.source = source;
    this.#load();
  }

  /** Loads the current source again: a failed request is tried anew, `.data` that failed is validated anew. */
  retry() {
    this.#load();
  }

  /**
   * Checks a `src` feed again now (`.data` has nothing to check); every element showing it hears a change.
   * Resolves once the check is done, whatever its outcome.
   */
  async refresh() {
    if (typeof this.source === 'string' && this.source) await refreshFeed(this.source).catch(() => {});
  }

  hostConnected() {
    // Subscribed again after a detach, so a response that arrived meanwhile, or a change, is not missed.
    if (this.#started && !this.#unwatch && typeof this.source === 'string' && this.source) this.#watch(this.source);
  }

  hostDisconnected() {
    this.#unwatch?.();
    this.#unwatch = undefined;
  }

  #load() {
    this.hostDisconnected();
    this.feed = this.error = undefined;
    if (!this.#settle) this.#expect();
    this.host.requestUpdate();
    const { source } = this;
    if (typeof source === 'string' && source) return this.#watch(source);
    if (source != null && typeof source !== 'string') {
      try {
        let feed = validated.get(source);
        if (!feed) validated.set(source, (feed = validateFeed(source, pageBase() ?? '')));
        this.#receive(feed);
      } catch (error) {
        // A feed given as .data has no URL of its own to report.
        this.#receive(undefined, new FeedError((error as FeedError).kind ?? 'format', (error as Error).message));
      }
      return;
    }
    const missing = () =>
      this.#receive(
        undefined,
        new FeedError('setup', `<${this.host.localName}> has ${source === '' ? 'a blank' : 'no'} src attribute: give it a feed URL, or set .data.`),
      );
    // A blank src is a mistake at once. A missing one may yet be set by the page's own script (after it
    // imports ours, say): it is reported if nothing has come once that script has had its turn.
    if (source === '') missing();
    else setTimeout(() => this.source === undefined && !this.error && missing());
  }

  #watch(src: string) {
    // Only while connected does an element subscribe. Detached, or rendered on a server once prerender() has
    // loaded its feed, it takes what the client holds.
    if (this.host.isConnected) this.#unwatch = watchFeed(src, (feed, error) => this.#receive(feed, error));
    else {
      const { feed, error } = heldFeed(src);
      if (feed || error) this.#receive(feed, error);
    }
  }

  #receive(feed?: Feed, error?: FeedError) {
    this.feed = feed;
    this.error = error;
    if (error?.kind === 'setup') console.warn(`[policy-widgets] ${error.message}`);
    this.host.requestUpdate();
    this.#settle?.();
    this.#settle = undefined;
  }

  #expect() {
    this.#settling = new Promise((resolve) => (this.#settle = resolve));
  }
}
