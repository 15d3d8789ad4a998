import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import '../../src/index.js';
import type { PolicyElement } from '../../src/index.js';
import { shadow, text, untilState } from '../helpers.js';

// Served over HTTP by the test server, like any partner's feed.
const HOSTILE_FEED = '/tests/hardening/hostile-feed.json';

// Every tag the templates themselves produce; anything else came from a payload.
const TEMPLATE_TAGS = new Set(
  'div span p ul li article h1 h2 h3 h4 h5 h6 a time figure img figcaption dl dt dd button slot'.split(' '),
);
const SAFE_PROTOCOLS = ['http:', 'https:'];

declare global {
  interface Window {
    __pwned?: string;
  }
}

/** Every element in the element's shadow root, and in any shadow root inside it. */
function shadowElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [
    element,
    ...(element.shadowRoot ? shadowElements(element.shadowRoot) : []),
  ]);
}

describe('a hostile feed, loaded through src', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const page = document.createElement('div');
  let elements: PolicyElement[];

  before(async () => {
    window.addEventListener('error', onError);
    page.lang = 'en';
    render(
      html`
        <policy-topic-header src=${HOSTILE_FEED}></policy-topic-header>
        <policy-news src=${HOSTILE_FEED} limit="10"></policy-news>
        <policy-speech src=${HOSTILE_FEED}></policy-speech>
        <policy-white-paper src=${HOSTILE_FEED}></policy-white-paper>
      `,
      page,
    );
    document.body.append(page);
    elements = [...page.children] as PolicyElement[];
    await Promise.all(elements.map((element) => untilState(element, 'ready')));
    // Give any payload that did get in (an onerror, a load handler) time to run.
    await new Promise((resolve) => setTimeout(resolve, 300));
  });

  after(() => {
    window.removeEventListener('error', onError);
    page.remove();
  });

  it('runs no script: the payloads never set their canary, and nothing throws', () => {
    expect(window.__pwned).to.equal(undefined);
    expect(errors).to.deep.equal([]);
  });

  it('puts no element from the payloads into any shadow root', () => {
    for (const element of elements) {
      const foreign = shadowElements(shadow(element)).filter((node) => !TEMPLATE_TAGS.has(node.localName));
      expect(foreign.map((node) => node.localName), element.localName).to.deep.equal([]);
    }
  });

  it('leaves no event-handler attribute anywhere in the shadow roots', () => {
    for (const element of elements) {
      const handlers = shadowElements(shadow(element)).flatMap((node) =>
        node.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')),
      );
      expect(handlers, element.localName).to.deep.equal([]);
    }
  });

  it('keeps only http and https URLs in every href and src', () => {
    let urls = 0;
    for (const element of elements) {
      for (const node of shadowElements(shadow(element))) {
        for (const name of ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href']) {
          const value = node.getAttribute(name);
          if (value === null) continue;
          urls++;
          expect(SAFE_PROTOCOLS, `${element.localName} ${name}="${value}"`).to.include(new URL(value, document.baseURI).protocol);
        }
      }
    }
    expect(urls, 'the safe link and the safe image are still there').to.be.greaterThan(1);
  });

  it('shows the markup in every text field as text, and still renders the rest of the feed', () => {
    const [header, news, speech, whitePaper] = elements;
    expect(text(header)).to.contain('<script>window.__pwned=\'feed title\'</script>Hostile topic');
    expect(text(header)).to.contain('<img src=x onerror=');
    expect(text(header)).to.contain('<iframe src="javascript:parent.__pwned=\'publisher\'"></iframe>Hostile ministry');
    expect(text(header)).to.contain('<svg onload=');
    expect(shadow(header).querySelector('[part~="more"]'), 'no "More on" link to a javascript: URL').to.not.exist;

    expect(text(news)).to.contain('<script>window.__pwned=\'news title\'</script>Hostile news');
    expect(text(news)).to.contain('<object data=');
    expect(text(news)).to.contain('<embed src=');
    expect(shadow(news).querySelectorAll('article')).to.have.length(5);
    const safeLink = [...shadow(news).querySelectorAll('a')].find((link) => link.textContent === 'A safe item that must still render');
    expect(safeLink?.href).to.equal('https://www.regjeringen.no/en/aktuelt/safe/id1/');
    const image = shadow(news).querySelector('img')!;
    expect(image.alt).to.equal('"><script>window.__pwned=\'alt\'</script>');
    expect(image.src).to.match(/\/stories\/fixtures\/images\/nuclear-disarmament\.svg$/);

    expect(text(speech)).to.contain('<script>window.__pwned=\'speaker\'</script>Hostile speaker');
    expect(text(speech)).to.contain('<b onmouseover=');
    expect(text(speech)).to.contain('<iframe srcdoc=');
    expect(text(speech)).to.contain('<style>*{display:none!important}</style>Hostile place');
    expect(text(speech)).to.contain("{{constructor.constructor('window.__pwned='template injection'')()}}");

    expect(text(whitePaper)).to.contain('<script>window.__pwned=\'document label\'</script>Meld. St. 0 (hostile)');
    expect(text(whitePaper)).to.contain('<marquee onstart=');
    expect(text(whitePaper)).to.contain('<svg><script>');
  });

  it('renders the items whose links were dropped as unlinked titles', () => {
    const news = elements[1];
    const titles = [...shadow(news).querySelectorAll('[part~="title"]')];
    expect(titles.map((title) => title.querySelector('a') !== null)).to.deep.equal([false, false, false, false, true]);
  });
});
