import { expect } from '@open-wc/testing';
import { feedClientOptions, loadFeed, safeUrl, validateFeed } from '../src/data/index.js';
import { failure, faultUrl, feedUrl, hits, setOffline, uniqueKey } from './helpers.js';

describe('data client', () => {
  const defaults = { ...feedClientOptions };
  beforeEach(() => Object.assign(feedClientOptions, { retryDelay: 20 }));
  afterEach(() => Object.assign(feedClientOptions, defaults));

  it('loads and validates a feed over HTTP', async () => {
    const feed = await loadFeed(feedUrl('security-policy.en.json'));
    expect(feed.title).to.equal('Security policy');
    expect(feed.items).to.have.length(7);
  });

  it('shares one request among concurrent and later callers of one URL', async () => {
    const key = uniqueKey('share');
    const url = faultUrl({ key, delay: 100 });
    await Promise.all(Array.from({ length: 20 }, () => loadFeed(url)));
    await loadFeed(url);
    expect((await hits(key)).count).to.equal(1);
  });

  it('sends no cookies and no custom headers', async () => {
    document.cookie = 'session=secret; path=/';
    const key = uniqueKey('cookies');
    await loadFeed(faultUrl({ key }));
    const seen = await hits(key);
    document.cookie = 'session=; path=/; max-age=0';
    expect(seen.cookies).to.deep.equal([null]);
    expect(seen.headers[0]).to.not.include('x-requested-with');
    expect(seen.headers[0].filter((name) => name.startsWith('x-'))).to.deep.equal([]);
  });

  it('retries after 5xx and then succeeds', async () => {
    const key = uniqueKey('flaky');
    const feed = await loadFeed(faultUrl({ key, fail: 2 }));
    expect(feed.items).to.have.length(7);
    expect((await hits(key)).count).to.equal(3);
  });

  it('gives up after two retries, with an http error', async () => {
    const key = uniqueKey('down');
    const error = await failure(loadFeed(faultUrl({ key, status: 500 })));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(500);
    expect((await hits(key)).count).to.equal(3);
  });

  it('never retries a 4xx', async () => {
    const key = uniqueKey('missing');
    const error = await failure(loadFeed(faultUrl({ key, status: 404 })));
    expect(error.kind).to.equal('http');
    expect(error.message).to.contain('404');
    expect((await hits(key)).count).to.equal(1);
  });

  it('times out a hanging response', async () => {
    feedClientOptions.timeout = 300;
    const error = await failure(loadFeed(faultUrl({ key: uniqueKey('hang'), hang: true })));
    expect(error.kind).to.equal('timeout');
  });

  it('reports a network error when the server cannot be reached', async () => {
    expect((await failure(loadFeed('http://127.0.0.1:9/feed.json'))).kind).to.equal('network');
  });

  it('keeps no failure: the next call for the URL reaches the server again, and succeeds', async () => {
    const key = uniqueKey('again');
    const url = faultUrl({ key });
    await setOffline(key, true);
    expect((await failure(loadFeed(url))).kind).to.equal('network');
    const tries = (await hits(key)).count;
    // Firefox and WebKit also retry a reset connection themselves, so the first call makes three requests or more.
    expect(tries, 'the first call and its two retries').to.be.at.least(3);
    await setOffline(key, false);
    const feed = await loadFeed(url);
    expect(feed.items).to.have.length(7);
    expect((await hits(key)).count, 'one new request').to.equal(tries + 1);
  });

  it('reports a parse error for a body that is not JSON, or is an HTML page', async () => {
    expect((await failure(loadFeed(feedUrl('not-json.txt')))).kind).to.equal('parse');
    expect((await failure(loadFeed(feedUrl('page.html')))).kind).to.equal('parse');
  });

  it('reports a format error for JSON that is not a feed', async () => {
    expect((await failure(loadFeed(feedUrl('not-a-feed.json')))).kind).to.equal('format');
    expect((await failure(loadFeed(feedUrl('items-not-array.json')))).kind).to.equal('format');
  });

  it('skips broken items with one warning that names them, and keeps the rest', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const feed = await loadFeed(feedUrl('partly-broken.json'));
      expect(feed.items.map((item) => item.id)).to.deep.equal(['valid-news', 'valid-speech', 'valid-unknown-type']);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    const message = String(warnings[0][0]);
    for (const id of ['broken-no-title', 'broken-title-number', 'broken-summary-object', 'broken-tags-string', 'broken-speaker-string']) {
      expect(message).to.contain(id);
    }
  });
});

describe('feed validation', () => {
  const base = 'https://feeds.example/topic/feed.json';

  it('keeps only http, https and relative URLs, resolved against the feed', () => {
    expect(safeUrl('https://a.example/x', base)).to.equal('https://a.example/x');
    expect(safeUrl('../news/1', base)).to.equal('https://feeds.example/news/1');
    for (const unsafe of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', '\u0001javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'ftp://a.example/', '']) {
      expect(safeUrl(unsafe, base), JSON.stringify(unsafe)).to.equal(undefined);
    }
  });

  it('drops unsafe URLs from items but keeps the items', () => {
    const feed = validateFeed(
      { items: [{ id: '1', title: 'One', url: 'javascript:alert(1)', _policy: { image: { url: 'data:image/png;base64,AA', alt: 'x' } } }] },
      base,
    );
    expect(feed.items[0].title).to.equal('One');
    expect(feed.items[0].url).to.equal(undefined);
    expect(feed.items[0]._policy?.image?.url).to.equal(undefined);
  });

  it('keeps no field it does not know, so content_html never reaches a template', () => {
    const feed = validateFeed({ items: [{ id: '1', title: 'One', content_html: '<script>alert(1)</script>' }] }, base);
    expect(feed.items[0]).to.deep.equal({ id: '1', title: 'One' });
  });
});

describe('a src that is not a URL', () => {
  it('gives a setup error, never an exception on the page', async () => {
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener('error', onError);
    const error = await failure(loadFeed('http://['));
    window.removeEventListener('error', onError);
    expect(error.kind).to.equal('setup');
    expect(error.message).to.contain('is not an http(s) URL');
    expect(uncaught).to.deep.equal([]);
  });
});

describe('data client, more paths', () => {
  const defaults = { ...feedClientOptions };
  afterEach(() => Object.assign(feedClientOptions, defaults));

  it('serves a stale feed at once while one request refreshes it', async () => {
    const key = uniqueKey('stale');
    const url = faultUrl({ key });
    await loadFeed(url);
    feedClientOptions.maxAge = 0;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const stale = await loadFeed(url);
    await loadFeed(url);
    expect(stale.items).to.have.length(7);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await hits(key)).count, 'one refresh for two stale reads').to.equal(2);
  });

  it('resolves relative URLs against where a redirect really led', async () => {
    const feed = await loadFeed(faultUrl({ key: uniqueKey('moved'), redirect: '/stories/fixtures/feeds/security-policy.en.json' }));
    const image = feed.items.find((item) => item._policy?.image)!._policy!.image!;
    expect(new URL(image.url).pathname).to.equal('/stories/fixtures/images/nuclear-disarmament.svg');
  });
});

describe('image sizes', () => {
  const base = 'https://feeds.example/feed.json';
  const withSize = (width: unknown) =>
    validateFeed({ items: [{ id: '1', title: 'One', _policy: { image: { url: 'a.jpg', width, height: 9 } } }] }, base).items;

  it('keeps whole positive pixel sizes, drops other numbers, and skips an item whose size is not a number', () => {
    expect(withSize(16)[0]._policy!.image!.width).to.equal(16);
    for (const odd of [0, -5, 1.5]) expect(withSize(odd)[0]._policy!.image!.width, String(odd)).to.equal(undefined);
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(withSize('16')).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });
});
