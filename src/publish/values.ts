/** ISO 8601 / W3C date-time (Atom, Dublin Core, JSON APIs): date, then optional time, then optional zone. */
const ISO = /^(\d{4}(?:-\d\d(?:-\d\d)?)?)(?:[T ](\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?)\s*(Z|[+-]\d\d(?::?\d\d)?)?)?$/i;

/** The zone at the end of an RFC 822 date (RSS): a name the JavaScript date parser knows, or an offset. */
const RFC822_ZONE = /(?:\b(?:UT|UTC|GMT|[ECMP][SD]T|Z)|[+-]\d{4})$/;

/** Whether a date names its time zone. One that does not is read as UTC (rfc3339). */
export function hasZone(value: string): boolean {
  const iso = ISO.exec(value.trim());
  return iso ? iso[3] !== undefined : RFC822_ZONE.test(value.trim());
}

/** The same date with UTC named when it names no zone, so that the machine's TZ never changes its meaning. */
function inUtc(value: string): string {
  const iso = ISO.exec(value);
  if (!iso) return hasZone(value) ? value : `${value} GMT`;
  const [, date, time, zone] = iso;
  if (!time) return date; // a date alone is read as UTC midnight by the date parser itself
  const offset = !zone || /^z$/i.test(zone) ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3).replace(':', '') || '00'}`;
  return `${date}T${time.replace(',', '.')}${offset}`;
}

/**
 * A date as RFC 3339 (UTC, whole seconds), from RFC 822 (RSS), ISO 8601 / RFC 3339 (Atom, JSON APIs)
 * or anything else the JavaScript date parser reads. A date that names no time zone is read as UTC.
 * Undefined when the value is not a date.
 */
export function rfc3339(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const time = Date.parse(inUtc(value.trim()));
  if (Number.isNaN(time)) return undefined;
  return new Date(time).toISOString().replace('.000Z', 'Z');
}

/**
 * A BCP 47 language tag in canonical case (`nb-NO`, `en`), from the forms feeds use (`en_GB`, `NB-no`).
 * Undefined when the value is not a language tag.
 */
export function bcp47(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    return Intl.getCanonicalLocales(value.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** Whether `location` is an http(s) URL: the only kind a feed, a source or a link may name. */
export const isHttp = (location: string): boolean => /^https?:\/\//i.test(location);
