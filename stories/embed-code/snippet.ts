// The embed snippet as text. Every value a user typed is escaped for the place it goes;
// the page shows the result as text, never as markup.
import { elements } from '../../src/elements.json';

/** Each element's tag and its name in the builder, from src/elements.json. */
export const ELEMENTS: Record<string, string> = Object.fromEntries(elements.map(({ tag, label }) => [tag, label]));


export interface EmbedOptions {
  /** A tag from ELEMENTS. */
  tag: string;
  src: string;
  /** `''`: the element follows the page's language. */
  lang: string;
  limit: number;
  /** None: every type. */
  types: string[];
  layout: string;
  /** `''` (follow the reader's setting), `light`, `dark` or a theme file's name. */
  theme: string;
  fallbackText: string;
  fallbackHref: string;
}

/** Where partners load the files from; the README uses the same placeholder. */
export const CDN = 'https://YOUR-CDN/policy-widgets/dist';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe inside a double-quoted attribute and in element text. */
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (character) => ENTITIES[character]);

/** Only web addresses become the fallback link: a `javascript:` one typed here must not reach a partner's page. */
export const isWebAddress = (value: string) => /^https?:\/\/[^\s]+$/i.test(value.trim());

/** The element's attributes, in the order a partner reads them; empty ones are left out. */
export function elementAttributes(options: EmbedOptions, colorSchemes: readonly string[]): [string, string][] {
  const news = options.tag === 'policy-news';
  const attributes: [string, string | undefined][] = [
    ['src', options.src.trim()],
    ['lang', options.lang],
    ['limit', news ? String(options.limit) : undefined],
    ['types', news ? options.types.join(',') : undefined],
    ['layout', news && options.layout !== 'list' ? options.layout : undefined],
    ['style', colorSchemes.includes(options.theme) ? `--policy-color-scheme: ${options.theme}` : undefined],
  ];
  return attributes.filter((attribute): attribute is [string, string] => !!attribute[1]);
}

/** The script tag, the theme stylesheet if one is chosen, and the element with its fallback link. */
export function embedSnippet(options: EmbedOptions, colorSchemes: readonly string[], themeNames: readonly string[]) {
  const attributes = elementAttributes(options, colorSchemes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const lines = [`<script type="module" src="${CDN}/policy-widgets.js"></script>`];
  if (themeNames.includes(options.theme)) {
    lines.push(`<link rel="stylesheet" href="${CDN}/themes/${escapeHtml(options.theme)}.css">`);
  }
  lines.push(`<${options.tag}${attributes}>`);
  if (options.fallbackText.trim() && isWebAddress(options.fallbackHref)) {
    lines.push(`  <a href="${escapeHtml(options.fallbackHref.trim())}">${escapeHtml(options.fallbackText.trim())}</a>`);
  }
  lines.push(`</${options.tag}>`);
  return lines.join('\n');
}
