declare const __POLICY_WIDGETS_VERSION__: string;

/** This copy's version: package.json's, put in at build time ("dev" when run from source). */
export const VERSION = typeof __POLICY_WIDGETS_VERSION__ === 'string' ? __POLICY_WIDGETS_VERSION__ : 'dev';

let warned = false;
/** The page's first paint, observed once for every tag, so that all of them take over in the same task. */
let firstPaint: Promise<unknown> | undefined;

/**
 * Registers `tag` unless something already has. A second copy of the script,
 * or another version, must never throw into the host page: the first copy
 * keeps the tag, and a different version says so once. On a page rendered on
 * a server, whose elements already show their content, the take-over waits
 * until after the page's first paint, so that it never holds that paint up.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor, painted?: boolean): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  // A shadow root before the definition is a declarative one: prerendered markup. (No document: a server.)
  if (!existing && !painted && globalThis.document?.querySelector(tag)?.shadowRoot) {
    // Once the browser reports the page's first paint (at once, buffered, if that came before this script). A page
    // in a background tab paints, and so takes over, when it is shown.
    // (Paint entries come once per page, so the observer has nothing more to report after.)
    (firstPaint ??= new Promise((resolve) => new PerformanceObserver(resolve).observe({ type: 'paint', buffered: true })))
      .then(() => defineElement(tag, constructor, true));
    return;
  }
  if (!existing) {
    try {
      customElements.define(tag, constructor);
    } catch {
      // The class is already registered under another tag (a page's own name for it): a subclass can take this one.
      customElements.define(tag, class extends (constructor as typeof HTMLElement) {});
    }
  } else if (existing.version !== VERSION && !warned) {
    warned = true;
    console.warn(
      `policy-widgets ${VERSION}: <${tag}> is already defined by policy-widgets ${existing.version ?? '(unknown version)'}, which is kept.`,
    );
  }
}
