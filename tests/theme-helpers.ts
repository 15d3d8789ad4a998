import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { ElementState } from '../src/index.js';
import { faultUrl, feedUrl, TAGS, uniqueKey } from './helpers.js';

// Shared by the theming and accessibility tests: the four elements in each state, colour maths, tokens on :root.
// Wrappers are rendered with fixtureSync: open-wc's fixture() waits for an animation frame for a plain <div>,
// and a page in a background tab (tests run two files at once) gets none.

export const feed = feedUrl('security-policy.en.json');
export { TAGS };
export type Tag = (typeof TAGS)[number];

/** The default background of a block, light and dark. */
export const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';
export const DARK_BACKGROUND = 'rgb(22, 24, 29)';

/** A feed with no title and no items: empty for every element. */
const nothingToShow = { version: 'https://jsonfeed.org/version/1.1', items: [] };

/**
 * A feed that never answers. Every loading element in a page shares it, so the data client holds one
 * connection open for them all (a connection each would soon use up the browser's six per server).
 */
export const hangingFeed = faultUrl({ hang: 1, key: uniqueKey('hang') });

/**
 * One element in one state, in a wrapper whose `--policy-color-scheme` is `scheme`. Loading is an element whose
 * feed never answers. Error is an HTML page where a feed should be.
 */
export function inState(tag: Tag, state: ElementState, scheme: 'light' | 'dark' = 'light'): TemplateResult {
  const src = { loading: hangingFeed, ready: feed, empty: undefined, error: feedUrl('page.html') }[state];
  const data = state === 'empty' ? nothingToShow : undefined;
  return html`<div style="--policy-color-scheme: ${scheme}">${element(tag, { src, data })}</div>`;
}

function element(tag: Tag, { src, data }: { src?: string; data?: unknown }): TemplateResult {
  const name = unsafeStatic(tag);
  return staticHtml`<${name} src=${ifDefined(src)} .data=${data}></${name}>`;
}

/** Sets tokens as inline styles on <html>, as a partner's `:root` rule would; returns the undo. */
export function rootTokens(tokens: Record<string, string>): () => void {
  const style = document.documentElement.style;
  for (const [name, value] of Object.entries(tokens)) style.setProperty(name, value);
  return () => Object.keys(tokens).forEach((name) => style.removeProperty(name));
}

const channels = (color: string) => {
  const match = color.match(/rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)/);
  if (!match) throw new Error(`not an rgb() colour: ${color}`);
  return match.slice(1, 4).map(Number);
};

const luminance = (color: string) => {
  const [r, g, b] = channels(color).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** The WCAG contrast ratio of two computed colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG 1.4.12 text spacing, as a reader's bookmarklet would apply it, inside a shadow root. */
export function applyTextSpacing(root: ShadowRoot) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p { margin-bottom: 2em !important; }`);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** The elements inside a shadow root whose content is wider than their box. */
export function overflowing(root: ShadowRoot): string[] {
  return [...root.querySelectorAll<HTMLElement>('*')]
    .filter((node) => !node.classList.contains('visually-hidden') && node.clientWidth > 0)
    .filter((node) => node.scrollWidth > node.clientWidth)
    .map((node) => `${node.localName}[part=${node.getAttribute('part')}] ${node.scrollWidth} > ${node.clientWidth}`);
}

/** The element with focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
