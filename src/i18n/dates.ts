import type { Locale } from './locale.js';

// Chromium's Intl has no data for nn or se (it falls back to en-US). CLDR's
// Nynorsk long date matches Bokmål's, so nn borrows nb; se uses CLDR's months
// and its `y MMMM d` pattern.
const SE_MONTHS = [
  'ođđajagemánnu', 'guovvamánnu', 'njukčamánnu', 'cuoŋománnu', 'miessemánnu', 'geassemánnu',
  'suoidnemánnu', 'borgemánnu', 'čakčamánnu', 'golggotmánnu', 'skábmamánnu', 'juovlamánnu',
];

/** One formatter per Intl locale, made on first use: making one costs far more than formatting with it. */
const formatters: Record<string, Intl.DateTimeFormat> = {};

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
  if (locale === 'se') return `${year} ${SE_MONTHS[month - 1]} ${day}`;
  const intlLocale = locale === 'en' ? 'en-GB' : 'nb';
  return (formatters[intlLocale] ??= new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' })).format(date);
}
