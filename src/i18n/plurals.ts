/**
 * The form of a counted string for `count`. In CLDR's plural rules for whole
 * numbers, `one` is exactly 1 in all four of our locales, and every other
 * count is `other`, except that Northern Sámi has a dual, `two`, for exactly 2.
 * The dual shows in verbs and pronouns; our counted strings are phrased
 * without either (a numeral and a noun, as "2 ođđa áši"), so in se the dual
 * and the plural are the same text and two forms cover every locale. This
 * needs no Intl.PluralRules, which some engines lack for nn and se;
 * tests/reader-strings.test.ts checks these rules against it where it has them.
 */
export const plural = (count: number, one: (count: number) => string, other: (count: number) => string): string =>
  (count === 1 ? one : other)(count);
