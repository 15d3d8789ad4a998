import { templates as nb } from './generated/nb.js';
import { templates as nn } from './generated/nn.js';
import { templates as se } from './generated/se.js';
import type { Locale } from './locale.js';
import { messages, type Messages } from './messages.js';

type Template = string | { strings: readonly string[]; values: readonly unknown[] };

/** The compiled translations, per target locale, keyed by message id. */
export const catalogs: Record<Exclude<Locale, 'en'>, Record<string, Template>> = { nb, nn, se };

const translators = new Map<Locale, Messages>();

/**
 * The message catalog in one locale. Unlike @lit/localize's runtime, which
 * holds one locale per page, this lets two elements on a page speak two
 * languages; msg() stays the source and XLIFF the interchange.
 */
export function translate(locale: Locale): Messages {
  let translator = translators.get(locale);
  if (!translator) {
    const catalog = locale === 'en' ? {} : catalogs[locale];
    translator = Object.fromEntries(
      Object.entries(messages).map(([key, source]) => [
        key,
        (...args: unknown[]) =>
          fill(catalog[`policy-widgets.${key}`], args) ?? (source as (...a: unknown[]) => string)(...args),
      ]),
    ) as Messages;
    translators.set(locale, translator);
  }
  return translator;
}

function fill(template: Template | undefined, args: unknown[]): string | undefined {
  if (template === undefined || typeof template === 'string') return template;
  // A translated str template holds, in place of each value, its index in the source.
  return template.strings.reduce((text, part, i) => text + args[template.values[i - 1] as number] + part);
}
