// The embed snippet as text. Every value a user typed is escaped for the place it goes;
// the page shows the result as text, never as markup. The snippet has no style attribute:
// the strict Content-Security-Policy that docs/embedding.md recommends would block it.
// A JSON module, so browsers load it natively in the tests as well as through Storybook's Vite.
import elementList from '../../src/elements.json' with { type: 'json' };

/** Each element's tag and its name in the builder, from src/elements.json. */
export const ELEMENTS: Record<string, string> = Object.fromEntries(elementList.elements.map(({ tag, label }) => [tag, label]));

/** Each element's own drop-in, dist/elements/<folder>.js: it and the core it imports are all a one-element page loads. */
const DROP_INS: Record<string, string> = Object.fromEntries(elementList.elements.map(({ tag, folder }) => [tag, `elements/${folder}.js`]));

export interface EmbedOptions {
  /** A tag from ELEMENTS. */
  tag: string;
  /** The partner's feed address, as typed; `''` until they type one. */
  src: string;
  /** `''`: the element follows the page's language. */
  lang: string;
  limit: number;
  /** None: every type. */
  types: string[];
  /** None: every tag. */
  tags: string[];
  layout: string;
  /** `<policy-news show-more>`. */
  showMore: boolean;
  /** Seconds between checks for new items; 0: no refresh. */
  refresh: number;
  /** The card's item id; `''`: the latest. */
  item: string;
  /** 1–6; 0: the element's default. */
  headingLevel: number;
  /** Where the package's dist/ files are served from. */
  cdn: string;
  /** `''` (follow the reader's setting), `light`, `dark` or a theme file's name. */
  theme: string;
  fallbackText: string;
  fallbackHref: string;
}

/**
 * Where a partner's page loads the package's dist/ files from; the page lets an editor change it. The package is not
 * on the npm registry yet, so this is a placeholder for the host that serves them (README.md, "Get it"); once it is
 * published, a CDN that mirrors npm serves them at https://cdn.jsdelivr.net/npm/policy-widgets@VERSION/dist.
 */
export const CDN = 'https://YOUR-CDN/policy-widgets/dist';

/** The form of a published feed's address: the page's example, and the snippet's `src` until one is typed. */
export const FEED_EXAMPLE = 'https://feeds.example.org/security-policy.{lang}.json';

/** An address that reaches the feed from a partner's page: http(s), or a path on the partner's own site. */
export const isFeedAddress = (value: string) => /^(https?:\/\/|\/(?!\/))[^\s]*$/i.test(value.trim());

/** What the page starts with: the partner types their feed's address, the rest has a default. */
export const DEFAULT_OPTIONS: EmbedOptions = {
  tag: 'policy-news',
  src: '',
  lang: '',
  limit: 5,
  types: [],
  tags: [],
  layout: 'list',
  showMore: false,
  refresh: 0,
  item: '',
  headingLevel: 0,
  cdn: CDN,
  theme: '',
  fallbackText: 'Security policy on regjeringen.no',
  fallbackHref: 'https://www.regjeringen.no/en/topics/foreign-affairs/security-policy/id1151/',
};

/**
 * The element's `src`: the address the partner typed, or the example until they type one. Never an address of
 * the page that writes the snippet, which would not answer on the partner's site.
 */
export const snippetSource = (options: EmbedOptions) => (isFeedAddress(options.src) ? options.src.trim() : FEED_EXAMPLE);

/** The class that sets a colour scheme, since a style attribute is not allowed. */
export const schemeClass = (scheme: string) => `policy-scheme-${scheme}`;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe inside a double-quoted attribute and in element text. */
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (character) => ENTITIES[character]);

/** Only web addresses become the fallback link: a `javascript:` one typed here must not reach a partner's page. */
export const isWebAddress = (value: string) => /^https?:\/\/[^\s]+$/i.test(value.trim());

/**
 * The element's attributes, in the order a partner reads them; empty ones, and those its class does not observe
 * (the element must be defined), are left out.
 */
export function elementAttributes(options: EmbedOptions, colorSchemes: readonly string[]): [string, string][] {
  const observed = (customElements.get(options.tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? [];
  const attributes: [string, string | undefined][] = [
    ['src', snippetSource(options)],
    ['lang', options.lang],
    ['item', options.item],
    ['heading-level', options.headingLevel ? String(options.headingLevel) : undefined],
    ['limit', String(options.limit)],
    ['types', options.types.join(',')],
    ['tags', options.tags.join(',')],
    ['layout', options.layout !== 'list' ? options.layout : undefined],
    ['show-more', options.showMore ? '' : undefined],
    ['refresh', options.refresh ? String(Math.max(60, options.refresh)) : undefined],
  ];
  const kept = attributes.filter(
    (attribute): attribute is [string, string] =>
      observed.includes(attribute[0]) && attribute[1] !== undefined && (attribute[1] !== '' || attribute[0] === 'show-more'),
  );
  return colorSchemes.includes(options.theme) ? [...kept, ['class', schemeClass(options.theme)]] : kept;
}

/**
 * The stylesheet (it reserves each element's space before the script runs), the element's own script, the theme
 * stylesheet if one is chosen, a colour-scheme rule if one is chosen, and the element with its fallback link.
 */
export function embedSnippet(options: EmbedOptions, colorSchemes: readonly string[], themeNames: readonly string[]) {
  const attributes = elementAttributes(options, colorSchemes)
    .map(([name, value]) => (name === 'show-more' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const cdn = escapeHtml((isWebAddress(options.cdn) ? options.cdn.trim() : CDN).replace(/\/+$/, ''));
  const lines = [
    `<link rel="stylesheet" href="${cdn}/policy-widgets.css">`,
    `<script type="module" src="${cdn}/${DROP_INS[options.tag]}"></script>`,
  ];
  if (themeNames.includes(options.theme)) {
    lines.push(`<link rel="stylesheet" href="${cdn}/themes/${escapeHtml(options.theme)}.css">`);
  }
  if (colorSchemes.includes(options.theme)) {
    // A <style> block a strict CSP blocks too: the page says to move the rule into the site's own stylesheet then.
    lines.push(`<style>.${schemeClass(options.theme)} { --policy-color-scheme: ${options.theme}; }</style>`);
  }
  lines.push(`<${options.tag}${attributes}>`);
  if (options.fallbackText.trim() && isWebAddress(options.fallbackHref)) {
    lines.push(`  <a href="${escapeHtml(options.fallbackHref.trim())}">${escapeHtml(options.fallbackText.trim())}</a>`);
  }
  lines.push(`</${options.tag}>`);
  return lines.join('\n');
}
