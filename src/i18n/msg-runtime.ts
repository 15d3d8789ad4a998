/**
 * The drop-in's stand-in for `@lit/localize` (vite.config.ts points the bundle's imports of it here). The
 * widgets use `msg()` and `str` only as the source of their catalog: `lit-localize extract` reads the calls, and
 * translate.ts serves each element its own locale. So the bundle needs only the source text, not the runtime's
 * one-locale-per-page machinery. The npm modules keep the real package, a peer dependency.
 */
export interface StrResult {
  strings: readonly string[];
  values: readonly unknown[];
}

/** A template with values, as `@lit/localize`'s `str` gives it: its strings and values, for translate.ts to fill. */
export const str = (strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({ strings, values });

/** The source text, with a `str` template's values filled in. */
export const msg = (template: string | StrResult, _options?: { id: string }): string =>
  typeof template === 'string' ? template : String.raw({ raw: template.strings }, ...template.values);
