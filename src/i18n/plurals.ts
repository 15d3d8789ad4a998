import type { Locale } from './locale.js';

export type PluralCategory = 'one' | 'two' | 'other';

/**
 * The plural category of a count in a locale, from Intl.PluralRules where the
 * engine has the locale's rules. Chromium's Intl lacks nn and se (as it lacks
 * their dates): for those, CLDR's rules are short enough to keep here. In
 * both, `one` is exactly 1; Northern Sámi has a dual, `two`, for exactly 2.
 */
export function pluralCategory(count: number, locale: Locale): PluralCategory {
  if (!Intl.PluralRules.supportedLocalesOf(locale).length) {
    return count === 1 ? 'one' : count === 2 && locale === 'se' ? 'two' : 'other';
  }
  const category = new Intl.PluralRules(locale).select(count);
  return category === 'one' || category === 'two' ? category : 'other';
}

/** Picks the message for `count`'s plural category: `forms` are the one, two and other forms. */
export function plural(
  count: number,
  locale: Locale,
  ...forms: [(count: number) => string, (count: number) => string, (count: number) => string]
): string {
  return forms[['one', 'two', 'other'].indexOf(pluralCategory(count, locale))]!(count);
}
