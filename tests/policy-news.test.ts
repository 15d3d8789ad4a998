import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { Feed, FeedErrorDetail, PolicyNews } from '../src/index.js';
import { feedClientOptions, loadFeed } from '../src/data/index.js';
import { faultUrl, feedUrl, fixtureSettled, hits, oneEvent, shadow, text, uniqueKey, untilState } from './helpers.js';

const feed = feedUrl('security-policy.en.json');
const titles = (element: PolicyNews) =>
  [...shadow(element).querySelectorAll('[part~="title"]')].map((node) => node.textContent!.trim());

describe('<policy-news>', () => {
  const defaults = { ...feedClientOptions };
  beforeEach(() => Object.assign(feedClientOptions, { retryDelay: 20, timeout: 1500 }));
  afterEach(() => Object.assign(feedClientOptions, defaults));

  describe('ready', () => {
    it('renders a list of articles, each with one link inside its heading, a type label, a date and a summary', async () => {
      const element = await fixtureSettled<PolicyNews>(html`<policy-news src=${feed}></policy-news>`);
      expect(element.state).to.equal('ready');
      expect(element.getAttribute('state')).to.equal('ready');
      const articles = shadow(element).querySelectorAll('ul > li > article');
      expect(articles).to.have.length(5);
      for (const article of articles) {
        const links = article.querySelectorAll('a');
        expect(links).to.have.length(1);
        expect(links[0].closest('h3'), 'link inside an h3').to.exist;
        expect(article.querySelector('time[datetime]')).to.exist;
      }
      expect(text(element)).to.contain('Press release');
      expect(text(element)).to.contain('NOK 200 million');
    });

    it('shows the image with alt text, its caption in its own language and the credit', async () => {
      const element = await fixtureSettled<PolicyNews>(html`<policy-news src=${feed}></policy-news>`);
      const img = shadow(element).querySelector('img')!;
      expect(img.alt).to.match(/Brende/);
      expect(img.src).to.match(/\/stories\/fixtures\/images\/nuclear-disarmament\.svg$/);
      expect(img.getAttribute('width')).to.equal('1200');
      const caption = shadow(element).querySelector('figcaption')!;
      expect(caption.querySelector('[lang="nb"]')!.textContent).to.contain('Utenriksminister Børge Brende');
      expect(caption.textContent).to.contain('Photo: Rune Bjåstad, UD');
    });

    it('marks each item with its language', async () => {
      const element = await fixtureSettled<PolicyNews>(html`<policy-news src=${feedUrl('mixed-language.json')}></policy-news>`);
      const langs = [...shadow(element).querySelectorAll('article')].map((article) => article.lang);
      expect(langs).to.include.members(['nb', 'nn', 'en']);
    });

    it('shows at most `limit` items, 5 by default', async () => {
      const element = await fixtureSettled<PolicyNews>(html`<policy-news src=${feed} limit="2"></policy-news>`);
      expect(titles(element)).to.have.length(2);
      element.limit = 7;
      await element.updateComplete;
      expect(titles(element)).to.have.length(7);
      element.limit = 0;
      await element.updateComplete;
      expect(titles(element)).to.have.length(5);
    });

    it('shows only the `types` asked for', async () => {
      const element = await fixtureSettled<PolicyNews>(
        html`<policy-news src=${feed} types="speech, statement"></policy-news>`,
      );
      expect(titles(element)).to.deep.equal(["Statement at IAEA’s General Conference", 'Energy in a changing geopolitical setting']);
    });

    it('renders a plain JSON Feed, and unknown item types as plain items', async () => {
      const plain = await fixtureSettled<PolicyNews>(html`<policy-news src=${feedUrl('plain.json')}></policy-news>`);
      expect(titles(plain)).to.have.length(3);
      const mixed = await fixtureSettled<PolicyNews>(html`<policy-news src=${feedUrl('partly-broken.json')}></policy-news>`);
      expect(titles(mixed)).to.have.length(3);
    });

    it('uses heading-level for item headings', async () => {
      const element = await fixtureSettled<PolicyNews>(html`<policy-news src=${feed} heading-level="4"></policy-news>`);
      expect(shadow(element).querySelectorAll('h4')).to.have.length(5);
      element.headingLevel = 9;
      await element.updateComplete;
      expect(shadow(element).querySelectorAll('h3'), 'out of range falls back to 3').to.have.length(5);
    });

    it('compact layout leaves out summaries and images', async () => {
      const element = await fixtureSettled<PolicyNews>(html`<policy-news src=${feed} layout="compact"></policy-news>`);
      expect(shadow(element).querySelector('[part~="summary"]')).to.not.exist;
      expect(shadow(element).querySelector('img')).to.not.exist;
    });

    it('renders item types named like Object.prototype members as plain items', async () => {
      const types = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
      const data = { items: types.map((type) => ({ id: type, title: `A ${type} item`, _policy: { type } })) };
      const element = await fixtureSettled<PolicyNews>(html`<policy-news .data=${data}></policy-news>`);
      expect(element.state).to.equal('ready');
      expect(titles(element)).to.have.length(4);
      expect(shadow(element).querySelector('[part~="type"]')).to.not.exist;
    });

    it('renders .data with no request, and loads src once .data is null', async () => {
      const key = uniqueKey('data');
      const src = faultUrl({ key }, 'plain.json');
      const data = { items: [{ id: 'a', title: 'Given as data', url: 'https://example.org/a' }] };
      const element = await fixtureSettled<PolicyNews>(html`<policy-news src=${src} .data=${data}></policy-news>`);
      expect(titles(element)).to.deep.equal(['Given as data']);
      expect((await hits(key)).count, 'no request while .data is set').to.equal(0);
      const loaded = oneEvent(element, 'policy-load');
      element.data = null;
      await loaded;
      await element.updateComplete;
      expect(titles(element)).to.have.length(3);
      expect((await hits(key)).count).to.equal(1);
    });

    it('renders a feed the page has already loaded at once, with no loading frame and no second request', async () => {
      const key = uniqueKey('cached');
      const src = faultUrl({ key });
      await loadFeed(src);
      const element = document.createElement('policy-news');
      const states: (string | null)[] = [];
      new MutationObserver(() => states.push(element.getAttribute('state'))).observe(element, { attributeFilter: ['state'] });
      element.src = src;
      document.body.append(element);
      try {
        await element.updateComplete;
        expect(titles(element)).to.have.length(5);
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(states, 'the states it showed').to.deep.equal(['ready']);
        expect((await hits(key)).count, 'requests for the feed').to.equal(1);
      } finally {
        element.remove();
      }
    });

    it('fires policy-load with the validated feed', async () => {
      const element = document.createElement('policy-news');
      const loaded = oneEvent(document, 'policy-load') as Promise<CustomEvent<Feed>>;
      element.src = feed;
      document.body.append(element);
      const event = await loaded;
      element.remove();
      expect(event.detail.title).to.equal('Security policy');
      expect(event.composed && event.bubbles).to.equal(true);
    });

    it('is accessible', async () => {
      const element = await fixtureSettled<PolicyNews>(html`<policy-news src=${feed} limit="7"></policy-news>`);
      await expect(element).to.be.accessible();
    });
  });

  describe('loading', () => {
    it('reserves the height of `limit` items while the feed is on its way, and is busy', async () => {
      const three = await fixture<PolicyNews>(html`<policy-news src=${faultUrl({ hang: true, key: uniqueKey() })} limit="3"></policy-news>`);
      const six = await fixture<PolicyNews>(html`<policy-news src=${faultUrl({ hang: true, key: uniqueKey() })} limit="6"></policy-news>`);
      expect(three.state).to.equal('loading');
      expect(shadow(three).querySelector('[aria-busy="true"]')).to.exist;
      expect(shadow(three).querySelector('[role="status"]')!.textContent).to.equal('Loading…');
      const h3 = three.getBoundingClientRect().height;
      const h6 = six.getBoundingClientRect().height;
      expect(h3).to.be.greaterThan(150);
      expect(h6).to.be.closeTo(h3 * 2, h3 * 0.25);
    });
  });

  describe('arrival', () => {
    it('keeps the reserved height when shorter content arrives, so the page below does not move up', async () => {
      const element = await fixture<PolicyNews>(
        html`<policy-news src=${faultUrl({ delay: 300, key: uniqueKey() }, 'plain.json')} layout="compact"></policy-news>`,
      );
      const reserved = element.getBoundingClientRect().height;
      await untilState(element, 'ready');
      expect(shadow(element).querySelector('ul')!.getBoundingClientRect().height, 'the content is shorter').to.be.lessThan(reserved);
      expect(element.getBoundingClientRect().height).to.equal(reserved);
      element.limit = 1;
      await element.updateComplete;
      expect(element.getBoundingClientRect().height, 'a new option lets it take its own height').to.be.lessThan(reserved / 2);
    });
  });

  describe('empty', () => {
    it('shows a message when nothing matches, and is accessible', async () => {
      const element = await fixtureSettled<PolicyNews>(html`<policy-news src=${feedUrl('empty.json')}></policy-news>`);
      expect(element.state).to.equal('empty');
      expect(text(element)).to.equal('There is nothing to show here yet.');
      await expect(element).to.be.accessible();
      const filtered = await fixtureSettled<PolicyNews>(html`<policy-news src=${feed} types="report"></policy-news>`);
      expect(filtered.state).to.equal('empty');
    });
  });

  describe('error', () => {
    for (const [label, src, kind] of [
      ['HTTP 500', faultUrl({ status: 500 }), 'http'],
      ['HTTP 404', faultUrl({ status: 404 }), 'http'],
      ['a hang past the timeout', faultUrl({ hang: true }), 'timeout'],
      ['bad JSON', feedUrl('not-json.txt'), 'parse'],
      ['HTML instead of JSON', feedUrl('page.html'), 'parse'],
      ['JSON that is not a feed', feedUrl('not-a-feed.json'), 'format'],
    ] as const) {
      it(`shows a localised message, "Try again" and the fallback for ${label}`, async () => {
        const element = document.createElement('policy-news');
        const failed = oneEvent(element, 'policy-error') as Promise<CustomEvent<FeedErrorDetail>>;
        element.src = `${src}${src.includes('?') ? '&' : '?'}key=${uniqueKey()}`;
        element.lang = 'nb';
        element.innerHTML = '<a href="https://www.regjeringen.no/">Sikkerhetspolitikk på regjeringen.no</a>';
        document.body.append(element);
        const { detail } = await failed;
        await element.updateComplete;
        expect(detail.kind).to.equal(kind);
        expect(detail.url).to.contain(src.split('?')[0]);
        expect(element.state).to.equal('error');
        expect(shadow(element).querySelector('button')!.textContent).to.equal('Prøv igjen');
        const slot = shadow(element).querySelector('slot')!;
        expect(slot.assignedElements()[0].textContent).to.contain('regjeringen.no');
        await expect(element).to.be.accessible();
        element.remove();
      });
    }

    it('shows the error state, not endless loading, for a blank src', async () => {
      const element = await fixtureSettled<PolicyNews>(html`<policy-news src="  "><a href="/news">News</a></policy-news>`);
      expect(element.state).to.equal('error');
      expect(shadow(element).querySelector('slot')!.assignedElements()).to.have.length(1);
    });

    it('keeps focus in the element after "Try again", whether the feed then loads or fails', async () => {
      const key = uniqueKey('focus');
      const element = await fixtureSettled<PolicyNews>(html`<policy-news src=${faultUrl({ key, fail: 6 })}></policy-news>`);
      const base = shadow(element).querySelector('[part~="base"]');
      shadow(element).querySelector('button')!.click();
      await element.updateComplete;
      await untilState(element, 'error');
      expect(shadow(element).activeElement, 'after a second failure').to.equal(base);
      shadow(element).querySelector('button')!.click();
      await untilState(element, 'ready');
      expect(shadow(element).activeElement, 'after success').to.equal(base);
    });

    it('shows the error state for a src that is not a URL', async () => {
      const element = await fixtureSettled<PolicyNews>(html`<policy-news src="http://["></policy-news>`);
      expect(element.state).to.equal('error');
    });

    it('"Try again" loads the feed again', async () => {
      const key = uniqueKey('retry');
      const element = await fixtureSettled<PolicyNews>(
        html`<policy-news src=${faultUrl({ key, fail: 3 })}></policy-news>`,
      );
      expect(element.state).to.equal('error');
      shadow(element).querySelector('button')!.click();
      await untilState(element, 'ready');
      expect((await hits(key)).count).to.equal(4);
    });

    it('hides the fallback children outside the error state', async () => {
      const element = await fixtureSettled<PolicyNews>(html`<policy-news src=${feed}><a href="/x">Fallback</a></policy-news>`);
      expect(shadow(element).querySelector('slot')).to.not.exist;
      expect(element.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('requests', () => {
    it('makes one request for 20 elements on one URL', async () => {
      const key = uniqueKey('twenty');
      const src = faultUrl({ key, delay: 50 });
      const page = await fixture(html`<div>${Array.from({ length: 20 }, () => html`<policy-news src=${src}></policy-news>`)}</div>`);
      const elements = [...page.querySelectorAll('policy-news')];
      await Promise.all(elements.map((element) => untilState(element, 'ready')));
      expect((await hits(key)).count).to.equal(1);
    });

    it('never renders a response for a src that has since changed', async () => {
      const slow = faultUrl({ delay: 400, key: uniqueKey() }, 'security-policy.nb.json');
      const element = await fixture<PolicyNews>(html`<policy-news src=${slow}></policy-news>`);
      element.src = feedUrl('plain.json');
      await untilState(element, 'ready');
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(titles(element)).to.have.length(3);
      expect(text(element)).to.not.contain('Sikkerhetspolitikk');
    });

    it('never renders a response for an element that has left the page', async () => {
      const element = await fixture<PolicyNews>(html`<policy-news src=${faultUrl({ delay: 200, key: uniqueKey() })}></policy-news>`);
      let loads = 0;
      element.addEventListener('policy-load', () => loads++);
      element.remove();
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(loads).to.equal(0);
      expect(element.state).to.equal('loading');
    });
  });
});
