import { LitElement, css, html, nothing, unsafeCSS } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { colorSchemes, themeCss, themeNames } from '../../.storybook/themes.js';
import { loadFeed } from '../../src/data/client.js';
import { ITEM_TYPES, type FeedItem } from '../../src/data/types.js';
import { LOCALES } from '../../src/i18n/locale.js';
import {
  DEFAULT_OPTIONS,
  ELEMENTS,
  FEED_EXAMPLE,
  elementAttributes,
  embedSnippet,
  isFeedAddress,
  isWebAddress,
  schemeClass,
  type EmbedOptions,
} from './snippet.js';

/** The item types a card element shows by default, from its class (PolicyCardElement.itemTypes); none for the others. */
const cardTypes = (tag: string) => (customElements.get(tag) as { itemTypes?: readonly string[] } | undefined)?.itemTypes;

const LOCALE_NAMES: Record<string, string> = {
  en: 'English',
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
  se: 'Davvisámegiella (Northern Sámi)',
};

/** The sample feed the preview shows until an address is typed; only the preview, never the code, uses it. */
const SAMPLE_FEED = new URL('fixtures/feeds/security-policy.{lang}.json', document.baseURI).href.replace('%7Blang%7D', '{lang}');

const THEME_NAMES: Record<string, string> = {
  '': 'Automatic: as your page (dark only where your page supports it)',
  light: 'Light',
  dark: 'Dark',
};

/**
 * The "Embed code" page: an editor picks an element and its options, sees it live, and copies a
 * ready snippet. Only for Storybook; not part of the library.
 */
export class EmbedCodeBuilder extends LitElement {
  static override styles = css`
    :host {
      display: block;
      color: #1b1b1b;
      font: 1em/1.5 system-ui, sans-serif;
    }
    h1 { font-size: 1.75em; margin: 0 0 0.25em; }
    h2 { font-size: 1.25em; margin: 0 0 0.5em; }
    .layout { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24em), 1fr)); gap: 2em; }
    form { display: grid; gap: 1em; align-content: start; }
    label, legend { display: block; font-weight: 600; }
    .hint { margin: 0.125em 0 0; color: #4f4f4f; font-size: 0.875em; }
    input[type='url'], input[type='text'], input[type='number'], select {
      box-sizing: border-box; width: 100%; min-height: 2.5em; margin-top: 0.25em; padding: 0.375em 0.5em;
      border: 1px solid #6b7079; border-radius: 0.25em; font: inherit; color: inherit; background: #fff;
    }
    fieldset { margin: 0; padding: 0.5em 0.75em 0.75em; border: 1px solid #8a8f98; border-radius: 0.25em; }
    fieldset label { display: flex; align-items: center; gap: 0.5em; min-height: 1.75em; font-weight: normal; }
    fieldset input { width: 1.125em; height: 1.125em; margin: 0; }
    .options { display: flex; flex-wrap: wrap; column-gap: 1.25em; }
    :focus-visible { outline: 0.1875em solid #1a5fb4; outline-offset: 0.125em; }
    .preview { padding: 1em; border: 1px dashed #8a8f98; border-radius: 0.25em; }
    pre {
      overflow: auto; margin: 0 0 0.75em; padding: 1em; border-radius: 0.25em;
      background: #f3f4f6; font: 0.9375em/1.5 ui-monospace, Menlo, Consolas, monospace;
      white-space: pre-wrap; overflow-wrap: anywhere;
    }
    button {
      min-height: 2.75em; padding: 0.5em 1.25em; border: 0; border-radius: 0.25em;
      background: #00509e; color: #fff; font: inherit; font-weight: 600; cursor: pointer;
    }
    .status { display: inline-block; margin-inline-start: 1em; }
    .${unsafeCSS(schemeClass('light'))} { --policy-color-scheme: light; }
    .${unsafeCSS(schemeClass('dark'))} { --policy-color-scheme: dark; }
    .warning { color: #b3261e; }
  `;

  @state() private options: EmbedOptions = { ...DEFAULT_OPTIONS };
  @state() private copyStatus = '';
  /** The chosen feed's items, for the item and tag choices; loaded through the widgets' own data client. */
  @state() private feedItems: FeedItem[] = [];
  private loadedFrom = '';

  private readonly themeStyle = document.createElement('style');

  override connectedCallback() {
    super.connectedCallback();
    document.head.append(this.themeStyle);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.themeStyle.remove();
  }

  private set<K extends keyof EmbedOptions>(name: K, value: EmbedOptions[K]) {
    this.options = { ...this.options, [name]: value };
    this.copyStatus = '';
    if (name === 'theme') void themeCss(String(value)).then((css) => (this.themeStyle.textContent = css));
  }

  /** The live preview's feed: the address typed, or until then the sample feed Storybook serves. */
  private get previewSource() {
    return isFeedAddress(this.options.src) ? this.options.src.trim() : SAMPLE_FEED;
  }

  protected override willUpdate() {
    const src = this.previewSource.replace(/\{lang\}|%7Blang%7D/gi, this.options.lang || 'en');
    if (src === this.loadedFrom) return;
    this.loadedFrom = src;
    loadFeed(src).then(
      (feed) => src === this.loadedFrom && (this.feedItems = feed.items),
      () => src === this.loadedFrom && (this.feedItems = []),
    );
  }

  /** Every tag in the chosen feed, once, in the order they first appear. */
  private get feedTags() {
    return [...new Set(this.feedItems.flatMap((item) => item.tags ?? []))];
  }

  /** Ticks or unticks `value` in the `types` or `tags` option, kept in the order of `known`. */
  private toggle(option: 'types' | 'tags', known: readonly string[], value: string, checked: boolean) {
    const chosen = checked ? [...this.options[option], value] : this.options[option].filter((other) => other !== value);
    this.set(option, known.filter((entry) => chosen.includes(entry)));
  }

  /** One checkbox per value of `known`, ticked where the `types` or `tags` option has it. */
  private checkboxes(option: 'types' | 'tags', known: readonly string[]) {
    return html`<div class="options">
      ${known.map(
        (value) => html`<label>
          <input
            type="checkbox"
            .checked=${live(this.options[option].includes(value))}
            @change=${(event: Event) => this.toggle(option, known, value, (event.target as HTMLInputElement).checked)}
          />${value}
        </label>`,
      )}
    </div>`;
  }

  private get snippet() {
    return embedSnippet(this.options, colorSchemes, themeNames);
  }

  private async copy() {
    try {
      await navigator.clipboard.writeText(this.snippet);
      this.copyStatus = 'Copied. Paste it into your page’s HTML.';
    } catch {
      // No clipboard access (an insecure page, or permission refused): select the code for Ctrl+C / ⌘C.
      const code = this.renderRoot.querySelector('pre')!;
      getSelection()?.selectAllChildren(code);
      code.focus();
      this.copyStatus = 'Could not copy by itself: the code is selected, press Ctrl+C (⌘C on a Mac).';
    }
  }

  override render() {
    const { options } = this;
    const news = options.tag === 'policy-news';
    return html`
      <h1>Embed code</h1>
      <p>Choose a block and its options, check the live result, then copy the code into your page’s HTML.</p>
      <div class="layout">
        <form @submit=${(event: Event) => event.preventDefault()} aria-labelledby="options-heading">
          <h2 id="options-heading">Options</h2>
          <div>
            <label for="tag">Block</label>
            <select id="tag" @change=${(event: Event) => this.set('tag', (event.target as HTMLSelectElement).value)}>
              ${Object.entries(ELEMENTS).map(
                ([tag, name]) => html`<option value=${tag} ?selected=${tag === options.tag}>${name} (${tag})</option>`,
              )}
            </select>
          </div>
          <div>
            <label for="src">Your feed’s address</label>
            <input
              id="src"
              type="text"
              inputmode="url"
              spellcheck="false"
              placeholder=${FEED_EXAMPLE}
              aria-describedby="src-hint"
              .value=${live(options.src)}
              @change=${(event: Event) => this.set('src', (event.target as HTMLInputElement).value)}
            />
            <p class="hint" id="src-hint">
              Where your feed is published, such as ${FEED_EXAMPLE}. {lang} in the address is replaced by the language:
              en, nb, nn or se. Until you give one, the live result shows a sample feed.
              ${!options.src.trim() || isFeedAddress(options.src)
                ? nothing
                : html`<strong class="warning">Give an address starting with https://, or a path on your site.</strong>`}
            </p>
          </div>
          <div>
            <label for="lang">Language</label>
            <select id="lang" @change=${(event: Event) => this.set('lang', (event.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!options.lang}>The page’s language</option>
              ${LOCALES.map(
                (locale) => html`<option value=${locale} ?selected=${locale === options.lang}>${LOCALE_NAMES[locale]}</option>`,
              )}
            </select>
          </div>
          ${cardTypes(options.tag) ? this.renderItemOption(cardTypes(options.tag)!) : nothing}
          <div>
            <label for="heading-level">Heading level</label>
            <select
              id="heading-level"
              aria-describedby="heading-level-hint"
              @change=${(event: Event) => this.set('headingLevel', Number((event.target as HTMLSelectElement).value))}
            >
              <option value="0" ?selected=${!options.headingLevel}>The block’s default</option>
              ${[1, 2, 3, 4, 5, 6].map(
                (level) => html`<option value=${level} ?selected=${level === options.headingLevel}>h${level}</option>`,
              )}
            </select>
            <p class="hint" id="heading-level-hint">Pick the level that fits under the heading above the block on your page.</p>
          </div>
          ${news ? this.renderNewsOptions() : nothing}
          <div>
            <label for="theme">Look</label>
            <select id="theme" @change=${(event: Event) => this.set('theme', (event.target as HTMLSelectElement).value)}>
              ${['', ...colorSchemes, ...themeNames].map(
                (theme) => html`<option value=${theme} ?selected=${theme === options.theme}>
                  ${THEME_NAMES[theme] ?? `Theme: ${theme}`}
                </option>`,
              )}
            </select>
          </div>
          <div>
            <label for="fallback-text">Fallback link text</label>
            <input
              id="fallback-text"
              type="text"
              aria-describedby="fallback-hint"
              .value=${live(options.fallbackText)}
              @input=${(event: Event) => this.set('fallbackText', (event.target as HTMLInputElement).value)}
            />
          </div>
          <div>
            <label for="fallback-href">Fallback link address</label>
            <input
              id="fallback-href"
              type="url"
              aria-describedby="fallback-hint"
              .value=${live(options.fallbackHref)}
              @input=${(event: Event) => this.set('fallbackHref', (event.target as HTMLInputElement).value)}
            />
            <p class="hint" id="fallback-hint">
              Shown before the block loads, to readers without JavaScript, and if the feed fails.
              ${isWebAddress(options.fallbackHref) ? nothing : html`<strong class="warning">Give an address starting with https://.</strong>`}
            </p>
          </div>
          <div>
            <label for="cdn">Files from</label>
            <input
              id="cdn"
              type="url"
              aria-describedby="cdn-hint"
              .value=${live(options.cdn)}
              @change=${(event: Event) => this.set('cdn', (event.target as HTMLInputElement).value)}
            />
            <p class="hint" id="cdn-hint">
              Where your site serves the package’s dist/ folder, pinned to one version.
              ${isWebAddress(options.cdn) ? nothing : html`<strong class="warning">Give an address starting with https://.</strong>`}
            </p>
          </div>
        </form>
        <div>
          <section aria-labelledby="code-heading">
            <h2 id="code-heading">Your code</h2>
            <pre tabindex="0" aria-labelledby="code-heading"><code>${this.snippet}</code></pre>
            <button type="button" @click=${this.copy}>Copy code</button>
            <span class="status" role="status">${this.copyStatus}</span>
            ${(colorSchemes as readonly string[]).includes(options.theme)
              ? html`<p class="hint">
                  The colour scheme is set by a class and a &lt;style&gt; rule, never a style attribute. If your page has a
                  strict Content-Security-Policy, move the rule into your own stylesheet.
                </p>`
              : nothing}
          </section>
          <section aria-labelledby="result-heading" style="margin-top: 1.5em">
            <h2 id="result-heading">Live result</h2>
            <div class="preview">${this.renderPreview()}</div>
          </section>
        </div>
      </div>
    `;
  }

  /** The card's item: the latest by default, or one of the feed's items of the types the card shows. */
  private renderItemOption(types: readonly string[]) {
    const items = this.feedItems.filter((item) => types.includes(item._policy?.type ?? ''));
    return html`
      <div>
        <label for="item">Item</label>
        <select id="item" @change=${(event: Event) => this.set('item', (event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this.options.item}>The latest</option>
          ${items.map((item) => html`<option value=${item.id} ?selected=${item.id === this.options.item}>${item.title}</option>`)}
        </select>
      </div>
    `;
  }

  private renderNewsOptions() {
    const { options } = this;
    const tags = this.feedTags;
    return html`
      <div>
        <label for="limit">Number of items</label>
        <input
          id="limit"
          type="number"
          min="1"
          max="50"
          .value=${live(String(options.limit))}
          @change=${(event: Event) => this.set('limit', Math.min(50, Math.max(1, Number((event.target as HTMLInputElement).value) || 5)))}
        />
      </div>
      <fieldset aria-describedby="types-hint">
        <legend>Item types</legend>
        <p class="hint" id="types-hint">None ticked: every type.</p>
        ${this.checkboxes('types', ITEM_TYPES)}
      </fieldset>
      <fieldset aria-describedby="tags-hint">
        <legend>Tags</legend>
        <p class="hint" id="tags-hint">
          ${tags.length ? 'None ticked: every tag. Ticked: items with at least one of them.' : 'This feed has no tags.'}
        </p>
        ${this.checkboxes('tags', tags)}
      </fieldset>
      <fieldset>
        <legend>Reader options</legend>
        <label>
          <input
            type="checkbox"
            .checked=${live(options.showMore)}
            @change=${(event: Event) => this.set('showMore', (event.target as HTMLInputElement).checked)}
          />A “Show more” button and a “More on …” link
        </label>
      </fieldset>
      <div>
        <label for="refresh">Check for new items every (seconds)</label>
        <input
          id="refresh"
          type="number"
          min="0"
          step="60"
          aria-describedby="refresh-hint"
          .value=${live(String(options.refresh))}
          @change=${(event: Event) => this.set('refresh', Math.max(0, Number((event.target as HTMLInputElement).value) || 0))}
        />
        <p class="hint" id="refresh-hint">0: never. At least 60. New items wait behind an “N new” button.</p>
      </div>
      <fieldset>
        <legend>Layout</legend>
        <div class="options">
          ${['list', 'grid', 'compact'].map(
            (layout) => html`<label>
              <input
                type="radio"
                name="layout"
                value=${layout}
                .checked=${live(options.layout === layout)}
                @change=${() => this.set('layout', layout)}
              />${layout}
            </label>`,
          )}
        </div>
      </fieldset>
    `;
  }

  /** The chosen element, live. The tag is one of ELEMENTS, never typed text; values go in as bindings. */
  private renderPreview() {
    const { options } = this;
    const attributes: Record<string, string> = { ...Object.fromEntries(elementAttributes(options, colorSchemes)), src: this.previewSource };
    const tag = unsafeStatic(ELEMENTS[options.tag] ? options.tag : 'policy-news');
    return staticHtml`
      <${tag}
        src=${ifDefined(attributes.src)}
        lang=${ifDefined(attributes.lang)}
        item=${ifDefined(attributes.item)}
        heading-level=${ifDefined(attributes['heading-level'])}
        limit=${ifDefined(attributes.limit)}
        types=${ifDefined(attributes.types)}
        tags=${ifDefined(attributes.tags)}
        layout=${ifDefined(attributes.layout)}
        ?show-more=${'show-more' in attributes}
        refresh=${ifDefined(attributes.refresh)}
        class=${ifDefined(attributes.class)}
      >
        ${options.fallbackText.trim() && isWebAddress(options.fallbackHref)
          ? html`<a href=${options.fallbackHref.trim()}>${options.fallbackText.trim()}</a>`
          : nothing}
      </${tag}>
    `;
  }
}
