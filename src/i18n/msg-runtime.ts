/**
 * The widgets' own `msg()` and `str`, in place of `@lit/localize`'s (vite.config.ts also points the bundle's
 * other imports of it here). They are only the source of the catalog: `lit-localize extract` reads the calls,
 * found by the marker types below, and translate.ts serves each element its own locale. So no build needs the
 * runtime's one-locale-per-page machinery, and an application's own lit-localize, configured with ids like
 * ours, cannot change the widgets' English.
 */
export interface StrResult {
  strings: readonly string[];
  values: readonly unknown[];
}

/** A template with values, as `@lit/localize`'s `str` gives it: its strings and values, for translate.ts to fill. */
export const str: ((strings: TemplateStringsArray, ...values: unknown[]) => StrResult) & { _LIT_LOCALIZE_STR_?: never } = (strings, ...values) => ({
  strings,
  values,
});

/** The source text, with a `str` template's values filled in. */
export const msg: ((template: string | StrResult, options?: { id: string }) => string) & { _LIT_LOCALIZE_MSG_?: never } = (template) =>
  typeof template === 'string' ? template : String.raw({ raw: template.strings }, ...template.values);
