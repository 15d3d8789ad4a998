// Chromium only: layout-shift entries (the Layout Instability API, what CLS is made of) exist only in Chromium.
// The same pages are measured by geometry in every engine in news-space.test.ts.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { fastRefresh, faultUrl, shadow, uniqueKey } from './helpers.js';

type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const height = (element: Element) => element.getBoundingClientRect().height;

/** Records the layout shifts from now on; `score()` sums those the reader did not cause, as CLS does. */
function recordShifts() {
  const shifts: Shift[] = [];
  const observer = new PerformanceObserver((list) => shifts.push(...(list.getEntries() as Shift[])));
  observer.observe({ type: 'layout-shift' });
  return {
    async score() {
      await frame();
      shifts.push(...(observer.takeRecords() as Shift[]));
      observer.disconnect();
      return shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0);
    },
  };
}

async function partnerPage(attributes: Record<string, string>, space = 0) {
  const page = document.createElement('main');
  page.innerHTML = `<h1>Partner page</h1><div style="height: ${space}px"></div><policy-news></policy-news>
    <p>Partner text below the list.</p><div style="height: 200vh"></div>`;
  const element = page.querySelector('policy-news')!;
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, value));
  document.body.append(page);
  await element.settled;
  await frame();
  return element;
}

describe('<policy-news> layout shifts (Chromium only: layout-shift entries)', () => {
  fastRefresh(0.25);
  afterEach(() => {
    document.querySelectorAll('main').forEach((page) => page.remove());
  });

  it('"N new" appearing after a refresh shifts nothing', async () => {
    const element = await partnerPage({ src: faultUrl({ key: uniqueKey('arriving'), arriving: 1 }), limit: '1', refresh: '0.25' });
    expect(element.nextElementSibling!.getBoundingClientRect().bottom, 'the text below is in view').to.be.lessThan(innerHeight);
    const shifts = recordShifts();
    const button = () => shadow(element).querySelector('[part~="new-items"]');
    await waitUntil(() => button() && getComputedStyle(button()!).visibility === 'visible', 'the "N new" button', { timeout: 5000 });
    element.removeAttribute('refresh');
    expect(await shifts.score()).to.equal(0);
  });

  it('the reserved height let go below the viewport, or at the reader\'s input, shifts nothing that counts', async () => {
    const below = recordShifts();
    const far = await partnerPage({ src: faultUrl({ key: uniqueKey('far') }, 'paged-3.json') }, innerHeight + 50);
    await waitUntil(() => height(far) < 500, 'the list below the fold takes its own height');
    expect(await below.score(), 'below the viewport').to.equal(0);
    document.querySelector('main')!.remove();

    const near = await partnerPage({ src: faultUrl({ key: uniqueKey('near') }, 'paged-3.json') });
    const reserved = height(near);
    const input = recordShifts();
    await sendKeys({ press: 'Shift' });
    await waitUntil(() => height(near) < reserved, 'the list takes its own height');
    expect(await input.score(), 'at the reader\'s input').to.equal(0);
  });
});
