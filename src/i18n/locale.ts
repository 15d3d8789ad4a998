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
  for (let node: Node | null = element; node; ) {
    const lang = node instanceof Element ? node.getAttribute('lang') : null;
    if (lang) return toLocale(lang) ?? 'en';
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'en';
}

const langListeners = new Set<() => void>();
let langObserver: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in the document
 * (including `<html lang>`). One observer serves every element; it only reads.
 * Returns the function that stops listening.
 */
export function onLangChange(listener: () => void): () => void {
  langListeners.add(listener);
  if (!langObserver) {
    langObserver = new MutationObserver(() => langListeners.forEach((notify) => notify()));
    langObserver.observe(document, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    langListeners.delete(listener);
    if (!langListeners.size) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  };
}
