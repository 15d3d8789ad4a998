import type { Locale } from './locale.js';

// Chromium's Intl has no data for nn or se (it falls back to en-US). CLDR's
// Nynorsk long date matches Bokmål's, so nn borrows nb; se uses CLDR's months
// and its `y MMMM d` pattern.
const SE_MONTHS = [
  'ođđajagemánnu', 'guovvamánnu', 'njukčamánnu', 'cuoŋománnu', 'miessemánnu', 'geassemánnu',
  'suoidnemánnu', 'borgemánnu', 'čakčamánnu', 'golggotmánnu', 'skábmamánnu', 'juovlamánnu',
];

/** One formatter per locale, made once: making one costs far more than formatting with it. */
const formatters: Partial<Record<Locale, Intl.DateTimeFormat>> = {};

/** A locale's long-date formatter. */
const formatter = (locale: Locale) =>
  (formatters[locale] ??= new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb', { dateStyle: 'long', timeZone: 'UTC' }));

/**
 * Makes `locale`'s formatter in a task of its own, while a feed is on its way: the first one costs a few
 * milliseconds, which would otherwise lengthen the task that renders the content. (For se, which formats with
 * its own months, it makes one that goes unused: a check would cost more bytes than that costs time.)
 */
export const prepareDates = (locale: Locale) => setTimeout(formatter, 0, locale);

/**
 * A feed date as the reader's calendar date, in the publisher's own offset:
 * `2016-09-28T23:30:00+02:00` is 28 September wherever it is read.
 * Returns undefined for a value that is not an RFC 3339 date.
 */
export function formatDate(value: string, locale: Locale): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return locale === 'se' ? `${year} ${SE_MONTHS[month - 1]} ${day}` : formatter(locale).format(date);
}
