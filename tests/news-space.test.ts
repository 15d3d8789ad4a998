import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { fastRefresh, faultUrl, shadow, uniqueKey } from './helpers.js';

// The space a news list takes on a partner's page, measured by the geometry of the partner's own text below
// it: nothing moves while the reader watches (a refresh, "N new"), and the loading state's reserved height is
// let go once that moves nothing in view (the list below the viewport, or the reader's own input).
// Chromium's layout-shift entries for the same pages are in news-space.chromium.test.ts.

const part = (element: Element, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
/** paged-3 (four items: shorter than the five the loading state reserves) at a URL no list has loaded yet. */
const fourItems = () => faultUrl({ key: uniqueKey('four') }, 'paged-3.json');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const height = (element: Element) => element.getBoundingClientRect().height;
/** The "N new" button, once the reader can see it. */
const newItems = (element: Element) => {
  const button = part(element, 'new-items');
  return button && getComputedStyle(button).visibility === 'visible' ? button : null;
};
/** The height of what the list shows: its list and actions row, without any reserved space. */
const contentHeight = (element: Element) => {
  const base = part(element, 'base')!;
  const last = base.lastElementChild!.getBoundingClientRect();
  return last.bottom - base.getBoundingClientRect().top;
};

/** A partner page: a heading, `space` px of their own content, the list, and their text below it. */
async function partnerPage(attributes: Record<string, string>, space = 0) {
  const page = document.createElement('main');
  page.innerHTML = `<h1>Partner page</h1><div style="height: ${space}px"></div><policy-news></policy-news>
    <p id="below">Partner text below the list.</p><div style="height: 200vh"></div>`;
  const element = page.querySelector('policy-news')!;
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, value));
  document.body.append(page);
  await element.settled;
  // The frame after arrival, when the reserved height is in place.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return { element, below: page.querySelector<HTMLElement>('#below')! };
}

describe('<policy-news> on a partner page', () => {
  fastRefresh(0.25);
  afterEach(() => {
    document.querySelectorAll('main').forEach((page) => page.remove());
    scrollTo(0, 0);
  });

  it('moves nothing below it when "N new" appears after a refresh', async () => {
    const { element, below } = await partnerPage({ src: faultUrl({ key: uniqueKey('arriving'), arriving: 1 }), limit: '3', refresh: '0.25' });
    const top = below.getBoundingClientRect().top;
    const size = height(element);
    await waitUntil(() => newItems(element), 'the "N new" button', { timeout: 5000 });
    element.removeAttribute('refresh');
    await element.updateComplete;
    expect(newItems(element)!.textContent!.trim()).to.match(/^\d+ new items?$/);
    expect(height(element), 'the list keeps its size').to.equal(size);
    expect(below.getBoundingClientRect().top, 'the partner\'s text stays put').to.equal(top);
  });

  it('keeps the loading state\'s height while the reader watches, through refreshes', async () => {
    // paged-3 has four items: shorter than the five the loading state reserved.
    const { element, below } = await partnerPage({ src: faultUrl({ key: uniqueKey('watched'), arriving: 1 }, 'paged-3.json'), refresh: '0.25' });
    const reserved = height(element);
    const top = below.getBoundingClientRect().top;
    expect(contentHeight(element), 'the content is shorter').to.be.lessThan(reserved - 100);
    await waitUntil(() => newItems(element), 'the "N new" button', { timeout: 5000 });
    await sleep(600);
    expect(height(element)).to.equal(reserved);
    expect(below.getBoundingClientRect().top).to.equal(top);
  });

  it('lets the reserved height go at the reader\'s own input', async () => {
    const { element, below } = await partnerPage({ src: fourItems() });
    const reserved = height(element);
    expect(contentHeight(element)).to.be.lessThan(reserved - 100);
    await sleep(600);
    expect(height(element), 'kept while nothing happens').to.equal(reserved);
    await sendKeys({ press: 'Shift' });
    await waitUntil(() => height(element) < reserved, 'the list takes its own height');
    expect(height(element)).to.be.closeTo(contentHeight(element), 1);
    expect(below.getBoundingClientRect().top).to.be.lessThan(reserved);
  });

  it('lets the reserved height go when the list lies below the viewport, and keeps it above', async () => {
    const { element } = await partnerPage({ src: fourItems() }, innerHeight + 50);
    await waitUntil(() => Math.abs(height(element) - contentHeight(element)) < 1, 'the list below the fold takes its own height');

    document.querySelector('main')!.remove();
    const above = await partnerPage({ src: fourItems() });
    const reserved = height(above.element);
    scrollTo(0, above.below.offsetTop + 100);
    expect(above.element.getBoundingClientRect().bottom, 'scrolled past').to.be.lessThan(0);
    await sleep(600);
    // Some engines do not anchor the scroll: shrinking above the viewport would move what the reader reads.
    expect(height(above.element), 'kept above the viewport').to.equal(reserved);
  });
});
