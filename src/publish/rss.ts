import { buildHead, buildItems, type Converted, type RawItem } from './item.js';
import { attr, child, childText, children, textOf, type XmlElement } from './xml.js';
import { PublishError } from './errors.js';
import { excerpt } from './text.js';

const isImage = (element: XmlElement) =>
  attr(element, 'medium') === 'image' || /^image\//i.test(attr(element, 'type') ?? '');

/** Media RSS: the first image of media:content (also inside media:group), else media:thumbnail. */
function mediaImage(item: XmlElement): RawItem['policyImage'] | undefined {
  const groups = [item, ...children(item, 'media:group')];
  const content = groups.flatMap((group) => children(group, 'media:content')).find(isImage);
  const thumbnail = groups.flatMap((group) => children(group, 'media:thumbnail'))[0];
  const media = content ?? thumbnail;
  if (!media) return undefined;
  const alt = childText(media, 'media:description') ?? childText(media, 'media:text') ?? childText(item, 'media:description');
  const size = (name: string) => Number(attr(media, name)) || undefined;
  return {
    url: attr(media, 'url'),
    alt,
    credit: childText(media, 'media:credit') ?? childText(item, 'media:credit'),
    width: size('width'),
    height: size('height'),
  };
}

/** RSS 2.0 (with dc:, content:, media: and enclosures) to items. `url` is where the document came from. */
export function convertRss(root: XmlElement, url: string, name: string): Converted {
  const channel = child(child(root, 'rss'), 'channel');
  if (!channel) throw new PublishError(`${name}: not RSS 2.0: no <rss><channel>`);
  const link = childText(channel, 'link');
  // Relative links resolve against the document's URL; a local file has none, so its channel link stands in.
  const base = /^https?:/.test(url) || !link ? url : link;
  const language = childText(channel, 'language') ?? childText(channel, 'dc:language');
  const raws = children(channel, 'item').map((item): RawItem => {
    const guid = child(item, 'guid');
    const permalink = attr(guid, 'isPermaLink') !== 'false' ? textOf(guid) : undefined;
    const media = mediaImage(item);
    const enclosure = children(item, 'enclosure').find(isImage);
    return {
      id: textOf(guid),
      url: childText(item, 'link') ?? permalink,
      title: childText(item, 'title'),
      summary: childText(item, 'description') ?? excerpt(childText(item, 'content:encoded')),
      date_published: childText(item, 'pubDate') ?? childText(item, 'dc:date'),
      language: childText(item, 'dc:language'),
      tags: [...children(item, 'category'), ...children(item, 'dc:subject')].map((tag) => textOf(tag) ?? ''),
      policyImage: media?.alt !== undefined ? media : undefined,
      image: media?.url ?? attr(enclosure, 'url'),
    };
  });
  return {
    head: buildHead({ title: childText(channel, 'title'), description: childText(channel, 'description'), home_page_url: link, language }, base),
    ...buildItems(raws, base),
  };
}
