import { buildHead, buildItems, hostTitle, type Converted, type RawItem } from './item.js';
import { attr, child, childValue, children, firstElement, innerMarkup, textContent, type XmlElement } from './xml.js';
import { PublishError } from './errors.js';
import { cleanText, excerpt, htmlToText } from './text.js';
import { isHttp } from './values.js';

/**
 * The text of an RSS element: escaped HTML (or HTML in CDATA), which RSS allows in its text, read as HTML;
 * markup a writer left unescaped is read in its place, so the words stay in order.
 */
const rssText = (element: XmlElement | undefined): string | undefined => (element ? htmlToText(innerMarkup(element, true)) : undefined);

/** The first of these child elements that has text, as text. */
function firstText(element: XmlElement, names: string[]): string | undefined {
  for (const name of names) {
    const text = rssText(child(element, name));
    if (text) return text;
  }
  return undefined;
}

/** Media RSS text: plain unless `type="html"`. */
function mediaText(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  return attr(element, 'type') === 'html' ? rssText(element) : cleanText(textContent(element));
}

const isImage = (element: XmlElement) =>
  attr(element, 'medium') === 'image' || /^image\//i.test(attr(element, 'type') ?? '');

/** Media RSS: the first image of media:content (also inside media:group), else media:thumbnail. */
function mediaImage(item: XmlElement): RawItem['policyImage'] | undefined {
  const groups = [item, ...children(item, 'media:group')];
  const content = groups.flatMap((group) => children(group, 'media:content')).find(isImage);
  const thumbnail = groups.flatMap((group) => children(group, 'media:thumbnail'))[0];
  const media = content ?? thumbnail;
  if (!media) return undefined;
  const alt = mediaText(child(media, 'media:description') ?? child(media, 'media:text') ?? child(item, 'media:description'));
  const size = (name: string) => Number(attr(media, name)) || undefined;
  return {
    url: attr(media, 'url'),
    alt,
    credit: mediaText(child(media, 'media:credit') ?? child(item, 'media:credit')),
    width: size('width'),
    height: size('height'),
  };
}

/** The channel and its items: RSS 0.9x and 2.0 (`<rss><channel>`), or RSS 0.90 and 1.0 (RDF: items beside the channel). */
function channelOf(document: XmlElement): { channel: XmlElement; items: XmlElement[] } | undefined {
  const root = firstElement(document);
  const channel = child(root, 'channel');
  if (!root || !channel) return undefined;
  if (root.name === 'rss') return { channel, items: children(channel, 'item') };
  if (root.name.endsWith('RDF')) return { channel, items: [...children(channel, 'item'), ...children(root, 'item')] };
  return undefined;
}

/** Whether a parsed XML document is RSS of any version. */
export const isRss = (document: XmlElement): boolean => channelOf(document) !== undefined;

/**
 * RSS 0.9x, 1.0 and 2.0 (with Dublin Core, content:, media:, enclosures and FeedBurner's original links)
 * to items. `url` is where the document came from.
 */
export function convertRss(document: XmlElement, url: string, name: string): Converted {
  const found = channelOf(document);
  if (!found) throw new PublishError(`${name}: not RSS: no <rss><channel>, and no <rdf:RDF> with a <channel>`);
  const { channel } = found;
  const link = childValue(channel, 'link');
  // Relative links resolve against the document's URL; a local file has none, so its channel link stands in.
  const base = isHttp(url) || !link ? url : link;
  const raws = found.items.map((item): RawItem => {
    const guid = child(item, 'guid');
    const guidText = guid && textContent(guid).trim();
    // A guid is a permalink unless it says otherwise, but only an absolute URL can be one.
    const permalink = attr(guid, 'isPermaLink') !== 'false' && isHttp(guidText ?? '') ? guidText : undefined;
    const media = mediaImage(item);
    const enclosure = children(item, 'enclosure').find(isImage);
    return {
      // RSS 1.0 names each item by its rdf:about, RSS 2.0 by its guid; RSS 0.9x only by its link.
      id: guidText || attr(item, 'rdf:about'),
      url: childValue(item, 'feedburner:origLink') ?? childValue(item, 'link') ?? permalink,
      title: firstText(item, ['title', 'dc:title']),
      summary: firstText(item, ['description', 'dc:description']) ?? excerpt(rssText(child(item, 'content:encoded'))),
      date_published: childValue(item, 'pubDate') ?? childValue(item, 'dc:date'),
      language: childValue(item, 'dc:language'),
      tags: [...children(item, 'category'), ...children(item, 'dc:subject')].map((tag) => rssText(tag) ?? ''),
      policyImage: media?.alt !== undefined ? media : undefined,
      image: media?.url ?? attr(enclosure, 'url'),
    };
  });
  const head = buildHead(
    {
      title: firstText(channel, ['title', 'dc:title']),
      description: firstText(channel, ['description', 'dc:description']),
      home_page_url: link,
      language: childValue(channel, 'language') ?? childValue(channel, 'dc:language'),
    },
    base,
  );
  return { head, ...buildItems(raws, base, name), titleFallback: hostTitle(head.home_page_url, "the host of the channel's link") };
}

