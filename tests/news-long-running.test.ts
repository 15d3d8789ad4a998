import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { refreshingLists } from '../src/base/list-controller.js';
import { fastRefresh, faultUrl, hits, uniqueKey } from './helpers.js';

// A list removed from a page that stays open leaves nothing behind: no refresh timer, no request, no listener.
// The heap over a simulated day is in news-long-running.chromium.test.ts.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a list removed from a page that stays open', () => {
  fastRefresh(0.2);

  it('leaves no timer, request or listener behind', async () => {
    const key = uniqueKey('removed');
    const page = document.createElement('main');
    const lists = Array.from({ length: 3 }, () => {
      const element = document.createElement('policy-news');
      element.src = faultUrl({ key, rolling: 1 });
      element.setAttribute('refresh', '0.2');
      return element;
    });
    page.append(...lists);
    document.body.append(page);
    await Promise.all(lists.map((element) => element.settled));
    expect(refreshingLists(), 'each list on the page keeps its timer').to.equal(3);
    await waitUntil(async () => (await hits(key)).count >= 3, 'refreshes while the lists are on the page', { timeout: 5000 });

    page.remove();
    expect(refreshingLists(), 'no timer, nor the visibility listener they share').to.equal(0);
    // A request already under way may still finish; after that, nothing more.
    await sleep(300);
    const count = (await hits(key)).count;
    await sleep(1200);
    expect((await hits(key)).count, 'no request in six refresh intervals').to.equal(count);
    // A page hidden and shown again wakes nothing either.
    document.dispatchEvent(new Event('visibilitychange'));
    await sleep(500);
    expect((await hits(key)).count).to.equal(count);
    expect(refreshingLists()).to.equal(0);
  });
});
