import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Feed, FeedError, FeedErrorDetail } from '../data/types.js';
import { VERSION } from '../define.js';
import { prepareDates } from '../i18n/dates.js';
import type { Locale } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';
import { translate } from '../i18n/translate.js';
import { sharedStyles } from '../styles/shared.js';
import { tokens } from '../styles/tokens.js';
import { FeedController, feedSource } from './feed-controller.js';
import { LocaleController } from './locale-controller.js';
import { ReservedHeight } from './reserved-height.js';

export type ElementState = 'loading' | 'ready' | 'empty' | 'error';

/** The message of an error kind: `errorNetwork` for `network`; one message for an unreadable and a malformed feed. */
const errorKey = (kind: FeedError['kind']) =>
  kind === 'parse' || kind === 'format' ? 'errorInvalid' : (`error${kind[0]!.toUpperCase()}${kind.slice(1)}` as `error${Capitalize<typeof kind>}`);

/**
 * The base of every policy-widgets element. Its feed controller turns `src`
 * or `.data` into a validated feed through the data client, and its locale
 * controller keeps the interface language; the base derives `state` from
 * them, fires the events and renders the loading, error and empty states.
 * An element supplies only what it selects from the feed and how it looks.
 *
 * @fires {CustomEvent<Feed>} policy-load - The feed was loaded and rendered (a long list: its first 25 items; the rest follow within a few frames). `detail` is the validated feed.
 * @fires {CustomEvent<SelectDetail>} policy-select - A reader followed an item's link (click, Enter or middle click). `detail` is `{ id, url, type, position }`, position 1-based among the items shown. The navigation is never held up.
 * @fires {CustomEvent<FeedErrorDetail>} policy-error - The feed could not be loaded. `detail` is `{ kind, message, url }`, with `kind` one of `setup` (no usable `src`), `network`, `timeout`, `http`, `parse`, `format`.
 * @attr {string} lang - The interface language (`en`, `nb`, `nn` or `se`, or a tag that resolves to one, such as `no`). Without it, the nearest ancestor's `lang`, then `<html lang>`, then English.
 * @slot - Fallback content, such as a link to the source page. It shows before the script runs, without JavaScript, and in the error state.
 * @csspart base - The element's root box.
 * @csspart placeholder - A placeholder shape in the loading state.
 * @csspart empty - The message of the empty state.
 * @csspart error - The error state's box: message, "Try again" button and fallback.
 * @csspart error-message - The error message.
 * @csspart retry - The "Try again" button.
 * @cssprop [--policy-color-scheme=the page's color-scheme] - `light`, `dark`, or `light dark` to follow the reader's `prefers-color-scheme`. Unset, the element takes the page's `color-scheme`: it follows the reader on a page that supports dark, and stays light on one that does not.
 * @cssprop [--policy-color-text=currentColor] - Text.
 * @cssprop [--policy-color-text-muted=color-mix(in srgb, currentColor 80%, transparent)] - Secondary text: type labels, dates, captions, facts.
 * @cssprop [--policy-color-background=transparent] - The element's background and the cards' background.
 * @cssprop [--policy-color-surface=color-mix(in srgb, currentColor 10%, transparent)] - Loading placeholders and the history notice.
 * @cssprop [--policy-color-border=#8a8f98] - Card borders and the dividers of the compact list.
 * @cssprop [--policy-color-link=currentColor] - Links.
 * @cssprop [--policy-color-accent=light-dark(#00509e, #8ab4f8)] - The "Try again" button and the white-paper stripe.
 * @cssprop [--policy-color-on-accent=light-dark(#fff, #16181d)] - Text on the accent colour.
 * @cssprop [--policy-color-error=light-dark(#b3261e, #ff8a80)] - The error box's border.
 * @cssprop [--policy-color-notice=light-dark(#b35c00, #f0a35e)] - The stripe of the topic header's history notice.
 * @cssprop [--policy-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Body text font.
 * @cssprop [--policy-font-heading-family=--policy-font-family] - Heading font.
 * @cssprop [--policy-font-heading-weight=700] - Heading weight.
 * @cssprop [--policy-font-size=1em] - Base text size, relative to the page's text around the element.
 * @cssprop [--policy-font-line-height=1.5] - Line height of body text.
 * @cssprop [--policy-space=1em] - The space unit: card padding and the gap between news items.
 * @cssprop [--policy-space-s=calc(--policy-space / 2)] - The small space: between the lines of one item or card.
 * @cssprop [--policy-radius=0.25em] - Corner radius of cards, placeholders, the error box and the button.
 * @cssprop [--policy-focus-color=currentColor] - The focus ring.
 * @cssprop [--policy-focus-width=0.1875em] - The focus ring's width.
 * @cssprop [--policy-focus-offset=0.125em] - The gap between the focus ring and what it surrounds.
 */
export abstract class PolicyElement extends LitElement {
  static override styles = [tokens, sharedStyles];

  // Declared here, not with decorators: the decorator helpers are bytes every partner page would load.
  static override properties: PropertyDeclarations = {
    src: {},
    data: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    state: { reflect: true },
  };

  /** The policy-widgets version of this class, so a second copy on the page can tell. */
  static readonly version: string = VERSION;

  /** Feed URL. `{lang}` in it is replaced by the resolved locale (`en`, `nb`, `nn` or `se`). */
  declare src?: string;

  /**
   * A feed object to render without fetching. When set, it is used instead of `src` (`null` falls back to
   * `src`). It is validated like a fetched feed, once per object; its relative URLs resolve against the page
   * where it was first given. Treat it as immutable: to change what the element shows, set a new object.
   */
  declare data?: unknown;

  /** The level (1–6) of the element's item or card headings: 3 by default, 2 for `<policy-topic-header>`. Out of range, the default. */
  declare headingLevel?: number;

  /**
   * `loading`, `ready`, `empty` or `error`. Reflected, so a page can style on it; set by the element.
   * @readonly
   */
  state: ElementState = 'loading';

  /** What the status region says politely in the ready state, e.g. that items were added. */
  protected announcement = '';

  /** The level used when `heading-level` is missing or out of range. */
  protected defaultHeadingLevel = 3;

  protected readonly feeds = new FeedController(this);
  readonly #locales = new LocaleController(this);
  /** The feed or error last announced by an event, so each is announced once. */
  #announced?: Feed | FeedError;
  #focusAfterRetry = false;
  /** The loading state's height, measured as content arrives, for updated() to hold. */
  #reservedHeight = 0;
  readonly #reserve = new ReservedHeight(this);
  /** The nodes of a shadow root rendered by prerender(), shown until the feed has settled and the first render replaces them. */
  #prerendered?: ChildNode[];

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    // At once, not on the next mutation record: a test or page awaiting updateComplete sees the new language.
    if (name === 'lang') this.#locales.resolve();
  }

  /**
   * Resolves with the state once the element has settled for its current source (`ready`, `empty` or
   * `error`) and rendered it; at once if it already has.
   */
  get settled(): Promise<ElementState> {
    // The pending update first: it is what hands a new src or .data to the feed controller.
    return this.updateComplete
      .then(() => this.feeds.settled)
      .then(() => this.updateComplete)
      .then(() => this.state);
  }

  /** The interface locale, from `lang` on the element, its ancestors or `<html>`. */
  protected get locale(): Locale {
    return this.#locales.locale;
  }

  /** The heading level in use: `heading-level` if it is 1–6, else the element's default. */
  protected get level(): number {
    const level = Math.trunc(this.headingLevel ?? NaN);
    return level >= 1 && level <= 6 ? level : this.defaultHeadingLevel;
  }

  /** Whether the feed has anything for this element to show; if not, the state is `empty`. */
  protected abstract hasContent(feed: Feed): boolean;
  /** The ready state. */
  protected abstract renderContent(feed: Feed, t: Messages): unknown;
  /** The loading state: shapes that take the space the content will take. */
  protected abstract renderPlaceholder(): unknown;
  /** The empty state's message. */
  protected emptyMessage(t: Messages): string {
    return t.empty();
  }

  protected override createRenderRoot() {
    const prerendered = this.shadowRoot && [...this.shadowRoot.childNodes];
    // Lit keeps a declarative shadow root (attachShadow() would empty it) and adopts the styles into it.
    const root = super.createRenderRoot();
    if (prerendered?.length) {
      this.#prerendered = prerendered;
      this.renderOptions.renderBefore = null;
    }
    return root;
  }

  protected override shouldUpdate() {
    const prerendered = this.#prerendered;
    if (!prerendered) return true;
    // A prerendered element keeps the server's content and `state` until its feed has settled, so it never
    // shows the loading state; and if the feed fails here, it keeps its content, as the client keeps a feed it
    // holds. Else the first render replaces that content in this same task: nothing paints between.
    this.#loadSource();
    if (!this.feeds.feed && (!this.feeds.error || this.state !== 'error')) return false;
    for (const node of prerendered) node.remove();
    this.#prerendered = undefined;
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // New options from the page let the element take its own height again.
    if (changed.size) this.#reserve.release();
    // Rendered on a server, the element is never connected: its locale is read now (from the `lang` prerender() gives it).
    if (!this.isConnected) this.#locales.resolve();
    this.#loadSource();
    const { feed, error } = this.feeds;
    const wasLoading = this.state === 'loading';
    this.state = error ? 'error' : !feed ? 'loading' : this.hasContent(feed) ? 'ready' : 'empty';
    // While the feed is on its way, so that the task which renders it is shorter.
    if (this.state === 'loading') prepareDates(this.locale);
    // Content that arrives keeps at least the height the loading state reserved: a block that shrinks moves
    // the page too. It lets go when that moves nothing in view (ReservedHeight). Only once rendered: before
    // that no loading state was on screen, and on a server there is no layout to read.
    this.#reservedHeight =
      this.state === 'ready' && wasLoading && this.hasUpdated ? (this.#base?.getBoundingClientRect().height ?? 0) : 0;
  }

  /** Hands the feed controller `.data`, or else `src` in the current locale. */
  #loadSource() {
    this.feeds.use(feedSource(this.src, this.locale), this.data);
  }

  get #base() {
    return this.renderRoot.querySelector<HTMLElement>('[part~=base]');
  }

  protected override updated() {
    if (this.#reservedHeight) this.#reserve.hold(this.#base!, this.#reservedHeight);
    if (this.#focusAfterRetry) {
      this.#focusAfterRetry = false;
      this.#base?.focus();
    }
    const { feed, error } = this.feeds;
    const outcome = error ?? feed;
    if (!outcome || outcome === this.#announced) return;
    this.#announced = outcome;
    this.dispatchEvent(
      error
        ? new CustomEvent<FeedErrorDetail>('policy-error', {
            detail: { kind: error.kind, message: error.message, url: error.url },
            bubbles: true,
            composed: true,
          })
        : new CustomEvent<Feed>('policy-load', { detail: feed, bubbles: true, composed: true }),
    );
  }

  #retry() {
    this.#focusAfterRetry = true;
    this.feeds.retry();
  }

  protected override render(): TemplateResult {
    const t = translate(this.locale);
    const loading = this.state === 'loading';
    const { error } = this.feeds;
    const errorMessage = error && t[errorKey(error.kind)]();
    // The base takes focus after "Try again" (tabindex -1 keeps it out of the tab order), so the
    // reader stays in place through the reload. The status sits outside the busy box, which screen readers may keep quiet until it is done.
    // It speaks "Loading…", then the error if loading fails (WCAG 4.1.3), and nothing on success.
    return html`
      <span class="visually-hidden" role="status" lang=${this.locale}>${loading ? t.loading() : (errorMessage ?? this.announcement)}</span>
      <div part="base" lang=${this.locale} aria-busy=${loading} tabindex="-1">
        ${loading
          ? this.renderPlaceholder()
          : error
            ? this.#renderError(errorMessage!, t)
            : this.state === 'empty'
              ? html`<p part="empty">${this.emptyMessage(t)}</p>`
              : this.renderContent(this.feeds.feed!, t)}
      </div>
    `;
  }

  #renderError(message: string, t: Messages) {
    // The status above already says the message to assistive technology, so it is not said twice.
    return html`
      <div part="error">
        <p part="error-message" aria-hidden="true">${message}</p>
        <button part="retry" type="button" @click=${this.#retry}>${t.retry()}</button>
        <slot></slot>
      </div>
    `;
  }
}
