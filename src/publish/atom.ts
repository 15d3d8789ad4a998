import { buildHead, buildItems, type Converted, type RawItem } from './item.js';
import { attr, child, childText, children, textOf, type XmlElement } from './xml.js';
import { PublishError } from './errors.js';
import { excerpt } from './text.js';

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

/** Atom 1.0 to items, honouring xml:lang and xml:base on the feed and on each entry. */
export function convertAtom(root: XmlElement, url: string, name: string): Converted {
  const feed = child(root, 'feed');
  if (!feed) throw new PublishError(`${name}: not Atom 1.0: no <feed>`);
  // A local file has no web address; the feed's self link, when absolute, stands in for it.
  const self = linkHref(feed, 'self');
  const feedBase = rebase(feed, /^https?:/.test(url) || !self || !/^https?:/.test(self) ? url : self);
  const language = attr(feed, 'xml:lang');
  const raws = children(feed, 'entry').map((entry): RawItem => {
    const base = rebase(entry, feedBase);
    const summary = child(entry, 'summary');
    const content = child(entry, 'content');
    return {
      base,
      id: childText(entry, 'id'),
      url: linkHref(entry, 'alternate'),
      title: childText(entry, 'title'),
      summary: summary ? textOf(summary) : excerpt(textOf(content)),
      date_published: childText(entry, 'published') ?? childText(entry, 'updated'),
      date_modified: childText(entry, 'updated'),
      language: attr(entry, 'xml:lang'),
      tags: children(entry, 'category').map((category) => attr(category, 'label') ?? attr(category, 'term') ?? ''),
      image: linkHref(entry, 'enclosure', (link) => /^image\//i.test(attr(link, 'type') ?? '')),
    };
  });
  return {
    head: buildHead(
      { title: childText(feed, 'title'), description: childText(feed, 'subtitle'), home_page_url: linkHref(feed, 'alternate'), language },
      feedBase,
    ),
    ...buildItems(raws, feedBase),
  };
}
