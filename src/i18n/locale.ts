/** The interface languages the widgets ship. `en` is the source locale. */
export const LOCALES = ['en', 'nb', 'nn', 'se'] as const;
export type Locale = (typeof LOCALES)[number];

// Macrolanguage and three-letter codes a page may use for our locales.
const ALIASES: Record<string, Locale> = { no: 'nb', nob: 'nb', nno: 'nn', sme: 'se' };

/** Maps a BCP 47 tag to a supported locale, ignoring region and script subtags. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const locale = ALIASES[primary] ?? primary;
  return (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : undefined;
}

/**
 * The locale of an element: its own `lang`, else the nearest ancestor's across
 * shadow roots (which reaches `<html lang>`), else `en`. The nearest declared
 * language wins; one we do not support falls back to `en`.
 */
export function resolveLocale(element: Element): Locale {
  // No `instanceof Element` or `ShadowRoot`: on a server (prerender) neither exists, and an element has no parent.
  for (let node: Node | null | undefined = element; node; ) {
    const lang = (node as Element).getAttribute?.('lang');
    if (lang) return toLocale(lang) ?? 'en';
    node = node.nodeType === 11 ? (node as ShadowRoot).host : node.parentNode;
  }
  return 'en';
}

const langListeners = new Set<() => void>();
const observedRoots = new WeakSet<Node>();

/**
 * Calls `listener` whenever a `lang` attribute changes in the document, or in
 * any shadow root that `element` sits in (a host app made of web components).
 * One observer per root, made the first time an element connects in it and
 * kept for the root's life, serves every element; it only reads. Returns the
 * function that stops listening.
 */
export function onLangChange(element: Element, listener: () => void): () => void {
  for (let root = element.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    if (!observedRoots.has(root)) {
      observedRoots.add(root);
      new MutationObserver(() => langListeners.forEach((notify) => notify())).observe(root, {
        attributes: true,
        attributeFilter: ['lang'],
        subtree: true,
      });
    }
    if (!(root instanceof ShadowRoot)) break;
  }
  langListeners.add(listener);
  return () => langListeners.delete(listener);
}
