import { EntityDecoder } from '@nodable/entities';
import { decodeHTMLStrict } from 'entities';
import { XMLParser, type X2jOptions } from 'fast-xml-parser';
import { PublishError } from './errors.js';

/** One element: its name as written (`dc:title`), its attributes, and its content in document order. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  /** Child elements, and text (CDATA included) as strings. */
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

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

/** An entity or character reference, as XML names them. */
const REFERENCE = /&(?:#[0-9]+|#x[0-9a-fA-F]+|[\p{L}_:][\p{L}\p{N}_.:\-\u00B7]*);/gu;

/**
 * Expands each reference once: XML's own five, character references, entities the document declares
 * (within XML_LIMITS), and, because feeds in the wild use them without declaring them, HTML's named
 * references (`&nbsp;`, `&oslash;`). Any other reference (undeclared, or a declaration refused for
 * referring to other entities or holding markup) is an error: a literal `&name;` never reaches a feed.
 */
class FeedEntityDecoder extends EntityDecoder {
  constructor() {
    super({
      numericAllowed: true,
      limit: {
        maxTotalExpansions: XML_LIMITS.maxTotalExpansions,
        maxExpandedLength: XML_LIMITS.maxExpandedLength,
        // Counts only entities the document declares: &amp; in an ordinary feed is never limited.
        applyLimitsTo: 'external',
      },
      onInputEntity: (_name, value) => (/[<&]/.test(value) ? 'block' : 'allow'),
    });
  }

  override decode(text: string): string {
    if (!text.includes('&')) return text;
    return text.replace(REFERENCE, (reference) => {
      const expanded = super.decode(reference);
      if (expanded !== reference) return expanded;
      const html = decodeHTMLStrict(reference);
      if (html !== reference) return html;
      throw new Error(`the entity ${reference} is not declared, or its declaration was refused`);
    });
  }
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Values stay strings: a title of "2016" is text, not a number. White space is the text's own.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // CDATA apart from text, so that its content is never decoded; it is joined to the text around it below.
  cdataPropName: '#cdata',
  processEntities: {
    enabled: true,
    maxEntityCount: XML_LIMITS.maxEntityCount,
    maxEntitySize: XML_LIMITS.maxEntitySize,
    maxTotalExpansions: XML_LIMITS.maxTotalExpansions,
    maxExpandedLength: XML_LIMITS.maxExpandedLength,
    appliesTo: 'external',
  } as X2jOptions['processEntities'],
  // fast-xml-parser 5.12 takes a decoder instance here; its type declarations describe options instead.
  entityDecoder: new FeedEntityDecoder() as unknown as X2jOptions['entityDecoder'],
  maxNestedTags: XML_LIMITS.maxNestedTags,
});

/** fast-xml-parser's ordered output: `{ name: [children], ':@': attributes }`, `{ '#text': text }`, `{ '#cdata': [{ '#text' }] }`. */
type Ordered = Record<string, unknown>;

function toNodes(entries: Ordered[]): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const entry of entries) {
    const name = Object.keys(entry).find((key) => key !== ':@')!;
    const value = entry[name] as Ordered[] | string;
    const node: XmlNode =
      name === '#text'
        ? String(value)
        : name === '#cdata'
          ? (value as Ordered[]).map((text) => String(text['#text'] ?? '')).join('')
          : { name, attributes: (entry[':@'] as Record<string, string> | undefined) ?? {}, children: toNodes(value as Ordered[]) };
    // Text beside CDATA is one run of text.
    const last = nodes.length - 1;
    if (typeof node === 'string' && typeof nodes[last] === 'string') nodes[last] += node;
    else nodes.push(node);
  }
  return nodes;
}

/**
 * Parses an XML document with entity expansion bounded and external entities refused. Returns the document
 * as an element named `#document` whose children are the root element (comments and processing
 * instructions are dropped). Throws a PublishError with a one-line reason for malformed or hostile XML.
 */
export function parseXml(text: string, source: string): XmlElement {
  try {
    return { name: '#document', attributes: {}, children: toNodes(parser.parse(text, true) as Ordered[]) };
  } catch (error) {
    const reason = String((error as Error).message ?? error).split('\n')[0];
    throw new PublishError(`${source}: not well-formed or unsafe XML: ${reason}`);
  }
}

const isElement = (node: XmlNode): node is XmlElement => typeof node !== 'string';

/** The child elements named `name` (as written, prefix included). */
export const children = (element: XmlElement | undefined, name: string): XmlElement[] =>
  element ? element.children.filter((node): node is XmlElement => isElement(node) && node.name === name) : [];

/** The first child element named `name`. */
export const child = (element: XmlElement | undefined, name: string): XmlElement | undefined => children(element, name)[0];

/** The first child element, whatever its name: a document's root. */
export const firstElement = (element: XmlElement | undefined): XmlElement | undefined => element?.children.find(isElement);

/** An attribute's value. */
export const attr = (element: XmlElement | undefined, name: string): string | undefined => element?.attributes[name];

/** All the text inside an element, its descendants' included, in document order and as written. */
export function textContent(element: XmlElement): string {
  return element.children.map((node) => (isElement(node) ? textContent(node) : node)).join('');
}

/** A value held by a child element (an id, a link, a date): its text, trimmed; undefined when empty. */
export function childValue(element: XmlElement | undefined, name: string): string | undefined {
  const found = child(element, name);
  return (found && textContent(found).trim()) || undefined;
}

/** Elements with no content and no end tag in HTML: written without one, so nothing after them is swallowed. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An element written back as HTML, its text escaped: XHTML inside a feed. The prefix (`xhtml:p`) is dropped. */
function elementMarkup(element: XmlElement): string {
  const name = element.name.slice(element.name.indexOf(':') + 1);
  const inner = element.children.map((node) => (isElement(node) ? elementMarkup(node) : escapeText(node))).join('');
  return VOID.has(name.toLowerCase()) ? `<${name}>` : `<${name}>${inner}</${name}>`;
}

/**
 * An element's content as HTML source, child elements in document order. `textIsMarkup` says what the
 * element's own text is: escaped HTML (RSS, Atom `type="html"`), given as it is; or text (Atom `xhtml`),
 * escaped so that `&lt;blink&gt;` stays words. Text inside child elements is always text (XHTML).
 */
export function innerMarkup(element: XmlElement, textIsMarkup: boolean): string {
  return element.children
    .map((node) => (isElement(node) ? elementMarkup(node) : textIsMarkup ? node : escapeText(node)))
    .join('');
}
