import { fixture as openWcFixture, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { ElementState, PolicyElement, PolicyNews } from '../src/index.js';
import type { FeedError } from '../src/data/index.js';

/** Every element's tag, from src/elements.json (read over HTTP: the test server serves .json as data, for the feeds). */
export const TAGS: string[] = (await (await fetch('/src/elements.json')).json()).elements.map((element: { tag: string }) => element.tag);

/** A sample feed, served as a static file by the test server (the same file Storybook and the demo use). */
export const feedUrl = (name: string) => `/stories/fixtures/feeds/${name}`;

let keys = 0;
/** A fresh counter key, so each test's URLs and request counts are its own. */
export const uniqueKey = (label = 'k') => `${label}-${Date.now()}-${keys++}`;

/** A URL on the fault server (tests/server/feed-faults.mjs) for a sample feed, English by default. */
export function faultUrl(params: Record<string, string | number | boolean>, file = 'security-policy.en.json') {
  const query = new URLSearchParams(Object.entries(params).map(([name, value]) => [name, String(value)]));
  return `/faults/feeds/${file}?${query}`;
}

/** How many requests the fault server saw for `key`, and the cookies each carried. */
export async function hits(key: string): Promise<{ count: number; cookies: (string | null)[]; headers: string[][] }> {
  return (await fetch(`/faults/hits?key=${key}`)).json();
}

/** While on, the fault server resets every connection for `key`, as when the network is down. */
export async function setOffline(key: string, on: boolean): Promise<void> {
  await fetch(`/faults/offline?key=${key}&on=${on ? 1 : 0}`);
}

/** Renders `template` and waits until the element has settled (ready, empty or error) and rendered that. */
export async function fixtureSettled<T extends PolicyElement>(template: TemplateResult): Promise<T> {
  const element = await openWcFixture<T>(template);
  await element.settled;
  return element;
}

export async function untilState(element: PolicyElement, states: ElementState | ElementState[], timeout = 8000) {
  const wanted = ([] as ElementState[]).concat(states);
  await waitUntil(() => wanted.includes(element.state), `state never became ${wanted.join('/')}`, { timeout });
  await element.updateComplete;
}

/** The element's shadow root, for queries a test needs to make. */
export const shadow = (element: Element) => element.shadowRoot!;

/** The error `promise` rejects with; throws when it resolves instead. */
export async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    return error as FeedError;
  }
  throw new Error('expected the load to fail');
}

/** The visible text of the element's rendered content, whitespace folded. */
export const text = (element: Element) =>
  (shadow(element).querySelector('[part~="base"]') as HTMLElement).innerText.replace(/\s+/g, ' ').trim();

export { oneEvent };

/**
 * For refresh tests, inside a describe(): lists may refresh every `seconds` rather than the minimum of 60, and the
 * page counts as visible, since the runner may run a file in a background tab, where refresh pauses as it should.
 * Both are restored after each test. Returns the function that shows or hides the page.
 */
export function fastRefresh(seconds: number): (hidden: boolean) => void {
  const News = customElements.get('policy-news') as typeof PolicyNews;
  const minimum = News.refreshMinimum;
  const setHidden = (hidden: boolean) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    document.dispatchEvent(new Event('visibilitychange'));
  };
  beforeEach(() => {
    News.refreshMinimum = seconds;
    setHidden(false);
  });
  afterEach(() => {
    News.refreshMinimum = minimum;
    delete (document as { hidden?: boolean }).hidden;
  });
  return setHidden;
}
