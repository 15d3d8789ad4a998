// What the React and Vue render tests share: a feed object that is no file on the server, what a reader would
// see of a <policy-news> given it, and the one scenario every framework is put through.
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
function clickItem(element: PolicyNews, position: number) {
  const stay = (event: Event) => event.preventDefault();
  element.addEventListener('click', stay);
  shadow(element).querySelectorAll<HTMLAnchorElement>('[part~="link"]')[position - 1]!.click();
  element.removeEventListener('click', stay);
}

/** The detail policy-select should carry for an item of `feed`. */
const selectDetail = (feed: Feed, position: number): SelectDetail => {
  const item = feed.items[position - 1]!;
  return { id: item.id, url: item.url!, type: 'news', position };
};

/**
 * What each framework must do with a `<policy-news src=… heading-level="2" layout="compact">` it renders into
 * `container`: pass a feed object through `data` with no request, set the attributes, hand `policy-select` to
 * its own handler (which pushes into `selected`), and update the same element with a new object and limit.
 * `render(feed, limit)` renders or re-renders the framework's tree with those values.
 */
export async function expectRenderedByFramework(
  container: HTMLElement,
  key: string,
  selected: SelectDetail[],
  render: (feed: Feed, limit: number) => void | Promise<void>,
) {
  const first = pageFeed('first');
  await render(first, 2);
  const element = container.querySelector('policy-news')!;
  await expectShown(element, first, 2, 2, key);
  expect(element.getAttribute('layout')).to.equal('compact');

  clickItem(element, 2);
  expect(selected).to.deep.equal([selectDetail(first, 2)]);

  const second = pageFeed('second');
  await render(second, 3);
  expect(container.querySelector('policy-news'), 'the same element, updated').to.equal(element);
  await expectShown(element, second, 3, 2, key);
}
