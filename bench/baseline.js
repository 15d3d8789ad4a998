// The hand-written baseline: the same news-list markup as <policy-news>, in a
// shadow root with the same stylesheets, built with createElement and
// textContent. It does what a careful hand-written widget must: it keeps only
// http(s) links and images and formats dates, but has no framework.
/** The English type labels and date format the widget shows; bench/bare-lit.js renders with them too. */
export const TYPE_LABELS = {
  news: 'News',
  'press-release': 'Press release',
  speech: 'Speech',
  statement: 'Statement',
  article: 'Article',
  'white-paper': 'White paper',
  proposition: 'Proposition',
  report: 'Report',
};
export const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

const safe = (value, base) => {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
};

const el = (tag, attributes = {}, text) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
};

/** Renders `feed` into a new shadow root on `host`, styled by `sheets`. */
export function renderBaseline(host, feed, { limit, base, sheets }) {
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  const wrapper = el('div', { part: 'base', lang: 'en', 'aria-busy': 'false' });
  wrapper.append(el('span', { class: 'visually-hidden', role: 'status' }, ''));
  const list = el('ul', { part: 'list', role: 'list', lang: feed.language });
  for (const item of feed.items.slice(0, limit)) {
    if (typeof item.id !== 'string' || typeof item.title !== 'string') continue;
    const article = el('article', { part: 'article', lang: item.language });
    const heading = el('h3', { part: 'title' });
    const url = safe(item.url, base);
    heading.append(url ? el('a', { part: 'link', href: url }, item.title) : item.title);
    const meta = el('p', { part: 'meta', lang: 'en' });
    const label = TYPE_LABELS[item._policy?.type];
    if (label) meta.append(el('span', { part: 'type' }, label));
    if (item.date_published) {
      meta.append(el('time', { part: 'date', datetime: item.date_published }, dateFormat.format(new Date(item.date_published))));
    }
    article.append(heading, meta);
    if (item.summary) article.append(el('p', { part: 'summary' }, item.summary));
    const image = item._policy?.image;
    const src = image && safe(image.url, base);
    if (src) {
      const figure = el('figure', { part: 'figure' });
      figure.append(
        el('img', { part: 'image', src, alt: image.alt ?? '', width: image.width, height: image.height, loading: 'lazy', decoding: 'async' }),
      );
      if (image.caption || image.credit) {
        const caption = el('figcaption', { part: 'caption' });
        if (image.caption) caption.append(el('span', { lang: image.caption_lang }, image.caption));
        if (image.credit) caption.append(el('span', { part: 'credit' }, `Photo: ${image.credit}`));
        figure.append(caption);
      }
      article.append(figure);
    }
    const li = el('li', { part: 'item' });
    li.append(article);
    list.append(li);
  }
  wrapper.append(list);
  root.append(wrapper);
}
