import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../src/index.js';
import type { FeedErrorDetail, PolicyNews, PolicyTopicHeader } from '../src/index.js';
import { feedClientOptions, loadFeed } from '../src/data/index.js';
import { faultUrl, fixtureSettled, hits, shadow, uniqueKey, untilState } from './helpers.js';

// The feed controller: one subscription per element to the client's cache entry for its URL.

const title = (element: PolicyTopicHeader) => shadow(element).querySelector('[part~="title"]')!.textContent!.trim();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('feed controller', () => {
  const defaults = { ...feedClientOptions };
  afterEach(() => Object.assign(feedClientOptions, defaults));

  describe('a feed refreshed by the client', () => {
    it('re-renders every element showing it', async () => {
      const src = faultUrl({ key: uniqueKey('edited'), changing: 1 });
      // fixtureSync: fixture() waits for an animation frame for a <div>, which a background tab never gets.
      const page = fixtureSync(html`<div><policy-topic-header src=${src}></policy-topic-header><policy-topic-header src=${src}></policy-topic-header></div>`);
      const headers = [...page.querySelectorAll('policy-topic-header')];
      await Promise.all(headers.map((header) => header.settled));
      expect(headers.map(title)).to.deep.equal(['Security policy (1)', 'Security policy (1)']);
      feedClientOptions.maxAge = 0;
      await pause(5);
      await loadFeed(src); // stale: served at once while one request refreshes it
      await pause(300);
      expect(headers.map(title)).to.deep.equal(['Security policy (2)', 'Security policy (2)']);
    });

    it('changes nothing and fires no second policy-load when the content is the same', async () => {
      const key = uniqueKey('same');
      const src = faultUrl({ key });
      const element = await fixtureSettled<PolicyNews>(html`<policy-news src=${src}></policy-news>`);
      let loads = 0;
      element.addEventListener('policy-load', () => loads++);
      const list = shadow(element).querySelector('ul');
      feedClientOptions.maxAge = 0;
      await pause(5);
      await loadFeed(src);
      await pause(300);
      expect((await hits(key)).count, 'the refresh did reach the server').to.equal(2);
      expect(loads).to.equal(0);
      expect(shadow(element).querySelector('ul'), 'the same list node').to.equal(list);
    });

    it('does not reach an element that has left the page, which shows the new feed when it comes back', async () => {
      const src = faultUrl({ key: uniqueKey('away'), changing: 1 });
      const page = fixtureSync<HTMLDivElement>(html`<div><policy-topic-header src=${src}></policy-topic-header></div>`);
      const header = page.querySelector('policy-topic-header')!;
      await header.settled;
      header.remove();
      let loads = 0;
      header.addEventListener('policy-load', () => loads++);
      feedClientOptions.maxAge = 0;
      await pause(5);
      await loadFeed(src);
      await pause(300);
      expect(loads, 'no render while away').to.equal(0);
      page.append(header);
      await header.updateComplete;
      expect(title(header)).to.equal('Security policy (2)');
      expect(loads).to.equal(1);
    });
  });

  describe('settled', () => {
    it('resolves with the state once the element has rendered it, and at once when it already has', async () => {
      const element = await fixture<PolicyNews>(html`<policy-news src=${faultUrl({ key: uniqueKey(), delay: 200 })}></policy-news>`);
      expect(element.state).to.equal('loading');
      expect(await element.settled).to.equal('ready');
      expect(shadow(element).querySelectorAll('article')).to.have.length(5);
      expect(await element.settled).to.equal('ready');
      element.src = faultUrl({ key: uniqueKey(), status: 404 });
      expect(await element.settled).to.equal('error');
    });
  });

  describe('a missing src', () => {
    it('shows the setup error and says in the console what is wrong', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const element = await fixture<PolicyNews>(html`<policy-news lang="nb"><a href="/news">Nyheter</a></policy-news>`);
        const failed = new Promise<CustomEvent<FeedErrorDetail>>((resolve) => element.addEventListener('policy-error', resolve as EventListener));
        expect(await element.settled).to.equal('error');
        expect((await failed).detail.kind).to.equal('setup');
        expect(shadow(element).querySelector('[role="status"]')!.textContent).to.equal('Dette innholdet kan ikke vises: det er ikke satt opp riktig.');
        expect(shadow(element).querySelector('slot')!.assignedElements()).to.have.length(1);
      } finally {
        console.warn = warn;
      }
      expect(warnings.join('\n')).to.contain('<policy-news> has no src attribute');
    });

    it('is no error when the page sets src right after the element is added', async () => {
      const element = document.createElement('policy-news');
      let errors = 0;
      element.addEventListener('policy-error', () => errors++);
      document.body.append(element);
      await element.updateComplete;
      await Promise.resolve();
      element.src = faultUrl({ key: uniqueKey() });
      await untilState(element, 'ready');
      element.remove();
      expect(errors).to.equal(0);
    });
  });
});
