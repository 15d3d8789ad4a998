import { XMLParser, type X2jOptions } from 'fast-xml-parser';
import { PublishError } from './errors.js';

/** One parsed element: attributes as `@_name`, text as `#text`, child elements as arrays by tag name. */
export interface XmlElement {
  [key: string]: XmlElement[] | string | undefined;
  '#text'?: string;
}

/**
 * Limits that keep hostile XML bounded (fast-xml-parser 5 enforces them while parsing).
 * Feeds never need more than one declared entity; a billion-laughs document declares many.
 * Nesting deeper than 64 levels is an attack or a mistake, never a feed.
 */
export const XML_LIMITS = {
  maxEntityCount: 1,
  maxEntitySize: 1_000,
  maxTotalExpansions: 1_000,
  maxExpandedLength: 100_000,
  maxNestedTags: 64,
} as const;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Values stay strings: a title of "2016" is text, not a number.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  alwaysCreateTextNode: true,
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
  // Decodes numeric references (&#8211;) as XML requires, and the HTML named entities fast-xml-parser knows
  // (&copy;, &nbsp;, &hellip;); any other (&eacute;) is left as text, and plainText() decodes it.
  htmlEntities: true,
  processEntities: {
    enabled: true,
    maxEntityCount: XML_LIMITS.maxEntityCount,
    maxEntitySize: XML_LIMITS.maxEntitySize,
    maxTotalExpansions: XML_LIMITS.maxTotalExpansions,
    maxExpandedLength: XML_LIMITS.maxExpandedLength,
    // Counts only entities the document declares: &amp; in an ordinary feed is never limited.
    // (fast-xml-parser 5.12 reads this option; its type declarations do not list it yet.)
    appliesTo: 'external',
  } as X2jOptions['processEntities'],
  maxNestedTags: XML_LIMITS.maxNestedTags,
});

/**
 * Parses an XML document with entity expansion bounded and external entities refused.
 * Throws a PublishError with a one-line reason for malformed or hostile XML.
 */
export function parseXml(text: string, source: string): XmlElement {
  try {
    return parser.parse(text, true) as XmlElement;
  } catch (error) {
    const reason = String((error as Error).message ?? error).split('\n')[0];
    throw new PublishError(`${source}: not well-formed or unsafe XML: ${reason}`);
  }
}

/** The child elements named `name`. */
export const children = (element: XmlElement | undefined, name: string): XmlElement[] => {
  const value = element?.[name];
  return Array.isArray(value) ? value : [];
};

/** The first child element named `name`. */
export const child = (element: XmlElement | undefined, name: string): XmlElement | undefined => children(element, name)[0];

/** An attribute's value. */
export const attr = (element: XmlElement | undefined, name: string): string | undefined => {
  const value = element?.[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
};

/** All the text inside an element, its descendants' included (xhtml content loses the order of mixed text). */
export function textOf(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(element)) {
    if (key === '#text' && typeof value === 'string') parts.push(value);
    else if (Array.isArray(value)) for (const nested of value) parts.push(textOf(nested) ?? '');
  }
  const text = parts.join(' ').trim();
  return text || undefined;
}

/** The text of the first child element named `name`. */
export const childText = (element: XmlElement | undefined, name: string): string | undefined =>
  textOf(child(element, name));
