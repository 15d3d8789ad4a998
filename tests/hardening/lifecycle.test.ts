import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { PolicyElement } from '../../src/index.js';
import { faultUrl, feedUrl, hits, shadow, TAGS, text, uniqueKey, untilState } from '../helpers.js';
import { mount } from './mount.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Counts the element's policy-load and policy-error events. */
function countEvents(element: Element) {
  const counts = { load: 0, error: 0, loaded: [] as string[] };
  element.addEventListener('policy-load', (event) => {
    counts.load++;
    counts.loaded.push((event as CustomEvent).detail.title);
  });
  element.addEventListener('policy-error', () => counts.error++);
  return counts;
}

const create = (tag: string, src: string) => Object.assign(document.createElement(tag) as PolicyElement, { src });

describe('element lifecycle on a busy page', () => {
  for (const tag of TAGS) {
    it(`${tag}: src flipped 20 times renders only the last feed, once`, async () => {
      const element = mount().appendChild(create(tag, ''));
      const events = countEvents(element);
      for (let i = 0; i < 20; i++) {
        // Earlier feeds answer later than the last one, so a stale response would land last.
        element.src = faultUrl({ key: uniqueKey(), delay: 300 + (i % 4) * 50 }, i % 2 ? 'security-policy.nb.json' : 'security-policy.en.json');
        if (i % 3) await sleep(5);
      }
      const key = uniqueKey('final');
      element.src = faultUrl({ key, delay: 50 }, 'security-policy.nn.json');
      await untilState(element, 'ready');
      await sleep(600);
      expect(events).to.deep.equal({ load: 1, error: 0, loaded: ['Tryggingspolitikk'] });
      expect((await hits(key)).count).to.equal(1);
      expect(element.state).to.equal('ready');
      element.parentElement!.remove();
    });
  }

  for (const tag of TAGS) {
    it(`${tag}: removed during a fetch, it fires nothing; put back, it renders the feed`, async () => {
      const key = uniqueKey('removed');
      const box = mount();
      const element = box.appendChild(create(tag, faultUrl({ key, delay: 300 })));
      const events = countEvents(element);
      await sleep(50);
      element.remove();
      expect((await hits(key)).count, 'the fetch was under way when it was removed').to.equal(1);
      await sleep(500);
      expect(events.load + events.error, 'no event while away').to.equal(0);
      box.append(element);
      await untilState(element, 'ready');
      expect(events.load).to.equal(1);
      expect(text(element)).to.not.equal('');
      box.remove();
    });
  }

  it('an element whose src changes while it is detached loads the new feed when put back', async () => {
    const box = mount();
    const element = box.appendChild(create('policy-news', feedUrl('plain.json')));
    await untilState(element, 'ready');
    element.remove();
    element.src = faultUrl({ key: uniqueKey('detached'), delay: 50 }, 'security-policy.nb.json');
    await sleep(300);
    box.append(element);
    await untilState(element, 'ready');
    expect(shadow(element).textContent).to.contain('Norsk utenriks- og sikkerhetspolitikk');
    box.remove();
  });
});

interface Visit {
  phase: string;
  persisted?: boolean;
  state?: string;
  text?: string;
  loads?: number;
}

/**
 * Loads tests/hardening/bfcache/page.html in an iframe, which renders a feed,
 * leaves for another page and goes back. Resolves with what the page reported
 * over a BroadcastChannel once it was back. (A popup window would be a
 * top-level page, but it sends the other test pages to the background.)
 */
function visitAndGoBack(query: Record<string, string>): Promise<Visit[]> {
  const channel = uniqueKey('bfcache');
  const messages = new BroadcastChannel(channel);
  const frame = document.createElement('iframe');
  const seen: Visit[] = [];
  return new Promise((resolve) => {
    messages.onmessage = ({ data }: MessageEvent<Visit>) => {
      seen.push(data);
      if (data.phase !== 'restored') return;
      messages.close();
      frame.remove();
      resolve(seen);
    };
    frame.src = `/tests/hardening/bfcache/page.html?${new URLSearchParams({ channel, ...query })}`;
    document.body.append(frame);
  });
}

describe('back/forward navigation', () => {
  // Chromium never keeps subframes in its back/forward cache, and headless
  // Chromium under the test runner reloaded even a top-level popup on Back
  // (persisted was false). So this covers the reload path; the page and the
  // assertions also handle a pageshow with persisted set.
  it('shows the feed again after going away and back, rendered once', async () => {
    const key = uniqueKey('back');
    const visits = await visitAndGoBack({ src: faultUrl({ key }, 'security-policy.nn.json') });
    expect(visits.map((visit) => visit.phase)).to.deep.equal(['left', 'away', 'restored']);
    const back = visits[2];
    expect(back.state).to.equal('ready');
    expect(back.text).to.contain('Norsk utanriks- og tryggingspolitikk');
    expect(back.loads).to.equal(1);
    expect((await hits(key)).count).to.equal(back.persisted ? 1 : 2);
  });

  it('recovers when the page was left while the feed was still loading', async () => {
    const key = uniqueKey('back-early');
    const visits = await visitAndGoBack({ src: faultUrl({ key, delay: 800 }, 'security-policy.nn.json'), 'leave-early': '' });
    expect(visits[0]).to.deep.equal({ phase: 'left', state: 'loading' });
    const back = visits[2];
    expect(back.state).to.equal('ready');
    expect(back.loads).to.equal(1);
  });
});
