import { expect } from '@open-wc/testing';
import '../src/index.js';
import { DEFAULT_OPTIONS, FEED_EXAMPLE, embedSnippet, type EmbedOptions } from '../stories/embed-code/snippet.js';

// The Embed code page's snippet: usable as it is, on a page under the strict CSP docs/embedding.md recommends.

const base: EmbedOptions = {
  ...DEFAULT_OPTIONS,
  src: FEED_EXAMPLE,
  limit: 4,
  fallbackText: 'Security policy',
  fallbackHref: 'https://www.regjeringen.no/',
};
const snippet = (options: Partial<EmbedOptions>) => embedSnippet({ ...base, ...options }, ['light', 'dark'], ['designsystemet']);
const parse = (code: string) => new DOMParser().parseFromString(code, 'text/html');

describe('Embed code snippet', () => {
  it('names the published-feed example until the partner types their address, never this page\'s own address', () => {
    const code = embedSnippet(DEFAULT_OPTIONS, ['light', 'dark'], []);
    expect(parse(code).querySelector('policy-news')!.getAttribute('src')).to.equal(FEED_EXAMPLE);
    expect(code, 'nothing of the page that wrote it, which would not answer on a partner\'s site').not.to.contain(location.host);
    expect(code).not.to.contain('fixtures/');
  });

  it('names the address the partner typed: http(s), or a path on their own site; anything else gives the example', () => {
    const src = (typed: string) => parse(snippet({ src: typed })).querySelector('policy-news')!.getAttribute('src');
    expect(src(' https://feeds.partner.no/news.{lang}.json ')).to.equal('https://feeds.partner.no/news.{lang}.json');
    expect(src('/feeds/news.json')).to.equal('/feeds/news.json');
    // Relative to the page that writes the snippet, not the partner's; and a script address is no feed.
    for (const typed of ['fixtures/feeds/security-policy.en.json', '//cdn.example/feed.json', 'javascript:alert(1)', '']) {
      expect(src(typed), typed).to.equal(FEED_EXAMPLE);
    }
  });

  it('links the stylesheet and the script from the placeholder host (the package is not on npm yet), and any address the editor sets', () => {
    const page = parse(snippet({}));
    expect(page.querySelector<HTMLLinkElement>('link[rel=stylesheet]')!.href).to.equal('https://your-cdn/policy-widgets/dist/policy-widgets.css');
    expect(page.querySelector<HTMLScriptElement>('script[type=module]')!.src).to.match(/\/dist\/elements\/news\.js$/);
    const own = parse(snippet({ cdn: 'https://static.example.no/policy-widgets/0.2.0/' }));
    expect(own.querySelector<HTMLScriptElement>('script')!.src).to.equal('https://static.example.no/policy-widgets/0.2.0/elements/news.js');
  });

  it('loads only the chosen element: its own drop-in under dist/elements/', () => {
    const script = (tag: string) => parse(snippet({ tag })).querySelector<HTMLScriptElement>('script[type=module]')!.src;
    expect(script('policy-speech')).to.match(/\/dist\/elements\/speech\.js$/);
    expect(script('policy-white-paper')).to.match(/\/dist\/elements\/white-paper\.js$/);
    expect(script('policy-topic-header')).to.match(/\/dist\/elements\/topic-header\.js$/);
  });

  it('writes the reader options as attributes, refresh at least 60', () => {
    const news = parse(snippet({ tags: ['NATO', 'Cyber security'], showMore: true, refresh: 30, headingLevel: 2 })).querySelector('policy-news')!;
    expect(news.getAttribute('tags')).to.equal('NATO,Cyber security');
    expect(news.hasAttribute('show-more')).to.be.true;
    expect(news.getAttribute('refresh')).to.equal('60');
    expect(news.getAttribute('heading-level')).to.equal('2');
    const card = parse(snippet({ tag: 'policy-speech', item: 'ud-2016-energy-security-summit-speech' })).querySelector('policy-speech')!;
    expect(card.getAttribute('item')).to.equal('ud-2016-energy-security-summit-speech');
    expect(card.hasAttribute('limit')).to.be.false;
  });

  it('sets a colour scheme with a class and a rule, never a style attribute', () => {
    const page = parse(snippet({ theme: 'dark' }));
    expect(page.querySelector('[style]')).to.be.null;
    const news = page.querySelector('policy-news')!;
    expect(news.className).to.equal('policy-scheme-dark');
    expect(page.querySelector('style')!.textContent).to.contain('.policy-scheme-dark { --policy-color-scheme: dark; }');
  });
});
