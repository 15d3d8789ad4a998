// Chromium only: the heap is read after a full garbage collection through Chromium's DevTools protocol
// (web-test-runner.config.mjs, `heap-after-gc`), which Firefox's WebDriver BiDi and WebKitWebDriver do not offer.
// What a removed list leaves behind is checked in every engine in news-long-running.test.ts.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import type { ListController } from '../src/base/list-controller.js';
import { faultUrl, hits, shadow, uniqueKey } from './helpers.js';

const LISTS = 20;
const FEEDS = 5;
/** refresh="60": one check a minute, so an hour is 60 checks and a day 1,440. */
const HOUR = 60;
const DAY = 24 * HOUR;

describe('a page left open for a day (Chromium only: heap after GC)', () => {
  it('20 lists with refresh="60" on feeds that change every minute keep the heap within 10% of its size after the first hour', async function () {
    this.timeout(600_000);
    // Rolling feeds: each request brings a new item at the top and drops the oldest, as a live feed does.
    const keys = Array.from({ length: FEEDS }, () => uniqueKey('day'));
    const page = document.createElement('main');
    document.body.append(page);
    const lists = Array.from({ length: LISTS }, (_, i) => {
      const element = document.createElement('policy-news');
      Object.assign(element, { src: faultUrl({ key: keys[i % FEEDS]!, rolling: 1 }), limit: 3, showMore: true });
      element.setAttribute('refresh', '60');
      page.append(element);
      return element;
    });
    await Promise.all(lists.map((element) => element.settled));
    // The refresh timer's own path, driven a minute at a time instead of waiting a day.
    const controllers = lists.map((element) => (element as unknown as { list: ListController }).list);
    const minute = async () => {
      await Promise.all(controllers.map((list) => list.refresh()));
      await Promise.all(lists.map((element) => element.updateComplete));
    };
    const heap = () => executeServerCommand<number, undefined>('heap-after-gc');

    for (let i = 0; i < HOUR; i++) await minute();
    const afterHour = (await heap())!;
    const started = performance.now();
    for (let i = HOUR; i < DAY; i++) await minute();
    const afterDay = (await heap())!;
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `heap after 1 h: ${(afterHour / 1e6).toFixed(2)} MB, after 24 h: ${(afterDay / 1e6).toFixed(2)} MB ` +
        `(${(((afterDay - afterHour) / afterHour) * 100).toFixed(1)} %); 23 h of checks took ${seconds.toFixed(1)} s`,
    );

    expect((await hits(keys[0]!)).count, 'every minute reached the feed').to.equal(DAY + 1);
    const waiting = shadow(lists[0]!).querySelector('[part~="new-items"]')!.textContent!.trim();
    expect(waiting, 'the new items wait behind "N new"').to.match(/^\d+ new items$/);
    expect(afterDay, 'the heap after 24 h, against the first hour').to.be.at.most(afterHour * 1.1);
    page.remove();
  });
});
