import { html, type TemplateResult } from 'lit';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
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

/** A feed with no title and no items: empty for every element. */
const nothingToShow = { version: 'https://jsonfeed.org/version/1.1', items: [] };

/**
 * A feed that never answers. Every loading element in a page shares it, so the data client holds one
 * connection open for them all (a connection each would soon use up the browser's six per server).
 */
export const hangingFeed = faultUrl({ hang: 1, key: uniqueKey('hang') });

/** The white-paper stripe, an accent: `--policy-color-scheme` and the page's `color-scheme` pick its light or dark colour. */
export const LIGHT_ACCENT = 'rgb(0, 80, 158)';
export const DARK_ACCENT = 'rgb(138, 180, 248)';
export const accent = (element: Element) => getComputedStyle(element.shadowRoot!.querySelector('[part~="card"]')!).borderLeftColor;

/** A light page, and a dark one: the elements sit on the page's own background, in its text colour. */
const PAGES = {
  light: '--policy-color-scheme: light; background: #fff; color: #1b1b1b',
  dark: '--policy-color-scheme: dark; color-scheme: dark; background: #121212; color: #ececec',
};

/**
 * One element in one state, on a light or a dark page (a wrapper that paints it). Loading is an element whose
 * feed never answers. Error is an HTML page where a feed should be.
 */
export function inState(tag: Tag, state: ElementState, scheme: 'light' | 'dark' = 'light'): TemplateResult {
  const src = { loading: hangingFeed, ready: feed, empty: undefined, error: feedUrl('page.html') }[state];
  const data = state === 'empty' ? nothingToShow : undefined;
  return html`<div style=${PAGES[scheme]}>${element(tag, { src, data })}</div>`;
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

const pixel = new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })!;

/** The sRGB channels the screen shows for `color` painted over `behind` (any CSS colours; translucent ones blend). */
function composite(color: string, behind = 'white'): number[] {
  pixel.clearRect(0, 0, 1, 1);
  for (const layer of ['white', behind, color]) {
    pixel.fillStyle = layer;
    pixel.fillRect(0, 0, 1, 1);
  }
  return [...pixel.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}

const luminance = (channels: number[]) => {
  const [r, g, b] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** The WCAG contrast ratio of computed colour `a` on computed colour `b` (translucent ones as painted, on white). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(composite(a, b)), luminance(composite(b))].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The opaque colour a node's text is painted on: its own background and its ancestors' across shadow roots,
 * translucent ones blended, down to the first opaque one (or the white canvas).
 */
export function backgroundBehind(node: Element): string {
  const layers: string[] = [];
  for (let at: Element | null = node; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null)) {
    const background = getComputedStyle(at).backgroundColor;
    layers.unshift(background);
    if (composite(background, 'black').join() === composite(background, 'white').join()) break;
  }
  pixel.clearRect(0, 0, 1, 1);
  for (const layer of ['white', ...layers]) {
    pixel.fillStyle = layer;
    pixel.fillRect(0, 0, 1, 1);
  }
  return `rgb(${[...pixel.getImageData(0, 0, 1, 1).data.slice(0, 3)].join(', ')})`;
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

/**
 * The focus ring `element`'s first focusable part shows when a keyboard user tabs to it (so `:focus-visible`
 * applies, in every engine), and the outline style the same part has unfocused and after a mouse click (which
 * focuses it in some engines, but is no keyboard focus: no ring).
 */
export async function tabbedRing(element: Element) {
  const target = element.shadowRoot!.querySelector<HTMLElement>('a[href], button')!;
  const unfocused = getComputedStyle(target).outlineStyle;
  const start = document.createElement('button');
  element.before(start);
  start.focus();
  await sendKeys({ press: 'Tab' });
  start.remove();
  const reached = deepActiveElement() === target;
  const { outlineStyle: style, outlineWidth, outlineOffset, outlineColor: color } = getComputedStyle(target);
  target.blur();
  const { x, y, width, height } = target.getBoundingClientRect();
  // The click must not follow the link or retry: stopped on its way down, before the part's own listeners.
  const stop = (event: Event) => (event.preventDefault(), event.stopPropagation());
  element.shadowRoot!.addEventListener('click', stop, { capture: true, once: true });
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
  const clicked = getComputedStyle(target).outlineStyle;
  await resetMouse();
  target.blur();
  return { reached, unfocused, clicked, style, width: parseFloat(outlineWidth), offset: parseFloat(outlineOffset), color };
}
