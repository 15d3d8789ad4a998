import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { PolicyNews } from '../src/index.js';
import { feedClientOptions, loadFeed } from '../src/data/index.js';
import { fastRefresh, faultUrl, feedUrl, fixtureSettled, hits, shadow, uniqueKey } from './helpers.js';

// Reader features of <policy-news>: tags, show-more (through next_url pages), refresh. Every feed comes over real
// HTTP from the test server, the paged and growing ones from the fault server (tests/server/feed-faults.mjs).

const titles = (element: PolicyNews) =>
  [...shadow(element).querySelectorAll('[part~="title"]')].map((node) => node.textContent!.trim());
const part = <T extends HTMLElement = HTMLElement>(element: Element, name: string) =>
  shadow(element).querySelector<T>(`[part~="${name}"]`);
const status = (element: Element) => shadow(element).querySelector('[role="status"]')!.textContent!.trim();
const focused = (element: Element) => shadow(element).activeElement as HTMLElement | null;
/** Presses a button the way a keyboard user does: focus, then Enter. */
async function press(button: HTMLElement) {
  button.focus();
  await sendKeys({ press: 'Enter' });
}

/** A copy of the paged feed's first page as `.data`, its `next_url` pointing wherever a test needs. */
async function firstPage(nextUrl: string) {
  const page = (await (await fetch(feedUrl('paged-1.json'))).json()) as Record<string, unknown>;
  return { ...page, next_url: new URL(nextUrl, location.href).href };
}

describe('<policy-news> reader features', () => {
  const defaults = { ...feedClientOptions };
  beforeEach(() => Object.assign(feedClientOptions, { retryDelay: 20, timeout: 3000, retries: 0 }));
  afterEach(() => Object.assign(feedClientOptions, defaults));

  describe('tags', () => {
    it('shows only items with one of the tags, compared case-insensitively', async () => {
      const element = await fixtureSettled<PolicyNews>(
        html`<policy-news src=${feedUrl('paged-1.json')} tags="nato, CYBER SECURITY"></policy-news>`,
      );
      expect(titles(element)).to.deep.equal(['Security policy update 2: NATO', 'Security policy update 3: Cyber security']);
      await expect(element).to.be.accessible();
    });

    it('combined with types, shows only items matching both', async () => {
      // paged-2 is NATO and a press release; paged-1 is Arms control and news; paged-4 Arms control and a statement.
      const element = await fixtureSettled<PolicyNews>(
        html`<policy-news src=${feedUrl('paged-1.json')} tags="Arms control,NATO" types="news,statement"></policy-news>`,
      );
      expect(titles(element)).to.deep.equal(['Security policy update 1: Arms control', 'Security policy update 4: Arms control']);
    });

    it('says that no item matches the tags, in the interface language, apart from the general empty message', async () => {
      const element = await fixtureSettled<PolicyNews>(
        html`<policy-news src=${feedUrl('paged-1.json')} tags="Fisheries"></policy-news>`,
      );
      expect(element.state).to.equal('empty');
      expect(part(element, 'empty')!.textContent).to.equal('No items match these tags.');
      element.lang = 'nn';
      await element.updateComplete;
      expect(part(element, 'empty')!.textContent).to.equal('Ingen saker har desse emneorda.');
      element.tags = undefined;
      element.types = 'report';
      await element.updateComplete;
      expect(part(element, 'empty')!.textContent, 'the general empty message').to.equal('Her er det ikkje noko å vise enno.');
      await expect(element).to.be.accessible();
    });
  });

  describe('show-more', () => {
    it('adds the next `limit` items from the loaded feed, focuses the first new link and says how many were added', async () => {
      const element = await fixtureSettled<PolicyNews>(
        html`<policy-news src=${feedUrl('security-policy.en.json')} limit="3" show-more></policy-news>`,
      );
      expect(titles(element)).to.have.length(3);
      await press(part(element, 'show-more')!);
      await waitUntil(() => titles(element).length === 6, 'three more items');
      const links = shadow(element).querySelectorAll('[part~="link"]');
      expect(focused(element) === links[3], 'focus on the first new link').to.be.true;
      expect(status(element)).to.equal('3 items added');
      expect(element.limit, 'limit stays as it is').to.equal(3);
      await expect(element).to.be.accessible();
    });

    it('pages through next_url, validated and de-duplicated by id, and at the end leaves the "More on …" link', async () => {
      const element = await fixtureSettled<PolicyNews>(
        html`<policy-news src=${feedUrl('paged-1.json')} limit="4" show-more></policy-news>`,
      );
      const more = part(element, 'more') as HTMLAnchorElement;
      expect(more.href, 'the link is there from the start, for a list without JavaScript').to.match(/security-policy\/id1151\/$/);
      await press(part(element, 'show-more')!);
      // Page 2 repeats page 1's last item: it is shown once.
      await waitUntil(() => titles(element).length === 8, 'a second page');
      expect(new Set(titles(element)).size).to.equal(8);
      expect(titles(element)[4]).to.equal('Security policy update 5: NATO');
      expect(focused(element)!.textContent).to.equal('Security policy update 5: NATO');
      expect(status(element)).to.equal('4 items added');
      await press(part(element, 'show-more')!);
      await waitUntil(() => titles(element).length === 12, 'the third page');
      expect(part(element, 'show-more'), 'no button at the end of the feed').to.be.null;
      expect(part(element, 'more')!.textContent).to.equal('More on Security policy');
      await expect(element).to.be.accessible();
    });

    it('while a page loads, says so, keeps focus and cannot be pressed twice', async () => {
      const key = uniqueKey('slow-page');
      const data = await firstPage(faultUrl({ key, delay: 600 }, 'paged-2.json'));
      const element = await fixtureSettled<PolicyNews>(html`<policy-news .data=${data} limit="4" show-more></policy-news>`);
      const button = part(element, 'show-more')!;
      await press(button);
      await element.updateComplete;
      expect(button.textContent!.trim()).to.equal('Loading…');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.hasAttribute('disabled'), 'not disabled, so it keeps focus').to.be.false;
      expect(focused(element) === button, 'focus stays on the button').to.be.true;
      await expect(element).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      button.click();
      await waitUntil(() => titles(element).length === 8, 'the page');
      await element.updateComplete;
      expect((await hits(key)).count, 'one request for two more presses').to.equal(1);
      expect(titles(element)).to.have.length(8);
      expect(status(element), 'one page added, once').to.equal('4 items added');
      expect(part(element, 'show-more'), 'the third page is still to come').to.exist;
    });

    it('says when a page fails, and trying again works', async () => {
      const key = uniqueKey('failing-page');
      const data = await firstPage(faultUrl({ key, fail: 1 }, 'paged-2.json'));
      const element = await fixtureSettled<PolicyNews>(html`<policy-news .data=${data} limit="4" show-more></policy-news>`);
      const button = part(element, 'show-more')!;
      await press(button);
      await waitUntil(() => status(element) !== '', 'the failure');
      expect(status(element)).to.equal('The content could not be loaded. Check your connection and try again.');
      expect(button.textContent!.trim()).to.equal('Try again');
      expect(button.getAttribute('aria-disabled')).to.equal('false');
      expect(focused(element) === button, 'focus stays on the button').to.be.true;
      expect(titles(element)).to.have.length(4);
      await expect(element).to.be.accessible();
      await press(button);
      await waitUntil(() => titles(element).length === 8, 'the page, second time');
      expect(status(element)).to.equal('4 items added');
    });

    it('loads pages through the data client, so the pages it validates drop what is unsafe', async () => {
      const page = await loadFeed(feedUrl('paged-2.json'));
      expect(page.next_url).to.equal(new URL(feedUrl('paged-3.json'), location.href).href);
      const unsafe = await firstPage('javascript:alert(1)');
      const element = await fixtureSettled<PolicyNews>(html`<policy-news .data=${unsafe} limit="4" show-more></policy-news>`);
      expect(part(element, 'show-more'), 'an unsafe next_url is no page').to.be.null;
    });
  });

  describe('refresh', () => {
    const News = customElements.get('policy-news') as typeof PolicyNews;
    // These tests say the page is visible (the runner may use a background tab), and one says it is hidden.
    const visible = fastRefresh(0.25);

    it('holds new items behind an "N new" button: nothing above moves, focus stays, the count is announced once', async () => {
      const key = uniqueKey('growing');
      const element = await fixtureSettled<PolicyNews>(
        html`<policy-news src=${faultUrl({ key, growing: 1 })} limit="3" refresh="0.25"></policy-news>`,
      );
      const first = part(element, 'item')!;
      const top = first.getBoundingClientRect().top;
      const link = part(element, 'link')!;
      link.focus();
      // Its place is kept, unseen, while nothing waits.
      await waitUntil(() => getComputedStyle(part(element, 'new-items')!).visibility === 'visible', 'the "N new" button', { timeout: 5000 });
      element.removeAttribute('refresh');
      await element.updateComplete;
      const button = part(element, 'new-items')!;
      const count = Number(/^(\d+) new items?$/.exec(button.textContent!.trim())![1]);
      expect(button.textContent!.trim()).to.equal(count === 1 ? '1 new item' : `${count} new items`);
      expect(status(element)).to.equal(button.textContent!.trim());
      expect(part(element, 'item')!.getBoundingClientRect().top, 'the first item stays put').to.equal(top);
      expect(titles(element)[0], 'no new item pushed in').to.match(/^Norwegian foreign and security policy/);
      expect(focused(element) === link, 'focus stays where it was').to.be.true;
      await expect(element).to.be.accessible();

      await press(button);
      await element.updateComplete;
      expect(titles(element)[0]).to.equal(`Added item ${count}`);
      expect(titles(element)).to.have.length(3 + count);
      expect(focused(element) === part(element, 'link'), 'focus on the first new item\'s link').to.be.true;
      expect(part(element, 'new-items')).to.be.null;
      expect(status(element), 'said once, then quiet').to.equal('');
    });

    it('updates an item already shown in place, without moving it', async () => {
      const key = uniqueKey('edited');
      const element = await fixtureSettled<PolicyNews>(
        html`<policy-news src=${faultUrl({ key, growing: 1 })} limit="3" refresh="0.25"></policy-news>`,
      );
      const before = titles(element)[0]!;
      const item = part(element, 'item')!;
      await waitUntil(() => titles(element)[0] !== before, 'the edited title', { timeout: 5000 });
      element.removeAttribute('refresh');
      expect(titles(element)[0]).to.match(/^Norwegian foreign and security policy \(\d+\)$/);
      expect(part(element, 'item') === item, 'the same list item').to.be.true;
    });

    it('checks the feed on its interval, never more often than the minimum, and stops when disconnected', async () => {
      const key = uniqueKey('interval');
      News.refreshMinimum = 0.4;
      const element = await fixtureSettled<PolicyNews>(
        html`<policy-news src=${faultUrl({ key })} refresh="0.05"></policy-news>`,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await hits(key)).count, 'a smaller value clamps to the minimum').to.equal(1);
      await waitUntil(async () => (await hits(key)).count >= 2, 'a second request', { timeout: 3000 });
      element.remove();
      const count = (await hits(key)).count;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect((await hits(key)).count, 'no request once disconnected').to.equal(count);
    });

    it('sends no custom request header, so a cross-origin feed needs no CORS preflight', async () => {
      const key = uniqueKey('headers');
      await fixtureSettled<PolicyNews>(html`<policy-news src=${faultUrl({ key })} refresh="0.25"></policy-news>`);
      await waitUntil(async () => (await hits(key)).count >= 2, 'a refresh', { timeout: 3000 });
      const { headers } = await hits(key);
      const custom = headers[1]!.filter((name) => /^x-|^authorization$/i.test(name));
      expect(custom).to.deep.equal([]);
    });

    it('pauses while the page is hidden, and goes on once it is visible', async () => {
      const key = uniqueKey('hidden');
      const element = await fixtureSettled<PolicyNews>(html`<policy-news src=${faultUrl({ key })} refresh="0.25"></policy-news>`);
      visible(true);
      const hiddenCount = (await hits(key)).count;
      await new Promise((resolve) => setTimeout(resolve, 900));
      expect((await hits(key)).count, 'no request while hidden').to.equal(hiddenCount);
      visible(false);
      const count = (await hits(key)).count;
      await waitUntil(async () => (await hits(key)).count > count, 'requests again once visible', { timeout: 3000 });
      element.remove();
    });
  });
});
