import { buildHead, buildItems, hostTitle, type Converted, type RawItem } from './item.js';
import { attr, child, childValue, children, firstElement, innerMarkup, textContent, type XmlElement } from './xml.js';
import { PublishError } from './errors.js';
import { cleanText, excerpt, htmlToText } from './text.js';
import { isHttp } from './values.js';

/** An xml:base resolved against the base in scope; the base in scope when there is none or it is broken. */
function rebase(element: XmlElement, base: string): string {
  const own = attr(element, 'xml:base');
  if (!own) return base;
  try {
    return new URL(own, base).href;
  } catch {
    return base;
  }
}

/** The href of the first link with this rel (a link without rel is "alternate", RFC 4287 4.2.7.2). */
function linkHref(element: XmlElement, rel: string, filter: (link: XmlElement) => boolean = () => true): string | undefined {
  const link = children(element, 'link').find((candidate) => (attr(candidate, 'rel') ?? 'alternate') === rel && filter(candidate));
  return attr(link, 'href');
}

/** How a text construct or content holds its text. */
type Kind = 'text' | 'html' | 'xhtml';

/**
 * What an Atom 1.0 `type` (text, html, xhtml, or a media type for content: RFC 4287 3.1 and 4.1.3) or an
 * Atom 0.3 `type` (a media type, text/plain by default) says the element holds. Undefined for content that
 * is not text (an image, other base64 data).
 */
function kindOf(type: string): Kind | undefined {
  if (type === 'text' || type === 'text/plain') return 'text';
  if (type === 'html' || type === 'text/html') return 'html';
  if (type === 'xhtml' || type === 'application/xhtml+xml') return 'xhtml';
  if (type.startsWith('text/') || /[/+]xml$/.test(type)) return 'text';
  return undefined;
}

/**
 * An Atom text construct (title, subtitle, summary…) or content as plain text, by its format's rules:
 * `text` is text (entities were decoded once, by the XML parser: nothing is stripped); `html` is escaped
 * HTML, read as HTML; `xhtml` is markup whose text is text (`&lt;blink&gt;` stays). Atom 0.3's
 * `mode="escaped"` holds escaped markup, and `mode="base64"` the text in base64.
 */
function atomText(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  const kind = kindOf((attr(element, 'type') ?? 'text').trim().toLowerCase());
  if (!kind) return undefined;
  const mode = attr(element, 'mode')?.trim().toLowerCase();
  if (mode === 'base64' || mode === 'escaped') {
    const source = mode === 'base64' ? Buffer.from(textContent(element), 'base64').toString('utf8') : textContent(element);
    return kind === 'text' ? cleanText(source) : htmlToText(source);
  }
  if (kind === 'text') return cleanText(textContent(element));
  return htmlToText(innerMarkup(element, kind === 'html'));
}

/** The first of these child elements' values: a date, an id. */
const firstValue = (element: XmlElement, names: string[]) => names.map((name) => childValue(element, name)).find(Boolean);

/**
 * Atom 1.0 (RFC 4287) and Atom 0.3 to items, honouring xml:lang and xml:base on the feed and on each entry.
 * Atom 0.3's `issued`, `created`, `modified` and `tagline` stand where 1.0 has `published`, `updated` and
 * `subtitle`.
 */
export function convertAtom(document: XmlElement, url: string, name: string): Converted {
  const feed = firstElement(document);
  if (feed?.name !== 'feed') throw new PublishError(`${name}: not Atom: no <feed>`);
  // A local file has no web address; the feed's self link, when absolute, stands in for it.
  const self = linkHref(feed, 'self');
  const feedBase = rebase(feed, isHttp(url) || !self || !isHttp(self) ? url : self);
  const language = attr(feed, 'xml:lang');
  const raws = children(feed, 'entry').map((entry): RawItem => {
    const base = rebase(entry, feedBase);
    const summary = child(entry, 'summary');
    return {
      base,
      id: childValue(entry, 'id'),
      url: childValue(entry, 'feedburner:origLink') ?? linkHref(entry, 'alternate'),
      title: atomText(child(entry, 'title')),
      summary: summary ? atomText(summary) : excerpt(atomText(child(entry, 'content'))),
      date_published: firstValue(entry, ['published', 'issued', 'created', 'updated', 'modified']),
      date_modified: firstValue(entry, ['updated', 'modified']),
      language: attr(entry, 'xml:lang'),
      tags: [
        ...children(entry, 'category').map((category) => attr(category, 'label') ?? attr(category, 'term') ?? ''),
        ...children(entry, 'dc:subject').map((subject) => textContent(subject)),
      ],
      image: linkHref(entry, 'enclosure', (link) => /^image\//i.test(attr(link, 'type') ?? '')),
    };
  });
  const head = buildHead(
    {
      title: atomText(child(feed, 'title')),
      description: atomText(child(feed, 'subtitle') ?? child(feed, 'tagline')),
      home_page_url: linkHref(feed, 'alternate'),
      language,
    },
    feedBase,
  );
  return { head, ...buildItems(raws, feedBase, name), titleFallback: hostTitle(head.home_page_url, "the host of the feed's link") };
}
