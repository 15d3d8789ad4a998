import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { FeedErrorDetail, PolicyElement } from '../../src/index.js';
import { feedClientOptions } from '../../src/data/index.js';
import { faultUrl, hits, setOffline, shadow, TAGS, uniqueKey, untilState } from '../helpers.js';
import { mount } from './mount.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One element of `tag` on `src`, in the page, with the errors it reports. */
async function place(tag: string, src: string) {
  const box = mount();
  const element = box.appendChild(Object.assign(document.createElement(tag) as PolicyElement, { src }));
  const errors: FeedErrorDetail[] = [];
  element.addEventListener('policy-error', (event) => errors.push((event as CustomEvent<FeedErrorDetail>).detail));
  return { element, errors };
}


const retryButton = (element: PolicyElement) => shadow(element).querySelector<HTMLButtonElement>('[part~="retry"]');

describe('a broken network, for every element', () => {
  const defaults = { ...feedClientOptions };
  beforeEach(() => Object.assign(feedClientOptions, { retryDelay: 20, timeout: 1000 }));
  afterEach(() => Object.assign(feedClientOptions, defaults));

  for (const tag of TAGS) {
    describe(tag, () => {
      it('a hanging feed ends in the timeout error, with "Try again"', async () => {
        const { element, errors } = await place(tag, faultUrl({ key: uniqueKey(), hang: true }));
        expect(element.state).to.equal('loading');
        await untilState(element, 'error');
        expect(errors.map((error) => error.kind)).to.deep.equal(['timeout']);
        expect(retryButton(element)).to.exist;
      });

      it('a slow feed shows the busy placeholder, then the content', async () => {
        feedClientOptions.timeout = 5000;
        const { element, errors } = await place(tag, faultUrl({ key: uniqueKey(), delay: 800 }));
        // Read at once, not after a sleep: a timer may fire late, and the feed is then already in.
        await element.updateComplete;
        expect(element.state).to.equal('loading');
        expect(shadow(element).querySelector('[aria-busy="true"] [part~="placeholder"]')).to.exist;
        await untilState(element, 'ready');
        expect(errors).to.deep.equal([]);
      });

      it('two 5xx answers are retried unseen, and the feed renders', async () => {
        const key = uniqueKey('5xx');
        const { element, errors } = await place(tag, faultUrl({ key, fail: 2 }));
        await untilState(element, 'ready');
        expect(errors).to.deep.equal([]);
        expect((await hits(key)).count).to.equal(3);
      });

      it('a 4xx is an error at once, never retried', async () => {
        const key = uniqueKey('4xx');
        const { element, errors } = await place(tag, faultUrl({ key, status: 410 }));
        await untilState(element, 'error');
        await sleep(200);
        expect(errors.map((error) => error.kind)).to.deep.equal(['http']);
        expect((await hits(key)).count).to.equal(1);
      });

      it('offline, then online again: "Try again" recovers', async () => {
        const key = uniqueKey('offline');
        await setOffline(key, true);
        const { element, errors } = await place(tag, faultUrl({ key }));
        await untilState(element, 'error');
        expect(errors.map((error) => error.kind)).to.deep.equal(['network']);
        await setOffline(key, false);
        retryButton(element)!.click();
        await untilState(element, 'ready');
        expect(errors).to.have.length(1);
      });
    });
  }

  it('makes one request for 20 elements of all four kinds on one URL', async () => {
    const key = uniqueKey('twenty');
    const src = faultUrl({ key, delay: 100 });
    const box = mount();
    const elements = Array.from({ length: 20 }, (_, i) =>
      box.appendChild(Object.assign(document.createElement(TAGS[i % 4]) as PolicyElement, { src })),
    );
    await Promise.all(elements.map((element) => untilState(element, 'ready')));
    expect((await hits(key)).count).to.equal(1);
  });

  it('sends no cookies, not even to the page’s own host, where the browser would send them', async () => {
    // A cookie on the feed's own host and path: any fetch that included credentials would carry it.
    document.cookie = 'partner-session=secret; path=/';
    try {
      const key = uniqueKey('cookie');
      const box = mount();
      const elements = TAGS.map((tag) => box.appendChild(Object.assign(document.createElement(tag) as PolicyElement, { src: faultUrl({ key }) })));
      await Promise.all(elements.map((element) => untilState(element, 'ready')));
      expect((await hits(key)).cookies).to.deep.equal([null]);
    } finally {
      document.cookie = 'partner-session=; path=/; max-age=0';
    }
  });

  it('from another origin: contacts no origin but the feed’s', async () => {
    expect(location.hostname, 'the page is on localhost, the feed on 127.0.0.1').to.equal('localhost');
    const key = uniqueKey('cross-origin');
    const feedOrigin = `http://127.0.0.1:${location.port}`;
    const src = `${feedOrigin}${faultUrl({ key })}`;
    // Earlier tests' images may still finish loading; count only requests that start from here.
    const start = performance.now();
    const box = mount();
    const elements = TAGS.map((tag) => box.appendChild(Object.assign(document.createElement(tag) as PolicyElement, { src, limit: 7 })));
    await Promise.all(elements.map((element) => untilState(element, 'ready')));
    // The images are lazy and may sit below the fold: ask for them now, so their requests are counted too.
    const news = elements.find((element) => element.localName === 'policy-news')!;
    const images = [...shadow(news).querySelectorAll('img')];
    images.forEach((image) => (image.loading = 'eager'));
    await Promise.all(images.map((image) => image.decode()));
    const requested = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= start)
      .map((entry) => entry.name);
    expect(requested.length, 'the feed and its image').to.be.at.least(2);
    expect(requested.filter((url) => new URL(url).origin !== feedOrigin)).to.deep.equal([]);
    expect((await hits(key)).count).to.equal(1);
  });
});
