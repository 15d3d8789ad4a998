// Feed content a single engine's layout hid: images that fail to load, long words, right-to-left and mixed
// scripts. Each case is a page of its own in an iframe of a given width, so a page-wide CSP can block images.
import { expect, waitUntil } from '@open-wc/testing';
import type { PolicyElement } from '../src/index.js';
import { setOffline, uniqueKey } from './helpers.js';

const IMAGE = new URL('/stories/fixtures/images/nuclear-disarmament.svg', location.href).href;
const MISSING = new URL('/faults/images/no-such-image.jpg', location.href).href;
/** The image through the fault server, whose connections for `key` reset while it is offline. */
const throughFaults = (key: string) => new URL(`/faults/images/nuclear-disarmament.svg?key=${key}`, location.href).href;

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** A page `width` px wide holding one `<policy-news>` given `data`, under `csp` if any; resolves once it is ready. */
async function render(width: number, data: unknown, { csp = '', attributes = '' } = {}) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 600px; border: 0`;
  // The page's own origin, not 'self': Firefox does not match 'self' to a srcdoc page's origin.
  const policy = csp && `<meta http-equiv="Content-Security-Policy" content="${csp}; script-src ${location.origin}">`;
  frame.srcdoc = `<!doctype html><html lang="en"><head>${policy}<script type="module" src="/src/index.ts"></script></head>
    <body style="margin: 0"><policy-news ${attributes}></policy-news></body></html>`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await waitUntil(() => win.customElements.get('policy-news'), 'the elements were never defined', { timeout: 8000 });
  const element = win.document.querySelector('policy-news') as PolicyElement;
  element.data = data;
  await element.updateComplete;
  expect(element.state).to.equal('ready');
  // Images load lazily: ask for them now, and wait until each has loaded or failed.
  const images = [...element.shadowRoot!.querySelectorAll('img')];
  images.forEach((image) => (image.loading = 'eager'));
  await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
  await new Promise((resolve) => win.requestAnimationFrame(resolve));
  return { element, images, page: win.document.documentElement };
}

const feedWithImages = (url: string | undefined, count = 5) => ({
  version: 'https://jsonfeed.org/version/1.1',
  items: Array.from({ length: count }, (_, i) => ({
    id: `item-${i}`,
    title: `Norway chairs meeting on nuclear disarmament, part ${i + 1}`,
    url: `https://www.regjeringen.no/en/aktuelt/item-${i}/`,
    summary: 'The international partnership met in Oslo to discuss how disarmament can be verified.',
    date_published: '2016-06-13T10:00:00+02:00',
    _policy: { type: 'news', ...(url ? { image: { url, alt: 'The foreign minister at the podium.', width: 1200, height: 675 } } : {}) },
  })),
});

/** What a reader sees of the layout: the block's height and each text column's width. */
function measure(element: PolicyElement) {
  const root = element.shadowRoot!;
  return {
    height: element.getBoundingClientRect().height,
    textWidths: [...root.querySelectorAll('.text')].map((text) => Math.round(text.getBoundingClientRect().width)),
  };
}

describe('an image that fails to load leaves the layout intact', () => {
  for (const width of [800, 320]) {
    describe(`${width} px wide`, () => {
      const cases = [
        ['answers 404', () => render(width, feedWithImages(MISSING))],
        ['is blocked by the page\'s img-src', () => render(width, feedWithImages(IMAGE), { csp: "img-src 'none'" })],
        [
          'cannot be fetched (offline)',
          async () => {
            const key = uniqueKey('offline-image');
            await setOffline(key, true);
            try {
              return await render(width, feedWithImages(throughFaults(key)));
            } finally {
              await setOffline(key, false);
            }
          },
        ],
      ] as const;
      for (const [label, broken] of cases) {
        it(`an image that ${label} keeps the box a loaded image takes, and the text its width`, async () => {
          const loaded = await render(width, feedWithImages(IMAGE));
          expect(loaded.images.map((image) => image.naturalWidth > 0), 'the control images loaded').to.deep.equal([true, true, true, true, true]);
          const none = measure((await render(width, feedWithImages(undefined))).element);
          const good = measure(loaded.element);
          const failed = await broken();
          expect(failed.images.map((image) => image.naturalWidth), 'the images failed').to.deep.equal([0, 0, 0, 0, 0]);
          const bad = measure(failed.element);
          expect(bad.height, 'the block\'s height').to.be.closeTo(good.height, good.height * 0.03);
          expect(bad.height, 'less than the text alone plus a 16:9 box per item').to.be.at.most(none.height + 5 * (width * 0.5625 + 10));
          expect(bad.textWidths.length, 'text columns').to.equal(5);
          bad.textWidths.forEach((textWidth, i) => expect(textWidth, `text column ${i + 1}`).to.be.closeTo(good.textWidths[i], 2));
          for (const image of failed.images) {
            expect(image.getBoundingClientRect().width, 'an image box within its figure').to.be.at.most(image.parentElement!.getBoundingClientRect().width + 0.5);
          }
          expect(failed.page.scrollWidth, 'no sideways scrolling').to.be.at.most(failed.page.clientWidth);
        });
      }
    });
  }
});

describe('text in any script and length keeps the layout at 320 px', () => {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    language: 'nb',
    items: [
      { id: 'ar', language: 'ar', title: 'النرويج تترأس اجتماعاً حول نزع السلاح النووي في أوسلو', summary: 'اجتمعت الشراكة الدولية للتحقق من نزع السلاح النووي في أوسلو.', url: 'https://example.org/ar' },
      { id: 'he', language: 'he', title: 'נורווגיה מארחת פגישה על פירוק נשק גרעיני באוסלו', summary: 'השותפות הבינלאומית נפגשה באוסלו.', url: 'https://example.org/he' },
      { id: 'mixed', language: 'nb', title: 'Norge og النرويج og ישראל: 北大西洋条約機構 og НАТО i Oslo', summary: 'Sámi: Norgga ráđđehus ja Davvi-Atlántta soahpamušorganisašuvdna.', url: 'https://example.org/mixed' },
      { id: 'long', language: 'nb', title: 'Sikkerhetspolitikkgjennomgangsrapportoppfølgingsarbeidsgruppemøtereferatgodkjenning', summary: 'https://www.regjeringen.no/no/dokumenter/a-very-long-path-without-any-breaks-at-all-in-it/id2482470/', url: 'https://example.org/long' },
      { id: 'ar-long', language: 'ar', title: 'الاستراتيجيةالنرويجيةللأمنوالسياسةالخارجيةوالتعاونالدوليفيمجالنزعالسلاحالنووي', url: 'https://example.org/ar-long' },
    ],
  };

  for (const layout of ['list', 'grid', 'compact']) {
    it(`${layout} layout: nothing overflows, and right-to-left titles start at the right`, async () => {
      const { element, page } = await render(320, feed, { attributes: `layout="${layout}"` });
      const root = element.shadowRoot!;
      expect(page.scrollWidth, 'no sideways scrolling').to.be.at.most(page.clientWidth);
      expect(element.scrollWidth).to.be.at.most(320);
      const overflowing = [...root.querySelectorAll<HTMLElement>('*')]
        .filter((node) => node.clientWidth > 0 && node.scrollWidth > node.clientWidth + 1)
        .map((node) => `${node.localName}[part=${node.getAttribute('part')}]`);
      expect(overflowing).to.deep.equal([]);
      for (const id of ['ar', 'he']) {
        const link = [...root.querySelectorAll<HTMLElement>('[part~="link"]')].find((node) => node.closest('article')!.lang === id)!;
        const heading = link.closest('h1, h2, h3, h4, h5, h6')!.getBoundingClientRect();
        const gaps = [...link.getClientRects()].map((line) => Math.round(heading.right - line.right));
        expect(gaps.length, `the ${id} title's lines`).to.be.greaterThan(0);
        expect(Math.max(...gaps), `the ${id} title's lines end at the heading's right edge (gaps ${gaps})`).to.be.below(2);
      }
    });
  }
});
