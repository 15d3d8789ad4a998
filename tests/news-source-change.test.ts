import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { PolicyNews } from '../src/index.js';
import { feedClientOptions } from '../src/data/index.js';
import { faultUrl, feedUrl, fixtureSettled, hits, shadow, uniqueKey } from './helpers.js';

// A list that changes its source starts afresh, whether the new feed is in the client's cache or not: the new
// feed's first `limit` items, no "N new", show-more only through the new feed's next_url, and a page that
// arrives for the old source is dropped. Every feed comes over real HTTP from the test or fault server.

const titles = (element: PolicyNews) =>
  [...shadow(element).querySelectorAll('[part~="title"]')].map((node) => node.textContent!.trim());
const part = (element: Element, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const status = (element: Element) => shadow(element).querySelector('[role="status"]')!.textContent!.trim();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function press(button: HTMLElement) {
  button.focus();
  await sendKeys({ press: 'Enter' });
}

/** Two lists side by side, as on a partner's page; both settled. */
async function twoLists(a: string, b: string, options: { limit: number }) {
  const wrapper = await fixtureSettled<PolicyNews>(html`<policy-news src=${a} limit=${options.limit} show-more></policy-news>`);
  const second = document.createElement('policy-news');
  Object.assign(second, { src: b, limit: options.limit, showMore: true });
  wrapper.after(second);
  await second.settled;
  return [wrapper, second] as const;
}

describe('<policy-news> on a new source', () => {
  const defaults = { ...feedClientOptions };
  beforeEach(() => Object.assign(feedClientOptions, { retries: 0, timeout: 5000 }));
  afterEach(() => {
    Object.assign(feedClientOptions, defaults);
    document.querySelectorAll('policy-news').forEach((element) => element.remove());
  });

  it('set to a feed another list has loaded, shows that feed\'s items, no "N new", and no show-more of the old feed', async () => {
    // security-policy has 7 items and no next_url; paged-1 has 4 and a next_url.
    const [onA, onB] = await twoLists(feedUrl('security-policy.en.json'), feedUrl('paged-1.json'), { limit: 7 });
    expect(part(onB, 'show-more'), 'paged-1 has more behind next_url').to.exist;
    onB.src = feedUrl('security-policy.en.json');
    expect(await onB.settled).to.equal('ready');
    expect(titles(onB)).to.deep.equal(titles(onA));
    expect(titles(onB)).to.have.length(7);
    expect(part(onB, 'new-items'), 'no "N new"').to.be.null;
    expect(part(onB, 'show-more'), 'the new feed has nothing more: no button left from the old one').to.be.null;
    expect(status(onB)).to.equal('');
  });

  it('set to a paged feed another list has loaded, shows its first items and pages through its next_url', async () => {
    const [onPaged, other] = await twoLists(feedUrl('paged-1.json'), feedUrl('security-policy.en.json'), { limit: 3 });
    other.src = feedUrl('paged-1.json');
    await other.settled;
    expect(titles(other)).to.deep.equal(titles(onPaged));
    expect(part(other, 'new-items')).to.be.null;
    await press(part(other, 'show-more')!);
    await waitUntil(() => titles(other).length === 6, 'three more items');
    expect(titles(other).slice(3)).to.deep.equal([
      'Security policy update 4: Arms control',
      'Security policy update 5: NATO',
      'Security policy update 6: Cyber security',
    ]);
  });

  it('switched back to a language the page has loaded, shows that language\'s first items and no "N new"', async () => {
    const src = faultUrl({ key: uniqueKey('lang') }, 'security-policy.{lang}.json').replace('%7Blang%7D', '{lang}');
    const element = await fixtureSettled<PolicyNews>(html`<policy-news src=${src} lang="nb" limit="3" show-more></policy-news>`);
    const norwegian = titles(element);
    element.lang = 'en';
    await element.settled;
    const english = titles(element);
    expect(english).not.to.deep.equal(norwegian);
    // Three more English items shown, then back to Norwegian, which the client holds.
    await press(part(element, 'show-more')!);
    await waitUntil(() => titles(element).length === 6, 'three more items');
    element.lang = 'nb';
    expect(await element.settled).to.equal('ready');
    expect(titles(element), 'the Norwegian feed\'s first three, afresh').to.deep.equal(norwegian);
    expect(part(element, 'new-items')).to.be.null;
    expect(status(element), 'nothing said of the English pages').to.equal('');
    element.lang = 'en';
    await element.settled;
    expect(titles(element)).to.deep.equal(english);
  });

  it('drops a page that arrives for the old source after src changed', async () => {
    const key = uniqueKey('slow-page');
    const page = (await (await fetch(feedUrl('paged-1.json'))).json()) as Record<string, unknown>;
    const data = { ...page, next_url: new URL(faultUrl({ key, delay: 700 }, 'paged-2.json'), location.href).href };
    const element = await fixtureSettled<PolicyNews>(html`<policy-news .data=${data} limit="4" show-more></policy-news>`);
    await press(part(element, 'show-more')!);
    await waitUntil(() => part(element, 'show-more')?.textContent!.trim() === 'Loading…', 'the page loading');
    element.data = undefined;
    element.src = feedUrl('security-policy.en.json');
    expect(await element.settled).to.equal('ready');
    const fresh = titles(element);
    await waitUntil(async () => (await hits(key)).count === 1, 'the old page requested');
    await sleep(1200);
    await element.updateComplete;
    expect(titles(element), 'the new feed\'s first four, nothing of the old page').to.deep.equal(fresh);
    expect(fresh).to.have.length(4);
    expect(titles(element).some((title) => title.startsWith('Security policy update'))).to.be.false;
    expect(part(element, 'show-more')!.textContent!.trim(), 'not stuck loading').to.equal('Show more');
    expect(status(element), 'nothing announced for the old page').to.equal('');
    await press(part(element, 'show-more')!);
    await waitUntil(() => titles(element).length === 7, 'the new feed\'s other three');
    expect((await hits(key)).count, 'the old next_url is not followed').to.equal(1);
  });
});
