import { expect } from '@open-wc/testing';
import { CDN, embedSnippet, type EmbedOptions } from '../stories/embed-code/snippet.js';

// The Embed code page's snippet: usable as it is, on a page under the strict CSP docs/embedding.md recommends.

const base: EmbedOptions = {
  tag: 'policy-news',
  src: 'https://feeds.example.org/security-policy.{lang}.json',
  lang: '',
  limit: 4,
  types: [],
  tags: [],
  layout: 'list',
  showMore: false,
  refresh: 0,
  item: '',
  headingLevel: 0,
  cdn: CDN,
  theme: '',
  fallbackText: 'Security policy',
  fallbackHref: 'https://www.regjeringen.no/',
};
const snippet = (options: Partial<EmbedOptions>) => embedSnippet({ ...base, ...options }, ['light', 'dark'], ['designsystemet']);
const parse = (code: string) => new DOMParser().parseFromString(code, 'text/html');

describe('Embed code snippet', () => {
  it('links the stylesheet and the script from the package\'s published path, and any address the editor sets', () => {
    const page = parse(snippet({}));
    expect(page.querySelector<HTMLLinkElement>('link[rel=stylesheet]')!.href).to.match(/^https:\/\/cdn\.jsdelivr\.net\/npm\/policy-widgets@[^/]+\/dist\/policy-widgets\.css$/);
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
