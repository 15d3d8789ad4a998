/**
 * A date as RFC 3339 (UTC, whole seconds), from RFC 822 (RSS), ISO 8601 / RFC 3339 (Atom, JSON APIs)
 * or anything else the JavaScript date parser reads. Undefined when the value is not a date.
 */
export function rfc3339(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const time = Date.parse(value.trim());
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
