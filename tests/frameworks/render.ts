// What the React and Vue render tests share: a feed object that is no file on the server, and what a
// reader would see of a <policy-news> given it.
import { expect } from '@open-wc/testing';
import type { Feed, PolicyNews, SelectDetail } from '../../src/index.js';
import { hits, shadow } from '../helpers.js';

/** A feed built in the page, as an application holding its own data passes it: its titles are nowhere else. */
export const pageFeed = (label: string): Feed => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: `${label} feed`,
  items: [1, 2, 3].map((n) => ({
    id: `${label}-${n}`,
    url: `https://example.org/${label}/${n}`,
    title: `${label} item ${n}`,
    date_published: `2026-11-0${n}T12:00:00Z`,
    _policy: { type: 'news' },
  })),
});

/** Asserts the element shows `feed`'s first `count` items under headings of `level`, and no request for `key`. */
export async function expectShown(element: PolicyNews, feed: Feed, count: number, level: number, key: string) {
  expect(await element.settled).to.equal('ready');
  const headings = [...shadow(element).querySelectorAll(`h${level}[part~="title"]`)];
  expect(headings.map((heading) => heading.textContent!.trim())).to.deep.equal(
    feed.items.slice(0, count).map((item) => item.title),
  );
  expect(element.hasAttribute('data'), 'data was set as a property, not an attribute').to.be.false;
  expect((await hits(key)).count, 'no request for src: data came first').to.equal(0);
}

/** Clicks the element's `position`th link (1-based), keeping the page where it is. */
export function clickItem(element: PolicyNews, position: number) {
  const stay = (event: Event) => event.preventDefault();
  element.addEventListener('click', stay);
  shadow(element).querySelectorAll<HTMLAnchorElement>('[part~="link"]')[position - 1]!.click();
  element.removeEventListener('click', stay);
}

/** The detail policy-select should carry for an item of `feed`. */
export const selectDetail = (feed: Feed, position: number): SelectDetail => {
  const item = feed.items[position - 1]!;
  return { id: item.id, url: item.url!, type: 'news', position };
};
