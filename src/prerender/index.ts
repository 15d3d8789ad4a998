// Server rendering (Node only): fills each policy element in a page with a declarative shadow root holding
// what the element renders in the browser, so the content is in the HTML before any script runs.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { parse, parseFragment, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';
import { PolicyElement } from '../index.js';
import { feedSource } from '../base/feed-controller.js';
import { boundedFetch } from '../data/bounded-fetch.js';
import { createFeedCache, feedClientOptions, feedUrl, loadFeed, renderWith, type FeedCache, type HeldFeed } from '../data/client.js';
import type { FeedError } from '../data/types.js';
import { toLocale, type Locale } from '../i18n/locale.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Options for {@link prerender}. */
export interface PrerenderOptions {
  /**
   * The page's own URL, which relative `src` URLs resolve against (after any `<base href>` in the page).
   * Without it, only absolute feed URLs load; a relative one renders the error state.
   */
  baseUrl?: string | URL;
  /**
   * The only origins feeds may be loaded from, e.g. `['https://feeds.example.org']`. A `src` elsewhere, or a
   * redirect that leaves them, renders the `setup` error with no request to it. Give it wherever page HTML is
   * written by people the server should not trust (a CMS), so a page cannot make the server fetch internal
   * addresses. Any origin, when not given.
   */
  origins?: readonly (string | URL)[];
  /** The largest feed body read, in bytes (5 MB by default); a larger one renders an error, found while reading. */
  maxBytes?: number;
  /** How long one feed request may take, in milliseconds (10 s by default); a slower one renders an error. */
  timeout?: number;
  /**
   * The store feeds are loaded through. By default each call has its own, so what one call loads does not
   * outlive it. Pass one store from {@link createFeedCache} to every call of a build to load each URL once per build.
   */
  feedCache?: FeedCache;
  /**
   * Where the package's `dist/` directory is served, e.g. `https://cdn.example/policy-widgets@0.3.0/dist/`.
   * Each shadow root links its element's stylesheet from there (`styles/<tag>.css`), which a `style-src` naming
   * that origin allows. By default, the directory of the page's own `policy-widgets.js` (or `.iife.js`) script or
   * `policy-widgets.css` link; with neither, the styles are inlined, which a strict `style-src` blocks.
   */
  assetsUrl?: string | URL;
}

export { createFeedCache, type FeedCache };

/** The default of {@link PrerenderOptions.maxBytes}: 5 MB. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

/** One text replacement in the page, at offsets in the original HTML. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Returns `html` with every policy element that has a `src` filled in: a
 * declarative shadow root (`<template shadowrootmode="open">`) holding what
 * the element renders in the browser for its attributes, feed and locale,
 * and its `state` attribute set. The rest of the page is left byte for byte,
 * the author's fallback included. Each feed is loaded once, through the
 * same client and validation as in the browser; one that cannot be loaded
 * renders the error state. Never rejects for a feed's sake.
 *
 * An element without `src` is left as it is: the page's own script may yet
 * give it one, or `.data`.
 */
export async function prerender(
  html: string,
  { baseUrl, origins, maxBytes = MAX_FEED_BYTES, timeout = feedClientOptions.timeout, feedCache = createFeedCache(), assetsUrl }: PrerenderOptions = {},
): Promise<string> {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const base = pageBase(document, baseUrl);
  const assets = assetsUrl === undefined ? assetsOf(document) : String(assetsUrl).replace(/\/?$/, '/');
  const targets = policyElements(document).map((element) => {
    const locale = localeOf(element);
    const attributes = attributesFor(element, locale, base);
    return { element, attributes, feed: feedSource(attributes.get('src'), locale) };
  });
  // Every feed first, once per URL: rendering is synchronous, and each element finds its feed (or the
  // reason it failed) among this call's. A URL outside `origins` is refused even if the store holds it.
  const { fetch, check } = boundedFetch({ origins, maxBytes });
  const feeds = new Map<string, HeldFeed>();
  const urls = new Set(targets.flatMap(({ feed }) => (feed && feedUrl(feed)) || []));
  await Promise.all(
    [...urls].map(async (url) => {
      try {
        check(url);
        feeds.set(url, { feed: await loadFeed(url, { cache: feedCache, fetch, timeout }) });
      } catch (error) {
        feeds.set(url, { error: error as FeedError });
      }
    }),
  );
  const edits = renderWith(feeds, () => targets.flatMap(({ element, attributes }) => fill(element, attributes, assets)));
  // From the end backwards, so that each edit's offsets still hold.
  return edits
    .sort((a, b) => b.start - a.start)
    .reduce((page, { start, end, text }) => page.slice(0, start) + text + page.slice(end), html);
}

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

function* descendants(node: Node): Generator<Element> {
  // Only the document's own tree: the content of a <template> is inert, and not rendered.
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    if ('tagName' in child) yield child;
    yield* descendants(child);
  }
}

/**
 * The directory the page loads the package from, as the page writes it (so it resolves as the script does): that of
 * its `policy-widgets.js` or `policy-widgets.iife.js` script, or its `policy-widgets.css` link.
 */
function assetsOf(document: Node): string | undefined {
  for (const element of descendants(document)) {
    const url = element.tagName === 'script' ? attribute(element, 'src') : element.tagName === 'link' && /(^|\s)stylesheet(\s|$)/i.test(attribute(element, 'rel') ?? '') ? attribute(element, 'href') : undefined;
    const path = url?.trim().replace(/[?#].*/, '');
    if (path && /(^|\/)policy-widgets(\.iife)?\.(js|css)$/.test(path)) return path.replace(/[^/]*$/, '');
  }
  return undefined;
}

/** Where the build writes each element's stylesheet, under the package's dist/ directory. */
const stylesheetPath = (tag: string) => `styles/${tag}.css`;

/**
 * An element's stylesheet and its path under dist/: the element's own `static styles`, as Lit adopts them in the
 * browser and as @lit-labs/ssr would inline them. The build writes one per element (scripts/element-styles.mjs).
 */
export function elementStylesheet(tag: string): { path: string; css: string } {
  const element = customElements.get(tag) as unknown as typeof PolicyElement;
  (element as unknown as { finalize(): void }).finalize();
  return { path: stylesheetPath(tag), css: element.elementStyles.map((style) => (style as { cssText: string }).cssText).join('') };
}

/** The page's base URL, as the browser takes it: `<base href>` resolved against the page's URL. */
function pageBase(document: Node, baseUrl: string | URL | undefined): string | undefined {
  const href = [...descendants(document)].find((element) => element.tagName === 'base' && attribute(element, 'href'));
  const base = href && URL.canParse(attribute(href, 'href')!, baseUrl) ? new URL(attribute(href, 'href')!, baseUrl) : baseUrl;
  return base?.toString();
}

/** Every element of a tag defined by a policy-widgets class, with a `src` to render from. */
const policyElements = (document: Node) =>
  [...descendants(document)].filter(
    (element) => customElements.get(element.tagName)?.prototype instanceof PolicyElement && attribute(element, 'src') !== undefined,
  );

/** The element's locale as the browser resolves it: its own `lang`, the nearest ancestor's, then `en`. */
function localeOf(element: Element): Locale {
  for (let node: Node | null = element; node && 'attrs' in node; node = node.parentNode) {
    const lang = attribute(node, 'lang');
    if (lang) return toLocale(lang) ?? 'en';
  }
  return 'en';
}

/**
 * The attributes the element's class observes, as the server render gets them: `src` resolved against the
 * page, and `lang` set to the resolved locale, since on the server the element has no ancestors to ask.
 * The page itself keeps the author's attributes.
 */
function attributesFor(element: Element, locale: Locale, base: string | undefined): Map<string, string> {
  const observed: string[] = (customElements.get(element.tagName) as unknown as typeof PolicyElement).observedAttributes;
  const attributes = new Map<string, string>();
  for (const name of observed) {
    const value = attribute(element, name);
    if (value !== undefined && name !== 'state') attributes.set(name, value);
  }
  const src = attributes.get('src')!;
  if (src.trim() && URL.canParse(src, base)) attributes.set('src', new URL(src, base).href);
  attributes.set('lang', locale);
  return attributes;
}

/** The edits that fill one element: the attributes it reflects (`state`, and e.g. `layout`), and its declarative shadow root. */
function fill(element: Element, attributes: Map<string, string>, assets: string | undefined): Edit[] {
  const { shadow, reflected } = renderElement(element.tagName, attributes, assets);
  const location = element.sourceCodeLocation!;
  const startTag = location.startTag!;
  const afterName = startTag.startOffset + 1 + element.tagName.length;
  const edits: Edit[] = [...reflected].map(([name, value]) => {
    const at = location.attrs?.[name];
    const text = `${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
    return at ? { start: at.startOffset, end: at.endOffset, text } : { start: afterName, end: afterName, text: ` ${text}` };
  });
  // A page prerendered before gets its shadow root replaced, not a second one.
  const old = element.childNodes.find((child) => 'tagName' in child && child.tagName === 'template' && attribute(child, 'shadowrootmode'));
  const oldAt = old?.sourceCodeLocation;
  edits.push(oldAt ? { start: oldAt.startOffset, end: oldAt.endOffset, text: shadow } : { start: startTag.endOffset, end: startTag.endOffset, text: shadow });
  return edits;
}

/**
 * Renders one element with @lit-labs/ssr: its declarative shadow root, without Lit's hydration comments, and the
 * attributes it reflected on its host (those it was not given), so that page CSS sees what it will see in the browser.
 */
function renderElement(tag: string, attributes: Map<string, string>, assets: string | undefined): { shadow: string; reflected: Map<string, string> } {
  // <tag name1="${value1}" name2="${value2}"></tag>: the names are the class's own, the values are bound (and escaped).
  const names = [...attributes.keys()];
  const strings = names.map((name, i) => `${i ? '"' : `<${tag}`} ${name}="`).concat(`"></${tag}>`);
  const template = html(Object.assign(strings, { raw: strings }), ...attributes.values());
  const fragment = parseFragment(collectResultSync(render(template)));
  const host = [...descendants(fragment)].find((element) => element.tagName === tag)!;
  const root = host.childNodes.find((child) => 'tagName' in child && child.tagName === 'template') as DefaultTreeAdapterMap['template'];
  dropComments(root.content);
  if (assets !== undefined) linkStylesheet(root.content, assets + stylesheetPath(tag));
  const reflected = new Map(host.attrs.filter(({ name }) => !attributes.has(name)).map(({ name, value }) => [name, value]));
  return { shadow: serializeOuter(root), reflected };
}

/**
 * Replaces the shadow root's inline `<style>`, which `style-src` without 'unsafe-inline' blocks, by a link to the same
 * rules in the package's stylesheet. In the browser the element's own render replaces both with adopted style sheets.
 */
function linkStylesheet(content: DefaultTreeAdapterMap['documentFragment'], href: string) {
  const style = content.childNodes.findIndex((child) => child.nodeName === 'style');
  const link = parseFragment('<link rel="stylesheet">').childNodes[0] as Element;
  link.attrs.push({ name: 'href', value: href });
  link.parentNode = content;
  if (style < 0) content.childNodes.unshift(link);
  else content.childNodes[style] = link;
}

/** Removes comments: Lit's hydration markers, which a take-over without hydration does not use. */
function dropComments(node: Node) {
  if (!('childNodes' in node)) return;
  node.childNodes = node.childNodes.filter((child) => child.nodeName !== '#comment');
  for (const child of node.childNodes) dropComments('content' in child ? child.content : child);
}
