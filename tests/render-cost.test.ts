import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { PolicyNews } from '../src/index.js';
import { feedUrl, shadow } from './helpers.js';

// What keeps rendering cheap, seen from the page: a long list comes in steps, and a .data object is read once.

/** The sample feed, its items repeated with fresh ids up to `count`. */
async function feedOf(count: number) {
  const feed = await (await fetch(feedUrl('security-policy.en.json'))).json();
  const items = Array.from({ length: count }, (_, i) => ({ ...feed.items[i % feed.items.length], id: `item-${i}`, title: `Item ${i}` }));
  return { ...feed, items };
}

const titles = (element: Element) => [...shadow(element).querySelectorAll('[part~="title"]')].map((node) => node.textContent!.trim());

describe('a long <policy-news> list', () => {
  it('shows its first 25 items with the first update, then appends the rest, in order, never shrinking', async () => {
    const data = await feedOf(1000);
    const element = await fixture<PolicyNews>(html`<policy-news limit="1000" .data=${data}></policy-news>`);
    await element.updateComplete;
    expect(element.state).to.equal('ready');
    expect(titles(element)).to.deep.equal(data.items.slice(0, 25).map((item: { title: string }) => item.title));
    // Read after each step is in: a mutation record comes once per update.
    const heights: number[] = [];
    const counts: number[] = [];
    const observer = new MutationObserver(() => {
      heights.push(element.getBoundingClientRect().height);
      counts.push(titles(element).length);
    });
    observer.observe(shadow(element), { childList: true, subtree: true });
    await waitUntil(() => titles(element).length === 1000, 'the rest of the list never came', { timeout: 8000 });
    observer.disconnect();
    expect(counts.some((count) => count > 25 && count < 1000), `rendered in steps: ${[...new Set(counts)]}`).to.be.true;
    expect(heights.every((height, i) => i === 0 || height >= heights[i - 1]!), 'the list only grows').to.be.true;
    expect(titles(element)).to.deep.equal(data.items.map((item: { title: string }) => item.title));
  });
});

describe('a .data object', () => {
  it('is validated once, however many elements are given it: one warning for what it leaves out', async () => {
    const data = await feedOf(3);
    data.items.push({ id: 'broken', title: 42 });
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const first = await fixture<PolicyNews>(html`<policy-news .data=${data}></policy-news>`);
      const second = await fixture<PolicyNews>(html`<policy-news .data=${data}></policy-news>`);
      await Promise.all([first.settled, second.settled]);
      expect(titles(first)).to.deep.equal(['Item 0', 'Item 1', 'Item 2']);
      expect(titles(second)).to.deep.equal(['Item 0', 'Item 1', 'Item 2']);
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((message) => message.includes('item "broken"'))).to.have.length(1);
  });
});
